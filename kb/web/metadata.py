"""Datasette metadata for the KB: descriptions, facets, full-text search and canned queries.

Built in code rather than kept as a static file because column descriptions and taxonomy
labels come from the data dictionary and extract/data/breach_types.toml, the same sources
as `breachkb export`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from kb.dictionary import Dictionary, data_dictionary
from kb.web.charts import chart_queries

DB_NAME = "breachkb"  # fixed, so URLs (and feed subscriptions) do not depend on the file name

# datasette-vega reads its chart settings from the URL fragment, on page load only: the
# `_chart` argument (ignored by Datasette) makes each link a real navigation.
CHART_INCIDENTS = (
    "?_chart=incidents#g.mark=bar&g.x_column=year&g.x_type=ordinal"
    "&g.y_column=incidents&g.y_type=quantitative"
)
CHART_FINES = (
    "?_chart=fines#g.mark=bar&g.x_column=year&g.x_type=ordinal"
    "&g.y_column=fines_total&g.y_type=quantitative"
)

# Incidents whose force matches :force by (partial) name or by an alias ("GMP", "the Met").
FORCE_FILTER = """(:force = ''
        or force like '%' || :force || '%'
        or force in (select name from forces where aliases like '%"' || :force || '"%'))"""

FINES_BY_FORCE = """
select f.name as force,
       count(*) as fines,
       sum(ea.amount) as total_fined,
       sum(coalesce(ea.amount_paid, ea.amount)) as total_paid,
       min(ea.year) as first_fine,
       max(ea.year) as last_fine,
       group_concat(distinct r.name) as regulators
from enforcement_actions ea
join incidents i on i.id = ea.incident_id
left join forces f on f.id = i.force_id
left join regulators r on r.id = ea.regulator_id
where ea.amount is not null
group by f.name
order by total_fined desc, force
"""

INCIDENTS_PER_YEAR = """
select i.breach_year as year,
       count(distinct i.id) as incidents,
       count(ea.id) as fines,
       coalesce(sum(ea.amount), 0) as fines_total
from incidents i
left join enforcement_actions ea on ea.incident_id = i.id and ea.amount is not null
where i.breach_year is not null
group by i.breach_year
order by year
"""

REPEAT_OFFENDERS = """
select f.name as force,
       count(*) as incidents,
       count(distinct i.breach_year) as years,
       min(i.breach_year) as first_year,
       max(i.breach_year) as last_year,
       group_concat(distinct i.breach_type) as breach_types,
       (select count(*) from enforcement_actions ea join incidents i2 on i2.id = ea.incident_id
         where i2.force_id = f.id and ea.amount is not null) as fines,
       (select sum(ea.amount) from enforcement_actions ea join incidents i2
         on i2.id = ea.incident_id where i2.force_id = f.id) as total_fined
from incidents i
join forces f on f.id = i.force_id
group by f.id, f.name
having count(*) >= coalesce(cast(nullif(:min_incidents, '') as integer), 2)
order by incidents desc, force
"""

INCIDENT_SOURCES = f"""
select incident_id, force, breach_year, breach_type, title, url, published_at, mention,
       field, value, sentence
from incident_evidence_view
where (:incident = '' or incident_id = cast(:incident as integer))
  and {FORCE_FILTER}
order by incident_id desc, published_at, article_id, field
limit 1000
"""

# The Atom feed (datasette-atom needs atom_id, atom_title and atom_updated). Newest first by
# id: the resolver keeps an incident's row (and id) as sources join it, so a new id is a newly
# recorded incident, and the id order needs no scan. datasette-atom fails on an empty result,
# so a feed with nothing to say yet carries one explanatory entry. Only an http(s) URL becomes
# a feed link: a stored `javascript:` or `data:` URL must never be one.
NEW_INCIDENTS = f"""
with hits as (
  select v.id, v.force, v.breach_year, v.breach_type, v.fine_amount, v.regulator, v.action,
         v.summary, v.recorded_at, v.first_reported,
         (select coalesce(a.url, a.path) from incident_sources s
            join articles a on a.id = s.article_id
           where s.incident_id = v.id
           order by a.published_at is null, a.published_at, a.id limit 1) as first_source,
         (select a.url from incident_sources s
            join articles a on a.id = s.article_id
           where s.incident_id = v.id
             and (lower(a.url) like 'http://%' or lower(a.url) like 'https://%')
           order by a.published_at is null, a.published_at, a.id limit 1) as first_url
  from incidents_view v
  where {FORCE_FILTER}
  order by v.id desc
  limit 100
)
select 'urn:breachkb:incident:' || id as atom_id,
       coalesce(force, 'Unknown force') || ': ' || coalesce(replace(breach_type, '_', ' '),
         'data breach') || coalesce(' (' || breach_year || ')', '')
         || case when fine_amount is null then ''
                 else ', fined £' || printf('%,d', fine_amount) end as atom_title,
       strftime('%Y-%m-%dT%H:%M:%SZ', coalesce(recorded_at, first_reported, '2000-01-01'))
         as atom_updated,
       coalesce(summary, '') || char(10) || char(10) || 'Source: ' || coalesce(first_source, '')
         as atom_content,
       coalesce(first_url, '/{DB_NAME}/incident/' || id) as atom_link,
       id, force, breach_year, breach_type, regulator, action, fine_amount, recorded_at
