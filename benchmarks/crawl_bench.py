"""Crawl throughput: `breachkb crawl` (fetch + clean + extract + store), with extraction in the
crawl process and in 2 worker processes, against a bare Scrapy spider that only downloads the
same pages and against single-process `extract` (clean + NLP, no download, no store) over them.
Target: the crawl with 2 workers >= 1.3x the single-process extract pages/s. The same extract
split over 2 processes at once shows what 2 processes really gain on this machine, the bound
for any 2-worker crawl.

A generated local news site (default 2,000 article pages, about half of them police data-breach
reports, the rest other local news, each with navigation, adverts and related links) is served
on 127.0.0.1 by a threaded HTTP server, with a news sitemap listing every article. Both crawls
run with politeness delays off (no AutoThrottle, no download delay, 16 requests at a time) and
read the same sitemap; the pre-filter is off so both fetch every page. Each crawl runs in its own
process; pages/s is measured over the crawl itself (Scrapy's elapsed time), and end to end
(process start to exit, which adds interpreter, spaCy and Scrapy start-up), and per CPU second
of the crawling process (start-up included), which depends less on other load on the machine.

    .venv/bin/python benchmarks/crawl_bench.py              # 2,000 pages
    .venv/bin/python benchmarks/crawl_bench.py --pages 5000 --workers 0 2 4
    .venv/bin/python benchmarks/crawl_bench.py --repeat 3   # medians too (a busy machine varies)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.queues
import multiprocessing.synchronize
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FORCES = [
    "Kent Police",
    "Cheshire Constabulary",
    "Greater Manchester Police",
    "West Midlands Police",
    "Police Scotland",
    "South Wales Police",
    "Merseyside Police",
    "Thames Valley Police",
    "Devon and Cornwall Police",
    "Lancashire Constabulary",
    "Humberside Police",
    "Avon and Somerset Police",
]
LOSSES = [
    ("an unencrypted USB stick", "was lost"),
    ("a laptop holding case files", "was stolen from a car"),
    ("a bundle of witness statements", "was left on a train"),
    ("an email listing crime victims", "was sent to the wrong recipient"),
    ("an unredacted disclosure bundle", "was handed to a suspect's solicitor"),
    ("a spreadsheet of informants", "was published on the force website in error"),
]
TOPICS = [
    ("Council approves plans for new leisure centre", "councillors voted in favour of"),
    ("Road closures planned for bridge repairs", "engineers will begin work on"),
    ("School celebrates outstanding inspection report", "inspectors praised"),
    ("Charity fun run raises thousands for hospice", "hundreds of runners took part in"),
    ("Police appeal after burglary at corner shop", "officers are appealing for help with"),
    ("Market traders welcome new Sunday opening hours", "traders said they supported"),
]
NAV = (
    '<header><a href="/">The Bench Echo</a><nav><a href="/news/">News</a> '
    '<a href="/sport/">Sport</a> <a href="/jobs/">Jobs</a> <a href="/subscribe/">Subscribe</a>'
    "</nav></header>"
)
FOOT = (
    '<aside class="top-stories"><h3>Top Stories</h3><a href="/news/1">Latest headlines</a></aside>'
    "<footer><p>Sign up to our newsletter</p><p>&copy; Bench Echo Media</p></footer>"
)


def breach_page(rng: random.Random, n: int) -> tuple[str, str]:
    force = rng.choice(FORCES)
    thing, what = rng.choice(LOSSES)
    year = rng.randint(2012, 2024)
    fine = rng.choice([50, 80, 100, 120, 150, 160, 200, 250]) * 1000
    people = rng.randint(20, 4000)
    title = f"{force} fined £{fine:,} after {thing} {what}"
    paras = [
        f"{force} has been fined £{fine:,} by the Information Commissioner's Office after "
        f"{thing} containing the personal details of {people} people {what} in {year}.",
        f"The regulator said the force had no adequate controls in place and that officers had "
        f"not been trained to handle sensitive information (report {n}).",
        f"A spokesperson for {force} said it accepted the findings, had apologised to those "
        f"affected and had changed its procedures to stop it happening again.",
        "The ICO said people who contact the police must be able to trust that their "
        "information is kept safe, and urged every force to review its practices.",
    ]
    return title, "".join(f"<p>{p}</p>" for p in paras)


def other_page(rng: random.Random, n: int) -> tuple[str, str]:
    title, lead = rng.choice(TOPICS)
    place = rng.choice(["Ashford", "Crewe", "Bolton", "Walsall", "Paisley", "Neath", "Wirral"])
    paras = [
        f"In {place}, {lead} the scheme announced this week, item {n} of the local news.",
        f"Residents in {place} have until the end of the month to comment on the proposals.",
        "A public meeting will be held at the town hall next Tuesday evening.",
        f"More details are available from the {place} community office.",
    ]
    return f"{title} in {place}", "".join(f"<p>{p}</p>" for p in paras)


def generate_site(root: Path, pages: int, seed: int = 7) -> None:
    """`pages` article pages under /news/, a news sitemap of them all, and robots.txt."""
    rng = random.Random(seed)
    (root / "news").mkdir(parents=True)
    entries = []
    for n in range(pages):
        title, body = (breach_page if n % 2 == 0 else other_page)(rng, n)
        html = (
            f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}'
            f"</title></head><body>{NAV}<main><article><h1>{title}</h1>"
            f'<p class="byline">By Staff Reporter</p>{body}'
            '<div class="advert">ADVERTISEMENT: compare broadband deals</div>'
            f'</article><section class="related"><h3>Related</h3><a href="/news/{n + 1}.html">'
            f"Next story</a></section></main>{FOOT}</body></html>"
        )
        (root / "news" / f"{n}.html").write_text(html, encoding="utf-8")
        entries.append(
            f"<url><loc>@@SITE@@/news/{n}.html</loc><news:news><news:publication_date>"
            f"2024-01-01</news:publication_date><news:title>{title}</news:title></news:news></url>"
        )
    (root / "sitemap-template.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
        'sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        + "\n".join(entries)
        + "\n</urlset>\n"
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    sitemap = (root / "sitemap-template.xml").read_text().replace("@@SITE@@", base)
    (root / "sitemap.xml").write_text(sitemap)
    return server, base


ENV = {
    "BREACHKB_AUTOTHROTTLE_ENABLED": "false",
    "BREACHKB_DOWNLOAD_DELAY": "0",
    "BREACHKB_CONCURRENT_REQUESTS": "16",
    "BREACHKB_CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "BREACHKB_LOG_LEVEL": "WARNING",
}


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes (less sensitive to machine load)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_breachkb(base: str, work: Path, workers: int) -> dict[str, float]:
    work = work / f"workers-{workers}"
    work.mkdir()
    sources = work / "sources.toml"
    sources.write_text(
        f'[[source]]\nname = "bench"\nkind = "sitemap"\nstart_urls = ["{base}/sitemap.xml"]\n'
        'allowed_domains = ["127.0.0.1"]\nschedule = "0 * * * *"\nprefilter = false\n'
    )
    db = f"sqlite:///{work / 'bench.sqlite'}"
    cli = [sys.executable, "-c", "from kb.cli import main; main()"]
    env = {**os.environ, **ENV, "BREACHKB_STATE_DIR": str(work / "state")}
    subprocess.run([*cli, "init", "--db", db], check=True, env=env, capture_output=True)
    started, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run(
        [*cli, "crawl", "--db", db, "--sources", str(sources), "--format", "json"]
        + ["--workers", str(workers)],
        env=env,
        capture_output=True,
        text=True,
    )
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu
    if result.returncode != 0:
        sys.exit(f"breachkb crawl failed: {result.stderr[-2000:]}")
    [row] = json.loads(result.stdout)
    from sqlalchemy import create_engine, text

    with create_engine(db).connect() as conn:
        started_at, finished_at = conn.execute(
            text("SELECT started_at, finished_at FROM crawl_runs WHERE id = :id"),
            {"id": row["run_id"]},
        ).one()
    elapsed = (
        datetime.fromisoformat(finished_at) - datetime.fromisoformat(started_at)
    ).total_seconds()
    return {
        "pages": row["pages_fetched"],
        "stored": row["items_stored"] + row["duplicates"],
        "off_topic": row["off_topic"],
        "elapsed": elapsed,
        "wall": wall,
        "cpu": cpu,
    }


BARE_SPIDER = """
import json, sys
from scrapy import Spider
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.spiders import SitemapSpider

