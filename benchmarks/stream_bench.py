"""Streaming a crawl archive: `breachkb load FILE.warc.gz` against bare trafilatura, same run.

Builds a gzipped WARC of `--total` pages (default 2,000): generic news pages (the `--pages`
folder, default the 181-page article extraction benchmark, repeated as bytes under new URLs)
with 20 police data-breach reports mixed in (the relevant texts of tests/data/eval, wrapped as
HTML pages). Then, in one run:

  1. the raw-page scan alone, with each engine (one trie-shaped regex; Aho-Corasick);
  2. bare `trafilatura.extract(html)` over every page, in this process (the reference);
  3. `breachkb load FILE.warc.gz`, in one process and with `--workers 1` and `--workers 2`
     (extraction in child processes while the first one reads, scans and stores; as a user runs
     them); the start-up, measured on an empty archive, is reported and subtracted;
  4. the slow path, `breachkb load --no-raw-scan` (every page cleaned and extracted), into a
     second KB, and the facts of the 20 reports compared between the two KBs.

Target: (3) >= 5x the pages/s of (2), every report stored, the same facts as (4).

Each path is also timed in CPU seconds (this process's, or the load process's): on a shared
machine, other programs slow one path more than another, and wall-clock ratios drift with them;
CPU-second ratios much less so. The `--workers` rows are wall clock only: the workers are the
forkserver's children, and their CPU is invisible to `getrusage` here.

    .venv/bin/python benchmarks/stream_bench.py --pages ../shared/aeb/html
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import resource
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT / "tests" / "data" / "eval"
CLI = [sys.executable, "-c", "from kb.cli import main; main()"]
REPORTS = 20


def generic_pages(folder: Path) -> list[bytes]:
    files = sorted(p for p in folder.iterdir() if p.name.endswith((".html", ".htm", ".html.gz")))
    if not files:
        sys.exit(f"error: no .html or .html.gz pages in {folder}")
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in files]


def police_pages() -> list[tuple[str, bytes]]:
    """(url, html) of the first 20 relevant evaluation texts, wrapped as simple news pages."""
    out = []
    for gold in ("dev.gold.jsonl", "dev2.gold.jsonl", "dev3.gold.jsonl"):
        for line in (EVAL / gold).read_text().splitlines():
            record = json.loads(line)
            if not record["relevant"]:
                continue
            text = (EVAL / record["path"]).read_text(encoding="utf-8")
            title, _, body = text.strip().partition("\n")
            paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
            page = (
                f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
                f"</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                f"<article><h1>{html.escape(title)}</h1>{paras}</article>"
                "<footer>Sign up to our newsletter</footer></body></html>"
            )
            out.append((f"https://local.news.example/{record['id']}", page.encode()))
            if len(out) == REPORTS:
                return out
    return out


def build(total: int, generic: list[bytes]) -> list[tuple[str, bytes]]:
    """`total` pages: generic ones under new URLs, the reports spread evenly among them."""
    reports = police_pages()
    pages = [
        (f"https://news{n % 97}.example.com/story/{n}", generic[n % len(generic)])
        for n in range(total - len(reports))
    ]
    step = max(1, len(pages) // len(reports))
    for i, report in enumerate(reports):
        pages.insert(i * (step + 1), report)
    return pages


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body), http_headers=headers
                )
            )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_load(warc: Path, db: str, *extra: str) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds of `breachkb load` (its own process: worker processes
    started through a forkserver are not its reaped children, so their CPU is not counted)."""
    subprocess.run([*CLI, "init", "--db", db], check=True, capture_output=True)
    started, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run([*CLI, "load", str(warc), "--db", db, *extra], capture_output=True)
    seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if result.returncode not in (0, 3):
        sys.exit(f"breachkb load failed: {result.stderr.decode()[-2000:]}")
    return seconds, cpu, result.stdout.decode().strip()


def facts(db: str) -> set[tuple]:
    from sqlalchemy import create_engine, text

    query = text(
        "SELECT a.url, f.name, s.breach_year, s.breach_type, s.fine_amount, r.name, s.action "
        "FROM incident_sources s JOIN articles a ON a.id = s.article_id "
        "LEFT JOIN forces f ON f.id = s.force_id LEFT JOIN regulators r ON r.id = s.regulator_id"
    )
    with create_engine(db).connect() as conn:
        return {tuple(row) for row in conn.execute(query)}


