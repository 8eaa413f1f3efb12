"""Content hashes: the short SHA-256 digests that name files and articles.

Kept apart from the store so that the text layer (``extract``) can name its
articles without loading DuckDB or Arrow.

>>> content_hash("全区金融机构达242家")
'bc26a559b5e0889850ed'
"""

from __future__ import annotations

import hashlib
import os

__all__ = ["content_hash", "file_hash"]

DIGEST_CHARS = 20  # 80 bits: no collision among any corpus this tool will hold


def content_hash(data: bytes | str) -> str:
    """The first ``DIGEST_CHARS`` hex digits of the SHA-256 of ``data`` (text as UTF-8)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:DIGEST_CHARS]


def file_hash(path: str | os.PathLike[str]) -> str:
    """:func:`content_hash` of a file's bytes, read in chunks."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()[:DIGEST_CHARS]