class Bare(SitemapSpider):
    name = "bare"
    sitemap_urls = [sys.argv[1]]
    def parse(self, response):
        return None

settings = {
    "ROBOTSTXT_OBEY": True, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
}
process = AsyncCrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({"responses": stats.get("response_received_count", 0),
                  "elapsed": stats.get("elapsed_time_seconds", 0.0)}))
"""


def run_bare(base: str) -> dict[str, float]:
    started, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run(
        [sys.executable, "-c", BARE_SPIDER, f"{base}/sitemap.xml"], capture_output=True, text=True
    )
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu
    if result.returncode != 0:
        sys.exit(f"bare spider failed: {result.stderr[-2000:]}")
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    # robots.txt and the sitemap are responses too; only article pages count
    return {"pages": stats["responses"] - 2, "elapsed": stats["elapsed"], "wall": wall, "cpu": cpu}


def run_extract(root: Path) -> dict[str, float]:
    """Single-process clean + NLP over the same pages: no download, no store."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from extract.parallel import warm_worker
    from extract.pipeline import process

    pages = [p.read_bytes() for p in sorted((root / "news").glob("*.html"))]
    warm_worker()
    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        process(page, content_type="text/html")
    elapsed = time.perf_counter() - started
    return {
        "pages": len(pages),
        "elapsed": elapsed,
        "wall": elapsed,
        "cpu": time.process_time() - cpu,
    }


