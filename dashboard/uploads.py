"""Uploaded files: which are accepted, and where they are kept.

Pure functions, no Streamlit. A browser sends any name it likes
(``../../app.py``, ``C:\\x\\y.txt``, a NUL byte); the saved file always lands
directly inside the upload folder, under a name made only of the last
component's safe characters.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePath

from extractors import readers
from extractors.text import DEFAULT_MAX_BYTES

MAX_BYTES = DEFAULT_MAX_BYTES
MB = 1024 * 1024
ALLOWED_SUFFIXES: tuple[str, ...] = tuple(sorted(readers.FORMATS))

_UNSAFE = re.compile(r"[^\w\u3400-\u9fff.\- ]+")
_MAX_NAME = 120


def upload_dir(store_path: Path) -> Path:
    """``uploads/`` beside the store: ``data/uploads/`` for the default store."""
    return store_path.parent / "uploads"


def sanitize(name: str) -> str:
    """A bare, safe file name for what the browser called ``name``.

    >>> sanitize("../../etc/passwd.txt")
    'passwd.txt'
    >>> sanitize("C:\\\\报纸\\\\9月 第1版.TXT")
    '9月 第1版.txt'
    >>> sanitize("..")
    'upload'
    >>> sanitize(".bashrc.txt")
    'bashrc.txt'
    >>> sanitize("a<b>|c?.html")
    'a_b_c_.html'
    """
    name = unicodedata.normalize("NFKC", name).replace("\x00", "")
    last = re.split(r"[/\\]", name)[-1]
    stem, suffix = _split(last)
    stem = _UNSAFE.sub("_", stem).strip(" .")
    stem = stem.lstrip("-_") or "upload"
    suffix = _UNSAFE.sub("", suffix).lower()
    return stem[: _MAX_NAME - len(suffix)] + suffix


def _split(name: str) -> tuple[str, str]:
    path = PurePath(name) if name not in ("", ".", "..") else PurePath("upload")
    return path.stem, path.suffix


def rejection(name: str, size: int) -> str | None:
    """Why an upload is refused (one line, in Chinese), or ``None`` when accepted.

    >>> rejection("报纸.txt", 1000) is None
    True
    >>> rejection("图片.jpg", 1000)
    '不支持的文件类型 .jpg（可上传 .docx、.htm、.html、.markdown、.md、.pdf、.text、.txt、.xhtml）'
    >>> rejection("空.txt", 0)
    '文件是空的'
    """
    suffix = PurePath(sanitize(name)).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        allowed = "、".join(ALLOWED_SUFFIXES)
        return f"不支持的文件类型 {suffix or '（无扩展名）'}（可上传 {allowed}）"
    if size == 0:
        return "文件是空的"
    if size > MAX_BYTES:
        return f"文件过大（{size / MB:.1f} MB，上限 {MAX_BYTES / MB:.0f} MB）"
    return None


def save(folder: Path, name: str, data: bytes) -> Path:
    """Write an upload into ``folder`` under its sanitised name (replacing an earlier
    upload of that name, so a corrected file replaces its records on ingest)."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = readers.safe_file_name(sanitize(name))
    target = (folder / safe).resolve()
    if target.parent != folder.resolve():  # belt and braces: never outside the folder
        raise ValueError(f"unsafe upload name: {name!r}")
    tmp = target.with_name(f".{target.name}.part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
