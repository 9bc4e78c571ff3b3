"""The crawl writer's run cache knows every article key: a new page is stored without a lookup
by canonical URL, and a row another writer added behind the cache's back is still found."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event, func, select

from extract.models import Document, Extraction
from kb import neardup
from kb.db import session_scope
from kb.models import Article
from kb.store import StoreCache, store_document, use_cache

OFF = Extraction(relevant=False, relevance_reason="test", extractor_version="t")

STORY = (
    "A county council emailed the home addresses of forty foster carers to a parents' group "
    "by mistake last spring, and only noticed when one of the parents rang to complain.\n"
    "The council said it had reported itself to the regulator and retrained the staff who "
    "handle the mailing list, and that every carer affected had been written to.\n"
    "Opposition councillors said the error showed the authority had learned nothing from a "
    "similar slip two years earlier, when a spreadsheet of clients went to the wrong school."
)
OTHER = (
    "A town's new skate park opens on Saturday after three years of fundraising by local "
    "teenagers, who sold cakes, washed cars and ran a sponsored swim to pay for the ramps.\n"
    "The mayor will cut the ribbon at ten o'clock and the park stays open until dusk all "
    "summer, with free lessons for beginners on Sunday mornings from a visiting coach.\n"
    "Residents living nearby were promised that the floodlights would go off by nine at night "
    "after complaints during the consultation about noise and light late in the evening."
)


def doc(url: str, body: str = STORY) -> Document:
    return Document(text=body, url=url)


@pytest.fixture(autouse=True)
def fresh_index() -> None:
    neardup.invalidate()


_BY_KEY = re.compile(r"SELECT articles\.id FROM articles WHERE articles\.canonical_url = \S+")


@contextmanager
def key_lookups(engine: Engine) -> Iterator[list[str]]:
    """The statements that look an article's id up by its canonical URL."""
    seen: list[str] = []

    def listen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        flat = " ".join(statement.split())
        if _BY_KEY.fullmatch(flat):
            seen.append(flat)

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def test_new_pages_need_no_lookup_by_key_and_a_known_one_still_gets_one(engine: Engine) -> None:
    cache = StoreCache()
    with key_lookups(engine) as lookups:
        with session_scope(engine) as session:
            use_cache(session, cache)
            first = store_document(session, doc("https://news.example/carers"), OFF)
            store_document(session, doc("https://news.example/skate", OTHER), OFF)
        assert first.status == "new" and lookups == []
        with session_scope(engine) as session:
            use_cache(session, cache)
            again = store_document(session, doc("https://news.example/carers"), OFF)
        assert (again.status, again.article_id) == ("unchanged", first.article_id)
        assert len(lookups) == 1  # a key the run wrote is looked up as before


def test_without_the_cache_every_store_looks_up_its_key(engine: Engine) -> None:
    with key_lookups(engine) as lookups, session_scope(engine) as session:
        store_document(session, doc("https://news.example/carers"), OFF)
    # PostgreSQL looks again once it holds the store lock (another writer may have stored
    # the page while it waited); SQLite has no such lock.
    assert len(lookups) == (2 if engine.dialect.name == "postgresql" else 1)


def test_a_row_another_writer_added_after_the_cache_loaded_is_found(engine: Engine) -> None:
    cache = StoreCache()
    with session_scope(engine) as session:
        use_cache(session, cache)
        store_document(session, doc("https://news.example/skate", OTHER), OFF)
    assert cache.keys is not None and len(cache.keys) == 1
    # Another process stores the story; this run's cache never heard of it.
    with session_scope(engine) as session:
        theirs = store_document(session, doc("https://news.example/carers"), OFF)
    with session_scope(engine) as session:
        use_cache(session, cache)
        ours = store_document(session, doc("https://news.example/carers"), OFF)
        changed = store_document(
            session, doc("https://news.example/carers", STORY + "\nUpdated at noon."), OFF
        )
    assert (ours.status, ours.article_id) == ("unchanged", theirs.article_id)
    assert (changed.status, changed.article_id) == ("updated", theirs.article_id)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(Article.id))) == 2


def test_keys_present_before_the_run_are_read_once(engine: Engine) -> None:
    with session_scope(engine) as session:
        before = store_document(session, doc("https://news.example/carers"), OFF)
    cache = StoreCache()
    with key_lookups(engine) as lookups, session_scope(engine) as session:
        use_cache(session, cache)
        again = store_document(session, doc("https://news.example/carers"), OFF)
    assert (again.status, again.article_id) == ("unchanged", before.article_id)
    assert len(lookups) == 1


class Boom(Exception):
    pass


def test_a_key_of_a_rolled_back_insert_is_stored_again(engine: Engine) -> None:
    cache = StoreCache()
    with pytest.raises(Boom), session_scope(engine) as session:
        use_cache(session, cache)
        store_document(session, doc("https://news.example/carers"), OFF)
        raise Boom
    with session_scope(engine) as session:
        use_cache(session, cache)
        stored = store_document(session, doc("https://news.example/carers"), OFF)
    assert stored.status == "new"
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(Article.id))) == 1
