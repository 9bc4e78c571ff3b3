"""Round 16 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a verbless masthead line sets no scene for the lede after it, and a masthead's
byline may run to eight words ('By Tom Jones, Wire Service Crime Correspondent'); a date in a
clause opened by 'since', 'until' or 'before' with a verb of its own is a bound; 'N of last
year's breaches' is a statistic; images circulated, files mislaid are breach events; a
document published (a decision, a report) is no breach; 'reprimanded over a breach in
December 2022' dates the breach, not the reprimand."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract
from extract.rules.dates import _statistic
from extract.sentences import split_sentences

PUBLISHED = date(2024, 6, 10)


def primary(nlp, text: str, published: date | None = PUBLISHED) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a masthead line with no verb sets no scene; a byline may be long


def test_a_verbless_masthead_sets_no_scene(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police reprimanded over lost files\n"
        "Wire Service | 3 May 2024 | By Tom Jones, Wire Service Home Affairs Editor, London\n"
        "Kent Police has been reprimanded by the ICO after an officer left case files on a "
        "train. The force said it had retrained its staff."
    )
    assert primary(nlp, text, None) is None
    # negative: a sentence with a verb opening on a date still sets the scene
    text = (
        "Kent Police reprimanded over lost files\n"
        "On Thursday 4 May 2023 an officer was travelling to London for a meeting.\n"
        "He left case files on the train. Kent Police has been reprimanded by the ICO."
    )
    assert primary(nlp, text, None) == 2023


def test_a_masthead_byline_of_seven_words_dates_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police reprimanded over lost files\n"
        "Wire Service | 3 May 2024 | By Tom Jones, Wire Service Crime Correspondent\n"
        "Kent Police has been reprimanded by the ICO after an officer left case files on a "
        "train last March."
    )
    assert primary(nlp, text, None) == 2023
    # negative: a byline line holding a sentence's lower-case words is no masthead
    text = (
        "Kent Police reprimanded over lost files\n"
        "Wire Service | 3 May 2024 | By Tom Jones, who has covered the case for us\n"
        "Kent Police has been reprimanded by the ICO after an officer left case files on a "
        "train last March."
    )
    assert primary(nlp, text, None) is None


# --- a clause opened by a bound word


def test_a_clause_of_since_or_until_is_a_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police has been reprimanded after an officer left a bag of case papers "
        "on a bus last October. Councillors asked how many files had gone astray since the "
        "force moved headquarters in 2015."
    )
    assert primary(nlp, text) == 2023
    text = (
        "Lincolnshire Police has been reprimanded after an officer left a bag of case papers "
        "on a bus last October. It had kept paper files in the cellar until the station "
        "closed in 2015."
    )
    assert primary(nlp, text) == 2023
    # negative: a state of exposure that began when the clause tells
    text = (
        "Lincolnshire Police has been reprimanded by the ICO. Boxes of custody records had "
        "been missing since the station closed in 2019, the regulator said."
    )
    assert primary(nlp, text) == 2019


# --- a share of a tally is a statistic


def test_a_share_of_last_years_breaches_is_a_statistic(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Around 40 of last year's breaches involved lost phones.",
        "More than 200 of the incidents in 2022 involved officers looking up records.",
    ):
        [sent] = split_sentences(nlp(text))
        assert _statistic(sent), text
    # negative: a figure of something else, or a verb before the breach noun
    for text in (
        "The addresses of 40 of its officers were shared in a breach last year.",
        "One of the officers caused a breach last year.",
    ):
        [sent] = split_sentences(nlp(text))
        assert not _statistic(sent), text


# --- more breach events


def test_circulated_forwarded_and_mislaid_are_breach_events(nlp) -> None:  # type: ignore[no-untyped-def]
    for verb in ("was circulated among officers", "was forwarded to a friend"):
        text = (
            "Cheshire Police has apologised after a photograph of a crime scene was shared "
            f"in a WhatsApp group. The image {verb} in 2022, while the force was reprimanded "
            "in 2024."
        )
        assert primary(nlp, text) == 2022, verb
    text = (
        "Cheshire Police has been reprimanded by the ICO. A detective mislaid a folder of "
        "witness statements in 2022; it was handed in at a station the next day. The force "
        "was reprimanded in 2024."
    )
    assert primary(nlp, text) == 2022
    # negative: 'going forward' is no message forwarded
    [sent] = split_sentences(nlp("Going forward, the force will use locked bags."))
    assert not sent.cues.get("dates.event")


# --- a document published


def test_a_document_published_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police has been reprimanded after an officer lost a folder of statements on a "
        "train. The ICO's decision, published in 2024, said the force had failed to train staff."
    )
    assert primary(nlp, text) is None
    text = (
        "Essex Police has been reprimanded after an officer lost a folder of statements on a "
        "train. The regulator published its full report in 2024."
    )
    assert primary(nlp, text) is None
    # negative: people's records published are the breach itself
    text = (
        "Essex Police has been reprimanded after a spreadsheet was attached to a reply by "
        "mistake. The names and addresses of witnesses in the report were published in 2021."
    )
    assert primary(nlp, text) == 2021


# --- the thing a sanction was over


def test_a_date_after_the_breach_a_sanction_was_over_is_the_breachs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Humberside Police has been reprimanded over a breach in December 2022, the ICO said "
        "in 2024."
    )
    assert primary(nlp, text) == 2022
    # negative: a report of the breach to the regulator dates the report
    text = (
        "Humberside Police reported the breach to the ICO in December 2022. An officer had "
        "lost a notebook."
    )
    assert primary(nlp, text) != 2022
