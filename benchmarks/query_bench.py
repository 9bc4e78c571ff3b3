"""Query latency at scale: `incidents` filters, `stats` and `search` over a synthetic KB.

Builds (or reuses) a KB of N articles and M incidents through the real migration, so the
schema, indexes, FTS5 index and triggers are the app's, then fills it with executemany.
Articles are Zipf-distributed pseudo-words with topic phrases ("USB stick", "emailed to the
wrong recipient") at news-like rates; incidents spread over every seeded force, 2005-2025 and
every breach type, 30% with an enforcement action. Each query runs --repeat times after a
warm-up; prints p50/p95 in milliseconds, the bare-SQL time of the same filter (what the ORM
and dict-building add), rows returned, and the database size.

    .venv/bin/python benchmarks/query_bench.py --articles 100000 --incidents 10000
    .venv/bin/python benchmarks/query_bench.py --db /tmp/big.sqlite        # 1M / 100k, kept
    .venv/bin/python benchmarks/query_bench.py --db /tmp/big.sqlite --reuse
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from kb.db import make_engine, upgrade
from kb.dictionary import breach_types
from kb.models import Incident
from kb.queries import IncidentFilter, incident_query, list_incidents, stats
from kb.search import search

TOPICS = [  # phrase, share of articles containing it
    ("police", 0.6),
    ("data breach", 0.3),
    ("fined", 0.08),
    ("information commissioner", 0.1),
    ("laptop stolen", 0.01),
    ("unencrypted usb stick", 0.004),
    ("emailed to the wrong recipient", 0.005),
    ("failed to redact", 0.003),
    ("body worn video", 0.002),
]
ACTIONS = ["monetary_penalty", "reprimand", "enforcement_notice", "undertaking", "investigation"]
BATCH = 20_000


def words(rng: np.random.Generator, size: int = 20_000) -> np.ndarray:
    """Pseudo-words of 1-4 syllables (no real word, so topic phrases stay controlled)."""
    syllables = np.array([c + v for c in "bdfgklmnprstvz" for v in "aeiou"], dtype=object)
    vocab: set[str] = set()
    while len(vocab) < size:
        picks = syllables[rng.integers(len(syllables), size=(size, 4))]
        lengths = rng.integers(1, 5, size=size)
        vocab.update("".join(row[:k]) for row, k in zip(picks, lengths, strict=True))
    return np.array(sorted(vocab)[:size], dtype=object)


def article_rows(n: int, rng: np.random.Generator, sources: int) -> Iterator[tuple[Any, ...]]:
    vocab = words(rng)
    cum = np.cumsum(1 / np.arange(1, len(vocab) + 1))  # Zipf, like word frequencies in news
    start = datetime(2005, 1, 1)
    for first in range(1, n + 1, BATCH):
        count = min(BATCH, n + 1 - first)
        lengths = rng.integers(40, 121, size=count)
        picks = vocab[np.searchsorted(cum, rng.random(lengths.sum() + 8 * count) * cum[-1])]
        topics = rng.random((count, len(TOPICS))) < [share for _, share in TOPICS]
        offset = 0
        for j in range(count):
            i = first + j
            body = list(picks[offset : offset + lengths[j]])
            offset += lengths[j]
            title = " ".join(picks[offset : offset + 8])
            offset += 8
            for t in np.flatnonzero(topics[j]):
                body.insert(int(rng.integers(len(body))), TOPICS[t][0])
            published = start + timedelta(minutes=i * 10)
            url = f"https://outlet{i % sources}.example/news/{i}"
            yield (
                url,
                url,
                None,
                i % sources + 1,
                title,
                None,
                published.date().isoformat(),
                published.isoformat(sep=" "),
                "en",
                " ".join(body),
                None,
                "html",
                f"{i:064x}",
                None,
                1,
                "synthetic",
                i - 1 if i % 50 == 0 else None,  # 2% syndicated copies
                "bench",
            )


def build(path: Path, n_articles: int, n_incidents: int, seed: int = 1) -> None:
    url = f"sqlite:///{path}"
    upgrade(url)  # the app's migrations: tables, indexes, FTS5 + triggers, views, seeds
    make_engine(url).dispose()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")
    force_ids = [r[0] for r in conn.execute("SELECT id FROM forces")]
    regulator_ids = [  # the ICO first: most actions are its
        r[0]
        for r in conn.execute(
            "SELECT id FROM regulators ORDER BY name != 'Information Commissioner''s Office', id"
        )
    ]
    codes = [bt.code for bt in breach_types()]
    n_sources = 50
    conn.executemany(
        "INSERT INTO sources (id, name, domain) VALUES (?, ?, ?)",
        [(i + 1, f"Outlet {i}", f"outlet{i}.example") for i in range(n_sources)],
    )
    # The FTS5 index the app's triggers maintain, built in one pass after the load (twice as
    # fast as row by row); the triggers are put back as the migration created them.
    triggers = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
        )
    ]
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    t0 = time.perf_counter()
    rows = article_rows(n_articles, np.random.default_rng(seed), n_sources)
    sql = (
        "INSERT INTO articles (url, canonical_url, path, source_id, title, author, published_at,"
        " fetched_at, language, text, raw, content_type, content_hash, minhash, relevant,"
        " relevance_reason, duplicate_of, extractor_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    done = 0
    while chunk := [row for _, row in zip(range(BATCH), rows, strict=False)]:
        conn.executemany(sql, chunk)
        conn.commit()
        done += len(chunk)
        print(f"\r  articles {done:,}/{n_articles:,}", end="", file=sys.stderr)
    print(f"\n  articles: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    t0 = time.perf_counter()
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    for sql in triggers:
        conn.execute(sql)
    conn.commit()
    print(f"  FTS index: {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    t0 = time.perf_counter()
    incidents, actions, facts, evidence = [], [], [], []
    fact_id = 0
    for i in range(1, n_incidents + 1):
        year = rng.randint(2005, 2025)
        force = rng.choice(force_ids)
        code = rng.choice(codes)
        reported = date(min(year + rng.randint(0, 2), 2025), rng.randint(1, 12), 1)
        # The rollups the resolver writes (kb/rollups.py): headline action, counts.
        head: tuple[Any, ...] = (None,) * 7
        if rng.random() < 0.3:
            action = rng.choice(ACTIONS)
            amount = rng.choice([50_000, 80_000, 100_000, 150_000, 200_000, 325_000])
            fine = amount if action == "monetary_penalty" else None
            paid = int(fine * 0.8) if fine else None
            regulator = regulator_ids[0] if rng.random() < 0.9 else rng.choice(regulator_ids)
            actions.append((i, regulator, action, fine, "GBP", paid, year + 1))
            head = (regulator, action, fine, "GBP" if fine else None, paid, year + 1, 1)
        articles = set()
        for ordinal in range(rng.randint(1, 5)):
            fact_id += 1
            article = rng.randint(1, n_articles)
            articles.add(article)
            facts.append((fact_id, article, ordinal + i * 10, i, force, year, code))
            for field in ("force", "breach_year", "breach_type"):
                evidence.append((fact_id, field, "v", "synthetic sentence", 0, 18))
        recorded = datetime(2025, 1, 1) + timedelta(minutes=i)
        incidents.append(
            (i, force, year, code, f"synthetic incident {i}", reported.isoformat(), 0.8, f"k{i}")
            + head[:6]
            + (head[6] or 0, len(articles), recorded.isoformat(sep=" "), force)
        )
    conn.executemany(
        "INSERT INTO incidents (id, force_id, breach_year, breach_type, summary, first_reported,"
        " confidence, resolution_key, regulator_id, action, fine_amount, fine_currency,"
        " fine_paid, fine_year, action_count, source_count, recorded_at, force_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " (SELECT name FROM forces WHERE id = ?))",
        incidents,
    )
    conn.executemany(
        "INSERT INTO enforcement_actions (incident_id, regulator_id, action, amount, currency,"
        " amount_paid, year) VALUES (?, ?, ?, ?, ?, ?, ?)",
        actions,
    )
    conn.executemany(
        "INSERT INTO incident_sources (id, article_id, ordinal, incident_id, force_id,"
        " breach_year, breach_type, mention, key_terms) VALUES (?, ?, ?, ?, ?, ?, ?,"
        " 'primary', '[]')",
        facts,
    )
    conn.executemany(
        'INSERT INTO evidence (incident_source_id, field, value, sentence, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?)",
        evidence,
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(
        f"  incidents {n_incidents:,}, actions {len(actions):,}, facts {len(facts):,}, "
        f"evidence {len(evidence):,}: {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )


def measure(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float, Any]:
    """p50 and p95 wall time and p50 CPU time of this process, in ms, after a warm-up.

    CPU time is what the query costs; wall time adds waiting for a core, which on a shared
    machine (see the load average printed above the table) can be most of it.
    """
    result = fn()  # warm-up (page cache, statement cache)
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    wall.sort()
    p95 = wall[min(len(wall) - 1, int(round(0.95 * (len(wall) - 1))))]
    return statistics.median(wall), p95, statistics.median(cpu), result


def report(
    name: str, timing: tuple[float, float, float, Any], rows: Any, target: float | None
) -> None:
    p50, p95, cpu, _ = timing
    flag = "" if target is None else ("ok" if p95 < target else f"p95 over {target:.0f} ms")
    print(f"{name:<44} {p50:>8.1f} {p95:>8.1f} {cpu:>8.1f} {rows:>7} {flag}")


FILTERS: list[tuple[str, IncidentFilter]] = [
    ("--force GMP", IncidentFilter(force="GMP")),
    ("--force Manchester --year 2016", IncidentFilter(force="Manchester", year=2016)),
    ("--force 'the Met' --since 2015", IncidentFilter(force="the Met", since=2015)),
    ("--year 2019", IncidentFilter(year=2019)),
    ("--since 2015 --until 2017", IncidentFilter(since=2015, until=2017)),
    ("--type loss_or_theft_of_device", IncidentFilter(breach_type="loss_or_theft_of_device")),
    ("--regulator ICO --min-fine 100000", IncidentFilter(regulator="ICO", min_fine=100000)),
    ("--min-fine 200000 --sort -fine", IncidentFilter(min_fine=200000, sort="-fine")),
    ("--sort -fine", IncidentFilter(sort="-fine")),
    ("--sort -sources", IncidentFilter(sort="-sources")),
    ("(no filter)", IncidentFilter()),
]
SEARCHES = [
    "USB stick",
    "laptop stolen",
    '"emailed to the wrong recipient"',
    "redact*",
    "body worn video OR laptop",
    "fined information commissioner",
    "police",
]


WEB_PAGES = [  # Datasette pages, as a journalist opens them (target p95 < 500 ms)
    ("/", "home page"),
    ("/breachkb/incidents_view", "incidents page, with its 5 facets"),
    ("/breachkb/incidents_view.json?_size=50", "incidents JSON, with facets"),
    ("/breachkb/incidents_view?_sort_desc=fine_amount", "incidents by fine"),
    ("/breachkb/incidents_view?_sort_desc=sources", "incidents by sources"),
    ("/breachkb/incidents_view?_sort=force", "incidents by force"),
    ("/breachkb/incidents_view?force=Greater+Manchester+Police", "incidents, force facet chosen"),
    ("/breachkb/incidents_view?breach_year=2019&action=reprimand", "incidents, two facets chosen"),
    ("/breachkb/incident/1", "one incident page"),
    ("/breachkb/search?q=usb+stick", "search page"),
    ("/breachkb/charts", "charts page (forces compared)"),
    ("/breachkb/chart_incidents_by_year.json?_shape=array", "chart data: incidents by year"),
    ("/breachkb/chart_fines_by_year.json?_shape=array", "chart data: fines by year"),
    ("/breachkb/chart_forces_by_incidents.json?_shape=array", "chart data: forces ranked"),
    ("/breachkb/chart_forces_by_fines.json?_shape=array", "chart data: forces by fines"),
    ("/breachkb/chart_breach_counts.json?_shape=array", "chart data: tallies over time"),
]


def web(path: Path, repeat: int) -> None:
    """Datasette's pages through its in-process ASGI client (no network, same queries)."""
    import asyncio

    from kb.web.server import make_datasette

    ds = make_datasette(path)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ds.invoke_startup())

    def get(url: str) -> Any:
        response = loop.run_until_complete(ds.client.get(url))
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
        return response

    print("-- web pages (breachkb serve, in-process; target p95 < 500 ms)")
    for url, name in WEB_PAGES:
        timing = measure(lambda u=url: get(u), max(5, repeat // 3))
        body = timing[3]
        note = ""
        if url.endswith("_size=50"):
            data = body.json()
            facets, late = data.get("facet_results", {}), data.get("facets_timed_out") or []
            note = f"facets answered {len(facets)}, timed out {len(late)}"
        report(f"{name}", timing, len(body.content) // 1024, 500)
        if note:
            print(f"{'':<44} {note}")
    loop.close()


def run(path: Path, repeat: int, limit: int) -> None:
    upgrade(f"sqlite:///{path}")  # a reused KB gets any index added since it was built
    engine = make_engine(f"sqlite:///{path}")
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    with Session(engine) as session:
        counts = {
            t: session.connection().exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("articles", "incidents", "enforcement_actions", "incident_sources")
        }
        print(
            f"\nKB {path}: {size / 2**20:,.0f} MiB; "
            + ", ".join(f"{k} {v:,}" for k, v in counts.items())
        )
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"load average {load} on {os.cpu_count()} cores")
        print(f"\n{'query':<44} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'rows':>7}")
        print("(rows: rows returned; for web pages, KiB of the response)")
        print(f"-- incidents (kb.queries.list_incidents, --limit {limit}; target p95 < 50 ms)")
        for name, flt in FILTERS:
            flt.limit = limit
            timing = measure(lambda f=flt: list_incidents(session, f), repeat)
            report(name, timing, len(timing[3]), 50)
        print(f"-- the same filters, SQL only (incident ids, --limit {limit})")
        for name, flt in FILTERS:
            query = incident_query(session, flt).with_only_columns(Incident.id)
            timing = measure(lambda q=query: session.execute(q).all(), repeat)
            report(name, timing, len(timing[3]), None)
        print("-- stats (kb.queries.stats; target p95 < 200 ms)")
        timing = measure(lambda: stats(session), max(5, repeat // 2))
        report("stats", timing, "-", 200)
        print("-- search (kb.search.search, 20 hits; target p95 < 200 ms)")
        for query in SEARCHES:
            timing = measure(lambda q=query: search(session, q, 20), repeat)
            report(f"search {query}", timing, len(timing[3]), 200)
    web(path, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="Keep the KB at this path (default: temporary).")
    parser.add_argument("--reuse", action="store_true", help="Measure an existing --db as is.")
    parser.add_argument("--build-only", action="store_true", help="Build --db, measure nothing.")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--limit", type=int, default=100, help="--limit of the listings.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        if not args.reuse:
            for old in path.parent.glob(path.name + "*"):
                old.unlink()
            t0 = time.perf_counter()
            print(
                f"building {args.articles:,} articles, {args.incidents:,} incidents",
                file=sys.stderr,
            )
            build(path, args.articles, args.incidents)
            print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        if not args.build_only:
            run(path, args.repeat, args.limit)


if __name__ == "__main__":
    main()
