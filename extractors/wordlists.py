"""Load the word lists under ``extractors/lexicon/`` (YAML data, not code).

Each file starts with a ``source`` key saying where its words come from and a
``fields`` key saying what each field means; the rest is data.

>>> "万" in load("scales")["scales"]
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

LEXICON_PACKAGE = "extractors.lexicon"
# libyaml's loader when PyYAML was built with it (several times faster: the word lists
# are read at every start), else the pure-Python one; both build the same data.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of ``lexicon/<name>.yaml`` (cached; do not mutate)."""
    path = resources.files(LEXICON_PACKAGE) / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_LOADER)  # noqa: S506 — a safe loader
    if not isinstance(data, dict) or "source" not in data:
        raise ValueError(f"lexicon/{name}.yaml must be a mapping with a 'source' key")
    return data


def names() -> list[str]:
    """The names of all word lists shipped with the package."""
    folder = resources.files(LEXICON_PACKAGE)
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
