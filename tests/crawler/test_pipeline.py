"""The item pipeline on its own: real extraction into a real migrated KB, no network."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.items import ArticleItem
from crawler.pipelines import KnowledgeBasePipeline
from kb.models import Article, SeenUrl
from kb.seen import load_seen

MAIN = Path(__file__).resolve().parent.parent / "data" / "site" / "main"
KENT = "news/2024/03/kent-police-fined-over-lost-usb-sticks"
BIKES = "news/2024/03/police-data-shows-rise-in-bike-thefts"


def item(path: str, body: bytes | None = None, **extra: object) -> ArticleItem:
    return ArticleItem(
        url=f"https://www.gazette.test/{path}",
        source="gazette",
        body=body if body is not None else (MAIN / f"{path}.html").read_bytes(),
        content_type="text/html; charset=utf-8",
        fetched_at=datetime(2024, 3, 12, 10, 0),
        **extra,  # type: ignore[arg-type]
    )


class Pipeline:
    """The pipeline with its coroutine `process_item` run to completion."""

    def __init__(self, pipe: KnowledgeBasePipeline) -> None:
        self.pipe = pipe
        self.stats = pipe.stats

    def process_item(self, article: ArticleItem) -> ArticleItem:
        return asyncio.run(self.pipe.process_item(article))


@pytest.fixture
def pipeline(db_url: str) -> Pipeline:
    crawler = get_crawler(settings_dict={"DATABASE_URL": db_url, "EXTRACT_WORKERS": 0})
    crawler.stats.open_spider()
    pipe = KnowledgeBasePipeline.from_crawler(crawler)
    pipe.open_spider()
    return Pipeline(pipe)


def test_relevant_article_is_stored_and_remembered(pipeline: Pipeline, engine: Engine) -> None:
    old = "https://www.gazette.test/news/old-kent-link"
    assert pipeline.process_item(item(KENT, redirected_from=[old])).url.endswith(KENT)
    with Session(engine) as session:
        [article] = session.scalars(select(Article)).all()
        assert article.source.name == "gazette" and article.relevant
        assert article.text.startswith("Kent Police has been fined")
    seen = load_seen(engine)
    assert {u.rsplit("/", 1)[1] for u in seen} == {KENT.rsplit("/", 1)[1], "old-kent-link"}
    assert pipeline.stats.get_value("breachkb/store/new") == 1


def test_off_topic_article_is_counted_not_stored(pipeline: Pipeline, engine: Engine) -> None:
    with pytest.raises(DropItem, match="off-topic"):
        pipeline.process_item(item(BIKES))
    with Session(engine) as session:
        assert session.scalars(select(Article)).all() == []
        [seen] = session.scalars(select(SeenUrl)).all()
        assert seen.outcome == "off_topic" and seen.article_id is None
    assert pipeline.stats.get_value("breachkb/off_topic") == 1


def test_binary_body_is_rejected_with_a_reason(pipeline: Pipeline, engine: Engine) -> None:
    pdf = (MAIN / "files" / "ico-monetary-penalty-notice-police.pdf").read_bytes()
    with pytest.raises(DropItem, match="rejected"):
        pipeline.process_item(item("files/notice", body=pdf + bytes(range(256)) * 4))
    assert pipeline.stats.get_value("breachkb/errors/rejected") == 1
    with Session(engine) as session:
        assert [s.outcome for s in session.scalars(select(SeenUrl))] == ["rejected"]


def test_same_page_again_is_unchanged_not_duplicated(pipeline: Pipeline, engine: Engine) -> None:
    pipeline.process_item(item(KENT))
    pipeline.process_item(item(KENT))
    assert pipeline.stats.get_value("breachkb/store/unchanged") == 1
    with Session(engine) as session:
        assert len(session.scalars(select(Article)).all()) == 1


def test_articles_loaded_from_files_count_as_seen(pipeline: Pipeline, engine: Engine) -> None:
    pipeline.process_item(item(KENT))
    with Session(engine) as session:
        session.query(SeenUrl).delete()  # as if the article came from `breachkb load`
        session.commit()
    assert any(url.endswith(KENT) for url in load_seen(engine))


def test_raw_scan_drops_pages_naming_no_force_before_cleaning(
    pipeline: Pipeline, engine: Engine
) -> None:
    page = b"<html><body><p>" + b"Council approves new bus lanes. " * 40 + b"</p></body></html>"
    with pytest.raises(DropItem, match="off-topic .*raw scan: no police word"):
        pipeline.process_item(item("news/bus-lanes", body=page))
    assert pipeline.stats.get_value("breachkb/raw_scan_rejected") == 1
    assert pipeline.stats.get_value("breachkb/off_topic") == 1
    with Session(engine) as session:
        assert [s.outcome for s in session.scalars(select(SeenUrl))] == ["off_topic"]


def test_archive_capture_time_is_stored(pipeline: Pipeline, engine: Engine) -> None:
    pipeline.process_item(item(KENT, captured_at=datetime(2016, 5, 4, 3, 2, 1)))
    with Session(engine) as session:
        [article] = session.scalars(select(Article)).all()
        assert article.captured_at == datetime(2016, 5, 4, 3, 2, 1)
        assert article.url == f"https://www.gazette.test/{KENT}"


def test_worker_processes_extract_what_the_crawl_process_would(db_url: str, engine: Engine) -> None:
    import os

    from crawler import extraction

    crawler = get_crawler(
        settings_dict={"DATABASE_URL": db_url, "EXTRACT_WORKERS": 2, "EXTRACT_QUEUE_SIZE": 1}
    )
    crawler.stats.open_spider()
    pipe = KnowledgeBasePipeline.from_crawler(crawler)
    pipe.open_spider()
    paths = [KENT, BIKES, "news/2024/02/cheshire-constabulary-reprimanded-over-misdirected-emails"]

    async def crawl() -> list[object]:
        return await asyncio.gather(
            *(pipe.process_item(item(p)) for p in paths), return_exceptions=True
        )

    try:
        results = asyncio.run(crawl())
        workers = extraction._POOL and list(extraction._POOL._processes.values())
        assert workers and len(workers) == 2 and all(w.pid != os.getpid() for w in workers)
    finally:
        extraction.shutdown()
    assert [type(r).__name__ for r in results] == ["ArticleItem", "DropItem", "ArticleItem"]
    with Session(engine) as session:
        texts = {a.url.rsplit("/", 1)[1]: a.text for a in session.scalars(select(Article))}
    from extract.pipeline import process

    for path in (KENT, paths[2]):
        expected, _ = process((MAIN / f"{path}.html").read_bytes(), url=f"https://x.test/{path}")
        assert texts[path.rsplit("/", 1)[1]] == expected.text
    assert crawler.stats.get_value("breachkb/store/new") == 2


def test_pages_arriving_while_the_pool_starts_are_all_stored(
    db_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker pool starts off the event loop: the loop keeps running (downloads, the raw
    scan) while it comes up, and every page that waited for it is extracted and stored."""
    import time

    from crawler import extraction

    real_start = extraction.Extractor._start
    ticks = 0
    during_start: list[int] = []

    def slow_start(self: extraction.Extractor) -> None:
        before = ticks
        time.sleep(1.0)  # a forkserver importing spaCy on a busy machine
        real_start(self)
        during_start.append(ticks - before)

    monkeypatch.setattr(extraction.Extractor, "_start", slow_start)
    crawler = get_crawler(
        settings_dict={"DATABASE_URL": db_url, "EXTRACT_WORKERS": 2, "EXTRACT_QUEUE_SIZE": 1}
    )
    crawler.stats.open_spider()
    pipe = KnowledgeBasePipeline.from_crawler(crawler)
    pipe.open_spider()
    paths = [KENT, BIKES, "news/2024/02/cheshire-constabulary-reprimanded-over-misdirected-emails"]

    async def tick(until: asyncio.Future[object]) -> None:
        nonlocal ticks
        while not until.done():
            ticks += 1
            await asyncio.sleep(0.05)

    async def crawl() -> list[object]:
        pages = asyncio.gather(*(pipe.process_item(item(p)) for p in paths), return_exceptions=True)
        await tick(pages)
        return await pages

    try:
        results = asyncio.run(crawl())
    finally:
        extraction.shutdown()
    assert during_start and during_start[0] > 0  # the loop ran while the pool started
    assert [type(r).__name__ for r in results] == ["ArticleItem", "DropItem", "ArticleItem"]
    with Session(engine) as session:
        stored = {a.url.rsplit("/", 1)[1] for a in session.scalars(select(Article))}
        seen = set(session.scalars(select(SeenUrl.canonical_url)))
    assert stored == {KENT.rsplit("/", 1)[1], paths[2].rsplit("/", 1)[1]}
    assert len(seen) == 3
    assert crawler.stats.get_value("breachkb/store/new") == 2


