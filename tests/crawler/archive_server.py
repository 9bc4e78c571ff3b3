"""A local web archive for the backfill tests: a CDX server (the Wayback Machine's query
parameters and JSON answer, with resume keys) and archived pages at /web/<timestamp>id_/<url>,
on a real HTTP server on 127.0.0.1 that logs every request and how many overlapped."""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Capture:
    timestamp: str
    original: str
    body: bytes
    status: int = 200
    mimetype: str = "text/html"

    @property
    def urlkey(self) -> str:
        return _bare(self.original).lower()


def _bare(url: str) -> str:
    """scheme and www. dropped: how the test server compares URLs (the real one uses SURT)."""
    rest = url.split("://", 1)[-1]
    return rest.removeprefix("www.")


@dataclass
class Hit:
    path: str
    query: dict[str, list[str]]
    status: int
    started: float
    ended: float = 0.0


@dataclass
class ArchiveServer:
    captures: list[Capture]
    flaky: dict[str, int] = field(default_factory=dict)  # original URL -> 503s before a 200
    delay: float = 0.0  # seconds before answering an archived page
    hits: list[Hit] = field(default_factory=list)
    max_in_flight: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight = 0
        self._failures: dict[str, int] = {}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def cdx_url(self) -> str:
        return f"{self.base_url}/cdx"

    @property
    def archive_url(self) -> str:
        return f"{self.base_url}/web/{{timestamp}}id_/{{url}}"

    def pages(self, status: int | None = None) -> list[str]:
        """Original URLs of the archived pages requested (in order)."""
        with self._lock:
            return [
                h.path.split("id_/", 1)[1]
                for h in self.hits
                if h.path.startswith("/web/") and (status is None or h.status == status)
            ]

    def cdx_queries(self) -> list[dict[str, list[str]]]:
        with self._lock:
            return [h.query for h in self.hits if h.path == "/cdx"]

    # --- the CDX API -------------------------------------------------------------------------

    def cdx(self, query: dict[str, list[str]]) -> tuple[int, bytes]:
        def one(name: str, default: str = "") -> str:
            return query.get(name, [default])[0]

        url, match = one("url"), one("matchType", "exact")
        rows = sorted(self.captures, key=lambda c: (c.urlkey, c.timestamp))
        if match == "prefix":
            rows = [c for c in rows if c.urlkey.startswith(_bare(url).lower())]
        elif match == "domain":
            host = url.lower().removeprefix("www.")
            rows = [
                c for c in rows if (h := c.urlkey.split("/")[0]) == host or h.endswith("." + host)
            ]
        else:
            rows = [c for c in rows if c.urlkey == _bare(url).lower()]
        low, high = one("from"), one("to")
        if low:
            rows = [c for c in rows if c.timestamp >= low.ljust(14, "0")]
        if high:
            rows = [c for c in rows if c.timestamp <= high.ljust(14, "9")]
        for spec in query.get("filter", []):
            name, _, pattern = spec.partition(":")
            values = {"statuscode": lambda c: str(c.status), "mimetype": lambda c: c.mimetype}
            rows = [c for c in rows if re.fullmatch(pattern, values[name](c))]
        if one("collapse") == "urlkey":
            firsts: dict[str, Capture] = {}
            for capture in rows:
                firsts.setdefault(capture.urlkey, capture)
            rows = list(firsts.values())
        start = int(one("resumeKey", "k0")[1:])
        limit = int(one("limit", "150000"))
        page = rows[start : start + limit]
        fields = one("fl", "timestamp,original,mimetype,statuscode").split(",")
        get = {
            "timestamp": lambda c: c.timestamp,
            "original": lambda c: c.original,
            "mimetype": lambda c: c.mimetype,
            "statuscode": lambda c: str(c.status),
            "urlkey": lambda c: c.urlkey,
        }
        answer: list[list[str]] = [fields] + [[get[f](c) for f in fields] for c in page]
        if one("showResumeKey") == "true" and start + limit < len(rows):
            answer += [[], [f"k{start + limit}"]]
        return 200, json.dumps(answer).encode()

    def archived(self, path: str) -> tuple[int, bytes]:
        match = re.fullmatch(r"/web/(\d+)id_/(.+)", path)
        if not match:
            return 404, b"not archived"
        timestamp, original = match.groups()
        with self._lock:
            failed = self._failures.get(original, 0)
            if failed < self.flaky.get(original, 0):
                self._failures[original] = failed + 1
                return 503, b"slow down"
        for capture in self.captures:
            if capture.timestamp == timestamp and capture.original == original:
                return capture.status, capture.body
        return 404, b"not archived"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                parts = urlsplit(self.path)
                hit = Hit(parts.path, parse_qs(parts.query), 0, time.monotonic())
                with server._lock:
                    server._in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server._in_flight)
                try:
                    if parts.path == "/cdx":
                        status, body = server.cdx(hit.query)
                        ctype = "application/json"
                    elif parts.path.startswith("/web/"):
                        time.sleep(server.delay)
                        status, body = server.archived(parts.path)
                        ctype = "text/html; charset=utf-8"
                    else:
                        status, body, ctype = 404, b"", "text/plain"
                finally:
                    with server._lock:
                        server._in_flight -= 1
                hit.status, hit.ended = status, time.monotonic()
                with server._lock:
                    server.hits.append(hit)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@contextmanager
def archive(captures: list[Capture], **options: object) -> Iterator[ArchiveServer]:
    server = ArchiveServer(captures, **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
