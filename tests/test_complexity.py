"""No function in extractors/ is longer than 60 lines or more complex than 15.

Complexity is ruff's C901 (McCabe; the limit is in pyproject.toml); length is counted
here from the ``def`` line to the function's last line, docstring and comments included,
since ruff has no rule for it. A function over either limit is split by concern, not
exempted.

"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "extractors"
MAX_LINES = 60

# Offenders when the check came in: quantities.py _emit (83 lines, complexity 25; split
# since, and quantities.py checked) and ingest.py ingest_paths (78 lines); the other five
# were within the limits then.


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _too_complex() -> dict[str, list[str]]:
    """Module → its C901 findings (``name:line (complexity)``)."""
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "C901", "--output-format", "json",
         "--no-cache", str(PACKAGE)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr
    found: dict[str, list[str]] = {}
    for item in json.loads(run.stdout or "[]"):
        module = Path(item["filename"]).resolve().relative_to(ROOT).as_posix()
        found.setdefault(module, []).append(f"line {item['location']['row']}: {item['message']}")
    return found


def _too_long() -> dict[str, list[str]]:
    """Module → its functions over MAX_LINES lines."""
    found: dict[str, list[str]] = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_LINES:
                    found.setdefault(_rel(path), []).append(f"{node.name} (line {node.lineno}): {lines} lines")
    return found


@pytest.fixture(scope="module")
def offenders() -> dict[str, list[str]]:
    found = _too_complex()
    for module, items in _too_long().items():
        found.setdefault(module, []).extend(items)
    return found


def test_no_function_is_too_long_or_too_complex(offenders: dict[str, list[str]]) -> None:
    assert not offenders, "split these by concern:\n" + "\n".join(
        f"  {m}: {item}" for m, items in sorted(offenders.items()) for item in items)
