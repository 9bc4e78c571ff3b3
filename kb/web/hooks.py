"""breachkb's Datasette plugin: the incident page, ranked search, the charts page, and cell
formatting (£ amounts, incident links, breach-type labels, timestamps to the second).

The incident page and search reuse the CLI's library functions (`show_incident`, `search`)
through a read-only SQLAlchemy engine on the same file, run off the event loop, so the
browser and `breachkb show`/`breachkb search` can never tell different stories.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from extract.datafiles import load_jsonl
from kb.dictionary import breach_types
from kb.errors import BadInput
from kb.errors import NotFound as IncidentNotFound
from kb.incident_detail import FIELD_LABELS, display_value, partial_date, pounds
from kb.web.charts import COUNTS_COMPARED, charts
from kb.web.limits import http_url

DB = "breachkb"
T = TypeVar("T")
MONEY_COLUMNS = {
    "fine_amount",
    "fine_paid",
    "amount",
    "amount_paid",
    "total_fined",
    "total_paid",
    "fines_total",
    "total_gbp",
}
INCIDENT_ID_COLUMNS = {("incidents_view", "id"), ("incidents", "id")}
_SECONDS = re.compile(r"^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)\.\d+$")
_MARK = ("\x02", "\x03")  # private highlight markers: never in article text


@cache
def _engine(path: str, immutable: bool) -> Engine:
    """A read-only engine on the KB file, opened as Datasette opens it (`mode=ro`, or
    `immutable=1` for a KB in a read-only folder)."""
    mode = "immutable=1" if immutable else "mode=ro"
    return create_engine(f"sqlite:///file:{quote(path)}?{mode}&uri=true")


async def _with_session(datasette: Any, work: Callable[[Session], T]) -> T:
    db = datasette.get_database(DB)
    path, immutable = db.path, not db.is_mutable

    def run() -> T:
        with Session(_engine(path, immutable)) as session:
            return work(session)

    return await asyncio.to_thread(run)


@cache
def _labels() -> dict[str, str]:
    return {bt.code: bt.label for bt in breach_types()}


def marked(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> Markup:
    """`text` HTML-escaped, with each span wrapped in <mark>."""
    out, cursor = [], 0
    for start, end in spans:
        out.append(escape(text[cursor:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("").join(out)


def _snippet(snippet: str) -> Markup:
    """A search snippet with private markers as escaped HTML with <mark>s."""
    spans, plain, rest = [], "", snippet
    while _MARK[0] in rest:
        before, _, after = rest.partition(_MARK[0])
        match, _, rest = after.partition(_MARK[1])
        plain += before
        spans.append((len(plain), len(plain) + len(match)))
        plain += match
    return marked(plain + rest, spans)


def citation(data: dict[str, Any], page_url: str) -> str:
    """One paragraph a journalist can paste: what, who, the sources, and where to check."""
    what = data.get("breach_type_label") or "Data breach"
    when = partial_date(data.get("breach_date")) or data.get("breach_year")
    parts = [f"{data['force'] or 'Unknown force'}: {what.lower()}"]
    if when:
        parts[0] += f" ({when})"
    if data["fine_amount"] is not None:
        parts.append(
            f"fined {pounds(data['fine_amount'], data['fine_currency'])}"
            + (f" by the {data['regulator']}" if data["regulator"] else "")
        )
    elif data["action"]:
        parts.append(display_value("action", data["action"]))
    sources = "; ".join(
        ", ".join(
            x
            for x in (
                ref.get("outlet"),
                f"\u201c{ref['title']}\u201d" if ref["title"] else None,
                ref["published"],
                ref["url"],
            )
            if x
        )
        for ref in data["sources"]
    )
    return f"breachkb incident {data['id']}. {'; '.join(parts)}. Sources: {sources}. {page_url}"


async def incident_page(request: Any, datasette: Any) -> Response:
    from kb.queries import show_incident

    incident_id = int(request.url_vars["id"])
    try:
        data = await _with_session(datasette, lambda s: show_incident(s, incident_id))
    except IncidentNotFound as exc:
        raise NotFound(str(exc)) from exc
    if request.url_vars.get("format") == "json":
        return Response.json(data, default=str)
    for ref in data["sources"]:
        ref["link"] = http_url(ref["url"])
        for entry in ref["sentences"]:
            entry["html"] = marked(entry["sentence"], entry["highlights"])
            entry["labels"] = [FIELD_LABELS.get(f["field"], f["field"]) for f in entry["fields"]]
    for item in data["disagreements"]:
        for value in item["values"]:
            for source in value["sources"]:
                source["link"] = http_url(source["url"])
    page_url = f"{request.scheme}://{request.host}{request.path}"
    context = {
        "incident": data,
        "fine": pounds(data["fine_amount"], data["fine_currency"]),
        "paid": pounds(data["fine_paid"], data["fine_currency"]),
        "breach_date": partial_date(data["breach_date"]),
        "dates": [
            (name, partial_date(data[name]))
            for name in ("discovered", "reported", "decided")
            if data.get(name)
        ],
        "action": display_value("action", data["action"]) if data["action"] else None,
        "enforcement": [
            {
                **a,
                "action_text": display_value("action", a["action"]),
                "amount_text": pounds(a["amount"], a["currency"]),
                "paid_text": pounds(a["amount_paid"], a["currency"]),
            }
            for a in data["enforcement"]
        ],
        "citation": citation(data, page_url),
        "page_url": page_url,
        "database": DB,
    }
    html = await datasette.render_template("incident.html", context, request=request)
    return Response.html(html)


async def search_page(request: Any, datasette: Any) -> Response:
    from kb.search import search

    query = (request.args.get("q") or "").strip()
    hits, error = [], None
    if query:
        try:
            hits = await _with_session(datasette, lambda s: search(s, query, 50, mark=_MARK))
        except BadInput as exc:
            error = str(exc)
    context = {
        "q": query,
        "error": error,
        "hits": [
            {
                "article_id": hit.article_id,
                "title": hit.title or "(untitled)",
                "link": http_url(hit.url),
                "url": hit.url,
                "published": hit.published_at.isoformat() if hit.published_at else None,
                "snippet": _snippet(hit.snippet),
                "score": round(hit.score, 2),
                "duplicate_of": hit.duplicate_of,
                "incident_ids": hit.incident_ids,
            }
            for hit in hits
        ],
        "database": DB,
    }
    html = await datasette.render_template("search.html", context, request=request)
    return Response.html(html)


async def charts_page(request: Any, datasette: Any) -> Response:
    db = datasette.get_database(DB)
    force = request.args.get("force") or ""
    compared_args = {k: request.args.get(k) or "" for k in ("period_start", "period_end")}
    compared = await db.execute(COUNTS_COMPARED, compared_args)
    rows = [dict(r) for r in compared.rows]
    items = []
    for chart in charts():
        params = {"force": force} if ":force" in chart.sql else {}
        query = urlencode({**params, "_size": "max"})
        items.append(
            {
                "name": chart.name,
                "title": chart.title,
                "description": chart.description,
                "spec": Markup(json.dumps(chart.spec)),
                "data_url": f"/{DB}/{chart.name}.json?_shape=array&{query}",
                "csv_url": f"/{DB}/{chart.name}.csv?{query}",
                "query_url": f"/{DB}/{chart.name}?{urlencode(params)}",
            }
        )
    context = {
        "charts": items,
        "force": force,
        "compared": rows,
        "period": rows[0]["period"] if rows else None,
        "compared_csv": f"/{DB}/breach_counts_compared.csv?{urlencode(compared_args)}",
        "compared_url": f"/{DB}/breach_counts_compared?{urlencode(compared_args)}",
        "period_start": compared_args["period_start"],
        "period_end": compared_args["period_end"],
        "database": DB,
    }
    html = await datasette.render_template("charts.html", context, request=request)
    return Response.html(html)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^/{DB}/incident/(?P<id>\d+)(\.(?P<format>json))?$", incident_page),
        (rf"^/{DB}/search$", search_page),
        (rf"^/{DB}/charts$", charts_page),
    ]


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str) -> Any:
    if database != DB or value is None:
        return None
    if (
        (table, column) in INCIDENT_ID_COLUMNS
        or column == "incident_id"
        and table
        in (
            None,
            "incident_evidence_view",
        )
    ):
        return Markup(f'<a href="/{DB}/incident/{int(value)}">{int(value)}</a>')
    if column in MONEY_COLUMNS and isinstance(value, int):
        return pounds(value, _currency(row))
    if column == "breach_type" and isinstance(value, str):
        label = _labels().get(value)
        if label:
            return Markup(f'<span title="{escape(value)}">{escape(label)}</span>')
    if table == "incidents_view" and isinstance(value, str):
        if column == "action":
            return value.replace("_", " ")
        if column == "regulator" and (acronym := _acronym(value)):
            return Markup(f'<abbr title="{escape(value)}">{escape(acronym)}</abbr>')
    if isinstance(value, str) and (match := _SECONDS.match(value)):
        return match.group(1)
    return None


@cache
def _acronym(regulator: str) -> str | None:
    """The regulator's acronym alias ("ICO"), to keep listing rows one line high."""
    for entry in load_jsonl("regulators.jsonl"):
        if entry["name"] == regulator:
            short = [a for a in entry.get("aliases", []) if a.isupper() and len(a) <= 6]
            return short[0] if short else None
    return None