def stored_urls(db: str) -> set[str]:
    from sqlalchemy import create_engine, text

    with create_engine(db).connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT url FROM articles"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "aeb" / "html")
    parser.add_argument("--total", type=int, default=2000, help="pages in the WARC")
    args = parser.parse_args()

    import trafilatura

    from extract.raw_scan import matcher, scan

    pages = build(args.total, generic_pages(args.pages))
    reports = {url for url, _ in pages if url.startswith("https://local.")}
    with tempfile.TemporaryDirectory(prefix="stream-bench-") as tmp:
        work = Path(tmp)
        warc, empty = work / "news.warc.gz", work / "empty.warc.gz"
        write_warc(warc, pages)
        write_warc(empty, [])
        print(
            f"WARC: {len(pages)} pages ({len(reports)} police data-breach reports), "
            f"{warc.stat().st_size / 1e6:.1f} MB gzipped, "
            f"{sum(len(b) for _, b in pages) / 1e6:.0f} MB of HTML"
        )

        scans = {}
        for engine in ("regex", "aho"):
            matcher(engine)
            scan(pages[0][1], pages[0][0], engine=engine)  # its word lists built
            started, cpu = time.perf_counter(), time.process_time()
            kept = sum(scan(body, url, engine=engine).keep for url, body in pages)
            scans[engine] = (time.perf_counter() - started, time.process_time() - cpu, kept)

        started, cpu = time.perf_counter(), time.process_time()
        for _, body in pages:
            trafilatura.extract(body, include_comments=False)
        bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu

        startup, startup_cpu, _ = timed_load(empty, f"sqlite:///{work / 'empty.sqlite'}")
        fast_db, slow_db = f"sqlite:///{work / 'fast.sqlite'}", f"sqlite:///{work / 'slow.sqlite'}"
        fast, fast_cpu, fast_out = timed_load(warc, fast_db)
        one_db = f"sqlite:///{work / 'worker.sqlite'}"
        one, _, one_out = timed_load(warc, one_db, "--workers", "1")
        par_db = f"sqlite:///{work / 'workers.sqlite'}"
        par, _, par_out = timed_load(warc, par_db, "--workers", "2")
        slow, slow_cpu, slow_out = timed_load(warc, slow_db, "--no-raw-scan")
        fast_facts = {f for f in facts(fast_db) if f[0] in reports}
        slow_facts = {f for f in facts(slow_db) if f[0] in reports}
        par_facts = {f for f in facts(par_db) if f[0] in reports}
        one_facts = {f for f in facts(one_db) if f[0] in reports}
        stored_fast, stored_slow = stored_urls(fast_db), stored_urls(slow_db)
        same_articles = stored_fast == stored_slow == stored_urls(one_db) == stored_urls(par_db)

    n = len(pages)
    print(
        f"\n{'path':<44}{'seconds':>9}{'pages/s':>10}{'vs bare':>9}"
        f"{'CPU s':>9}{'pages/CPU s':>13}{'vs bare':>9}"
    )
    rows: list[tuple[str, float, float | None]] = [
        ("bare trafilatura.extract (reference)", bare, bare_cpu),
        ("breachkb load (scan first), end to end", fast, fast_cpu),
        ("breachkb load (scan first), less start-up", fast - startup, fast_cpu - startup_cpu),
        # The workers are the forkserver's children, never waited for by this process, so
        # getrusage cannot see their CPU: only the wall clock is measured here.
        ("breachkb load --workers 1, end to end", one, None),
        ("breachkb load --workers 1, less start-up", one - startup, None),
        ("breachkb load --workers 2, end to end", par, None),
        ("breachkb load --workers 2, less start-up", par - startup, None),
        ("breachkb load --no-raw-scan, end to end", slow, slow_cpu),
    ]
    rows += [
        (f"raw scan alone ({engine}), kept {kept}", *times)
        for engine, (*times, kept) in scans.items()
    ]
    for name, seconds, cpu in rows:
        wall = f"{name:<44}{seconds:>9.1f}{n / seconds:>10.1f}{bare / seconds:>8.2f}x"
        if cpu is None:
            print(f"{wall}{'-':>9}{'-':>13}{'-':>9}")
        else:
            print(f"{wall}{cpu:>9.1f}{n / cpu:>13.1f}{bare_cpu / cpu:>8.2f}x")
    print(f"\nstart-up of breachkb load (empty WARC): {startup:.1f} s ({startup_cpu:.1f} CPU s)")
    print(f"scan first: {fast_out}")
    print(f"1 worker:   {one_out}")
    print(f"2 workers:  {par_out}")
    print(f"no scan:    {slow_out}")
    print(
        f"reports stored: {len(reports & stored_fast)}/{len(reports)} (scan first), "
        f"{len(reports & stored_slow)}/{len(reports)} (no scan); "
        f"same articles: {same_articles}; "
        f"same facts for the reports: {fast_facts == slow_facts == par_facts == one_facts} "
        f"({len(fast_facts)} fact rows)"
    )


if __name__ == "__main__":
    main()
