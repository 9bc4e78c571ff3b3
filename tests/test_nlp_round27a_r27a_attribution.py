"""Round 27a, branch r27a-attribution: a force's earlier sanction told in a relative clause
on its name or on 'the force' ('The force, which was fined £80,000 in 2018, said ...') is an
earlier incident in passing when the story tells its own breach in another sentence and
sanctions it otherwise or not at all; a force's counter corruption unit is no crime unit
enforcing the law on others. Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import incident_rows

from extract.models import Document
from extract.nlp import extract


def _incidents(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_type", "fine_amount", "action")


def test_an_old_fine_in_an_aside_on_the_force_is_told_in_passing(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Force apologises over leak\n\n"
        "Cleveland Police posted a list of witnesses' home addresses to a suspect by mistake "
        "last month. The force, which was fined £60,000 by the ICO in 2017, said it was "
        "reviewing how letters are checked.",
    )
    assert ("Cleveland Police", None, 60000, "monetary_penalty") in got
    assert all(fine is None for _, kind, fine, _ in got if kind is not None)
    got = _incidents(
        nlp,
        "Watchdog reprimands force\n\n"
        "The ICO has reprimanded Dyfed-Powys Police after an officer shared a victim's phone "
        "number with her former partner. Dyfed-Powys Police, which was fined £45,000 in 2016, "
        "said it accepted the findings.",
    )
    assert ("Dyfed-Powys Police", None, 45000, "monetary_penalty") in got
    assert not any(fine for _, kind, fine, _ in got if kind is not None)
    # negative: the aside repeats the story's own fine, no earlier incident
    got = _incidents(
        nlp,
        "Force fined £60,000\n\n"
        "The ICO has fined Cleveland Police £60,000 after a detective left a folder of "
        "witness statements on a bus. The force, which was fined £60,000 in 2017, said it "
        "accepted the penalty.",
    )
    assert len(got) == 1 and next(iter(got))[2] == 60000
    # negative: a fine of last week, dated by no year, is the story's own
    got = _incidents(
        nlp,
        "Force apologises over leak\n\n"
        "Cleveland Police posted a list of witnesses' home addresses to a suspect by mistake. "
        "The force, which was fined £60,000 by the ICO last week, said it was reviewing how "
        "letters are checked.",
    )
    assert len(got) == 1 and next(iter(got))[2] == 60000


def test_a_counter_corruption_unit_is_the_force_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Unit breached rules\n\n"
        "Lancashire Constabulary's counter corruption unit emailed the personal data of "
        "informants to the wrong person in 2020.",
    )
    assert {f for f, *_ in got} == {"Lancashire Constabulary"}
    # negative: a counter fraud unit looking into a shop's breach enforces the law
    ex = extract(
        Document(
            text="Retailer hacked\n\nLancashire Constabulary's counter fraud unit is "
            "investigating after customers' card details were stolen from a retailer."
        ),
        nlp,
    )
    assert not ex.relevant


def test_a_full_name_beats_a_context_alias_it_overlaps(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Files left on train\n\n"
        "The Met Police was reprimanded by the ICO after detectives left a bag of "
        "witness statements on a train in 2021.",
    )
    assert got == {("Metropolitan Police Service", "loss_or_theft_of_paperwork", None, "reprimand")}
    # negative: "the Met" alone is still the force
    doc = nlp("The Met said the detective had been disciplined.")
    assert [(s.text, s.label_) for s in doc.spans["forces"]] == [
        ("The Met", "Metropolitan Police Service")
    ]
