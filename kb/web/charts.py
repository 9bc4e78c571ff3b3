"""The charts of the web UI: each one a canned query (so its data downloads as CSV or JSON from
Datasette like any query) plus a Vega-Lite spec the charts page draws it with.

Vega-Lite through templates, not datasette-dashboards: the dashboards plugin is marked
experimental by its author, loads Vega from a CDN (the KB must work offline) and would add a
dependency for what a spec per query and a few lines of JavaScript do. Vega, Vega-Lite and
vega-embed are vendored in kb/web/static/vendor with their BSD-3-Clause licences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kb.dictionary import breach_types


@dataclass(frozen=True)
class Chart:
    name: str  # the canned query's name
    title: str
    description: str
    sql: str
    spec: dict[str, Any] = field(default_factory=dict)  # Vega-Lite, without data


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def type_label_sql(column: str) -> str:
    """A CASE expression turning a breach-type code into its label (from the taxonomy file)."""
    whens = " ".join(
        f"WHEN {_sql_string(bt.code)} THEN {_sql_string(bt.label)}" for bt in breach_types()
    )
    return f"CASE {column} {whens} ELSE coalesce({column}, 'Not stated') END"


_FORCE_FILTER = """(:force = ''
        or f.name like '%' || :force || '%'
        or f.aliases like '%"' || :force || '"%')"""

COUNTS_OVER_TIME = f"""
select f.name as force,
       b.period_start as period_start,
       b.period_end as period_end,
       b.period as period,
       b.count as breaches,
       b.approximate as approximate,
       case when (select count(distinct b3.count) from breach_counts b3
                    join articles a3 on a3.id = b3.article_id
                   where b3.force_id = b.force_id and b3.breach_type is null
                     and b3.period_start = b.period_start and b3.period_end = b.period_end
                     and a3.duplicate_of is null) > 1 then 'sources disagree'
            when b.approximate then 'approximate'
            else 'as reported' end as figure,
       (select count(distinct b2.count) from breach_counts b2
          join articles a2 on a2.id = b2.article_id
         where b2.force_id = b.force_id and b2.breach_type is null
           and b2.period_start = b.period_start and b2.period_end = b.period_end
           and a2.duplicate_of is null) > 1 as conflicting,
       s.name as outlet,
       a.title as title,
       coalesce(a.url, a.path) as source,
       a.id as article_id,
       b.sentence as sentence
from breach_counts b
join forces f on f.id = b.force_id
join articles a on a.id = b.article_id
left join sources s on s.id = a.source_id
where b.breach_type is null and b.period_start is not null and a.duplicate_of is null
  and {_FORCE_FILTER}
order by f.name, b.period_start, b.period_end, b.count
limit 1000
"""

# Forces side by side over one period: every figure any source gives for it. The period
# defaults to the one reported for the most forces.
COUNTS_COMPARED = """
with totals as (
  select b.force_id, b.period_start, b.period_end, b.count, b.approximate, b.article_id
  from breach_counts b join articles a on a.id = b.article_id
  where b.breach_type is null and b.period_start is not null and a.duplicate_of is null
),
chosen as (
  select coalesce(nullif(:period_start, ''), (
           select period_start from totals group by period_start, period_end
           order by count(distinct force_id) desc, period_end - period_start desc,
                    period_start desc limit 1)) as ps,
         coalesce(nullif(:period_end, ''), nullif(:period_start, ''), (
           select period_end from totals group by period_start, period_end
           order by count(distinct force_id) desc, period_end - period_start desc,
                    period_start desc limit 1)) as pe
)
select f.name as force,
       t.period_start || case when t.period_end != t.period_start
                              then '-' || t.period_end else '' end as period,
       max(t.count) as breaches,
       min(t.count) as lowest,
       count(distinct t.count) > 1 as sources_disagree,
       max(t.approximate) as approximate,
       group_concat(distinct t.count) as figures,
       count(distinct t.article_id) as sources
from totals t
join chosen on t.period_start = cast(chosen.ps as integer)
           and t.period_end = cast(chosen.pe as integer)
join forces f on f.id = t.force_id
group by f.name, t.period_start, t.period_end
order by breaches desc, force
"""


@cache
def charts() -> tuple[Chart, ...]:
    """Every chart of the charts page, in page order."""
    year = "coalesce(i.breach_year, cast(strftime('%Y', i.first_reported) as integer))"
    return (
        Chart(
            "chart_incidents_by_year",
            "Incidents per year, by breach type",
            "Incidents by the year the breach happened (or, when no report says, the year it "
            "was first reported), stacked by breach type.",
            f"""
select {year} as year,
       {type_label_sql("i.breach_type")} as breach_type,
       count(*) as incidents
from incidents i
where {year} is not null
group by 1, 2
order by 1, 2
""",
            {
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "x": {
                        "field": "year",
                        "type": "ordinal",
                        "title": "Year",
                        "axis": {"labelAngle": 0},
                    },
                    "y": {
                        "field": "incidents",
                        "type": "quantitative",
                        "title": "Incidents",
                        "axis": {"tickMinStep": 1, "format": "d"},
                    },
                    "color": {
                        "field": "breach_type",
                        "type": "nominal",
                        "title": "Type",
                        "legend": {"labelLimit": 320, "orient": "bottom", "columns": 2},
                    },
                },
            },
        ),
        Chart(
            "chart_fines_by_year",
            "Fines per year",
            "Total of the fines (monetary penalties) imposed each year on police forces, in "
            "pounds, by the year of the penalty (else the year the incident was first "
            "reported).",
            """
