"""Round 23 (the sentence layer), each mechanism proved by paraphrases written for it, positive
and negative: a negation ends at a verb of knowing or noticing whose object is taken as given
('did not notice the leak': the leak happened), or at a verb of telling before what is told
('had not been told that ...'), but still denies 'any misuse' and the person not told."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract
from extract.sentences import split_sentences

HEADLINE = "Police force apologises over data blunder\n\n"


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=date(2024, 5, 20)), nlp)
    return next((i for i in ex.incidents if i.mention == "primary"), None)


def negated_words(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {
        t.lower_
        for s in split_sentences(doc)
        for sc in s.scopes
        if sc.label_ == "negated"
        for t in sc
    }


# --- a negated verb of knowing does not deny what was known


def test_what_no_one_noticed_still_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (
            "Staff at Essex Police did not notice the leak until a journalist called the press "
            "office.",
            None,
        ),
        (
            "Essex Police did not know that a tablet holding witness statements had been "
            "stolen from a patrol car in 2021.",
            2021,
        ),
        (
            "Essex Police was not aware of the error until a reporter rang the press office "
            "about a spreadsheet that had been emailed to a journalist in 2022.",
            2022,
        ),
    ]
    for text, year in cases:
        incident = primary(nlp, text)
        assert incident is not None and incident.force == "Essex Police", text
        if year is not None:
            assert incident.breach_year == year, text


def test_the_negation_stops_at_the_verb_of_knowing(nlp) -> None:  # type: ignore[no-untyped-def]
    words = negated_words(nlp, "No one realised the folder had been uploaded to the website.")
    assert "uploaded" not in words and "realised" in words
    words = negated_words(nlp, "Officers were not warned that their names had been leaked.")
    assert "leaked" not in words and "warned" in words
    # "any", "whether": nothing taken as given; the one told is denied with the telling
    assert "misuse" in negated_words(nlp, "The audit did not detect any misuse of the records.")
    assert "stolen" in negated_words(nlp, "The force did not know whether files had been stolen.")
    assert "ico" in negated_words(nlp, "Essex Police did not inform the ICO of the breach.")


def test_a_question_left_open_after_a_verb_of_knowing_is_no_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    words = negated_words(nlp, "It is not known how many victims were affected by the leak.")
    assert "leak" not in words and "known" in words
    words = negated_words(nlp, "Officers did not know which folders had been uploaded online.")
    assert "uploaded" not in words
    # the one told is the subject of a passive: what follows the verb is what was told
    words = negated_words(nlp, "The victims were never told their names had been leaked.")
    assert "leaked" not in words and "told" in words
    # after a verb of saying, the question may leave the thing in doubt
    assert "lost" in negated_words(nlp, "The force did not confirm that files had been lost.")
    assert primary(nlp, "Essex Police did not detect any misuse of its records in 2021.") is None


# --- a masthead or byline line around the page's date is a dateline


def datelines(nlp, text: str) -> list[bool]:  # type: ignore[no-untyped-def]
    return [s.is_dateline() for s in split_sentences(nlp(text))]


def test_a_masthead_or_byline_around_a_date_is_the_pages_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    for line in [
        "Sussex Express | Crime | Lewes | 2 February 2025",
        "By Sam Jones, Home Affairs Editor, 2 February 2025",
        "Posted 2 February 2025 — Local news",
        "2 February 2025 • 6 min read",
        "By Sam Jones and Ali Khan • Updated 2 February 2025",
        "Sussex Express, 2 February 2025",
    ]:
        assert datelines(nlp, line) == [True], line
    for line in [
        "Sussex Police was reprimanded on 2 February 2025.",
        "Sussex Police | 2 February 2025 | 61",
        "Sussex Police reprimanded on 2 February 2025",
        "On 2 February 2025, the force apologised",
        "Email blunder at Sussex Police — 2 February 2025",
    ]:
        assert datelines(nlp, line) == [False], line


def test_a_reading_time_line_gives_no_period_to_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches revealed\n2 February 2025 • 6 min read\n"
        "Sussex Police recorded 212 data breaches, figures show.\n"
        "In 2023 the force logged 150 breaches."
    )
    ex = extract(Document(text=text, published=date(2025, 2, 2)), nlp)
    assert not any(c.period == "2025" for c in ex.breach_counts)


# --- a force named only to place the people a negation is about is not denied


def test_a_force_placing_the_people_denied_is_not_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, year in [
        (
            "Detectives at Essex Police had not been told that their home addresses had been "
            "posted online in 2022.",
            2022,
        ),
        ("No one at Essex Police realised the spreadsheet had been emailed to a reporter.", None),
    ]:
        incident = primary(nlp, text)
        assert incident is not None and incident.force == "Essex Police", text
        if year is not None:
            assert incident.breach_year == year, text
    # the force itself denied, or only a breach denied there: no incident of its own
    for text in [
        "There was no breach at Essex Police, the regulator said.",
        "Essex Police was not told about the leak of the files by the council.",
    ]:
        assert primary(nlp, text) is None, text


# --- sentence splitting on news layouts


def sentences(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in split_sentences(nlp(text))]


def test_no_sentence_ends_on_a_shortened_rank_or_a_word_before_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert len(sentences(nlp, "Det Sgt. Ali Khan said the files were lost. He apologised.")) == 2
    assert len(sentences(nlp, "Ch. Supt. Ruth Ellis said sorry. The ICO was told.")) == 2
    assert len(sentences(nlp, "The leak exposed approx. 450 officers. It was reported.")) == 2
    # a full stop after an ordinary word before a figure still ends the sentence
    assert len(sentences(nlp, "The force logged breaches. 450 were emails.")) == 2


def test_a_sentence_ends_after_an_amount_whose_unit_holds_the_full_stop(nlp) -> None:  # type: ignore[no-untyped-def]
    assert sentences(nlp, "The force was fined £2.5m. It has said it will not appeal.") == [
        "The force was fined £2.5m.",
        "It has said it will not appeal.",
    ]
    assert len(sentences(nlp, "It was fined £2.5m by the regulator.")) == 1


def test_a_wrapped_line_goes_on_but_a_list_or_byline_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    wrapped = '"We are very sorry that this happened to the\nfamilies involved," she said.'
    assert len(sentences(nlp, wrapped)) == 1
    listed = "Among the data lost were:\nnames of witnesses\nhome addresses\nThe force apologised."
    assert len(sentences(nlp, listed)) == 4
    headed = "Police forces with the most data breaches revealed\nby Sam Jones\nThe figures show."
    assert len(sentences(nlp, headed)) == 3
