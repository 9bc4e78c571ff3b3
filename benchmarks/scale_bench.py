"""Scale-out: pages/s of 1, 2 and 4 `breachkb crawl --redis` processes sharing one Redis frontier
and one PostgreSQL KB, and documents/s of `breachkb load` into SQLite vs PostgreSQL.

The site is crawl_bench's generated local news site (article pages, half police data-breach
reports, a news sitemap), served on 127.0.0.1 with politeness off. For each process count a
fresh PostgreSQL database and an empty Redis database take the crawl; every process reads the
sitemap and they split the article pages through the shared queue. pages/s is distinct article
pages fetched (from the server's log) over the wall time from starting the processes to the last
one's exit, so it includes each process's start-up (interpreter, spaCy, Scrapy). The load test
stores the same generated pages, as files, with one `breachkb load` into each backend.

Needs a PostgreSQL server and a Redis (URLs below, or the ones `.ci/with-servers` exports):

    .ci/with-servers .venv/bin/python benchmarks/scale_bench.py --pages 600 --docs 300
    .venv/bin/python benchmarks/scale_bench.py --postgres postgresql+psycopg://u@host/postgres \\
        --redis redis://127.0.0.1:6379/0
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl_bench import ENV, generate_site  # noqa: E402

CLI = [sys.executable, "-c", "from kb.cli import main; main()"]


class LoggingHandler(SimpleHTTPRequestHandler):
    hits: Counter[str] = Counter()
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        with self.lock:
            self.hits[self.path] += 1
        super().do_GET()


class CountingServer(ThreadingHTTPServer):
    """Counts connections that failed on the server side instead of printing tracebacks: a
    request whose connection was reset is retried by the crawler, and shows as a repeat."""

    failures = 0

    def handle_error(self, request: object, client_address: object) -> None:
        CountingServer.failures += 1


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    server = CountingServer(("127.0.0.1", 0), partial(LoggingHandler, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    sitemap = (root / "sitemap-template.xml").read_text().replace("@@SITE@@", base)
    (root / "sitemap.xml").write_text(sitemap)
    return server, base


def new_database(admin_url: str) -> str:
    from sqlalchemy import create_engine, make_url, text

    name = f"bkb_scale_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    subprocess.run([*CLI, "init", "--db", url], check=True, capture_output=True)
    return url


def drop_database(admin_url: str, url: str) -> None:
    from sqlalchemy import create_engine, make_url, text

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)"))
    engine.dispose()


def crawl(base: str, work: Path, db: str, redis_url: str, processes: int) -> dict[str, float]:
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    sources = work / "sources.toml"
    sources.write_text(
        f'[[source]]\nname = "bench"\nkind = "sitemap"\nstart_urls = ["{base}/sitemap.xml"]\n'
        'allowed_domains = ["127.0.0.1"]\nschedule = "0 * * * *"\nprefilter = false\n'
    )
    LoggingHandler.hits.clear()
    CountingServer.failures = 0
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [*CLI, "crawl", "--db", db, "--sources", str(sources), "--redis", redis_url],
            env={**os.environ, **ENV, "BREACHKB_STATE_DIR": str(work / f"state{n}")},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode != 0:
            sys.exit(f"breachkb crawl failed: {err[-2000:]}")
    wall = time.perf_counter() - started
    articles = {p: n for p, n in LoggingHandler.hits.items() if p.startswith("/news/")}
    return {
        "pages": len(articles),
        "repeats": sum(articles.values()) - len(articles),
        "resets": CountingServer.failures,
        "wall": wall,
    }


def load(folder: Path, db: str) -> float:
    started = time.perf_counter()
    result = subprocess.run([*CLI, "load", str(folder), "--db", db], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"breachkb load failed: {result.stderr[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=600, help="article pages on the site")
    parser.add_argument("--docs", type=int, default=300, help="documents for the load test")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--postgres", default=os.environ.get("BREACHKB_TEST_POSTGRES_URL"))
    parser.add_argument("--redis", default=os.environ.get("BREACHKB_TEST_REDIS_URL"))
    args = parser.parse_args()
    if not args.postgres or not args.redis:
        sys.exit("needs --postgres URL and --redis URL (or run it through .ci/with-servers)")

    print(f"{os.cpu_count()} CPUs; site of {args.pages} article pages; politeness off", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate_site(work / "site", args.pages)
        server, base = serve(work / "site")
        try:
            single = None
            for n in args.processes:
                db = new_database(args.postgres)
                try:
                    r = crawl(base, work, db, args.redis, n)
                finally:
                    drop_database(args.postgres, db)
                rate = r["pages"] / r["wall"]
                single = single or rate
                print(
                    f"crawl, {n} process(es): {r['pages']} pages in {r['wall']:.1f}s = "
                    f"{rate:.1f} pages/s ({rate / single:.2f}x one process), "
                    f"{r['repeats']} page(s) requested again, {r['resets']} connection(s) "
                    "failed on the server (each retried by the crawler)",
                    flush=True,
                )
        finally:
            server.shutdown()

        docs = work / "docs"
        docs.mkdir()
        pages = sorted((work / "site" / "news").glob("*.html"))[: args.docs]
        for page in pages:
            (docs / page.name).write_bytes(page.read_bytes())
        sqlite_url = f"sqlite:///{work / 'load.sqlite'}"
        subprocess.run([*CLI, "init", "--db", sqlite_url], check=True, capture_output=True)
        seconds = {"SQLite": load(docs, sqlite_url)}
        db = new_database(args.postgres)
        try:
            seconds["PostgreSQL"] = load(docs, db)
        finally:
            drop_database(args.postgres, db)
        for backend, s in seconds.items():
            print(
                f"load into {backend}: {len(pages)} documents in {s:.1f}s = {len(pages) / s:.1f}/s"
            )
        print(
            f"PostgreSQL / SQLite load time: {seconds['PostgreSQL'] / seconds['SQLite']:.2f}x "
            "(each load includes extraction, the same on both)"
        )


if __name__ == "__main__":
    main()