def _parent_pid(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat[stat.rindex(")") + 2 :].split()[1])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_prestarted_forkserver_is_the_one_the_workers_come_from(
    db_url: str, engine: Engine
) -> None:
    """`prestart` boots the workers' forkserver without any worker; the pool started at the
    first page forks its workers from that same server, and they extract as before."""
    from multiprocessing import forkserver

    from crawler import extraction

    extraction.shutdown()
    extraction.prestart()
    server = forkserver._forkserver._forkserver_pid
    assert server is not None and extraction._POOL is None  # a server, no workers yet
    crawler = get_crawler(settings_dict={"DATABASE_URL": db_url, "EXTRACT_WORKERS": 2})
    crawler.stats.open_spider()
    pipe = KnowledgeBasePipeline.from_crawler(crawler)
    pipe.open_spider()
    try:
        asyncio.run(pipe.process_item(item(KENT)))
        assert extraction._POOL is not None
        workers = list(extraction._POOL._processes.values())
        assert len(workers) == 2 and all(_parent_pid(w.pid) == server for w in workers)
        assert forkserver._forkserver._forkserver_pid == server
    finally:
        extraction.shutdown()
    with Session(engine) as session:
        [article] = session.scalars(select(Article)).all()
        assert article.url == f"https://www.gazette.test/{KENT}"


