"""Who runs the crawl: a real contact URL is required before any request leaves this machine.

Site operators read the User-Agent to find out who is fetching their pages; a crawler that
names a placeholder cannot be reached, so it is refused (crawls of local test servers on
loopback addresses are exempt).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from breachkb.errors import BreachKBError

# The shipped default: it says where to set the real one, and is refused for the internet.
PLACEHOLDER_CONTACT_URL = "https://example.invalid/set-BREACHKB_CONTACT_URL"
_LOCAL_NAMES = {"localhost", "localhost.localdomain"}


class MissingContact(BreachKBError):
    """The crawl would reach the internet without a real contact URL in its User-Agent."""


def user_agent(contact_url: str) -> str:
    return f"breachkb/0.1 (research crawler of UK police data-breach news; +{contact_url})"


def is_local(url: str) -> bool:
    """A URL on this machine (loopback), which no site operator needs to be told about."""
    host = (urlsplit(url).hostname or "").lower()
    if host in _LOCAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_real_contact(contact_url: str | None) -> bool:
    """An absolute http(s) or mailto address that is not the shipped placeholder."""
    value = (contact_url or "").strip()
    if not value or value == PLACEHOLDER_CONTACT_URL:
        return False
    parts = urlsplit(value)
    if parts.scheme == "mailto":
        return "@" in parts.path
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def require_contact(settings: Any, urls: Iterable[str]) -> None:
    """Raise `MissingContact` if any of `urls` is off this machine and no real contact is set."""
    remote = [url for url in urls if not is_local(url)]
    if remote and not is_real_contact(settings.get("CONTACT_URL")):
        raise MissingContact(
            "set BREACHKB_CONTACT_URL (or -s CONTACT_URL=...) to a page or mailto: address "
            f"that says who runs this crawler before crawling {urlsplit(remote[0]).hostname}"
        )
