"""What a spider hands to the item pipeline: one fetched article page, raw bytes intact."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArticleItem:
    """A fetched article; `body` is the original response so the KB can re-extract later."""

    url: str  # final URL, after redirects
    source: str  # name of the source in sources.toml
    body: bytes
    content_type: str | None  # the Content-Type header, charset included
    fetched_at: datetime
    status: int = 200
    # URLs that led here (redirects); the KB remembers them as seen too.
    redirected_from: list[str] = field(default_factory=list)
    # What the feed, sitemap or listing said about the page before it was fetched.
    hint_title: str | None = None
    # When a web archive captured the page (backfill); None for live fetches.
    captured_at: datetime | None = None
