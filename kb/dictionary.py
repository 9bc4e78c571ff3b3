"""The data dictionary: table and column descriptions plus code lists, from data files.

Export's README and Datasette's metadata both read it, so a journalist sees the same
words in a spreadsheet and in a browser. Breach-type codes come from the extractor's
taxonomy (extract/data/breach_types.toml) so they can never drift from what is extracted.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class BreachType:
    """One taxonomy code with its human label and the ICO category it maps to."""

    code: str
    label: str
    ico: str = ""


@dataclass(frozen=True)
class TableDoc:
    """Description of one table or view and of each of its columns."""

    name: str
    description: str
    columns: dict[str, str] = field(default_factory=dict)
    is_view: bool = False


@dataclass(frozen=True)
class Dictionary:
    tables: dict[str, TableDoc]
    codes: dict[str, dict[str, str]]  # code list name -> code -> meaning
    breach_types: list[BreachType]


@cache
def data_dictionary() -> Dictionary:
    """Load kb/web/dictionary.toml and the breach-type taxonomy (cached per process)."""
    raw = tomllib.loads(
        resources.files("kb").joinpath("web", "dictionary.toml").read_text(encoding="utf-8")
    )
    tables: dict[str, TableDoc] = {}
    for section, is_view in (("tables", False), ("views", True)):
        for name, entry in raw.get(section, {}).items():
            tables[name] = TableDoc(
                name, entry["description"], dict(entry.get("columns", {})), is_view
            )
    return Dictionary(tables, dict(raw.get("codes", {})), breach_types())


@cache
def _taxonomy() -> dict[str, Any]:
    """extract/data/breach_types.toml, read and parsed once for every reader below."""
    text = resources.files("extract").joinpath("data", "breach_types.toml").read_text("utf-8")
    return tomllib.loads(text)


def breach_types() -> list[BreachType]:
    """Codes and labels from extract/data/breach_types.toml, in file order."""
    return parse_breach_types(_taxonomy())


@cache
def related_types() -> frozenset[frozenset[str]]:
    """Pairs of codes one breach is often told as by different outlets (the taxonomy file's
    `related` lists): incident resolution reads them as agreeing."""
    return parse_related(_taxonomy())


def parse_related(data: dict[str, Any]) -> frozenset[frozenset[str]]:
    """Every pair of codes within one of the `related` lists; each must be a code of the
    file's `[types]` (a misspelt one would silently relate nothing): ValueError if not."""
    codes = {t.code for t in parse_breach_types(data)}
    unknown = sorted({c for group in data.get("related", []) for c in group} - codes)
    if unknown:
        raise ValueError(f"`related` names codes not in [types]: {', '.join(unknown)}")
    return frozenset(
        frozenset((a, b))
        for group in data.get("related", [])
        for a in group
        for b in group
        if a != b
    )


def parse_breach_types(data: dict[str, Any]) -> list[BreachType]:
    """The `[types.<code>]` tables of the taxonomy file, each with `label`, `ico_category`."""
    return [
        BreachType(code, str(entry.get("label", code)), str(entry.get("ico_category", "")))
        for code, entry in data.get("types", {}).items()
    ]
