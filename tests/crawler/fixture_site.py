"""The fixture news web on real HTTP servers (127.0.0.1, .2, .3, .4), logging every request, and
a runner of `breachkb` in a subprocess (Scrapy's reactor cannot restart in one process)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

SITE = Path(__file__).resolve().parent.parent / "data" / "site"
ROOT = SITE.parent.parent.parent
CONTENT_TYPES = {
    ".html": "text/html",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
}
# Pages every crawl re-reads; everything else on the fixture site is an article page.
INDEX_PATHS = ("/robots.txt", "/feed.xml", "/rss.xml", "/sitemap", "/archive/", "/crime/sitemap")


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    path: str  # with the query string
    status: int
    user_agent: str

    @property
    def is_article(self) -> bool:
        return not self.path.startswith(INDEX_PATHS)


class SiteServer:
    """A threaded HTTP server over one folder of tests/data/site (or none: answers 200)."""

    def __init__(self, host: str, root: Path | None) -> None:
        self.root = root
        self.special = (
            tomllib.loads((root / "_special.toml").read_text())
            if root and (root / "_special.toml").exists()
            else {}
        )
        self.substitutions: dict[bytes, bytes] = {}
        self.hits: list[Hit] = []
        self.failures: dict[str, int] = {}
        self.article_delay = 0.0  # seconds before answering an article page (to stop crawls)
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, 0), self._handler())
        self.httpd.daemon_threads = True
        self.base_url = f"http://{host}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def paths(self, *, articles_only: bool = False, status: int | None = None) -> list[str]:
        with self._lock:
            return [
                h.path
                for h in self.hits
                if (not articles_only or h.is_article) and (status is None or h.status == status)
            ]

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        path = urlsplit(raw_path).path
        if self.root is None:
            return 200, {"Content-Type": "text/html"}, b"<html><body>elsewhere</body></html>"
        if path in self.special.get("redirect", {}):
            return 301, {"Location": self.special["redirect"][path]}, b""
        flaky = self.special.get("flaky", {}).get(path, 0)
        with self._lock:
            failed = self.failures.get(path, 0)
            if failed < flaky:
                self.failures[path] = failed + 1
                return 500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>"
        if path in self.special.get("oversized", {}):
            size = self.special["oversized"][path]
            filler = b"<p>Live updates from the police data breach inquiry continue.</p>\n"
            body = b"<html><body>" + filler * (size // len(filler) + 1) + b"</body></html>"
            return 200, {"Content-Type": "text/html; charset=utf-8"}, body
        file = self.root / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        elif not file.exists() and not file.suffix:
            file = file.with_name(file.name + ".html")
        if not file.is_file() or file.name.startswith("_"):
            return 404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"
        body = file.read_bytes()
        ctype = CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        if file.suffix != ".pdf":
            for placeholder, value in self.substitutions.items():
                body = body.replace(placeholder, value)
        if ctype.startswith("text/"):
            ctype += "; charset=" + self.special.get("charset", {}).get(path, "utf-8")
        return 200, {"Content-Type": ctype}, body

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                status, headers, body = server.respond(self.path)
                hit = Hit(self.path, status, self.headers.get("User-Agent", ""))
                server._record(hit)
                if hit.is_article and server.article_delay:
                    time.sleep(server.article_delay)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The crawler hangs up on oversized bodies.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@dataclass
class Sites:
    main: SiteServer
    partner: SiteServer
    offsite: SiteServer
    recall: SiteServer

    def substitute(self, text: str) -> str:
        return (
            text.replace("@@SITE@@", self.main.base_url)
            .replace("@@PARTNER@@", self.partner.base_url)
            .replace("@@OFFSITE@@", self.offsite.base_url)
            .replace("@@RECALL@@", self.recall.base_url)
        )


@contextmanager
def serving() -> Iterator[Sites]:
    """The Borough Gazette (127.0.0.1), its syndication partner (.2), an off-limits host (.3),
    and The Shire Courier (.4), whose links say little: slang, dates and cookie notices for
    headlines, opaque slugs."""
    sites = Sites(
        SiteServer("127.0.0.1", SITE / "main"),
        SiteServer("127.0.0.2", SITE / "partner"),
        SiteServer("127.0.0.3", None),
        SiteServer("127.0.0.4", SITE / "recall"),
    )
    subs = {
        b"@@SITE@@": sites.main.base_url.encode(),
        b"@@PARTNER@@": sites.partner.base_url.encode(),
        b"@@OFFSITE@@": sites.offsite.base_url.encode(),
        b"@@RECALL@@": sites.recall.base_url.encode(),
    }
    servers = (sites.main, sites.partner, sites.offsite, sites.recall)
    for server in servers:
        server.substitutions = subs
        server.start()
    try:
        yield sites
    finally:
        for server in servers:
            server.stop()


def write_sources(sites: Sites, directory: Path, name: str = "sources.toml") -> Path:
    path = directory / name
    path.write_text(sites.substitute((SITE / name).read_text()))
    return path


def quiet_env(state_dir: Path) -> dict[str, str]:
    """Politeness delays off and small limits, so the suite runs in seconds."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHKB_")}
    env.update(
        BREACHKB_AUTOTHROTTLE_ENABLED="false",
        BREACHKB_DOWNLOAD_DELAY="0",
        BREACHKB_RETRY_BACKOFF_BASE="0.05",
        BREACHKB_DOWNLOAD_MAXSIZE="200000",
        BREACHKB_DOWNLOAD_WARNSIZE="0",
        BREACHKB_CONCURRENT_REQUESTS_PER_DOMAIN="4",
        BREACHKB_STATE_DIR=str(state_dir),
        BREACHKB_CONTACT_URL="https://example.org/breachkb-tests",
        # Extract in the crawl process: a worker pool's start-up would dominate these small
        # crawls (tests that want workers pass --workers).
        BREACHKB_EXTRACT_WORKERS="0",
    )
    return env


@dataclass
class Breachkb:
    """Runs the real `breachkb` command in a child process."""

    env: dict[str, str]
    db_url: str
    sources: Path

    def argv(self, *args: str, db: bool = True, sources: bool = True) -> list[str]:
        argv = [sys.executable, "-c", "from kb.cli import main; main()", *args]
        if db:
            argv += ["--db", self.db_url]
        if sources:
            argv += ["--sources", str(self.sources)]
        return argv

    def __call__(
        self, *args: str, db: bool = True, sources: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.argv(*args, db=db, sources=sources),
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        """The command running in the background (to be interrupted)."""
        return subprocess.Popen(
            self.argv(*args),
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
