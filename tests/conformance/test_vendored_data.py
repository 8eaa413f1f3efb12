"""The vendored peer data is complete, unedited and carries its licences (data/README.md)."""

from __future__ import annotations

import hashlib

import pytest

from .date_cases import FILES as DATE_FILES
from .peers import DATA_DIR, MONEY_FILES, NUMBER_FILES


def _sums() -> dict[str, str]:
    lines = (DATA_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name.removeprefix("./"): digest for digest, name in (line.split(maxsplit=1) for line in lines)}


@pytest.mark.parametrize("relpath", sorted(_sums()))
def test_vendored_file_is_unedited(relpath: str) -> None:
    data = (DATA_DIR / relpath).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _sums()[relpath], f"{relpath} differs from SHA256SUMS"


def test_every_file_the_tests_read_is_vendored_with_its_licence_and_source() -> None:
    listed = set(_sums())
    for relpath in (*NUMBER_FILES, *MONEY_FILES, *DATE_FILES):
        project = relpath.split("/")[0]
        assert relpath in listed, relpath
        assert f"{project}/LICENSE.txt" in listed and f"{project}/SOURCE.md" in listed, project


def test_nothing_unlisted_lies_in_the_data_folder() -> None:
    present = {str(p.relative_to(DATA_DIR)) for p in DATA_DIR.rglob("*") if p.is_file()}
    assert present - {"SHA256SUMS", "README.md"} == set(_sums())
