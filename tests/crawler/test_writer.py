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


def seen_rows(db_url: str) -> dict[str, tuple[int, str, Any, Any]]:
    with make_engine(db_url).connect() as conn:
        rows = conn.execute(
            select(
                SeenUrl.canonical_url,
                SeenUrl.id,
                SeenUrl.outcome,
                SeenUrl.first_seen,
                SeenUrl.last_seen,
            )
        ).all()
    return {url: (id_, outcome, first, last) for url, id_, outcome, first, last in rows}


def test_a_batchs_seen_urls_are_written_in_one_statement_as_one_by_one(db_url: str) -> None:
    writer = Writer(db_url)
    upserts: list[int] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO SEEN_URLS"):
            upserts.append(1)

    event.listen(writer.engine, "before_cursor_execute", count)
    a, b = "https://news.test/a", "https://news.test/b"
    results = asyncio.run(
        run_all(writer, remember(a, "off_topic"), remember(b, "stored"), remember(a, "duplicate"))
    )
    assert results == [a, b, a]
    assert (writer.batches, len(upserts)) == (1, 1)
    rows = seen_rows(db_url)
    # The later mark of a URL wins, and new URLs get their ids in the order first marked.
    assert {url: outcome for url, (_, outcome, _, _) in rows.items()} == {
        a: "duplicate",
        b: "stored",
    }
    assert rows[a][0] < rows[b][0]
    assert rows[a][2] <= rows[a][3]  # first_seen from the first mark, last_seen from the last

    # A later batch refreshes a known URL's outcome, as the upsert one by one did.
    asyncio.run(run_all(writer, remember(b, "off_topic")))
    assert seen_rows(db_url)[b][:2] == (rows[b][0], "off_topic")


def test_a_job_whose_seen_url_the_kb_refuses_loses_only_itself(db_url: str) -> None:
    writer = Writer(db_url)

    def dangling(session: Session) -> str:
        # No such article: the seen URL's foreign key fails when the batch's marks are written.
        mark_seen(session, ["https://news.test/dangling"], "stored", article_id=999_999)
        return "dangling"

    results = asyncio.run(
        run_all(writer, remember("https://news.test/g"), dangling, remember("https://news.test/h"))
    )
    assert results[0] == "https://news.test/g" and results[2] == "https://news.test/h"
    assert isinstance(results[1], Exception)
    assert writer.batches == 4  # the batch, then one transaction per job
    assert outcomes(db_url) == {
        "https://news.test/g": "off_topic",
        "https://news.test/h": "off_topic",
    }
