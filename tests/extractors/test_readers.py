"""Readers: every supported format gives its text, every bad file a clear reason.

Documents are made in ``tmp_path`` by :mod:`tests.fixtures.documents` (python-docx
and a hand-written PDF), never committed as binaries.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from extractors import readers
from extractors.text import InputError
from tests.fixtures import documents

LEAD = "本报5月6日讯 今天上午，区行政审批服务局召开现场会。"
BODY = "今年以来，全区新增市场主体1.2万户，办件量突破30万件。"
TITLE = "审批服务再提速"

# (file name, bytes, text the document must contain, format, title, date)
GOOD_FILES = [
    pytest.param("page.txt", f"{LEAD}\n{BODY}".encode(), BODY, "text", None, None, id="utf-8"),
    pytest.param("page.txt", codecs.BOM_UTF8 + LEAD.encode(), LEAD, "text", None, None, id="utf-8-bom"),
    pytest.param("page.txt", f"{LEAD}\n{BODY}".encode("gbk"), BODY, "text", None, None, id="gbk"),
    pytest.param("page.txt", f"{LEAD}\n{BODY}".encode("utf-16"), BODY, "text", None, None, id="utf-16-bom"),
    pytest.param("page.txt", f"{LEAD}\n{BODY}".encode("utf-16-le"), BODY, "text", None, None,
                 id="utf-16-le-no-bom"),
    pytest.param("notes.md", f"# {TITLE}\n\n{LEAD}".encode(), LEAD, "text", None, None, id="markdown"),
    pytest.param("no-suffix", LEAD.encode(), LEAD, "text", None, None, id="no-suffix-is-text"),
    pytest.param("page.html", documents.html(TITLE, [LEAD, BODY]), BODY, "html", TITLE, "2024-05-06",
                 id="html-main-text-and-metadata"),
    pytest.param("page.HTM", documents.html(TITLE, [LEAD]).decode().replace("utf-8", "gbk").encode("gbk"),
                 LEAD, "html", TITLE, "2024-05-06", id="html-gbk-upper-case-suffix"),
    pytest.param("page.docx", documents.docx([TITLE, LEAD, BODY], title=TITLE), BODY, "docx", TITLE, None,
                 id="docx"),
    pytest.param("table.docx", documents.docx([LEAD], table=[["指标", "数值"], ["新增企业", "555家"]]),
                 "新增企业\t555家", "docx", None, None, id="docx-table-cells"),
    pytest.param("page.pdf", documents.pdf([LEAD, BODY]), BODY, "pdf", None, None, id="pdf-text-layer"),
]


@pytest.mark.parametrize(("name", "data", "contains", "fmt", "title", "date"), GOOD_FILES)
def test_reads_each_format(tmp_path: Path, name: str, data: bytes, contains: str, fmt: str,
                           title: str | None, date: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    doc = readers.read_file(path)
    assert contains in doc.text
    assert (doc.format, doc.title, doc.date) == (fmt, title, date)
    assert doc.source == str(path)


def test_html_keeps_the_headline_off_the_body() -> None:
    # One line break between two Chinese characters is joined as a hard wrap
    # downstream, so blocks must be a blank line apart.
    doc = readers.read_bytes(documents.html(TITLE, [LEAD, BODY]), "a.html")
    assert doc.text.startswith(TITLE + readers.PARAGRAPH_BREAK + LEAD)
    assert "首页" not in doc.text and "版权所有" not in doc.text  # navigation and footer dropped


def _truncated_docx() -> bytes:
    whole = documents.docx([LEAD, BODY] * 20)
    return whole[: len(whole) // 2]


# (file name, bytes or a maker, words the one-line reason must contain)
BAD_FILES: list[object] = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.txt", b" \n\t\r\n", "empty file", id="whitespace-only"),
    pytest.param("image.txt", bytes(range(256)) * 64, "binary file", id="binary"),
    pytest.param("broken.txt", LEAD.encode()[:-1] + b"\xff\xfe\xfd" * 3 + b"\x81", "decode", id="undecodable"),
    pytest.param("english.txt", b"just some English text\n", "no Chinese", id="no-chinese"),
    pytest.param("cut.docx", _truncated_docx, "truncated or corrupt .docx", id="truncated-docx"),
    pytest.param("fake.docx", LEAD.encode(), "truncated or corrupt .docx", id="text-named-docx"),
    pytest.param("scan.pdf", documents.pdf(None), "no text layer", id="pdf-without-text-layer"),
    pytest.param("cut.pdf", documents.pdf([LEAD])[:300], "corrupt PDF", id="truncated-pdf"),
    pytest.param("nothing.html", b"<html><head><title>t</title></head><body><div> </div></body></html>", "no main text", id="html-without-text"),
    pytest.param("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "unsupported file type '.jpg'", id="unsupported"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES)
def test_bad_file_gives_one_clear_line(tmp_path: Path, name: str, data: bytes | Callable[[], bytes],
                                       reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data() if callable(data) else data)
    with pytest.raises(InputError) as caught:
        readers.read_file(path)
    message = str(caught.value)
    assert reason in message
    assert message.startswith(str(path) + ": ")
    assert "\n" not in message


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match=r"file too large \(50 MB; the limit is 16 MB\)$"):
        readers.read_file(path)


def test_too_large_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes((LEAD + "\n").encode() * 2000)
    with pytest.raises(InputError, match="too large"):
        readers.read_file(path, max_bytes=10_000)
    assert LEAD in readers.read_file(path, max_bytes=1_000_000).text


# (path as typed, allowed)
def test_a_local_path_with_dotdot_is_the_user_s_to_give(tmp_path: Path) -> None:
    """A local user's own path (news/../news/a.txt) is read as given; only names from
    the web upload are checked (safe_file_name)."""
    (tmp_path / "inner").mkdir()
    (tmp_path / "target.txt").write_text(LEAD, encoding="utf-8")
    doc = readers.read_file(tmp_path / "inner" / ".." / "target.txt")
    assert doc.text.startswith(LEAD[:4])


UPLOAD_NAMES = [
    pytest.param("报纸 第2版.pdf", True, id="chinese-name"),
    pytest.param("../app.py", False, id="dotdot"),
    pytest.param("a/b.txt", False, id="folder"),
    pytest.param("..\\..\\win.txt", False, id="backslashes"),
    pytest.param(".hidden.txt", False, id="hidden"),
    pytest.param("", False, id="empty"),
]


@pytest.mark.parametrize(("name", "allowed"), UPLOAD_NAMES)
def test_safe_file_name(name: str, allowed: bool) -> None:
    if allowed:
        assert readers.safe_file_name(name) == name
    else:
        with pytest.raises(InputError):
            readers.safe_file_name(name)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        readers.read_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        readers.read_file(tmp_path)


def _zip_bomb(unpacked_mb: int) -> bytes:
    """A .docx-shaped zip whose document.xml unpacks to ``unpacked_mb`` MB of spaces,
    written in chunks so the test itself stays small."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(chunk)
    return out.getvalue()


def test_a_docx_zip_bomb_is_refused_from_its_directory() -> None:
    """The zip's directory is read, not its members: refused before any XML is parsed."""
    bomb = _zip_bomb(70)
    assert len(bomb) < 1024 * 1024
    with pytest.raises(InputError, match=r"\.docx content unpacked too large \(70 MB; the limit is 64 MB\)"):
        readers.read_bytes(bomb, "bomb.docx")


def test_a_small_but_highly_compressed_docx_is_refused() -> None:
    with pytest.raises(InputError, match="zip bomb's shape; the limit is 100 to 1"):
        readers.read_bytes(_zip_bomb(20), "dense.docx")


def test_an_html_page_over_its_limit_is_refused_before_parsing() -> None:
    page = b"<html><body><p>" + "本报讯".encode() * (1024 * 1024) + b"</p></body></html>"
    with pytest.raises(InputError, match=r"HTML page too large \([0-9.]+ MB; the limit is 8 MB\)"):
        readers.read_bytes(page, "huge.html")