def _extract_share(
    pages: list[bytes],
    start: multiprocessing.synchronize.Barrier,
    done: multiprocessing.queues.Queue[float],
) -> None:
    """One of the simultaneous extract processes: warm up, wait for the others, time the work."""
    from extract.parallel import warm_worker
    from extract.pipeline import process

    warm_worker()
    start.wait()
    cpu = time.process_time()
    for page in pages:
        process(page, content_type="text/html")
    done.put(time.process_time() - cpu)


def run_extract_together(root: Path, processes: int = 2) -> dict[str, float]:
    """The same clean + NLP split over `processes` processes running at once: what this
    machine's cores really give in parallel (virtual cores that share a physical one, or a
    busy host, give far less than `processes` times one process), hence the most any crawl
    with that many workers could reach, before it downloads or stores anything."""
    pages = [p.read_bytes() for p in sorted((root / "news").glob("*.html"))]
    ctx = multiprocessing.get_context("fork")  # the children inherit the warmed imports
    start, done = ctx.Barrier(processes + 1), ctx.Queue()
    children = [
        ctx.Process(target=_extract_share, args=(pages[i::processes], start, done))
        for i in range(processes)
    ]
    for child in children:
        child.start()
    start.wait()
    started = time.perf_counter()
    cpu = sum(done.get() for _ in children)
    elapsed = time.perf_counter() - started
    for child in children:
        child.join()
    return {"pages": len(pages), "elapsed": elapsed, "wall": elapsed, "cpu": cpu}


def run_once(pages: int, workers: list[int]) -> dict[str, dict[str, float]]:
    """Every row, once: bare download, the crawls, single-process extract."""
    with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp:
        work = Path(tmp)
        generate_site(work / "site", pages)
        server, base = serve(work / "site")
        try:
            rows = {"bare": run_bare(base)}
            rows |= {f"crawl {n}": run_breachkb(base, work, n) for n in workers}
        finally:
            server.shutdown()
        rows["extract"] = run_extract(work / "site")
        rows["together"] = run_extract_together(work / "site")
    return rows


def rate(row: dict[str, float]) -> float:
    return row["pages"] / row["elapsed"]


