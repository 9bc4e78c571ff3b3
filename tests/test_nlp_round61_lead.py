"""Round 61 (lead): mechanisms the lead engineer found tracing blind probes."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _types(text: str) -> set[str | None]:
    ex = extract(Document(text=text, url="https://news.example.com/story"))
    return {i.breach_type for i in ex.incidents}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Detective would have been sacked\n\nA Lancashire Constabulary detective who "
            "gave a witness's phone number to his brother in 2020 would have been dismissed "
            "had he not retired, a panel ruled.",
            "inappropriate_disclosure",
        ),
        (
            "PC would have faced the sack\n\nA Norfolk Constabulary constable who searched "
            "his ex-partner's record in 2021 would have been sacked if he were "
            "still in the force, a hearing was told.",
            "unauthorised_access",
        ),
    ],
)
def test_a_relative_clauses_deed_keeps_its_type_before_a_perfect_modal(
    text: str, code: str
) -> None:
    # "would have been dismissed" looks back on the subject's deed: nothing is planned
    assert code in _types(text)


def test_a_rule_for_any_such_act_is_still_no_deed() -> None:
    # the clause opens with the cue and goes on to a plain modal: a rule, not a breach
    text = (
        "Force tightens rules\n\nSuffolk Constabulary said all access to the custody "
        "system will be logged from next month."
    )
    assert "unauthorised_access" not in _types(text)


def _years(text: str, published: str) -> dict[str | None, set[int | None]]:
    from datetime import date

    doc = Document(
        text=text, url="https://news.example.com/story", published=date.fromisoformat(published)
    )
    out: dict[str | None, set[int | None]] = {}
    for i in extract(doc).incidents:
        out.setdefault(i.force, set()).add(i.breach_year)
    return out


@pytest.mark.parametrize(
    ("verb", "year"),
    [("comes", 2019), ("came", None)],
)
def test_a_present_comes_counts_a_stretch_after_back_from_the_news(
    verb: str, year: int | None
) -> None:
    # "It comes three years after ..." tells the stretch from now; "came" from a past time
    # the story does not date
    text = (
        "Force reprimanded\n\nThe ICO has reprimanded Cumbria Constabulary after an officer "
        "posted a victim's statement to the wrong address. The reprimand "
        f"{verb} three years after Lancashire Constabulary lost an unencrypted laptop holding "
        "custody records."
    )
    assert _years(text, "2022-09-14").get("Lancashire Constabulary") == {year}


@pytest.mark.parametrize(
    ("headline", "year"),
    [
        ("Force hit by 2021 hack still rebuilding systems", 2021),
        ("Force told to fix systems by 2021 after attack", None),
    ],
)
def test_a_year_before_hack_names_the_hack_not_a_bound(headline: str, year: int | None) -> None:
    # "by 2021 hack": the year premodifies the event noun; "by 2021 after": a deadline
    text = (
        f"{headline}\n\nGwent Police says it is still recovering from the ransomware attack "
        "on its network, which exposed the home addresses of staff."
    )
    assert _years(text, "2023-02-10").get("Gwent Police") == {year}


@pytest.mark.parametrize(
    ("place", "year"),
    [
        # "open" between an article and a noun describes the skip: no system opened
        ("found in an open skip by a garage in 2017", 2017),
        ("dumped in an open bin outside a pub in 2017", 2017),
    ],
)
def test_a_system_word_describing_a_noun_dates_no_system(place: str, year: int) -> None:
    text = (
        "Custody papers found\n\nBundles of custody records from a Cleveland Police station "
        f"were {place}, with detainees' names on them."
    )
    assert _years(text, "2023-03-01").get("Cleveland Police") == {year}


def test_a_system_opened_in_a_year_still_dates_the_system() -> None:
    # "opened" is inflected, a verb: the office's history, not the breach's year
    text = (
        "Files found in old office\n\nStaffordshire Police records were found in the office "
        "the force opened in 2009 and left in 2019."
    )
    assert 2009 not in _years(text, "2023-03-01").get("Staffordshire Police", set())
