"""Files → text: plain text, Markdown, HTML, Word and PDF.

Each reader returns a :class:`Document` whose ``text`` is what the extractors
see and what every record's offsets point into. Anything that cannot be read
raises :class:`~extractors.text.InputError` with a one-line reason that names
the file, so a batch can report it and go on.

Paragraphs that a format keeps apart (HTML blocks, Word paragraphs, PDF pages)
are joined with a blank line: :func:`extractors.text.normalize` joins a single
line break between two Chinese characters as a hard wrap, and a headline must
never be glued to the body beneath it.

>>> doc = read_bytes("　　本报9月9日讯 今天上午".encode("gbk"), "page.txt")
>>> doc.format, doc.text
('text', '\u3000\u3000本报9月9日讯 今天上午')
>>> read_bytes(b"%PDF-1.4 truncated", "scan.pdf")  # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
extractors.text.InputError: scan.pdf: corrupt PDF (...)
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from .text import _CJK, DEFAULT_MAX_BYTES, MB, InputError, NotChinese, decode, too_large

PARAGRAPH_BREAK = "\n\n"

#: Limits checked before a format's parser runs, so a small file cannot make it
#: read gigabytes (a zip bomb) or thousands of pages.
MAX_UNZIPPED = 64 * MB      # a .docx's members, summed, as its zip directory states them
MAX_ZIP_RATIO = 100         # unpacked / packed, for the archive and for any member
MAX_ZIP_MEMBERS = 5000
MAX_HTML = 8 * MB           # an HTML page's bytes before parsing
MAX_PDF_PAGES = 500

#: File suffixes the readers understand, and the format each one is read as.
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

_HAS_CJK = re.compile(f"[{_CJK}]")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Document:
    """The text of one file plus what its format says about it."""

    source: str
    text: str
    format: str
    title: str | None = None
    date: str | None = None   # ISO day from the file's own metadata (HTML), if any


def format_of(path: str | PurePath) -> str | None:
    """The reader for ``path`` by its suffix, or ``None`` when unsupported.

    >>> format_of("a/B.HTM"), format_of("x.jpg")
    ('html', None)
    """
    return FORMATS.get(PurePath(path).suffix.lower())


def safe_file_name(name: str) -> str:
    """A user-supplied file name (an upload) as a bare name, or :class:`InputError`.

    >>> safe_file_name("报纸 9月.txt")
    '报纸 9月.txt'
    >>> safe_file_name("../app.py")
    Traceback (most recent call last):
        ...
    extractors.text.InputError: ../app.py: file name must not contain a folder or '..'
    """
    if (
        not name
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or name in (".", "..")
        or name.startswith(".")
    ):
        raise InputError(name or "<unnamed>", "file name must not contain a folder or '..'")
    return name


def read_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES,
              source: str | None = None) -> Document:
    """Read one file from disk; the size is checked before any byte is read."""
    source = source or str(path)
    return read_bytes(load_bytes(path, max_bytes, source), source, max_bytes=max_bytes)


def load_bytes(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES,
               source: str | None = None) -> bytes:
    """The bytes of a file, refusing traversal paths and files over ``max_bytes``
    before reading them."""
    source = source or str(path)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except OSError as err:
        raise InputError(source, f"cannot read: {err.strerror or err}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(source, "is a folder, not a file" if stat.S_ISDIR(st.st_mode) else "not a regular file")
    if st.st_size > max_bytes:
        raise InputError(source, _too_large(st.st_size, max_bytes))
    try:
        with open(p, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as err:
        raise InputError(source, f"cannot read: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise InputError(source, _too_large(len(data), max_bytes))
    return data


def read_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read the bytes of a file named ``source`` (its suffix picks the reader;
    no suffix means plain text)."""
    suffix = PurePath(source).suffix.lower()
    fmt = FORMATS.get(suffix, "text" if not suffix else None)
    if fmt is None:
        supported = " ".join(sorted(FORMATS))
        raise InputError(source, f"unsupported file type '{suffix}' (supported: {supported})")
    if len(data) > max_bytes:
        raise InputError(source, _too_large(len(data), max_bytes))
    if not data.strip():
        raise InputError(source, "empty file")
    if fmt == "text":
        return Document(source, decode(data, source, max_bytes), "text")
    reader = {"html": _read_html, "docx": _read_docx, "pdf": _read_pdf}[fmt]
    doc = reader(data, source)
    if len(doc.text.encode("utf-8")) > max_bytes:
        raise InputError(source, too_large("text", len(doc.text.encode()), max_bytes))
    if not doc.text.strip():
        raise InputError(source, f"no text found in the {fmt} file")
    if not _HAS_CJK.search(doc.text):
        raise NotChinese(source)
    return doc


