"""`breachkb load` of crawl archives (Common Crawl / CC-NEWS WARC files): header filters before
payloads, streaming, only relevant pages stored, capture times, resume after a kill and an
idempotent re-run. WARC files are built in the test with warcio."""

from __future__ import annotations

import gzip
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterable
from datetime import datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kb.db import make_engine, upgrade
from kb.loader import RecordFilter, load_paths
from kb.models import Article, SeenUrl

ROOT = Path(__file__).resolve().parent.parent
FORCES = ["Kent Police", "Essex Police", "Gwent Police", "Dorset Police", "Surrey Police"]
THINGS = ["an unencrypted USB stick", "a laptop", "a bundle of witness statements", "a DVD"]


def breach_page(n: int) -> bytes:
    force, thing = FORCES[n % len(FORCES)], THINGS[n % len(THINGS)]
    fine = 10_000 + n * 1_000
    paras = [
        f"{force} has been fined £{fine:,} by the Information Commissioner's Office after "
        f"{thing} holding the personal details of {100 + n} crime victims was lost in "
        f"{2010 + n % 10}.",
        f"The regulator said the data breach (case {n}) caused distress and that {force} had "
        "no adequate controls over sensitive information.",
        f"A spokesperson for {force} apologised and said procedures had been changed.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>{force} fined £{fine:,}</title></head><body><nav>Home News</nav>"
        f"<article><h1>{force} fined £{fine:,} over lost {thing}</h1>{body}</article>"
        "<footer>Sign up to our newsletter</footer></body></html>"
    ).encode()


def other_page(n: int, filler: int = 0) -> bytes:
    paras = [f"The council approved plans for a new leisure centre, item {n} of the local news."]
    paras += ["Residents have until the end of the month to comment."] * (1 + filler)
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>Leisure centre plans</title></head><body>{body}</body></html>".encode()
    )


