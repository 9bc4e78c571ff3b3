"""Round 26d, branch r26d-passing: which incident a sanction belongs to. A passing cue
("previously", "second time") marks only the clause it sits in, so a relative clause on the
force ("which had previously been warned") leaves the main clause's sanction the story's; and
a force's earlier sanction told in a relative clause on its name ("Surrey Police, which was
fined in 2018, has now been reprimanded ...") is an earlier incident in passing when the main
clause tells a breach or a sanction of its own. Every sentence here was written for these
tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def split(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    primary = [i for i in ex.incidents if i.mention == "primary"]
    passing = [i for i in ex.incidents if i.mention == "passing"]
    return primary, passing


# --- a passing cue marks only its own clause


def test_passing_cue_in_a_relative_clause_leaves_the_main_sanction(nlp):
    text = (
        "A detective sent the home address of a domestic abuse victim to her former partner "
        "in 2023. Lancashire Constabulary, which had previously been warned about its email "
        "checks, has been fined £75,000 by the Information Commissioner's Office."
    )
    primary, passing = split(nlp, text)
    assert not passing
    [p] = primary
    assert p.fine_amount == 75000
    assert p.action == "monetary_penalty"


def test_passing_cue_in_the_sanctions_own_clause_stays_passing(nlp):
    text = (
        "A detective sent the home address of a domestic abuse victim to her former partner "
        "in 2023, and Lancashire Constabulary has been reprimanded by the ICO. The force had "
        "previously been fined £75,000 in 2017."
    )
    primary, passing = split(nlp, text)
    assert [p.fine_amount for p in passing] == [75000]
    assert all(p.fine_amount is None for p in primary)


# --- an earlier sanction in a relative clause on the force's name


def test_earlier_fine_in_relative_clause_before_a_new_sanction(nlp):
    text = (
        "Thames Valley Police, which was fined £60,000 in 2019, has now been reprimanded by "
        "the ICO after a civilian worker posted a list of witnesses to the wrong house in 2023."
    )
    primary, passing = split(nlp, text)
    [p] = primary
    assert p.action == "reprimand"
    assert p.fine_amount is None
    assert [q.fine_amount for q in passing] == [60000]


def test_earlier_fine_in_relative_clause_before_another_breach(nlp):
    text = (
        "Dorset Police, which was fined £45,000 in 2021 after files were left in a pub, has "
        "suffered another breach. An officer this year shared a rape victim's statement with "
        "the suspect's solicitor by mistake."
    )
    primary, passing = split(nlp, text)
    assert all(p.fine_amount is None for p in primary)
    assert [q.fine_amount for q in passing] == [45000]


def test_fine_in_relative_clause_is_the_storys_when_nothing_new_follows(nlp):
    text = (
        "Dorset Police, which was fined £45,000 by the ICO in 2021 after files were left in a "
        "pub, has apologised to the victims."
    )
    primary, passing = split(nlp, text)
    assert not passing
    assert [p.fine_amount for p in primary] == [45000]


# --- a sanction the story says it follows


def test_sanction_after_a_verb_of_following_is_earlier(nlp):
    text = (
        "Gwent Police has admitted a data breach after a bundle of custody records was left "
        "on a bus in 2024. The latest breach follows a £30,000 fine in 2019."
    )
    primary, passing = split(nlp, text)
    assert all(p.fine_amount is None for p in primary)
    assert [q.fine_amount for q in passing] == [30000]


def test_sanction_before_the_verb_of_following_is_the_storys(nlp):
    text = (
        "A bundle of custody records was left on a bus by a Gwent Police sergeant in 2024. The "
        "£30,000 fine follows an inquiry by the ICO."
    )
    primary, passing = split(nlp, text)
    assert not passing
    assert [p.fine_amount for p in primary] == [30000]