def _too_large(size: int, limit: int) -> str:
    return too_large("file", size, limit)


def _read_html(data: bytes, source: str) -> Document:
    import trafilatura

    if len(data) > MAX_HTML:
        raise InputError(source, too_large("HTML page", len(data), MAX_HTML))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary file, not HTML")
    # trafilatura detects the charset from the <meta> tag and the bytes.
    # favor_precision: on a short news page the default keeps the menu
    # (首页 新闻 …), whose words would be read as organisations and topics.
    try:
        found = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True,
        )
    except Exception as err:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(source, f"cannot parse HTML ({type(err).__name__})") from None
    if found is None or isinstance(found, dict) or not (found.text or "").strip():
        raise InputError(source, "no main text found in the HTML page")
    title = (found.title or "").strip() or None
    lines = [line.strip() for line in (found.text or "").splitlines() if line.strip()]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    date = found.date if found.date and _ISO_DAY.match(found.date) else None
    return Document(source, PARAGRAPH_BREAK.join(lines), "html", title, date)


def _read_docx(data: bytes, source: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    _check_zip(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, EOFError):
        raise InputError(source, "truncated or corrupt .docx (not a complete zip archive)") from None
    except zipfile.LargeZipFile:
        raise InputError(source, "corrupt .docx (zip64 archive too large)") from None
    except Exception as err:  # noqa: BLE001 — lxml's XMLSyntaxError and kin: never their text
        raise InputError(source, f"corrupt .docx ({type(err).__name__})") from None
    blocks: list[str] = []
    try:
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [c.text.strip() for c in row.cells]
                    if any(cells):
                        blocks.append("\t".join(cells))
            elif block.text.strip():
                blocks.append(block.text.strip())
    except (KeyError, ValueError, zipfile.BadZipFile) as err:
        raise InputError(source, f"corrupt .docx ({type(err).__name__})") from None
    title = (document.core_properties.title or "").strip() or None
    return Document(source, PARAGRAPH_BREAK.join(blocks), "docx", title)


def _pdf_pages(reader: Any, source: str, limit: int = DEFAULT_MAX_BYTES) -> list[str]:
    """Each page's text, stopping as soon as the text passes ``limit``."""
    pages: list[str] = []
    size = 0
    for page in reader.pages:
        text = (page.extract_text() or "").strip()
        size += len(text.encode("utf-8"))
        if size > limit:
            raise InputError(source, too_large("PDF text", size, limit))
        pages.append(text)
    return pages


def _check_zip(data: bytes, source: str) -> None:
    """Refuse a zip whose directory promises too much, before any member is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise InputError(source, "truncated or corrupt .docx (not a complete zip archive)") from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(source, f".docx holds {len(members)} parts; the limit is {MAX_ZIP_MEMBERS}")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNZIPPED:
        raise InputError(source, too_large(".docx content unpacked", unpacked, MAX_UNZIPPED))
    worst = max((m.file_size / max(m.compress_size, 1) for m in members), default=0.0)
    if max(worst, unpacked / max(len(data), 1)) > MAX_ZIP_RATIO:
        raise InputError(source, f".docx compressed {worst:.0f} to 1, a zip bomb's shape; "
                                 f"the limit is {MAX_ZIP_RATIO} to 1")


def _read_pdf(data: bytes, source: str) -> Document:
    # pypdf rather than pdfplumber: a tenth of the time per page, and it maps
    # the predefined Chinese CMaps (UniGB-UCS2-H, Identity-H + ToUnicode).
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not ours to print
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError(source, "encrypted PDF; save an unencrypted copy") from None
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(source, f"PDF has {len(reader.pages)} pages; the limit is {MAX_PDF_PAGES}")
        pages = _pdf_pages(reader, source)
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError(source, "encrypted PDF; save an unencrypted copy") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as err:
        raise InputError(source, f"corrupt PDF ({type(err).__name__})") from None
    if not any(pages):
        raise InputError(
            source, f"PDF has no text layer ({len(pages)} page(s) of images?); run OCR first"
        )
    title = None
    try:
        title = ((reader.metadata.title or "").strip() or None) if reader.metadata else None
    except Exception:  # broken metadata must not lose a readable text layer
        title = None
    return Document(source, PARAGRAPH_BREAK.join(p for p in pages if p), "pdf", title)