@pytest.mark.parametrize(("workers", "prestarted"), [(2, True), (1, True), (0, False)])
def test_crawl_with_workers_boots_the_forkserver_before_scrapy_starts(
    db_url: str, monkeypatch: pytest.MonkeyPatch, workers: int, prestarted: bool, tmp_path: Path
) -> None:
    """The forkserver's start-up (spaCy, the pipeline) overlaps Scrapy's own: run_crawls
    starts it before it creates the crawler process, and only when workers will extract."""
    from crawler import extraction, runner
    from crawler.sources import Source

    events: list[str] = []
    monkeypatch.setattr(extraction, "prestart", lambda: events.append("prestart"))

    class Process:
        def __init__(self, settings: object) -> None:
            events.append("process")

        def crawl(self, *args: object, **kwargs: object) -> None:
            events.append("crawl")

        def start(self) -> None:
            events.append("start")

    monkeypatch.setattr(runner, "AsyncCrawlerProcess", Process)
    settings = runner.crawl_settings(
        db_url=db_url,
        overrides={
            "EXTRACT_WORKERS": str(workers),
            "CONTACT_URL": "https://breachkb.test/contact",
        },
    )
    source = Source("gazette", "sitemap", ("https://www.gazette.test/sitemap.xml",), (), "")
    runner.run_crawls([source], settings, state=tmp_path)
    expected = ["process", "crawl", "start"]
    assert events == (["prestart", *expected] if prestarted else expected)


def test_a_forkserver_that_cannot_start_early_does_not_stop_the_crawl(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from multiprocessing import forkserver

    from crawler import extraction

    def refuse() -> None:
        raise OSError("too many open files")

    monkeypatch.setattr(forkserver, "ensure_running", refuse)
    extraction.prestart()  # logged, not raised: the pool tries again at the first page
    assert "could not start the extraction forkserver" in caplog.text
