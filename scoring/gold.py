"""Gold records: one line of a gold JSONL file (tests/data/eval/README.md) and its document."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from breachkb.errors import BreachKBError


class EvalDataError(BreachKBError):
    """A gold or split file that cannot be read, or a gold document that cannot be found."""


@dataclass(frozen=True)
class GoldArticle:
    """One line of a gold JSONL file."""

    id: str
    path: str
    relevant: bool
    incident_group: str | None = None
    incidents: tuple[dict[str, Any], ...] = ()
    breach_counts: tuple[dict[str, Any], ...] = ()
    boilerplate: tuple[str, ...] = ()
    must_keep: tuple[str, ...] = ()
    url: str | None = None


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file; a malformed line raises `EvalDataError` naming the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalDataError(f"{path}: cannot read gold file ({exc})") from exc
    articles = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            articles.append(
                GoldArticle(
                    id=str(obj.get("id") or obj["path"]),
                    path=obj["path"],
                    relevant=bool(obj["relevant"]),
                    incident_group=obj.get("incident_group"),
                    incidents=tuple(obj.get("incidents") or ()),
                    breach_counts=tuple(obj.get("breach_counts") or ()),
                    boilerplate=tuple(obj.get("boilerplate") or ()),
                    must_keep=tuple(obj.get("must_keep") or ()),
                    url=obj.get("url"),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EvalDataError(f"{path}:{number}: bad gold record ({exc!r})") from exc
    return articles


def resolve_document(gold_file: str | Path, article: GoldArticle, root: str | Path | None) -> Path:
    """Find a gold document: under `root` if given, else the gold file's folder or its parents
    (seeds gold paths are relative to the project root), else the working directory."""
    relative = Path(article.path)
    if root is not None:
        candidates = [Path(root) / relative]
    else:
        folder = Path(gold_file).resolve().parent
        candidates = [p / relative for p in (folder, *folder.parents)] + [Path.cwd() / relative]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise EvalDataError(f"{article.id}: gold document {article.path} not found (try --root DIR)")
