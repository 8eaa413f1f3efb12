"""The package as a whole: what the text layer loads, and what pyproject.toml declares.

``extractors.extract`` (text in, records out) must run without the corpus layer's
database and Arrow, without the app's libraries, and without POSIX-only modules;
the declared dependencies must be the ones the code imports.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE_MUST_NOT_LOAD = ("duckdb", "pyarrow", "pandas", "streamlit", "plotly", "dask", "distributed")


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_extract_loads_neither_the_store_nor_the_app() -> None:
    # The check of the issue, verbatim, plus the app's and the cluster's libraries.
    r = _run("import extractors, sys; extractors.extract('全区金融机构达242家'); "
             "assert 'duckdb' not in sys.modules and 'pyarrow' not in sys.modules; "
             f"print(sorted(m for m in {CORE_MUST_NOT_LOAD!r} if m in sys.modules))")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_the_text_layer_and_the_store_import_without_fcntl() -> None:
    # fcntl does not exist on Windows; blocking it here stands in for that platform.
    r = _run("import sys; sys.modules['fcntl'] = None\n"
             "import extractors\n"
             "ex = extractors.extract('全区金融机构达242家')\n"
             "assert [q.value for q in ex.quantities] == [242.0], ex.quantities\n"
             "import extractors.store\n"
             "print('ok')")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"


# --- dependencies ------------------------------------------------------------------

# Declared but never imported, each with the reason it is declared.
USED_WITHOUT_IMPORT = {
    "dask": "the `dask scheduler` / `dask worker` commands of a cluster run (README)",
    "cpca": "its table of administrative divisions is read as data by extractors/places.py",
}


def _distribution(requirement: str) -> str:
    name = requirement.split(";")[0]
    for stop in "<>=!~[ ":
        name = name.split(stop)[0]
    return name.strip().lower().replace("_", "-")


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {_distribution(r) for r in project["dependencies"]}
    test = {_distribution(r) for r in project["optional-dependencies"]["test"]}
    return runtime, test


def _imported_distributions(folders: list[str]) -> dict[str, str]:
    """Third-party distributions the code under ``folders`` imports → one file that does."""
    owners = {name: [d.lower() for d in dists] for name, dists in packages_distributions().items()}
    found: dict[str, str] = {}
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in sys.stdlib_module_names or top in ("extractors", "dashboard", "tests"):
                        continue
                    script = not (path.parent / "__init__.py").exists()
                    if script and ((path.parent / f"{top}.py").exists() or (path.parent / top).is_dir()):
                        continue  # a script's own helper beside it (it puts its folder on sys.path)
                    for dist in owners.get(top, [top]):
                        found.setdefault(dist.replace("_", "-"), str(path.relative_to(ROOT)))
    return found


def test_every_import_of_the_package_is_a_declared_dependency() -> None:
    runtime, _ = _declared()
    imported = _imported_distributions(["extractors", "dashboard"])
    missing = {dist: where for dist, where in imported.items() if dist not in runtime}
    assert not missing, f"imported but not in [project.dependencies]: {missing}"


def test_every_declared_dependency_is_imported_or_says_why() -> None:
    runtime, _ = _declared()
    imported = _imported_distributions(["extractors", "dashboard"])
    unused = runtime - set(imported) - set(USED_WITHOUT_IMPORT)
    assert not unused, f"declared but never imported by extractors/ or dashboard/: {sorted(unused)}"


def test_tools_of_the_tests_and_benchmarks_are_test_extras() -> None:
    runtime, test = _declared()
    imported = _imported_distributions(["tests", "benchmarks"])
    missing = {dist: where for dist, where in imported.items() if dist not in runtime | test}
    assert not missing, f"imported by tests or benchmarks, declared nowhere: {missing}"
