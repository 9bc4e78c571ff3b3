"""Round 34b (crawl): the page's bytes are compressed for the KB's `raw` column in the
extraction worker, not in the crawl process, and kb.store keeps what it is given."""

from __future__ import annotations

import zlib

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.extraction import Extracted, _extracted, extract_and_sign
from extract.models import Document, Evidence, Extraction, IncidentFact
from extract.parallel import RawInput
from kb import neardup
from kb.db import session_scope
from kb.models import Article
from kb.store import raw_bytes, store_document

# Invented for this test: a short local-paper story about a force losing data.
PAGE = (
    b"<html><head><title>Constabulary reprimanded over lost files</title></head><body>"
    b"<article><h1>Constabulary reprimanded over lost files</h1>"
    b"<p>Lancashire Constabulary has been reprimanded by the Information Commissioner's Office "
    b"after a folder of victim statements was left in a pub car park in 2021.</p>"
    b"<p>The regulator said the force had failed to keep the personal details of 40 people "
    b"safe, and the chief constable apologised to everyone affected.</p>"
    b"<p>A member of the public handed the folder in to a police station the next day.</p>"
    b"</article></body></html>"
)


def test_the_worker_sends_back_the_bytes_compressed_as_the_store_would() -> None:
    item = RawInput(PAGE, url="https://paper.example/news/files", content_type="text/html")
    result = extract_and_sign(item)
    assert len(result) == 5
    assert result[4] == zlib.compress(PAGE)
    rebuilt = _extracted(item, result)
    assert isinstance(rebuilt, Extracted)
    assert rebuilt.extraction.relevant
    assert rebuilt.raw_z == zlib.compress(PAGE)
    assert rebuilt.document.raw == PAGE  # the crawl process still has the page itself


def test_an_off_topic_page_sends_nothing_extra_back() -> None:
    page = b"<html><body><article><p>The village fete raised money for the church roof, "
    page += b"with a tombola, a cake stall and a dog show on the green.</p></article></body></html>"
    item = RawInput(page, url="https://paper.example/news/fete", content_type="text/html")
    result = extract_and_sign(item)
    assert len(result) != 5
    rebuilt = _extracted(item, result)
    assert not isinstance(rebuilt, Extracted) or rebuilt.raw_z is None


def _relevant() -> Extraction:
    return Extraction(
        relevant=True,
        extractor_version="t",
        incidents=[
            IncidentFact(
                force="Lancashire Constabulary",
                breach_year=2021,
                evidence=[Evidence("force", "Lancashire Constabulary", "The force.", 0, 9)],
            )
        ],
    )


def _raw_of(engine: Engine, url: str) -> bytes | None:
    with Session(engine) as session:
        return session.scalar(select(Article.raw).where(Article.url == url))


def test_the_store_keeps_the_compressed_bytes_it_is_given(engine: Engine) -> None:
    neardup.invalidate()
    text = "A folder of statements was left in a car park, the force said."
    given = zlib.compress(PAGE, 9)  # not what the store itself would write
    assert given != zlib.compress(PAGE)
    with session_scope(engine) as session:
        store_document(
            session,
            Document(text=text, url="https://a.example/1", raw=PAGE),
            _relevant(),
            resolve=False,
            raw_z=given,
        )
        store_document(
            session,
            Document(text=text + " More.", url="https://a.example/2", raw=PAGE),
            _relevant(),
            resolve=False,
        )
    assert _raw_of(engine, "https://a.example/1") == given
    assert _raw_of(engine, "https://a.example/2") == zlib.compress(PAGE)
    with Session(engine) as session:
        for article in session.scalars(select(Article)):
            assert raw_bytes(article) == PAGE


def test_an_update_in_place_takes_the_given_bytes_too(engine: Engine) -> None:
    neardup.invalidate()
    with session_scope(engine) as session:
        first = store_document(
            session,
            Document(text="First wording of the story.", url="https://a.example/u", raw=b"old"),
            _relevant(),
            resolve=False,
        )
    newer = b"<p>newer page</p>"
    with session_scope(engine) as session:
        again = store_document(
            session,
            Document(text="Second wording of the story.", url="https://a.example/u", raw=newer),
            _relevant(),
            article_id=first.article_id,
            resolve=False,
            raw_z=zlib.compress(newer, 1),
        )
    assert again.status == "updated"
    assert _raw_of(engine, "https://a.example/u") == zlib.compress(newer, 1)