def write_warc(path: Path, records: Iterable[tuple[str, bytes, str]]) -> Path:
    """Response records (url, body, content type) with WARC-Dates, plus request records."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for n, (url, body, ctype) in enumerate(records):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            date = f"2016-05-{1 + n % 28:02d}T10:00:00Z"
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
            writer.write_record(writer.create_warc_record(url, "request"))
    return path


def mixed_records() -> list[tuple[str, bytes, str]]:
    html = "text/html; charset=utf-8"
    return [
        ("https://www.kentnews.co.uk/news/police-fined-1", breach_page(1), html),
        ("https://www.kentnews.co.uk/news/leisure-centre", other_page(2), html),
        ("https://live.kentnews.co.uk/news/police-fined-3", breach_page(3), html),
        ("https://www.kentnews.co.uk/sport/police-fined-4", breach_page(4), html),  # not /news/
        ("https://www.kentnews.co.uk/news/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        ("https://www.othernews.com/news/police-fined-5", breach_page(5), html),  # other host
    ]


def stored_urls(db_url: str) -> set[str]:
    with Session(make_engine(db_url)) as session:
        return set(session.scalars(select(Article.url)))


def test_host_and_url_pattern_filters_pick_records_before_their_payloads(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warc = write_warc(tmp_path / "cc-news.warc.gz", mixed_records())
    read: list[str] = []
    original = ArcWarcRecord.content_stream

    def spy(record: ArcWarcRecord):  # type: ignore[no-untyped-def]
        read.append(record.rec_headers.get_header("WARC-Target-URI"))
        return original(record)

    monkeypatch.setattr(ArcWarcRecord, "content_stream", spy)
    keep = RecordFilter(hosts=("kentnews.co.uk",), url_patterns=("/news/",))
    report = load_paths(make_engine(db_url), [warc], keep=keep)

    assert [urlsplit(u).path for u in read] == [
        "/news/police-fined-1",
        "/news/leisure-centre",
        "/news/police-fined-3",
    ]  # the png's headers say image/png: its payload is not read either
    assert report.statuses == {"new": 2, "off_topic": 1} and not report.skipped
    assert stored_urls(db_url) == {
        "https://www.kentnews.co.uk/news/police-fined-1",
        "https://live.kentnews.co.uk/news/police-fined-3",
    }
    with Session(make_engine(db_url)) as session:
        article = session.scalar(select(Article).where(Article.url.like("%fined-1")))
        assert article is not None and article.relevant
        assert article.captured_at == datetime(2016, 5, 1, 10, 0)
        rows = session.execute(select(SeenUrl.canonical_url, SeenUrl.outcome))
        outcomes = {url: outcome for url, outcome in rows}
    assert outcomes["https://kentnews.co.uk/news/police-fined-1"] == "stored"
    # Rejected by the raw scan: counted, but not a seen_urls row (scanning again is cheaper).
    assert "https://kentnews.co.uk/news/leisure-centre" not in outcomes


def test_the_raw_scan_changes_nothing_but_the_work_done(sqlite_url: str, tmp_path: Path) -> None:
    # SQLite only: the second KB is a copy of the first file.
    db_url = sqlite_url
    warc = write_warc(tmp_path / "mixed.warc", mixed_records())
    fast = load_paths(make_engine(db_url), [warc])
    # The slow path in a KB of its own (a fresh SQLite file, whatever the fast one's backend).
    slow_db = f"sqlite:///{tmp_path / 'slow.sqlite'}"
    upgrade(slow_db)
    slow = load_paths(make_engine(slow_db), [warc], raw_scan=False)
    assert fast.statuses == slow.statuses == {"new": 4, "off_topic": 1}
    assert stored_urls(db_url) == stored_urls(slow_db)


def test_a_large_warc_is_streamed(db_url: str, tmp_path: Path) -> None:
    # 40 records of ~1 MB each on another host: skipped on their headers, never held.
    big = [
        (f"https://elsewhere.test/{n}", other_page(n, filler=20_000), "text/html")
        for n in range(40)
    ]
    warc = write_warc(tmp_path / "big.warc.gz", [*big, *mixed_records()[:1]])
    size = sum(len(b) for _, b, _ in big)
    assert size > 40_000_000
    tracemalloc.start()
    report = load_paths(make_engine(db_url), [warc], keep=RecordFilter(hosts=("kentnews.co.uk",)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert report.statuses == {"new": 1}
    assert peak < 16_000_000, peak


@pytest.mark.slow
def test_a_killed_load_resumes_and_a_rerun_changes_nothing(db_url: str, tmp_path: Path) -> None:
    records = [
        (f"https://www.kentnews.co.uk/news/{n}", breach_page(n), "text/html") for n in range(20)
    ]
    records += [
        (f"https://www.kentnews.co.uk/news/o{n}", other_page(n), "text/html") for n in range(5)
    ]
    warc = write_warc(tmp_path / "crawl.warc.gz", records)
    cli = [
        sys.executable,
        "-c",
        "from kb.cli import main; main()",
        "load",
        str(warc),
        "--db",
        db_url,
    ]

    proc = subprocess.Popen(cli, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(stored_urls(db_url)) < 3:
        assert proc.poll() is None and time.monotonic() < deadline, "load ended too soon"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    before = stored_urls(db_url)
    assert 3 <= len(before) < 20

    resumed = subprocess.run(cli, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    after = stored_urls(db_url)
    assert len(after) == 20 and after >= before
    # The second run read none of the pages the first had stored.
    assert f"{len(before)} unchanged" in resumed.stdout
    assert f"{20 - len(before)} new" in resumed.stdout

    again = subprocess.run(cli, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "Loaded 25 document(s) (5 off_topic, 20 unchanged), skipped 0."
    with Session(make_engine(db_url)) as session:
        assert session.scalar(select(func.count(Article.id))) == 20


def test_gzip_warc_records_are_read_in_order(db_url: str, tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "two.warc.gz", mixed_records()[:3])
    with gzip.open(warc) as handle:
        assert handle.read(4) == b"WARC"
    report = load_paths(make_engine(db_url), [warc])
    assert report.statuses == {"new": 2, "off_topic": 1}


def test_worker_processes_load_the_same_as_one(db_url: str, tmp_path: Path) -> None:
    site = "https://www.kentnews.co.uk/news"
    records = [(f"{site}/{n}", breach_page(n), "text/html") for n in range(6)]
    records += [(f"{site}/o{n}", other_page(n), "text/html") for n in range(3)]
    scripts = b"<html><body><script>Kent Police</script></body></html>"  # scanned, no text
    records.insert(4, (f"{site}/scripts", scripts, "text/html"))
    warc = write_warc(tmp_path / "w.warc.gz", records)
    engine = make_engine(db_url)

    def facts() -> set[tuple[str | None, float | None]]:
        with Session(engine) as session:
            return {
                (a.url, f.fine_amount) for a in session.scalars(select(Article)) for f in a.facts
            }

    one = load_paths(engine, [warc])
    by_one = facts()
    with Session(engine) as session:
        session.query(Article).delete()
        session.query(SeenUrl).delete()
        session.commit()
    two = load_paths(engine, [warc], workers=2)
    assert one.statuses == two.statuses == {"new": 6, "off_topic": 3}
    assert [s.label for s in one.skipped] == [s.label for s in two.skipped] == [f"{warc}#9"]
    assert facts() == by_one and len(by_one) == 6


def test_pages_kept_while_the_workers_start_wait_for_them(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With room for one page in flight, every page the scan keeps still lands, in order."""
    import kb.web_records

    monkeypatch.setattr(kb.web_records, "IN_FLIGHT_PAGES", 1)
    site = "https://www.kentnews.co.uk/news"
    records = [(f"{site}/{n}", breach_page(n), "text/html") for n in range(4)]
    records.insert(2, (f"{site}/o", other_page(0), "text/html"))
    warc = write_warc(tmp_path / "w.warc.gz", records)
    engine = make_engine(sqlite_url)
    order: list[str] = []
    report = load_paths(engine, [warc], workers=1, on_document=lambda label, _: order.append(label))
    assert report.statuses == {"new": 4, "off_topic": 1}
    assert order == [f"{warc}#{n}" for n in (1, 3, 5, 7, 9)]  # request records in between


