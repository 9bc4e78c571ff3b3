"""Round 14 (force and relevance): the police's denial of a breach of theirs read on the
ConText negation scopes (components/context.py) instead of a hand-rolled token window. Every
text is a paraphrase written for the mechanism, with positive and negative cases."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract
from extract.rules.relevance import police_breach_denied
from extract.sentences import split_sentences


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


def denied(nlp, sentence: str) -> bool:  # type: ignore[no-untyped-def]
    return any(police_breach_denied(s) for s in split_sentences(nlp(sentence)))


# --- a negated noun phrase headed by 'none': the police's systems said not to be breached

ANOTHER_BODYS_HACK = (
    "Hackers take addresses of gym members, officers among them\n\n"
    "Hackers have copied the home addresses of 12,000 members of a chain of gyms, serving "
    "officers among them. Lancashire Constabulary said none of the systems run by the "
    "police had been hacked, and its cyber crime team is investigating the theft."
)


def test_none_of_the_police_systems_hacked_is_a_denial(nlp) -> None:
    assert denied(nlp, "The force said none of the systems run by the police had been hacked.")
    assert not relevant(nlp, ANOTHER_BODYS_HACK)
    # negative: 'none' denying something else, the breach cue the force's own
    assert not denied(nlp, "Lancashire Police said none of the files had been recovered.")
    assert not denied(nlp, "None of the witnesses knew that Lancashire Police had leaked it.")


# --- the negation's scope ends where a new clause begins ('after', 'because')


def test_a_negated_clause_does_not_deny_the_breach_told_after_it(nlp) -> None:
    # "no officer was disciplined after police files were leaked": the files were leaked
    assert not denied(nlp, "No officer was disciplined after police files were leaked.")
    assert not denied(nlp, "No officer was sacked because police files were leaked.")
    text = (
        "Norfolk Constabulary emailed witness list to wrong address\n\n"
        "Norfolk Constabulary emailed the names and addresses of 30 witnesses to the wrong "
        "person in March. No officer was disciplined after the police files were leaked."
    )
    assert relevant(nlp, text)
    # negative: the breach word in the negated clause itself
    assert denied(nlp, "The force said no database held by the police had been hacked.")
    assert denied(nlp, "This was not a police data breach, the force said.")


# --- 'no' and 'none' deny their noun phrase's verb, not a clause reported after it


def test_a_clause_reported_after_the_negated_phrase_is_not_denied(nlp) -> None:
    assert not denied(nlp, "None of the victims were told that police files had been leaked.")
    assert not denied(nlp, "No victims were told that police files had been leaked.")
    # 'no one' is a pronoun, not 'no' heading a noun phrase: the short reach applies
    assert not denied(nlp, "For weeks no one at the force noticed the police files had been lost.")
