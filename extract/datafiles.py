"""Load the gazetteers and pattern files of `extract/data/` once per process."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str, data_dir: str | None = None) -> Path:
    """Where `name` lives in `data_dir`, or in the packaged data folder by default."""
    return (Path(data_dir) if data_dir else DATA_DIR) / name


_path = data_path


@cache
def load_jsonl(name: str, data_dir: str | None = None) -> tuple[dict[str, Any], ...]:
    """Rows of a JSONL gazetteer (forces.jsonl, regulators.jsonl)."""
    rows = []
    with _path(name, data_dir).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return tuple(rows)


@cache
def load_toml(name: str, data_dir: str | None = None) -> dict[str, Any]:
    """A TOML pattern file (breach_types.toml, cues.toml, places.toml)."""
    with _path(name, data_dir).open("rb") as fh:
        return tomllib.load(fh)