select coalesce(i.fine_year, cast(strftime('%Y', i.first_reported) as integer)) as year,
       count(*) as fines,
       sum(i.fine_amount) as total_gbp
from incidents i
where i.fine_amount is not null and i.action = 'monetary_penalty'
group by 1
order by 1
""",
            {
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "x": {
                        "field": "year",
                        "type": "ordinal",
                        "title": "Year",
                        "axis": {"labelAngle": 0},
                    },
                    "y": {
                        "field": "total_gbp",
                        "type": "quantitative",
                        "title": "Fines",
                        "axis": {"labelExpr": "'£' + format(datum.value, '~s')"},
                    },
                    "tooltip": [
                        {"field": "year", "type": "ordinal"},
                        {"field": "fines", "type": "quantitative"},
                        {"field": "total_gbp", "type": "quantitative", "format": ",.0f"},
                    ],
                },
            },
        ),
        Chart(
            "chart_forces_by_incidents",
            "Forces ranked by incidents",
            "The 25 forces with the most recorded incidents.",
            """
select f.name as force, count(*) as incidents, count(i.fine_amount) as fined
from incidents i join forces f on f.id = i.force_id
group by f.name
order by incidents desc, force
limit 25
""",
            {
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "y": {"field": "force", "type": "nominal", "sort": "-x", "title": None},
                    "x": {
                        "field": "incidents",
                        "type": "quantitative",
                        "title": "Incidents",
                        "axis": {"tickMinStep": 1, "format": "d"},
                    },
                },
            },
        ),
        Chart(
            "chart_forces_by_fines",
            "Forces ranked by fines",
            "The 25 forces fined the most in total, in pounds.",
            """
select f.name as force, sum(i.fine_amount) as total_gbp, count(*) as fines
from incidents i join forces f on f.id = i.force_id
where i.fine_amount is not null
group by f.name
order by total_gbp desc, force
limit 25
""",
            {
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "y": {"field": "force", "type": "nominal", "sort": "-x", "title": None},
                    "x": {
                        "field": "total_gbp",
                        "type": "quantitative",
                        "title": "Fines",
                        "axis": {"labelExpr": "'£' + format(datum.value, '~s')"},
                    },
                    "tooltip": [
                        {"field": "force", "type": "nominal"},
                        {"field": "fines", "type": "quantitative"},
                        {"field": "total_gbp", "type": "quantitative", "format": ",.0f"},
                    ],
                },
            },
        ),
        Chart(
            "chart_breach_counts",
            "Breaches recorded per force over time",
            "Tallies forces reported (FOI answers, campaign reports): one mark per figure and "
            "source, at the last year of its period; a figure for a span of years has a line "
            "across the span. Triangles are approximate figures (\u201cmore than 200\u201d); "
            "diamonds are figures on which sources disagree for the same force and period.",
            COUNTS_OVER_TIME,
            {
                "layer": [
                    {
                        "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.6},
                        "encoding": {
                            "x": {"field": "period_start", "type": "quantitative"},
                            "x2": {"field": "period_end"},
                            "y": {"field": "breaches", "type": "quantitative"},
                            "color": {"field": "force", "type": "nominal"},
                        },
                    },
                    {
                        "mark": {"type": "point", "size": 90, "filled": True, "opacity": 0.9},
                        "encoding": {
                            "x": {
                                "field": "period_end",
                                "type": "quantitative",
                                "title": "Year (end of the period)",
                                "axis": {"format": "d", "tickMinStep": 1},
                                "scale": {"zero": False, "padding": 16},
                            },
                            "y": {
                                "field": "breaches",
                                "type": "quantitative",
                                "title": "Breaches recorded",
                            },
                            "color": {"field": "force", "type": "nominal", "title": "Force"},
                            "shape": {
                                "field": "figure",
                                "type": "nominal",
                                "title": "Figure",
                                "scale": {
                                    "domain": ["as reported", "approximate", "sources disagree"],
                                    "range": ["circle", "triangle-up", "diamond"],
                                },
                            },
                            "tooltip": [
                                {"field": "force"},
                                {"field": "period"},
                                {"field": "breaches"},
                                {"field": "figure"},
                                {"field": "outlet"},
                                {"field": "title"},
                            ],
                        },
                    },
                ]
            },
        ),
    )


def chart_queries() -> dict[str, Any]:
    """The charts' canned queries, for the Datasette metadata."""
    queries: dict[str, Any] = {
        chart.name: {
            "title": f"Chart data: {chart.title}",
            "description": chart.description,
            "sql": chart.sql,
        }
        for chart in charts()
    }
    queries["breach_counts_compared"] = {
        "title": "Forces compared over the same period",
        "description": (
            "Breach tallies of every force for one period (period_start and period_end, "
            "years; blank: the period reported for the most forces). Where sources give "
            "different figures, `figures` lists them all and sources_disagree is 1."
        ),
        "sql": COUNTS_COMPARED,
    }
    return queries
