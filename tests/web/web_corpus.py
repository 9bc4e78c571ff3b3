"""A small KB written for the web and query-surface tests.

Articles are stored through `kb.store.store_document` with hand-written extractions, so
these tests exercise storage, dedup and incident resolution as the app runs them, while
staying independent of how well the NLP pipeline does on any one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extract.models import BreachCount, Document, Evidence, Extraction, IncidentFact
from kb.db import session_scope, upgrade
from kb.store import store_document

GMP = "Greater Manchester Police"
MET = "Metropolitan Police Service"
KENT = "Kent Police"
ESSEX = "Essex Police"
WMP = "West Midlands Police"
ICO = "Information Commissioner's Office"
HOSTILE_TITLE = "<script>window.__pwned = 1</script> Kent laptop stolen"


@dataclass
class Story:
    url: str
    title: str
    published: date
    text: str
    facts: list[dict] = field(default_factory=list)  # IncidentFact fields + "sentence"
    relevant: bool = True
    source: str = "Example News"
    tallies: list[dict] = field(default_factory=list)  # BreachCount fields + "sentence"


STORIES = [
    Story(
        url="https://news.example.org/2013/gmp-fined-usb-stick",
        title="Greater Manchester Police fined £150,000 over lost USB stick",
        published=date(2013, 10, 21),
        text=(
            "Greater Manchester Police has been fined £150,000 by the Information "
            "Commissioner's Office after an unencrypted USB stick was stolen in 2012. "
            "The memory stick held details of more than a thousand people linked to "
            "serious crime investigations. The force paid £120,000 after an early payment "
            "discount."
        ),
        facts=[
            dict(
                force=GMP,
                breach_year=2012,
                breach_type="loss_or_theft_of_device",
                regulator=ICO,
                action="monetary_penalty",
                fine_amount=150000,
                fine_currency="GBP",
                fine_paid=120000,
                fine_year=2013,
                sentence="Greater Manchester Police has been fined £150,000 by the Information "
                "Commissioner's Office after an unencrypted USB stick was stolen in 2012.",
                key_terms=["usb stick", "unencrypted"],
            )
        ],
    ),
    # The same report syndicated by a second outlet: a duplicate, one incident, two sources.
    Story(
        url="https://syndicated.example.net/news/gmp-usb-fine",
        title="Greater Manchester Police fined £150,000 over lost USB stick",
        published=date(2013, 10, 22),
        source="Syndicated Daily",
        text=(
            "Greater Manchester Police has been fined £150,000 by the Information "
            "Commissioner's Office after an unencrypted USB stick was stolen in 2012. "
            "The memory stick held details of more than a thousand people linked to "
            "serious crime investigations. The force paid £120,000 after an early payment "
            "discount."
        ),
        facts=[
            dict(
                force=GMP,
                breach_year=2012,
                breach_type="loss_or_theft_of_device",
                regulator=ICO,
                action="monetary_penalty",
                fine_amount=150000,
                fine_currency="GBP",
                fine_paid=120000,
                fine_year=2013,
                sentence="Greater Manchester Police has been fined £150,000 by the Information "
                "Commissioner's Office after an unencrypted USB stick was stolen in 2012.",
                key_terms=["usb stick", "unencrypted"],
            )
        ],
    ),
    Story(
        url="https://news.example.org/2017/gmp-officer-misused-police-systems",
        title="Officer searched police databases for friends",
        published=date(2017, 3, 2),
        text=(
            "A Greater Manchester Police officer looked up records of friends on police "
            "systems without a policing purpose in 2016. The misconduct hearing heard the "
            "searches were unauthorised."
        ),
        facts=[
            dict(
                force=GMP,
                breach_year=2016,
                breach_type="unauthorised_access",
                sentence="A Greater Manchester Police officer looked up records of friends on "
                "police systems without a policing purpose in 2016.",
                key_terms=["police systems", "records"],
            )
        ],
    ),
    Story(
        url="https://news.example.org/2020/met-email-wrong-recipient",
        title="Met Police reprimanded after emailing victim details to wrong person",
        published=date(2020, 6, 5),
        text=(
            "The Metropolitan Police Service was issued a reprimand by the Information "
            "Commissioner's Office after details of crime victims were emailed to the wrong "
            "recipient in 2019. The email contained names and addresses."
        ),
        facts=[
            dict(
                force=MET,
                breach_year=2019,
                breach_type="emailed_to_incorrect_recipient",
                regulator=ICO,
                action="reprimand",
                sentence="The Metropolitan Police Service was issued a reprimand by the "
                "Information Commissioner's Office after details of crime victims were "
                "emailed to the wrong recipient in 2019.",
                key_terms=["email", "victims"],
            )
        ],
    ),
    Story(
        url="https://news.example.org/2021/kent-laptop",
        title=HOSTILE_TITLE,
        published=date(2021, 1, 15),
        text=(
            "Kent Police said a laptop holding witness statements was stolen from a car in "
            '2020. <img src=x onerror="window.__pwned = 2"> The force apologised.'
        ),
        facts=[
            dict(
                force=KENT,
                breach_year=2020,
                breach_type="loss_or_theft_of_device",
                sentence="Kent Police said a laptop holding witness statements was stolen "
                "from a car in 2020.",
                key_terms=["laptop", "witness statements"],
            )
        ],
    ),
    Story(
        url="https://news.example.org/2021/village-fete",
        title="Village fete raises money for the church roof",
        published=date(2021, 7, 3),
        text="The village fete raised money for the church roof. A dog show was held.",
        relevant=False,
    ),
]


# Written for the journalists' pages: two outlets disagree on one Essex fine (£80,000 against
# a misprinted £8,000, and on the month of the breach), dates by role, and breach tallies per
# force over time, two of them conflicting and one approximate.
ESSEX_FINE_SENTENCE = (
    "Essex Police has been fined £80,000 by the Information Commissioner's Office after "
    "unencrypted discs holding victim interview recordings were lost in the post in June 2015."
)
ESSEX_MISPRINT_SENTENCE = (
    "Essex Police was fined £8,000 by the Information Commissioner's Office after unencrypted "
    "discs holding victim interview recordings were lost in the post in July 2015."
)
JOURNALIST_STORIES = [
    Story(
        url="https://news.example.org/2016/essex-fined-lost-discs",
        title="Essex Police fined £80,000 after victim interview discs lost in post",
        published=date(2016, 11, 2),
        source="Example News",
        text=(
            ESSEX_FINE_SENTENCE + " The breach was discovered in August 2015 and reported to "
            "the regulator in September 2015. The regulator decided on 1 November 2016."
        ),
        facts=[
            dict(
                force=ESSEX,
                breach_year=2015,
                breach_type="loss_or_theft_of_device",
                regulator=ICO,
                action="monetary_penalty",
                fine_amount=80000,
                fine_currency="GBP",
                fine_year=2016,
                breach_date="2015-06",
                breach_date_precision="month",
                discovered="2015-08",
                reported="2015-09",
                decided="2016-11-01",
                sentence=ESSEX_FINE_SENTENCE,
                key_terms=["discs", "victim interview", "lost in the post"],
            )
        ],
    ),
    Story(
        url="https://county.example.com/essex-police-discs-fine",
        title="Police force penalised over lost interview discs",
        published=date(2016, 11, 3),
        source="County Courier",
        text=ESSEX_MISPRINT_SENTENCE + " A spokesman said procedures had been changed.",
        facts=[
            dict(
                force=ESSEX,
                breach_year=2015,
                breach_type="loss_or_theft_of_device",
                regulator=ICO,
                action="monetary_penalty",
                fine_amount=8000,
                fine_currency="GBP",
                fine_year=2016,
                breach_date="2015-07",
                breach_date_precision="month",
                sentence=ESSEX_MISPRINT_SENTENCE,
                key_terms=["discs", "victim interview", "lost in the post"],
            )
        ],
    ),
    Story(
        url="https://news.example.org/2017/police-breach-figures",
        title="Police forces recorded hundreds of data breaches",
        published=date(2017, 5, 9),
        text=(
            "West Midlands Police recorded 24 data breaches in 2016. "
            "Kent Police recorded more than 200 data breaches between 2011 and 2015. "
            "West Midlands Police recorded 131 data breaches between 2011 and 2015."
        ),
        tallies=[
            dict(
                force=WMP,
                period="2016",
                count=24,
                sentence="West Midlands Police recorded 24 data breaches in 2016.",
            ),
            dict(
                force=KENT,
                period="2011-2015",
                count=200,
                approximate=True,
                sentence="Kent Police recorded more than 200 data breaches between 2011 and 2015.",
            ),
            dict(
                force=WMP,
                period="2011-2015",
                count=131,
                sentence="West Midlands Police recorded 131 data breaches between 2011 and 2015.",
            ),
        ],
    ),
    Story(
        url="https://campaign.example.net/reports/police-data-2017",
        title="Campaign report: police data breaches across the Midlands",
        published=date(2017, 6, 1),
        source="Campaign Watch",
        text=(
            "Figures obtained under the Freedom of Information Act show West Midlands Police "
            "recorded 26 data breaches in 2016 and 19 in 2015."
        ),
        tallies=[
            dict(
                force=WMP,
                period="2016",
                count=26,
                sentence="Figures obtained under the Freedom of Information Act show West "
                "Midlands Police recorded 26 data breaches in 2016 and 19 in 2015.",
            ),
            dict(
                force=WMP,
                period="2015",
                count=19,
                sentence="Figures obtained under the Freedom of Information Act show West "
                "Midlands Police recorded 26 data breaches in 2016 and 19 in 2015.",
            ),
        ],
    ),
]


def _fact(text: str, spec: dict) -> IncidentFact:
    spec = dict(spec)
    sentence = spec.pop("sentence")
    start = text.index(sentence)
    evidence = [
        Evidence(name, str(spec[name]), sentence, start, start + len(sentence))
        for name in ("force", "breach_year", "breach_type", "regulator", "action", "fine_amount")
        if spec.get(name) is not None
    ]
    return IncidentFact(summary=sentence, evidence=evidence, **spec)


def _tally(text: str, spec: dict) -> BreachCount:
    spec = dict(spec)
    sentence = spec.pop("sentence")
    start = text.index(sentence)
    return BreachCount(
        breach_type=None,
        evidence=Evidence("count", str(spec["count"]), sentence, start, start + len(sentence)),
        **spec,
    )


def build_kb(url: str, stories: list[Story] = STORIES) -> None:
    """Migrate a fresh database at `url` and store every story, one transaction each."""
    from kb.db import make_engine

    upgrade(url)
    engine = make_engine(url)
    for story in stories:
        doc = Document(
            text=story.text,
            raw=f"<html><title>{story.title}</title><p>{story.text}</p></html>".encode(),
            content_type="html",
            title=story.title,
            published=story.published,
            url=story.url,
            site_name=story.source,
        )
        ex = Extraction(
            relevant=story.relevant,
            relevance_reason="written for the test",
            incidents=[_fact(story.text, spec) for spec in story.facts],
            breach_counts=[_tally(story.text, spec) for spec in story.tallies],
            forces=sorted({spec["force"] for spec in story.facts + story.tallies}),
            extractor_version="test",
        )
        with session_scope(engine) as session:
            store_document(session, doc, ex, source=story.source)
    engine.dispose()