def test_workers_that_cannot_start_cost_their_pages_not_the_run(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kb.web_records

    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError("cannot start processes")

    monkeypatch.setattr(kb.web_records, "ProcessPoolExecutor", no_processes)
    site = "https://www.kentnews.co.uk/news"
    records = [(f"{site}/{n}", breach_page(n), "text/html") for n in range(3)]
    records += [(f"{site}/o{n}", other_page(n), "text/html") for n in range(2)]
    warc = write_warc(tmp_path / "w.warc.gz", records)
    report = load_paths(make_engine(sqlite_url), [warc], workers=1)
    assert report.statuses == {"off_topic": 2}  # rejected by the scan, no worker needed
    assert [s.reason for s in report.skipped] == [
        "internal error: OSError: cannot start processes"
    ] * 3


def test_the_reading_process_never_imports_spacy_when_workers_extract(
    sqlite_url: str, tmp_path: Path
) -> None:
    """Reading, scanning, storing and resolving need no spaCy: with workers, the process that
    reads a WARC does not pay for importing it (the workers' forkserver does, once)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from kb.resolve import english_stop_words

    assert english_stop_words() == frozenset(STOP_WORDS)
    site = "https://www.kentnews.co.uk/news"
    records = [(f"{site}/{n}", breach_page(n), "text/html") for n in range(2)]
    records.append((f"{site}/o", other_page(0), "text/html"))
    warc = write_warc(tmp_path / "w.warc.gz", records)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kb.db import make_engine\n"
        "from kb.loader import load_paths\n"
        f"report = load_paths(make_engine({sqlite_url!r}), [Path({str(warc)!r})], workers=1)\n"
        "print(sorted(report.statuses.items()), 'spacy' in sys.modules)\n"
    )
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[0] == "[('new', 2), ('off_topic', 1)] False"


def menu_page(n: int) -> bytes:
    """Off topic, but kept by the raw scan: a force is named in the menu, which cleaning
    drops; the scan of the cleaned page then rejects it without the NLP."""
    return other_page(n, filler=2).replace(
        b"<body>", b"<body><nav><a href='/kent-police'>Kent Police</a></nav>"
    )


def seen_outcomes_of(db_url: str) -> dict[str, str]:
    with Session(make_engine(db_url)) as session:
        rows = session.execute(select(SeenUrl.canonical_url, SeenUrl.outcome))
        return {url: outcome for url, outcome in rows}


def test_off_topic_pages_are_remembered_in_batches(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Off-topic decisions reach seen_urls a batch at a time, with the next stored article,
    and all of them by the end of the load; a re-run decides none of them again."""
    from kb import web_records
    from kb.loader import RawDocument, documents

    monkeypatch.setattr(web_records, "SEEN_BATCH", 3)
    records = [(f"https://news.example.com/menu/{n}", menu_page(n), "text/html") for n in range(5)]
    records.insert(4, ("https://news.example.com/fined/1", breach_page(1), "text/html"))
    warc = write_warc(tmp_path / "menus.warc", records)
    web = web_records.WebRecords(make_engine(db_url))
    web._start_pipeline()  # built before the first page: each page is then decided as it comes
    assert web._starter is not None
    web._starter.join()
    seen_after: list[int] = []
    statuses = []
    for item in documents([warc]):
        assert isinstance(item, RawDocument)
        statuses += [done.status for done in web.load(item)]
        seen_after.append(len(seen_outcomes_of(db_url)))
    statuses += [done.status for done in web.finish()]
    # menus 0-2: a batch of 3 written at the third; menu 3 waits; the article writes it with
    # itself; menu 4 waits for the end of the load.
    assert statuses == ["off_topic"] * 4 + ["new", "off_topic"]
    assert seen_after == [0, 0, 3, 3, 5, 5]
    outcomes = seen_outcomes_of(db_url)
    assert len(outcomes) == 6 and outcomes["https://news.example.com/fined/1"] == "stored"
    assert sorted(outcomes.values()).count("off_topic") == 5
    again = load_paths(make_engine(db_url), [warc])
    assert again.statuses == {"off_topic": 5, "unchanged": 1}


def test_the_scan_of_the_cleaned_page_changes_nothing_but_the_work_done(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages kept by the raw scan for their menus are off topic with or without the second
    look; with it on, the NLP never sees them."""
    from extract import nlp

    records = [(f"https://news.example.com/menu/{n}", menu_page(n), "text/html") for n in range(3)]
    records.append(("https://news.example.com/fined/1", breach_page(1), "text/html"))
    warc = write_warc(tmp_path / "menus.warc", records)
    slow_db = f"sqlite:///{tmp_path / 'slow.sqlite'}"
    upgrade(slow_db)
    slow = load_paths(make_engine(slow_db), [warc], raw_scan=False)
    seen_by_nlp: list[str | None] = []
    original = nlp.assemble  # called only on what spaCy parsed (after the NLP's gate)

    def spy(parsed, published, hints, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen_by_nlp.append(hints.url)
        return original(parsed, published, hints, *args, **kwargs)

    monkeypatch.setattr(nlp, "assemble", spy)
    fast = load_paths(make_engine(sqlite_url), [warc])
    assert fast.statuses == slow.statuses == {"new": 1, "off_topic": 3}
    assert stored_urls(sqlite_url) == stored_urls(slow_db)
    assert seen_by_nlp == ["https://news.example.com/fined/1"]


def test_records_decided_at_once_are_reported_after_the_pages_before_them(
    sqlite_url: str, tmp_path: Path
) -> None:
    """Off-topic pages scanned while the workers start are reported in input order, after the
    page still waiting for its extraction."""
    site = "https://www.kentnews.co.uk/news"
    records = [(f"{site}/0", breach_page(0), "text/html")]
    records += [(f"{site}/o{n}", other_page(n), "text/html") for n in range(5)]
    records.append((f"{site}/1", breach_page(1), "text/html"))
    warc = write_warc(tmp_path / "w.warc.gz", records)
    order: list[str] = []
    report = load_paths(
        make_engine(sqlite_url), [warc], workers=1, on_document=lambda label, _: order.append(label)
    )
    assert report.statuses == {"new": 2, "off_topic": 5}
    assert order == [f"{warc}#{n}" for n in range(1, 14, 2)]
