"""Hostile requests against a real `breachkb serve`: giant values and results are refused at
once while other visitors are still served, functions whose cost no time limit can stop are
refused in visitor SQL, writes are 405, and feed links are http(s) only.

Timings here have generous bounds (a busy CI machine must not fail them); the speeds measured
on a quiet machine are in benchmarks/web_limits_bench.py.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.db import make_engine, upgrade
from kb.loader import load_paths

GENEROUS = 10.0  # seconds; what these take on a quiet machine is a small fraction of this

STORIES = [
    {
        "url": "javascript:alert(document.cookie)",
        "text": "Kent Police fined over lost laptop\n\nKent Police has been fined £100,000 by the "
        "Information Commissioner's Office after a laptop holding victims' details was lost "
        "in 2019. Police police police police data breach.",
    },
    {
        "url": "data:text/html,<script>alert(1)</script>",
        "text": "Essex Police reprimanded over emails\n\nEssex Police was reprimanded by the "
        "Information Commissioner's Office after an email listing witnesses was sent to the "
        "wrong person in 2021.",
    },
    {
        "url": "https://news.example.co.uk/gwent-usb",
        "text": "Gwent Police fined over USB stick\n\nGwent Police has been fined £50,000 by the "
        "Information Commissioner's Office after an unencrypted USB stick was lost in 2018.",
    },
]


def _kb(folder: Path) -> Path:
    path = folder / "kb.sqlite"
    upgrade(f"sqlite:///{path}")
    corpus = folder / "stories.jsonl"
    corpus.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    report = load_paths(make_engine(f"sqlite:///{path}"), [corpus])
    assert report.loaded == len(STORIES), report.skipped
    make_engine(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """(base URL, pid) of `breachkb serve` over a small KB, in a child process."""
    kb = _kb(tmp_path_factory.mktemp("served"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    breachkb = shutil.which("breachkb", path=str(Path(sys.executable).parent))
    command = [breachkb] if breachkb else [sys.executable, "-c", "from kb.cli import main; main()"]
    proc = subprocess.Popen(
        [*command, "serve", "--db", str(kb), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def get(url: str, method: str = "GET") -> tuple[int, bytes, float]:
    """(status, body, seconds) of one request."""
    started = time.monotonic()
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, body, time.monotonic() - started


def sql(base: str, query: str, **params: str) -> tuple[int, dict, float]:
    url = f"{base}/breachkb.json?" + urllib.parse.urlencode({"sql": query, **params})
    status, body, seconds = get(url)
    return status, json.loads(body), seconds


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def test_a_giant_blob_is_refused_at_once_while_others_are_served(
    served: tuple[str, int],
) -> None:
    base, pid = served
    blobs: list[tuple[int, dict, float]] = []
    pages: list[tuple[int, bytes, float]] = []

    def attack() -> None:
        for query in ("select randomblob(1000000000)", "select zeroblob(2000000000)"):
            blobs.append(sql(base, query))

    def browse() -> None:
        for _ in range(5):
            pages.append(get(f"{base}/breachkb/incidents_view.json?_shape=array"))

    threads = [threading.Thread(target=attack) for _ in range(4)]
    threads += [threading.Thread(target=browse) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(blobs) == 8 and len(pages) == 10
    for status, body, seconds in blobs:
        assert status == 400 and "too big" in body["error"]
        assert seconds < GENEROUS
    for status, body, seconds in pages:
        assert status == 200 and json.loads(body)
        assert seconds < GENEROUS
    assert peak_rss_mb(pid) < 1024  # a gigabyte was asked for eight times


def test_a_result_over_the_budget_is_refused(served: tuple[str, int]) -> None:
    base, _ = served
    many = "select randomblob(7000000) from (select 1 union all select 2 union all select 3)"
    status, body, _ = sql(base, many)
    assert status == 400 and "result too large" in body["error"]
    status, body, _ = sql(base, "select length(randomblob(7000000)) as n")
    assert status == 200 and body["rows"] == [[7000000]]  # one big value alone is fine


@pytest.mark.parametrize(
    "query",
    [
        "select snippet(articles_fts, 1, '[', ']', '…', 24) from articles_fts "
        "where articles_fts match '" + " ".join(["police"] * 3000) + "'",
        "select highlight(articles_fts, 1, '[', ']') from articles_fts "
        "where articles_fts match 'police'",
        "select printf('%.*c', 1000000000, 'x')",
        "select format('%.*c', 1000000000, 'x')",
    ],
)
def test_visitor_sql_cannot_call_unbounded_functions(served: tuple[str, int], query: str) -> None:
    base, _ = served
    status, body, seconds = sql(base, query)
    assert status == 400 and "not authorized" in body["error"]
    assert seconds < GENEROUS


def test_visitor_where_clauses_cannot_call_them_either(served: tuple[str, int]) -> None:
    base, _ = served
    where = (
        "id in (select rowid from articles_fts where "
        "snippet(articles_fts, 1, '[', ']', '', 8) <> '')"
    )
    status, body, _ = get(f"{base}/breachkb/articles.json?" + urllib.parse.urlencode(
        {"_where": where}
    ))  # fmt: skip
    assert status == 400 and b"not authorized" in body


def test_quadratic_string_functions_run_in_linear_time(served: tuple[str, int]) -> None:
    base, _ = served
    haystack, needle = "hex(zeroblob(3000000))", "hex(zeroblob(1000000)) || '1'"
    for query, expected in (
        (f"select instr({haystack}, {needle})", 0),
        (f"select length(replace({haystack}, {needle}, 'x'))", 6000000),
        (f"select length(trim({haystack}, {needle}))", 0),
        # a long run of trim characters that the last character stops short of the end
        (f"select length(rtrim({haystack} || 'y', '0'))", 6000001),
        ("select rtrim('ax' || char(10), 'x')", "ax\n"),
        ("select instr('breach', 'each'), replace('a_b', '_', ' '), trim('xxhixx', 'x')", None),
    ):
        status, body, seconds = sql(base, query)
        assert status == 200, body
        assert seconds < GENEROUS
        if expected is not None:
            assert body["rows"] == [[expected]]
        else:
            assert body["rows"] == [[3, "a b", "hi"]]


def test_like_patterns_are_capped(served: tuple[str, int]) -> None:
    base, _ = served
    pattern = "%a" * 100
    status, body, _ = sql(base, f"select 'aaaa' like '{pattern}'")
    assert status == 400 and "pattern too complex" in body["error"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize(
    "path", ["/breachkb/fines_by_force", "/breachkb?sql=select+1", "/breachkb/articles"]
)
def test_writes_are_refused_with_405(served: tuple[str, int], method: str, path: str) -> None:
    base, _ = served
    status, body, _ = get(base + path, method=method)
    assert status == 405 and b"read-only" in body


def test_feed_links_are_http_only(served: tuple[str, int]) -> None:
    base, _ = served
    status, body, _ = get(f"{base}/breachkb/new_incidents.atom")
    assert status == 200
    feed = ElementTree.fromstring(body)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    links = [link.get("href", "") for link in feed.iterfind(".//atom:entry/atom:link", ns)]
    assert len(links) == len(STORIES)
    assert all(href.startswith(("http://", "https://", "/")) for href in links), links
    assert "https://news.example.co.uk/gwent-usb" in links
    assert b"javascript:" not in body.split(b"<content")[0]


def test_search_for_one_word_a_thousand_times_is_the_search_for_the_word(
    tmp_path: Path,
) -> None:
    kb = _kb(tmp_path)
    runner = CliRunner()
    once = runner.invoke(cli, ["search", "police", "--db", str(kb), "--format", "json"])
    started = time.monotonic()
    many = runner.invoke(
        cli, ["search", " ".join(["police"] * 3000), "--db", str(kb), "--format", "json"]
    )
    seconds = time.monotonic() - started
    assert many.exit_code == 0 and json.loads(many.stdout) == json.loads(once.stdout)
    assert json.loads(once.stdout)
    assert seconds < GENEROUS


def test_no_sql_turns_off_visitor_sql_but_not_the_tables(tmp_path: Path) -> None:
    import asyncio

    from kb.web.server import make_datasette

    ds = make_datasette(_kb(tmp_path), default_allow_sql=False)

    async def statuses() -> list[int]:
        paths = ["/breachkb.json?sql=select+1", "/breachkb/incidents_view.json",
                 "/breachkb/fines_by_force.json", "/breachkb/new_incidents.atom"]  # fmt: skip
        return [(await ds.client.get(path)).status_code for path in paths]

    assert asyncio.run(statuses()) == [403, 200, 200, 200]
