"""The tuning and checking halves of the gold sets (`split.json`, tests/data/eval/README.md).

Rules are written reading the tuning half only; the checking half is scored, never read, so
its figures say how a rule does on reporting it was not fitted to.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from scoring.gold import EvalDataError, GoldArticle

HALVES = ("tuning", "checking")
ALL = "all"  # the whole set, both halves and anything the split does not name

T = TypeVar("T")


def load_split(path: str | Path) -> dict[str, str]:
    """`split.json` as "set/id" -> "tuning" | "checking" (tests/data/eval/README.md)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {ref: half for half in HALVES for ref in data[half]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalDataError(f"{path}: cannot read the split file ({exc})") from exc


def set_name(gold_file: str | Path) -> str:
    """The prefix of the split file's references: `dev2` for `.../dev2.gold.jsonl`."""
    name = Path(gold_file).name
    return name.removesuffix(".jsonl").removesuffix(".gold")


def half_of(gold_file: str | Path, article: GoldArticle, split: Mapping[str, str]) -> str | None:
    """ "tuning", "checking", or None when the split does not name the article."""
    return split.get(f"{set_name(gold_file)}/{article.id}")


def split_sets(split: Mapping[str, str]) -> set[str]:
    """The gold sets the split divides (`dev`, `dev2`, ...)."""
    return {ref.partition("/")[0] for ref in split}


def partition(
    gold_file: str | Path,
    items: Iterable[T],
    split: Mapping[str, str],
    article: Callable[[T], GoldArticle],
) -> dict[str, list[T]]:
    """Items of one gold file under their half, and every item under `ALL`; a half with no
    item is left out."""
    out: dict[str, list[T]] = {ALL: []}
    for item in items:
        out[ALL].append(item)
        half = half_of(gold_file, article(item), split)
        if half is not None:
            out.setdefault(half, []).append(item)
    return out
