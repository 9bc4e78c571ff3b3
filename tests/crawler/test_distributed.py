"""Three `breachkb crawl --redis` processes, one Redis, one PostgreSQL KB, the fixture web on
real servers: they share one frontier (each article page fetched once across all of them)
and build the same KB as one process crawling alone."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
import redis
from backends import PostgresServer, redis_url
from fixture_site import Breachkb, Sites, quiet_env, serving, write_sources
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kb.db import make_engine
from kb.models import Article, Incident

pytestmark = pytest.mark.slow
PROCESSES = 3


@pytest.fixture
def frontier() -> str:
    """An empty Redis database (the test server is this run's own)."""
    url = redis_url()
    redis.Redis.from_url(url).flushdb()
    return url


def _article_hits(sites: Sites) -> Counter[str]:
    return Counter(
        f"{name}:{hit.path}"
        for name, server in (("main", sites.main), ("partner", sites.partner))
        for hit in server.hits
        if hit.is_article
    )


def _kb(db_url: str) -> tuple[list[str], set[tuple]]:
    """Canonical URLs of the articles, and each incident as force, year, type and source paths."""
    with Session(make_engine(db_url)) as session:
        # Paths: the two crawls ran against servers on different ports.
        urls = [u.split("/", 3)[3] for u in session.scalars(select(Article.canonical_url))]
        incidents = {
            (
                i.force.name if i.force else None,
                i.breach_year,
                i.breach_type,
                i.resolution_key.split(":")[0],
                frozenset(s.article.url.split("/", 3)[3] for s in i.sources),
            )
            for i in session.scalars(select(Incident))
        }
        assert session.scalar(select(func.count(Article.id))) == len(set(urls))  # no duplicates
    return urls, incidents


def _crawl(tmp_path: Path, db_url: str, processes: int, redis: str | None) -> Counter[str]:
    """`processes` crawlers at once against a fresh fixture web; what the servers saw."""
    tmp_path.mkdir()
    with serving() as sites:
        sites.main.article_delay = 0.05  # keep the crawlers overlapping
        sources = write_sources(sites, tmp_path)
        procs = []
        for n in range(processes):
            cli = Breachkb(quiet_env(tmp_path / f"state{n}"), db_url, sources)
            argv = ["crawl", "--format", "json", *(["--redis", redis] if redis else [])]
            procs.append(
                subprocess.Popen(
                    cli.argv(*argv),
                    env=cli.env,
                    text=True,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
            )
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err[-3000:]
        return _article_hits(sites)


def test_three_crawlers_share_one_frontier(
    postgres_server: PostgresServer, frontier: str, tmp_path: Path
) -> None:
    alone_db, shared_db = postgres_server.migrated(), postgres_server.migrated()
    try:
        alone = _crawl(tmp_path / "alone", alone_db, 1, None)
        shared = _crawl(tmp_path / "shared", shared_db, PROCESSES, frontier)
        # The fixture web has one flaky page (a 500, then a 200): its retry is the only repeat.
        assert shared == alone
        assert sum(shared.values()) >= 10
        flaky = "/news/2024/02/cheshire-constabulary-reprimanded-over-misdirected-emails"
        assert all(n == 1 for url, n in shared.items() if not url.endswith(flaky)), shared
        alone_urls, alone_incidents = _kb(alone_db)
        shared_urls, shared_incidents = _kb(shared_db)
        assert sorted(shared_urls) == sorted(alone_urls)
        assert shared_incidents == alone_incidents and shared_incidents
        # The queues persist in Redis (empty now), the fingerprints expire when idle.
        client = redis.Redis.from_url(frontier)
        assert client.ttl("breachkb:dupefilter") > 0
    finally:
        postgres_server.drop(alone_db)
        postgres_server.drop(shared_db)


def test_the_redis_queue_outlives_a_stopped_crawler(
    sqlite_url: str, frontier: str, tmp_path: Path
) -> None:
    """A crawler stopped early leaves its queue in Redis; the next one (any machine) goes on
    from it, and no article page is fetched twice."""
    with serving() as sites:
        cli = Breachkb(quiet_env(tmp_path / "state"), sqlite_url, write_sources(sites, tmp_path))
        stopped = cli(
            "crawl", "gazette-sitemap", "--redis", frontier,
            "-s", "CLOSESPIDER_PAGECOUNT=1", "-s", "CONCURRENT_REQUESTS=1",
        )  # fmt: skip
        assert stopped.returncode == 3, stopped.stderr[-2000:]  # stopped early
        queue = redis.Redis.from_url(frontier)
        left = queue.zcard("breachkb:gazette-sitemap:requests")
        assert left > 0
        first = Counter(h.path for h in sites.main.hits if h.is_article)
        resumed = cli("crawl", "gazette-sitemap", "--redis", frontier)
        assert resumed.returncode == 0, resumed.stderr[-2000:]
        assert queue.zcard("breachkb:gazette-sitemap:requests") == 0
        both = Counter(h.path for h in sites.main.hits if h.is_article)
        second = both - first
        assert sum(second.values()) >= left - 1  # what was queued (a flaky page retries)
        assert not set(first) & set(second) - {
            "/news/2024/02/cheshire-constabulary-reprimanded-over-misdirected-emails"
        }