def report(rows: dict[str, dict[str, float]], workers: list[int]) -> None:
    print(
        f"{'run':<40}{'pages':>7}{'crawl s':>9}{'pages/s':>9}{'wall s':>8}{'pages/s':>9}"
        f"{'cpu s':>8}{'pages/cpu-s':>13}"
    )
    names = {
        "bare": "bare Scrapy (download only)",
        "extract": "extract, one process (no I/O)",
        "together": "extract, 2 processes at once (no I/O)",
    }
    names |= {f"crawl {n}": f"breachkb crawl --workers {n}" for n in workers}
    names["crawl 0"] = "breachkb crawl --workers 0 (in process)"
    for key in ("bare", "extract", "together", *(f"crawl {n}" for n in workers)):
        r = rows[key]
        print(
            f"{names[key]:<40}{r['pages']:>7.0f}{r['elapsed']:>9.1f}{rate(r):>9.1f}"
            f"{r['wall']:>8.1f}{r['pages'] / r['wall']:>9.1f}{r['cpu']:>8.1f}"
            f"{r['pages'] / r['cpu']:>13.1f}"
        )
    extract_rate = rate(rows["extract"])
    for n in workers:
        full = rows[f"crawl {n}"]
        print(
            f"--workers {n}: stored {full['stored']:.0f}, off-topic {full['off_topic']:.0f}; "
            f"crawl {rate(full):.1f} pages/s = {rate(full) / extract_rate:.2f}x single-process "
            f"extract, {rate(full) / rate(rows['bare']):.3f}x bare download"
        )
    # A crawl cannot download faster than Scrapy alone does: when the bare download is below
    # the target, the target is out of reach on this machine, however fast the rest is.
    print(
        f"target 1.3x extract = {1.3 * extract_rate:.1f} pages/s; the bare download reached "
        f"{rate(rows['bare']):.1f} pages/s ({rate(rows['bare']) / extract_rate:.2f}x extract)"
    )
    # Every page costs at least the bare download's CPU and the extract's CPU, whichever
    # process spends it: with C cores no crawl goes faster than C / (download + extract) CPU
    # seconds a page, however well the work is spread (the store's own cost comes on top).
    cores = len(os.sched_getaffinity(0))
    per_page = rows["bare"]["cpu"] / rows["bare"]["pages"]
    per_page += rows["extract"]["cpu"] / rows["extract"]["pages"]
    ceiling = cores / per_page
    print(
        f"CPU ceiling on this machine: {cores} cores / {1000 * per_page:.2f} ms a page "
        f"(download + extract) = {ceiling:.1f} pages/s = {ceiling / extract_rate:.2f}x extract"
    )
    # The ceiling above assumes two processes get twice the CPU of one. Measured: the same
    # extraction split over two processes at once, with nothing to download or store.
    together = rows["together"]
    slower = (together["cpu"] / together["pages"]) / (
        rows["extract"]["cpu"] / rows["extract"]["pages"]
    )
    print(
        f"extract in 2 processes at once: {rate(together):.1f} pages/s = "
        f"{rate(together) / extract_rate:.2f}x one process, each page costing {slower:.2f}x the "
        f"CPU time it costs alone; a crawl with 2 workers also downloads and stores, so it "
        f"stays below {rate(together) / extract_rate:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--pages", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[0, 2], help="crawls to run (default 0 2)"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="run everything this many times (default 1)"
    )
    args = parser.parse_args()
    print(f"site: {args.pages} article pages on 127.0.0.1 (politeness delays off, 16 concurrent)")
    runs = []
    for n in range(args.repeat):
        if args.repeat > 1:
            print(f"\nrun {n + 1} of {args.repeat}")
        runs.append(run_once(args.pages, args.workers))
        report(runs[-1], args.workers)
    if args.repeat > 1:
        print(f"\nmedian of {args.repeat} runs (pages/s over the crawl; pages per CPU second)")
        for key in ("bare", "extract", "together", *(f"crawl {n}" for n in args.workers)):
            speeds = [rate(r[key]) for r in runs]
            per_cpu = [r[key]["pages"] / r[key]["cpu"] for r in runs]
            print(
                f"{key:<12}{statistics.median(speeds):>9.1f} pages/s"
                f" (min {min(speeds):.1f}, max {max(speeds):.1f})"
                f"{statistics.median(per_cpu):>9.1f} pages/cpu-s"
            )
        for n in args.workers:
            ratios = [rate(r[f"crawl {n}"]) / rate(r["extract"]) for r in runs]
            median = statistics.median(ratios)
            print(f"--workers {n}: {median:.2f}x single-process extract (median)")


if __name__ == "__main__":
    main()