def _currency(row: Any) -> str | None:
    try:
        keys = row.keys()
    except AttributeError:
        return None
    for name in ("fine_currency", "currency"):
        if name in keys:
            return row[name]
    return None


@hookimpl
def extra_css_urls() -> list[str]:
    return ["/breachkb-static/breachkb.css"]


_LATEST = """
select i.id, f.name as force, i.breach_year, i.breach_type, i.fine_amount, i.fine_currency,
       i.first_reported
from incidents i left join forces f on f.id = i.force_id
order by i.first_reported desc, i.id desc
limit 8
"""
_TOTALS = """
select (select count(*) from incidents) as incidents,
       (select count(*) from incidents where fine_amount is not null) as fined,
       (select count(*) from articles) as articles
"""


@hookimpl
def extra_template_vars(template: str, datasette: Any) -> Any:
    """The home page leads with the incidents: totals and the most recently reported."""
    if template != "index.html" or DB not in datasette.databases:
        return {}

    async def home() -> dict[str, Any]:
        db = datasette.get_database(DB)
        totals = (await db.execute(_TOTALS)).first()
        labels = _labels()
        latest = [
            {
                **dict(row),
                "type_label": labels.get(row["breach_type"] or "", row["breach_type"]),
                "fine": pounds(row["fine_amount"], row["fine_currency"]),
            }
            for row in await db.execute(_LATEST)
        ]
        return {"bk_totals": dict(totals) if totals else None, "bk_latest": latest}

    return home
