"""One canonical form per web article, so re-fetching a variant URL updates instead of duplicating.

Decisions (each folds variants that serve the same article, never two different articles):
- scheme and host are lower-cased, `http` is folded into `https` (news sites serve both);
- default ports (80, 443) are dropped;
- the host prefixes `www.`, `m.`, `mobile.` and `amp.` are dropped (`www.bbc.co.uk/news/1`
  and `bbc.co.uk/news/1` are one article; `bbc.com` and `bbc.co.uk` stay different);
- AMP variants (`/amp/` or trailing `/amp` path segments, `.amp` / `.amp.html` suffixes,
  `?amp`, `?amp=1`, `outputType=amp`) and Google AMP cache/viewer URLs fold to the article;
- tracking parameters (`utm_*`, `fbclid`, `gclid`, `mc_cid`, ...) are dropped, the remaining
  query is sorted and percent-encoding normalised (w3lib);
- the fragment is dropped (except `#!` routes, which address content);
- a trailing slash on a non-root path is dropped; the path keeps its case.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from breachkb.errors import BreachKBError


class InvalidURL(BreachKBError, ValueError):
    """The string is not an absolute http(s) URL."""


# Exact parameter names (compared lower-cased) that only identify a campaign or a click.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "cmpid",
        "cmp",
        "s_cid",
        "ito",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "share",
        "sr_share",
        "src",
        "smid",
        "__twitter_impression",
        "amp",
        "amp_js_v",
        "usqp",
        "outputtype",  # only the value `amp` is dropped, see _drop_param
        "platform",  # `platform=hootsuite`, only with that value, see _drop_param
    }
)
TRACKING_PREFIXES = ("utm_", "ns_", "pk_", "mtm_", "hsa_", "at_", "sc_")
# Parameters dropped only with these values (elsewhere they may select content).
_VALUE_SCOPED = {"outputtype": {"amp"}, "platform": {"hootsuite"}}
HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
DEFAULT_PORTS = {"http": 80, "https": 443}

_AMP_SEGMENT = re.compile(r"/amp(?=/|$)")
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)")


def canonicalize(url: str) -> str:
    """Return the canonical form of an http(s) URL; raise `InvalidURL` for anything else."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidURL(f"not a URL: {url!r}")
    return _canonicalize(url)


@functools.lru_cache(maxsize=4096)  # a crawl asks for the same URL's form several times
def _canonicalize(url: str) -> str:
    url = _unwrap_amp_cache(url.strip())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise InvalidURL(f"not an absolute http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    host = _strip_host_prefix(host)
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"bad port in URL: {url!r}") from exc
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = _strip_amp_path(parts.path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _drop_param(k, v)]
    )
    fragment = parts.fragment if parts.fragment.startswith("!") else ""
    rebuilt = urlunsplit(("https", netloc, path or "/", query, ""))
    canonical = canonicalize_url(rebuilt, keep_fragments=False)
    if fragment:
        canonical += "#" + fragment
    return canonical


def _unwrap_amp_cache(url: str) -> str:
    """AMP cache/viewer URLs (`*.cdn.ampproject.org/c/s/...`, `google.com/amp/s/...`) -> page."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path
    if host.endswith(".cdn.ampproject.org"):
        m = re.match(r"^/[a-z]/(s/)?(.+)$", path)
        if m:
            return ("https://" if m.group(1) else "http://") + m.group(2) + _query(parts.query)
    if re.fullmatch(r"(www\.)?google\.[a-z.]+", host) and path.startswith("/amp/"):
        rest = path[len("/amp/") :]
        if rest.startswith("s/"):
            return "https://" + rest[2:] + _query(parts.query)
        return "http://" + rest + _query(parts.query)
    return url


def _query(query: str) -> str:
    return "?" + query if query else ""


def _strip_host_prefix(host: str) -> str:
    # Only when a registrable-looking name remains: "m.example.com" -> "example.com", not "m.com".
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def _strip_amp_path(path: str) -> str:
    path = _AMP_SEGMENT.sub("", path)
    return _AMP_SUFFIX.sub("", path)


def _drop_param(key: str, value: str) -> bool:
    k = key.lower()
    if k in _VALUE_SCOPED:
        return value.lower() in _VALUE_SCOPED[k]
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)
