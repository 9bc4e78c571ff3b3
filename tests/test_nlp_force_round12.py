"""Round 12 force mechanisms, each proved by paraphrases written for it, positive and
negative: 'the force' after a sentence that only names another force is still the story's
own force."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({i.force for i in extract(Document(text=text), nlp).incidents if i.force})


# --- "the force" right after a sentence that only names another force


STORY = (
    "Officer jailed for misusing police records\n\n"
    "A Kent Police detective who looked up the records of women he met on dating apps "
    "between 2018 and 2020 has been jailed. "
)


def test_the_force_after_a_mere_mention_of_another_force_is_the_stories_own(nlp) -> None:
    for aside in (
        "His previous force, Essex Police, was asked to review its own records.",
        "He had spent six years as an Essex Police constable before moving to Kent.",
        "Essex Police first took a complaint about him in 2019.",
        "One of the women he searched for was engaged to an Essex Police sergeant.",
    ):
        text = STORY + aside + " The force has referred the matter to the IOPC."
        assert forces(nlp, text) == ["Kent Police"], aside


def test_the_force_after_another_forces_breach_or_sanction_is_that_force(nlp) -> None:
    # negative: the sentence before told another force's breach ...
    text = (
        STORY + "Essex Police lost a memory stick of witness statements on a bus in 2017. "
        "The force was reprimanded by the ICO."
    )
    assert forces(nlp, text) == ["Essex Police", "Kent Police"]
    # ... or the sentence pointing back tells one itself
    text = (
        STORY + "Essex Police fared little better. The force left a box of custody records "
        "in a disused station in 2016."
    )
    assert forces(nlp, text) == ["Essex Police", "Kent Police"]


# --- what follows another force's bare figures or words is no breach of that force's


def test_after_another_forces_figures_or_words_the_next_sentence_is_no_breach_of_its(
    nlp,
) -> None:
    for aside in (
        "Essex Police logged 95 breaches over the same year. Of those, 30 were emails "
        "sent to the wrong address.",
        "Essex Police said it could not compare its own figures. Emails sent to the wrong "
        "address are the most common breach at every force.",
    ):
        text = STORY + "The ICO has reprimanded Kent Police. " + aside
        assert forces(nlp, text) == ["Kent Police"], aside
        # nor is it the story's breach: the detective's searches stay its one kind
        kinds = {i.breach_type for i in extract(Document(text=text), nlp).incidents}
        assert kinds == {"unauthorised_access"}, aside


def test_after_another_forces_breach_the_next_sentence_goes_on_with_it(nlp) -> None:
    # negative: a sentence telling how another force's breach happened goes on
    text = (
        STORY + "Essex Police was reprimanded in 2019 after it emailed a list of informants "
        "to a journalist. The list held their home addresses."
    )
    assert forces(nlp, text) == ["Essex Police", "Kent Police"]


# --- another force's breach denied is none of its incidents


def test_another_force_saying_it_had_no_such_breaches_gets_no_incident(nlp) -> None:
    for denial in (
        "Essex Police said it had logged no cases of staff looking up records without a "
        "reason that year.",
        "Essex Police reported no instances of officers accessing files without a policing "
        "purpose.",
    ):
        text = STORY + "The ICO has reprimanded Kent Police. " + denial
        assert forces(nlp, text) == ["Kent Police"], denial
    # negative: another force's breach stated as fact is an incident of its own
    text = (
        STORY + "The ICO has reprimanded Kent Police. Essex Police said two of its staff had "
        "looked up records without a reason in 2021."
    )
    assert forces(nlp, text) == ["Essex Police", "Kent Police"]
