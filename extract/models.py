"""Plain dataclasses passed from extraction to storage (no spaCy or SQLAlchemy types)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal


@dataclass
class Document:
    """A cleaned document: main text plus metadata; `raw` keeps the original bytes."""

    text: str
    raw: bytes = b""
    content_type: Literal["html", "text"] = "text"
    title: str | None = None
    author: str | None = None
    published: date | None = None
    # the day came only from the URL's path ('/2016/06/08/'): no date the text states
    published_from_url: bool = False
    site_name: str | None = None
    url: str | None = None
    path: str | None = None
    language: str | None = "en"
    encoding: str | None = None
    # Lines the boilerplate filter dropped, with the reason: kept for debugging and tests.
    dropped: list[tuple[str, str]] = field(default_factory=list)


# A partial ISO date's precision by its length ("2021", "2021-03", "2021-03-04")
DATE_PRECISION = {4: "year", 7: "month", 10: "day"}


@dataclass
class Evidence:
    """The sentence a fact came from; offsets are character offsets into `Document.text`.

    `source` says where: "text" (the sentence at those offsets), or weaker evidence from
    around the text -- "headline", "URL" or "site" (then `sentence` quotes it, offsets are 0); or
    "inference": a value no sentence states, inferred from the one quoted (the regulator of
    a fine that names none).
    """

    field: str
    value: str
    sentence: str
    start: int
    end: int
    source: str = "text"


@dataclass
class IncidentFact:
    """One breach described by an article (primary, or mentioned in passing)."""

    force: str | None = None  # canonical force name, e.g. "Greater Manchester Police"
    breach_year: int | None = None
    breach_type: str | None = None  # taxonomy code, extract/data/breach_types.toml
    regulator: str | None = None  # canonical regulator name
    action: str | None = None  # monetary_penalty | reprimand | ... | None
    fine_amount: int | None = None  # whole pounds
    fine_currency: str | None = None  # "GBP" when fine_amount is set
    fine_paid: int | None = None  # after an early-payment discount
    fine_year: int | None = None
    # Dates as partial ISO strings ("2015", "2015-06", "2015-06-18"): as precise as the text.
    breach_date: str | None = None  # when the breach happened (its year is breach_year)
    breach_date_precision: Literal["year", "month", "day"] | None = None
    discovered: str | None = None  # when the force or someone else found it
    reported: str | None = None  # when it was reported to a regulator or made public
    decided: str | None = None  # when the regulator or a court decided
    mention: Literal["primary", "passing"] = "primary"
    summary: str = ""  # the lead evidence sentence, for listings
    key_terms: list[str] = field(default_factory=list)  # what happened, for incident matching
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BreachCount:
    """An aggregate figure: `count` breaches by `force` in `period` ("2016", "2011-2015")."""

    force: str
    period: str
    breach_type: str | None  # None = total
    count: int
    evidence: Evidence | None = None
    approximate: bool = False  # "more than 200", "around 50": a bound, not an exact figure
    period_start: int | None = None  # first and last year of `period`, derived when not given
    period_end: int | None = None

    def __post_init__(self) -> None:
        if self.period_start is None or self.period_end is None:
            years = [int(y) for y in self.period.split("-") if y.strip().isdigit()]
            if years:
                self.period_start = self.period_start or years[0]
                self.period_end = self.period_end or years[-1]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PageCount:
    """A figure kept as page context, never as a force's tally: a national total ("UK forces
    reported 2,000 breaches"), or an outcome ("98 officers were sacked")."""

    measure: str  # breach | misconduct | outcome
    period: str
    count: int
    approximate: bool = False
    force: str | None = None  # outcomes may name a force; national figures never do
    evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """Everything the NLP pipeline found in one document."""

    relevant: bool
    relevance_reason: str = ""
    incidents: list[IncidentFact] = field(default_factory=list)
    breach_counts: list[BreachCount] = field(default_factory=list)
    national_counts: list[PageCount] = field(default_factory=list)  # figures for all forces
    outcome_counts: list[PageCount] = field(default_factory=list)  # people sacked, convicted
    forces: list[str] = field(default_factory=list)  # every force mentioned
    regulators: list[str] = field(default_factory=list)  # every regulator mentioned
    extractor_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