from hits
union all
select 'urn:breachkb:feed:no-incidents-yet', 'No matching incidents recorded yet',
       '2000-01-01T00:00:00Z',
       'breachkb has no incident for this filter yet; new ones will appear in this feed.',
       '/{DB_NAME}/new_incidents', null, null, null, null, null, null, null, null
where not exists (select 1 from hits)
"""


def build_metadata(dictionary: Dictionary | None = None) -> dict[str, Any]:
    """The metadata dict Datasette takes (same shape as metadata.json)."""
    d = dictionary or data_dictionary()
    return {
        "title": "breachkb: UK police data breaches",
        "description": "Data breaches by UK police forces as reported in the news.",
        "source": "News reports and regulator notices, crawled and extracted by breachkb",
        "license": (
            "Article text: copyright of each publisher, kept for research and news reporting; "
            "check the source before republishing"
        ),
        "databases": {
            DB_NAME: {
                "title": "Police data breach knowledge base",
                "description_html": _description_html(d),
                "tables": _tables(d),
                "queries": _queries(),
            }
        },
    }


def _tables(d: Dictionary) -> dict[str, Any]:
    type_codes = "; ".join(f"{bt.code} = {bt.label}" for bt in d.breach_types)
    tables: dict[str, Any] = {}
    for name, doc in d.tables.items():
        columns = dict(doc.columns)
        if "breach_type" in columns and type_codes:
            columns["breach_type"] = f"{columns['breach_type']} Codes: {type_codes}."
        tables[name] = {"description": doc.description, "columns": columns}
    tables["incidents_view"].update(
        facets=["force", "breach_year", "breach_type", "regulator", "action"],
        sort_desc="first_reported",  # most recently reported first
        title="Incidents",
    )
    tables["incidents"]["facets"] = ["force_id", "breach_year", "breach_type"]
    tables["incidents"]["label_column"] = "summary"
    tables["enforcement_actions"]["facets"] = ["regulator_id", "action", "year"]
    tables["incident_evidence_view"]["facets"] = ["force", "field"]
    tables["articles"].update(fts_table="articles_fts", fts_pk="id", label_column="title")
    for name in ("forces", "regulators", "sources"):
        tables[name]["label_column"] = "name"
    tables["alembic_version"] = {"hidden": True}
    return tables


def _queries() -> dict[str, Any]:
    return {**_canned(), **chart_queries()}


def _canned() -> dict[str, Any]:
    return {
        "fines_by_force": {
            "title": "Fines by force",
            "description": "Every force fined, with how many fines, the total and who fined it.",
            "sql": FINES_BY_FORCE,
        },
        "incidents_per_year": {
            "title": "Incidents and fines per year",
            "description_html": (
                "Incidents by the year the breach happened, with the fines they drew. "
                f'Chart: <a href="{escape(CHART_INCIDENTS)}">incidents per year</a>, '
                f'<a href="{escape(CHART_FINES)}">fines per year</a>.'
            ),
            "sql": INCIDENTS_PER_YEAR,
        },
        "repeat_offenders": {
            "title": "Repeat offenders",
            "description": (
                "Forces with at least min_incidents incidents (2 when blank), most first."
            ),
            "sql": REPEAT_OFFENDERS,
        },
        # Not named incident_sources: a canned query hides the table of the same name, and
        # Datasette's "rows from incident_sources" links would land on it.
        "incident_evidence": {
            "title": "Incidents with their sources and evidence",
            "description": (
                "Each incident's source articles and the sentences supporting each fact. "
                "Filter by incident id and/or force (name, part of a name, or alias like GMP)."
            ),
            "sql": INCIDENT_SOURCES,
        },
        "new_incidents": {
            "title": "New police data breaches",
            "description": (
                "Newly recorded incidents, newest first; add .atom to the address for a feed "
                "and ?force=Manchester (or an alias like GMP) for one force."
            ),
            "sql": NEW_INCIDENTS,
        },
    }


def _description_html(d: Dictionary) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(bt.code)}</code></td><td>{escape(bt.label)}</td>"
        f"<td>{escape(bt.ico)}</td></tr>"
        for bt in d.breach_types
    )
    actions = ", ".join(
        f"<code>{escape(code)}</code> ({escape(text)})"
        for code, text in d.codes.get("action", {}).items()
    )
    return (
        "<p>Data breaches by UK police forces as reported in the news, and what regulators "
        "did about them. Every incident leads back to its source articles and the sentences "
        f'supporting each fact. Start with <a href="/{DB_NAME}/incidents_view">incidents_view'
        "</a> (one row per incident, with facets) and the queries below.</p>"
        f"<p>Enforcement action codes: {actions}.</p>"
        "<details><summary>Breach type codes</summary><table>"
        "<tr><th>code</th><th>label</th><th>ICO category</th></tr>"
        f"{rows}</table></details>"
    )
