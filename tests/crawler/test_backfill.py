"""`breachkb backfill` against a local CDX server and archive (tests/crawler/archive_server.py):
captures listed in the date range with resume keys, archived pages fetched one at a time with
retries, stored under their original URLs with the capture time; a killed backfill resumes and
a repeated one fetches nothing."""

from __future__ import annotations

import json
import signal
import time
from datetime import datetime
from pathlib import Path

import pytest
from archive_server import ArchiveServer, Capture, archive
from fixture_site import SITE, Breachkb
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.spiders.backfill import parse_cdx
from kb.db import make_engine
from kb.models import Article, CrawlRun

pytestmark = pytest.mark.slow

SITE_URL = "https://www.shirecourier.co.uk"
RECALL = SITE / "recall"


def page(path: str) -> bytes:
    raw = (RECALL / f"{path.lstrip('/')}.html").read_bytes()
    return raw.replace(b"@@RECALL@@", SITE_URL.encode())


RELEVANT = {
    "/crime/2024/05/cops-blunder-puts-informants-at-risk": "20150304101112",
    "/p/48213": "20160101000000",
    "/a/100231": "20170606060606",
    "/a/100234": "20120229120000",
    "/crime/2024/05/essex-officers-salaries-published-online-by-mistake": "20200101080000",
}
OFF_TOPIC = {
    "/crime/2024/05/police-appeal-after-sheep-stolen-from-farm": "20150101000000",
    "/p/48400": "20180303000000",
}
# Listed, but its URL's words carry no cue at all: the link pre-filter skips it.
SKIPPED = {"/news/2024/05/library-opening-hours-extended": "20160202000000"}


def captures() -> list[Capture]:
    listed = {**RELEVANT, **OFF_TOPIC, **SKIPPED}
    out = [Capture(ts, SITE_URL + path, page(path)) for path, ts in listed.items()]
    cumbria = "/p/48377"
    out += [
        Capture("20080808080808", SITE_URL + cumbria, page(cumbria)),  # before --from
        Capture("20210101000000", SITE_URL + "/a/200001", page("/a/200001")),  # after --to
        # a later capture of a listed page: collapsed away (one capture per page)
        Capture("20190101000000", SITE_URL + "/p/48213", page("/p/48213")),
        Capture("20150505000000", SITE_URL + "/gone", b"", status=404),  # not a 200
        Capture("20150505000000", "https://www.othernews.com/a/100232", page("/a/100232")),
    ]
    return out


def env(crawl_env: dict[str, str], server: ArchiveServer) -> dict[str, str]:
    return dict(
        crawl_env,
        BREACHKB_CDX_API_URL=server.cdx_url,
        BREACHKB_ARCHIVE_URL=server.archive_url,
        BREACHKB_BACKFILL_DOWNLOAD_DELAY="0.02",
        BREACHKB_CDX_PAGE_SIZE="3",
    )


def stored(db_url: str) -> dict[str, datetime | None]:
    with Session(make_engine(db_url)) as session:
        return {a.url: a.captured_at for a in session.scalars(select(Article))}


def test_parse_cdx_reads_rows_and_the_resume_key() -> None:
    body = json.dumps(
        [["timestamp", "original"], ["20150102030405", "http://x.test/a"], [], ["k3"]]
    ).encode()
    [capture], key = parse_cdx(body)
    assert (capture.original, capture.captured_at, key) == (
        "http://x.test/a",
        datetime(2015, 1, 2, 3, 4, 5),
        "k3",
    )
    assert parse_cdx(b"[]") == ([], None)


