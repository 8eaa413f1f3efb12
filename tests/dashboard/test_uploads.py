"""dashboard/uploads.py: an uploaded file name never becomes a path outside the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import uploads

NAMES_PLAIN = [
    ("chinese", "西海岸新区报 9月10日.txt", "西海岸新区报 9月10日.txt"),
    ("upper_suffix", "PAGE.PDF", "PAGE.pdf"),
    ("fullwidth_folded", "报纸１.txt", "报纸1.txt"),
]
NAMES_HOSTILE = [
    ("parent_dirs", "../../app.py", "app.py"),
    ("absolute", "/etc/passwd", "passwd"),
    ("windows_path", "C:\\Users\\x\\..\\报纸.docx", "报纸.docx"),
    ("dots_only", "..", "upload"),
    ("hidden", ".env", "env"),
    ("nul_byte", "a\x00b.txt", "ab.txt"),
    ("shell_chars", "a;rm -rf ~|b.html", "a_rm -rf _b.html"),
    ("empty", "", "upload"),
    ("trailing_slash", "folder/", "upload"),
    ("fullwidth_slash_is_folded", "..／..／x.txt", "x.txt"),
]


@pytest.mark.parametrize("name, expected", [pytest.param(*c[1:], id=c[0])
                                            for c in NAMES_PLAIN + NAMES_HOSTILE])
def test_sanitize(name, expected):
    assert uploads.sanitize(name) == expected


@pytest.mark.parametrize("name", [pytest.param(c[1], id=c[0]) for c in NAMES_HOSTILE])
def test_save_stays_in_the_upload_folder(tmp_path: Path, name: str):
    folder = tmp_path / "uploads"
    saved = uploads.save(folder, name, b"x")
    assert saved.parent == folder.resolve()
    assert saved.read_bytes() == b"x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uploads"]


def test_save_replaces_an_upload_of_the_same_name(tmp_path: Path):
    first = uploads.save(tmp_path, "a.txt", b"1")
    second = uploads.save(tmp_path, "../a.txt", b"2")
    assert first == second and second.read_bytes() == b"2"
    assert [p.name for p in tmp_path.iterdir()] == [uploads.stored_name("a.txt")]


def test_names_that_clean_alike_are_kept_apart(tmp_path: Path):
    one = uploads.save(tmp_path, "同名?.txt", b"1")
    two = uploads.save(tmp_path, "同名*.txt", b"2")
    assert one != two and one.read_bytes() == b"1" and two.read_bytes() == b"2"


REJECTIONS = [
    ("image", "照片.jpg", 10, "不支持的文件类型 .jpg"),
    ("no_suffix", "README", 10, "不支持的文件类型 （无扩展名）"),
    ("empty", "a.txt", 0, "文件是空的"),
    ("too_large", "a.pdf", uploads.MAX_BYTES + 1, "文件过大"),
]


@pytest.mark.parametrize("name, size, reason", [pytest.param(*c[1:], id=c[0]) for c in REJECTIONS])
def test_rejection(name, size, reason):
    assert (uploads.rejection(name, size) or "").startswith(reason)


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html", ".htm", ".md"])
def test_accepted_types(suffix):
    assert uploads.rejection("报纸" + suffix, 100) is None


def test_upload_dir_is_beside_the_store():
    assert uploads.upload_dir(Path("/p/data/zhibiao.duckdb")) == Path("/p/data/uploads")
