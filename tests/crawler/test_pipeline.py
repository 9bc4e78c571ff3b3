"""The item pipeline on its own: real extraction into a real migrated KB, no network."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.items import ArticleItem
from crawler.pipelines import KnowledgeBasePipeline
from crawler.seen import load_seen
from kb.models import Article, SeenUrl

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


@pytest.fixture
def pipeline(db_url: str) -> KnowledgeBasePipeline:
    crawler = get_crawler(settings_dict={"DATABASE_URL": db_url})
    crawler.stats.open_spider()
    pipe = KnowledgeBasePipeline.from_crawler(crawler)
    pipe.open_spider()
    return pipe


def test_relevant_article_is_stored_and_remembered(
    pipeline: KnowledgeBasePipeline, engine: Engine
) -> None:
    old = "https://www.gazette.test/news/old-kent-link"
    assert pipeline.process_item(item(KENT, redirected_from=[old])).url.endswith(KENT)
    with Session(engine) as session:
        [article] = session.scalars(select(Article)).all()
        assert article.source.name == "gazette" and article.relevant
        assert article.text.startswith("Kent Police has been fined")
    seen = load_seen(engine)
    assert {u.rsplit("/", 1)[1] for u in seen} == {KENT.rsplit("/", 1)[1], "old-kent-link"}
    assert pipeline.stats.get_value("breachkb/store/new") == 1


def test_off_topic_article_is_counted_not_stored(
    pipeline: KnowledgeBasePipeline, engine: Engine
) -> None:
    with pytest.raises(DropItem, match="off-topic"):
        pipeline.process_item(item(BIKES))
    with Session(engine) as session:
        assert session.scalars(select(Article)).all() == []
        [seen] = session.scalars(select(SeenUrl)).all()
        assert seen.outcome == "off_topic" and seen.article_id is None
    assert pipeline.stats.get_value("breachkb/off_topic") == 1


def test_binary_body_is_rejected_with_a_reason(
    pipeline: KnowledgeBasePipeline, engine: Engine
) -> None:
    pdf = (MAIN / "files" / "ico-monetary-penalty-notice-police.pdf").read_bytes()
    with pytest.raises(DropItem, match="rejected"):
        pipeline.process_item(item("files/notice", body=pdf + bytes(range(256)) * 4))
    assert pipeline.stats.get_value("breachkb/errors/rejected") == 1
    with Session(engine) as session:
        assert [s.outcome for s in session.scalars(select(SeenUrl))] == ["rejected"]


def test_same_page_again_is_unchanged_not_duplicated(
    pipeline: KnowledgeBasePipeline, engine: Engine
) -> None:
    pipeline.process_item(item(KENT))
    pipeline.process_item(item(KENT))
    assert pipeline.stats.get_value("breachkb/store/unchanged") == 1
    with Session(engine) as session:
        assert len(session.scalars(select(Article)).all()) == 1


def test_articles_loaded_from_files_count_as_seen(
    pipeline: KnowledgeBasePipeline, engine: Engine
) -> None:
    pipeline.process_item(item(KENT))
    with Session(engine) as session:
        session.query(SeenUrl).delete()  # as if the article came from `breachkb load`
        session.commit()
    assert any(url.endswith(KENT) for url in load_seen(engine))