def test_backfill_stores_archived_pages_under_their_original_urls(
    crawl_env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    flaky = SITE_URL + "/a/100231"
    with archive(captures(), flaky={flaky: 1}) as server:
        cli = Breachkb(env(crawl_env, server), db_url, tmp_path / "none.toml")
        result = cli(
            "backfill",
            f"{SITE_URL}/",
            "--from",
            "2010",
            "--to",
            "2020",
            "--format",
            "json",
            sources=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        queries = server.cdx_queries()
        fetched = server.pages()
        assert server.max_in_flight == 1  # one request at a time

    first = queries[0]
    assert first["url"] == ["www.shirecourier.co.uk/"] and first["matchType"] == ["prefix"]
    assert first["from"] == ["20100101000000"] and first["to"] == ["20201231235959"]
    assert first["collapse"] == ["urlkey"]
    assert set(first["filter"]) == {"statuscode:200", "mimetype:text/html"}
    # 8 captures in range, 3 a page: the resume keys were followed to the end.
    assert [q.get("resumeKey") for q in queries] == [None, ["k3"], ["k6"]]

    in_range = {SITE_URL + p for p in {**RELEVANT, **OFF_TOPIC}}
    assert sorted(fetched) == sorted([*in_range, flaky])  # the 503 was retried once
    articles = stored(db_url)
    assert articles == {
        SITE_URL + path: datetime.strptime(ts, "%Y%m%d%H%M%S") for path, ts in RELEVANT.items()
    }
    [row] = json.loads(result.stdout)
    assert row["spider"] == "backfill" and row["source"] == "shirecourier.co.uk"
    assert row["pages_fetched"] == len(in_range)
    assert row["items_stored"] == len(RELEVANT) and row["off_topic"] == len(OFF_TOPIC)
    assert row["errors"] == {}  # the retried 503 ended well
    assert row["skipped_prefilter"] == len(SKIPPED)
    # Stored, but dated (by the page itself) after --to: counted. /a/100234 is dated 2016.
    assert row["outside_window"] == len(RELEVANT) - 1


def test_a_killed_backfill_resumes_and_a_repeat_fetches_nothing(
    crawl_env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    with archive(captures(), delay=0.4) as server:
        cli = Breachkb(env(crawl_env, server), db_url, tmp_path / "none.toml")
        args = ("backfill", f"{SITE_URL}/", "--from", "2010", "--to", "2020")
        proc = cli.start(*args)
        deadline = time.monotonic() + 120
        while len(stored(db_url)) < 2:
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        before, requested_before = set(stored(db_url)), len(server.pages())
        assert 2 <= len(before) < len(RELEVANT)

        server.delay = 0
        resumed = cli(*args, "--format", "json", sources=False)
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        again = server.pages()[requested_before:]
        assert not set(again) & before  # nothing stored before the kill is fetched again
        assert set(stored(db_url)) == {SITE_URL + p for p in RELEVANT}

        mark = len(server.pages())
        repeat = cli(*args, "--format", "json", sources=False)
        assert repeat.returncode == 0, repeat.stderr[-3000:]
        assert server.pages()[mark:] == []  # every capture was decided: none fetched
        [row] = json.loads(repeat.stdout)
        assert row["pages_fetched"] == 0 and row["skipped_seen"] == len(RELEVANT) + len(OFF_TOPIC)
    with Session(make_engine(db_url)) as session:
        statuses = [r.status for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id))]
    assert statuses[1:] == ["finished", "finished"]


def test_backfill_of_a_source_queries_its_domains_and_keeps_its_article_pattern(
    crawl_env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[source]]\nname = "shire"\nkind = "feed"\n'
        f'start_urls = ["{SITE_URL}/feed.xml"]\nallowed_domains = ["shirecourier.co.uk"]\n'
        'article_pattern = "/crime/"\nschedule = "0 * * * *"\n'
    )
    with archive(captures()) as server:
        result = Breachkb(env(crawl_env, server), db_url, sources)(
            "backfill", "shire", "--from", "2015-01-01", "--to", "2015-12-31", "--format", "json"
        )
        assert result.returncode == 0, result.stderr[-3000:]
        query = server.cdx_queries()[0]
        fetched = server.pages()
    assert query["url"] == ["shirecourier.co.uk"] and query["matchType"] == ["domain"]
    assert query["from"] == ["20150101000000"] and query["to"] == ["20151231235959"]
    assert sorted(fetched) == sorted(
        SITE_URL + p
        for p in (
            "/crime/2024/05/cops-blunder-puts-informants-at-risk",
            "/crime/2024/05/police-appeal-after-sheep-stolen-from-farm",
        )
    )
    assert set(stored(db_url)) == {SITE_URL + "/crime/2024/05/cops-blunder-puts-informants-at-risk"}
