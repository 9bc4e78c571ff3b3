"""Full-text search over article titles and text, with highlighted snippets.

SQLite uses the FTS5 index `articles_fts` that migration 0001 keeps in sync with triggers;
PostgreSQL uses the GIN index over `to_tsvector('english', title || ' ' || text)`. Both
rank best first and both take the same plain query language: words (all must match),
"quoted phrases", a trailing * for a prefix, and OR between alternatives.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from kb.errors import BadInput

# A query matching more articles than this ranks only its newest RANK_WINDOW matches: bm25
# costs time per match, and for a word in every article ("police") the newest reports are
# the useful ones. Selective queries (the usual case) are ranked over every match.
RANK_WINDOW = 5000
MARK = ("**", "**")  # default highlight markers: readable in a terminal, CSV and JSON
ELLIPSIS = "…"
SNIPPET_TOKENS = 24
# snippet() scores every instance of every term against every other, so its cost grows with
# the square of the terms (and FTS5 cannot be interrupted inside it): repeats are dropped
# and a query may have at most this many terms.
MAX_TERMS = 32
TITLE_WEIGHT, TEXT_WEIGHT = 5.0, 1.0

# A quoted phrase, or a run of anything that is neither space nor a quote.
_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


@dataclass
class SearchHit:
    """One matching article, best first; `snippet` has the matched words between markers."""

    article_id: int
    title: str | None
    url: str | None
    published_at: date | None
    snippet: str
    score: float
    duplicate_of: int | None = None
    incident_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        return data


def search(
    session: Session, query: str, limit: int = 20, *, mark: tuple[str, str] = MARK
) -> list[SearchHit]:
    """Articles matching `query`, best first, at most `limit` of them."""
    if limit < 1:
        raise BadInput("--limit must be at least 1")
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        hits = _search_sqlite(session, fts5_query(query), limit, mark)
    elif dialect == "postgresql":
        hits = _search_postgres(session, postgres_query(query), limit, mark)
    else:
        raise BadInput(f"full-text search is not available on {dialect}")
    _attach_incidents(session, hits)
    return hits


def parse_query(query: str) -> list[list[tuple[str, bool]]]:
    """Split a user query into OR-groups of terms; each term is (words, is_prefix).

    Only word characters survive, so FTS syntax typed by accident ("GMP's", "e-mail",
    `NEAR(`) can never make the query invalid.
    """
    groups: list[list[tuple[str, bool]]] = [[]]
    for match in _TOKEN.finditer(query):
        phrase, bare = match.group(1), match.group(2)
        if bare == "OR":
            if groups[-1]:
                groups.append([])
            continue
        if bare == "AND":  # the default between words anyway
            continue
        raw = phrase if phrase is not None else bare
        words = _WORD.findall(raw)
        if words:
            prefix = phrase is None and raw.endswith("*")
            groups[-1].append((" ".join(words), prefix))
    # A repeated term or alternative matches the same articles: keep the first of each.
    unique = {tuple(dict.fromkeys(group)): None for group in groups if group}
    groups = [list(group) for group in unique]
    if not groups:
        raise BadInput(f"search text {query[:80]!r} has no words to search for")
    terms = sum(len(group) for group in groups)
    if terms > MAX_TERMS:
        raise BadInput(f"search text has {terms} different terms; at most {MAX_TERMS} are allowed")
    return groups


def fts5_query(query: str) -> str:
    """The user query as an FTS5 MATCH expression with every term quoted."""

    def term(words: str, prefix: bool) -> str:
        return '"' + words.replace('"', '""') + '"' + ("*" if prefix else "")

    groups = [" AND ".join(term(w, p) for w, p in group) for group in parse_query(query)]
    return " OR ".join(f"({g})" if len(groups) > 1 else g for g in groups)


def postgres_query(query: str) -> str:
    """The user query in websearch_to_tsquery syntax (prefixes become plain words)."""
    groups = [
        " ".join(f'"{w}"' if " " in w else w for w, _ in group) for group in parse_query(query)
    ]
    return " or ".join(groups)


# Rank first, then make snippets for the page of hits only: SQLite computes every selected
# column before sorting, so snippets in the ranking query would be built for every match.
# CROSS JOIN keeps that order (the FTS table is then probed by rowid, not scanned).
_SQLITE_SQL = text(
    """
    WITH top AS (
        SELECT rowid AS id, bm25(articles_fts, :title_weight, :text_weight) AS score
        FROM articles_fts
        WHERE articles_fts MATCH :query AND rowid >= :floor
        ORDER BY score, rowid
        LIMIT :limit
    )
    SELECT a.id, a.title, coalesce(a.url, a.path) AS url, a.published_at, a.duplicate_of,
           snippet(articles_fts, 1, :start, :stop, :ellipsis, :tokens) AS body_snippet,
           snippet(articles_fts, 0, :start, :stop, '', 64) AS title_snippet,
           top.score
    FROM top
    CROSS JOIN articles_fts ON articles_fts.rowid = top.id
    CROSS JOIN articles a ON a.id = top.id
    WHERE articles_fts MATCH :query
    ORDER BY top.score, top.id
    """
)
# FTS5 walks a match list in rowid order without ranking: finding the window's floor is cheap.
_SQLITE_FLOOR = text(
    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :query "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :offset"
)


def _search_sqlite(
    session: Session, query: str, limit: int, mark: tuple[str, str]
) -> list[SearchHit]:
    floor = session.scalar(_SQLITE_FLOOR, {"query": query, "offset": RANK_WINDOW - 1}) or 0
    rows = session.execute(
        _SQLITE_SQL,
        {
            "query": query,
            "floor": floor,
            "limit": limit,
            "start": mark[0],
            "stop": mark[1],
            "ellipsis": ELLIPSIS,
            "tokens": SNIPPET_TOKENS,
            "title_weight": TITLE_WEIGHT,
            "text_weight": TEXT_WEIGHT,
        },
    ).all()
    hits = []
    for row in rows:
        # A match only in the title leaves the body snippet unmarked: show the title's then.
        snippet = row.body_snippet if mark[0] in (row.body_snippet or "") else row.title_snippet
        hits.append(
            SearchHit(
                article_id=row.id,
                title=row.title,
                url=row.url,
                published_at=_as_date(row.published_at),
                snippet=snippet or "",
                score=-float(row.score),  # bm25 is lower-is-better; report higher-is-better
                duplicate_of=row.duplicate_of,
            )
        )
    return hits


# The document expression must match migration 0001's GIN index exactly to use it.
_PG_DOCUMENT = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)"
_PG_SQL = text(
    f"""
    WITH q AS (SELECT websearch_to_tsquery('english', :query) AS tsq),
    -- As on SQLite: only the newest RANK_WINDOW matches are ranked.
    window_ AS (
        SELECT a.id FROM articles a, q WHERE {_PG_DOCUMENT} @@ q.tsq
        ORDER BY a.id DESC LIMIT :window
    )
    SELECT a.id, a.title, coalesce(a.url, a.path) AS url, a.published_at, a.duplicate_of,
           ts_headline('english', a.text, q.tsq, :options) AS snippet,
           ts_rank_cd({_PG_DOCUMENT}, q.tsq) AS score
    FROM window_ JOIN articles a ON a.id = window_.id, q
    ORDER BY score DESC, a.id
    LIMIT :limit
    """
)


def _search_postgres(
    session: Session, query: str, limit: int, mark: tuple[str, str]
) -> list[SearchHit]:
    options = (
        f'StartSel="{mark[0]}", StopSel="{mark[1]}", MaxWords={SNIPPET_TOKENS}, '
        f'MinWords={SNIPPET_TOKENS // 2}, MaxFragments=2, FragmentDelimiter="{ELLIPSIS}"'
    )
    rows = session.execute(
        _PG_SQL, {"query": query, "limit": limit, "options": options, "window": RANK_WINDOW}
    ).all()
    return [
        SearchHit(
            article_id=row.id,
            title=row.title,
            url=row.url,
            published_at=_as_date(row.published_at),
            snippet=row.snippet or "",
            score=float(row.score),
            duplicate_of=row.duplicate_of,
        )
        for row in rows
    ]


def _attach_incidents(session: Session, hits: list[SearchHit]) -> None:
    """Lead each hit back to the incidents its article reports."""
    if not hits:
        return
    by_id = {hit.article_id: hit for hit in hits}
    rows = session.execute(
        text(
            "SELECT DISTINCT article_id, incident_id FROM incident_sources "
            "WHERE article_id IN :ids AND incident_id IS NOT NULL ORDER BY article_id, incident_id"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": list(by_id)},
    )
    for article_id, incident_id in rows:
        by_id[article_id].incident_ids.append(incident_id)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])
