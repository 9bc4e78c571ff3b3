"""The crawl's KB writer (crawler/writer.py): jobs that wait together share one transaction, a
job hears back only after its transaction committed, and a failing job loses only itself."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from crawler.writer import Writer
from kb.db import make_engine
from kb.models import SeenUrl
from kb.seen import mark_seen


def outcomes(db_url: str) -> dict[str, str]:
    """What a reader on another connection sees: committed rows only."""
    with make_engine(db_url).connect() as conn:
        return dict(conn.execute(select(SeenUrl.canonical_url, SeenUrl.outcome)).all())


def remember(url: str, outcome: str = "off_topic") -> Any:
    def work(session: Session) -> str:
        mark_seen(session, [url], outcome)
        return url

    return work


async def run_all(writer: Writer, *jobs: Any) -> list[Any]:
    return await asyncio.gather(*(writer.run(job) for job in jobs), return_exceptions=True)


def test_jobs_waiting_together_share_one_transaction(db_url: str) -> None:
    writer = Writer(db_url, interval=0.05)
    urls = [f"https://news.test/{n}" for n in range(5)]
    results = asyncio.run(run_all(writer, *(remember(u) for u in urls)))
    assert results == urls
    assert (writer.batches, writer.jobs) == (1, 5)
    assert outcomes(db_url) == {u: "off_topic" for u in urls}


def test_a_full_batch_commits_at_once_and_the_rest_waits_its_turn(db_url: str) -> None:
    writer = Writer(db_url, max_batch=2, interval=30)  # only the batch size can start a commit
    urls = [f"https://news.test/{n}" for n in range(4)]

    async def crawl() -> list[Any]:
        return await asyncio.wait_for(run_all(writer, *(remember(u) for u in urls)), timeout=10)

    assert asyncio.run(crawl()) == urls
    assert (writer.batches, writer.jobs) == (2, 4)


def test_a_job_that_fails_loses_only_itself(db_url: str) -> None:
    writer = Writer(db_url)

    def broken(session: Session) -> None:
        mark_seen(session, ["https://news.test/broken"], "stored")
        raise ValueError("the KB cannot take this page")

    results = asyncio.run(
        run_all(writer, remember("https://news.test/a"), broken, remember("https://news.test/b"))
    )
    assert results[0] == "https://news.test/a" and results[2] == "https://news.test/b"
    assert isinstance(results[1], ValueError)
    # The broken job's own write was rolled back with it; the others were committed.
    assert outcomes(db_url) == {
        "https://news.test/a": "off_topic",
        "https://news.test/b": "off_topic",
    }


def test_nothing_is_reported_done_when_the_commit_fails(db_url: str) -> None:
    writer = Writer(db_url)

    def refuse_commit(session: Session) -> str:
        mark_seen(session, ["https://news.test/c"], "off_topic")

        def fail(_session: Session) -> None:
            raise OSError("disk full")

        event.listen(session, "before_commit", fail, once=True)
        return "c"

    results = asyncio.run(run_all(writer, remember("https://news.test/d"), refuse_commit))
    assert [type(r) for r in results] == [OSError, OSError]
    assert outcomes(db_url) == {}


def test_a_job_hears_back_after_its_rows_are_visible_to_other_readers(db_url: str) -> None:
    writer = Writer(db_url)

    async def store_then_read() -> dict[str, str]:
        await writer.run(remember("https://news.test/e", "stored"))
        return outcomes(db_url)  # a separate connection: sees committed rows only

    assert asyncio.run(store_then_read()) == {"https://news.test/e": "stored"}


def test_a_failed_batch_is_redone_one_transaction_per_job(db_url: str) -> None:
    writer = Writer(db_url)

    def bad_sql(session: Session) -> None:
        session.execute(text("INSERT INTO no_such_table VALUES (1)"))

    results = asyncio.run(run_all(writer, remember("https://news.test/f"), bad_sql))
    assert results[0] == "https://news.test/f" and isinstance(results[1], Exception)
    # One try with both jobs, then one transaction each.
    assert writer.batches == 3
    assert outcomes(db_url) == {"https://news.test/f": "off_topic"}
