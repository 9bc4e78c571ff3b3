"""Round 23, branch r23-attribution: which facts go to which force. Each force named with a
sum of its own -- in brackets after its name ("Lancashire Constabulary (£120,000) and Cumbria
Constabulary (£60,000) were both fined") or by "respectively" -- takes that sum, partners or
not; an earlier incident told of forces listed together ("Devon and Cornwall Police and Dorset
Police were previously reprimanded") is one incident per force; a force a sentence introduces
as what the story follows ("It follows a fine for Sussex Police last year") ranks after the
force named before it; and a breach told right after another force's sanction, of someone
named only indefinitely ("a member of staff had emailed ..."), is that force's. Every sentence
here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return ex, {i.force: i for i in ex.incidents}


# --- each force with its own sum


def test_bracketed_sums_go_to_their_own_force(nlp):
    for lead in ("", "Two forces have been penalised over data breaches. "):
        text = lead + (
            "Lancashire Constabulary (£120,000) and Cumbria Constabulary (£60,000) were both "
            "fined by the Information Commissioner's Office after spreadsheets of victims' "
            "details were emailed to the wrong people."
        )
        ex, by_force = incidents(nlp, text)
        assert ex.relevant
        lancs = by_force["Lancashire Constabulary"]
        cumbria = by_force["Cumbria Constabulary"]
        assert (lancs.fine_amount, cumbria.fine_amount) == (120000, 60000)
        assert lancs.regulator == cumbria.regulator == "Information Commissioner's Office"
        assert lancs.action == cumbria.action == "monetary_penalty"


def test_a_bracket_holding_no_sum_pairs_nothing(nlp):
    # a bracket after one name only, holding no sum: one breach shared by both
    text = (
        "Lancashire Constabulary (which covers Preston) and Cumbria Constabulary were both "
        "fined £60,000 by the ICO after spreadsheets of victims' details were emailed to the "
        "wrong people."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Lancashire Constabulary"].fine_amount == 60000
    assert by_force["Cumbria Constabulary"].fine_amount == 60000


def test_respectively_splits_partners(nlp):
    text = (
        "Two forces have been penalised over data breaches. Lancashire Constabulary and "
        "Cumbria Constabulary were fined £120,000 and £60,000 respectively by the ICO after "
        "spreadsheets of victims' details were emailed to the wrong people."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Lancashire Constabulary"].fine_amount == 120000
    assert by_force["Cumbria Constabulary"].fine_amount == 60000


# --- an earlier incident of forces listed together


def test_earlier_incident_of_listed_forces_one_each(nlp):
    text = (
        "A force has been reprimanded after an officer lost a notebook. Avon and Somerset "
        "Police was reprimanded by the ICO in March. Devon and Cornwall Police and Dorset "
        "Police were previously reprimanded by the ICO in 2021 over a similar breach."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Avon and Somerset Police"].mention == "primary"
    for name in ("Devon and Cornwall Police", "Dorset Police"):
        assert by_force[name].mention == "passing"
        assert by_force[name].action == "reprimand"
    # one force named in passing: one incident, none for a force not named
    text = (
        "A force has been reprimanded after an officer lost a notebook. Avon and Somerset "
        "Police was reprimanded by the ICO in March. Dorset Police was previously reprimanded "
        "by the ICO in 2021 over a similar breach."
    )
    ex, by_force = incidents(nlp, text)
    assert set(by_force) == {"Avon and Somerset Police", "Dorset Police"}
    assert len(ex.incidents) == 2


# --- a force framed as what the story follows


def test_force_the_story_follows_ranks_after(nlp):
    for frame in (
        "It follows a £100,000 fine for Sussex Police last year.",
        "This comes two years after Sussex Police was fined £100,000.",
        "The reprimand came after Sussex Police was fined £100,000.",
    ):
        text = (
            "Kent Police was reprimanded by the ICO after a spreadsheet was published online "
            f"in error. {frame} Sussex Police was fined after a laptop was left on a train."
        )
        ex, by_force = incidents(nlp, text)
        assert by_force["Kent Police"].mention == "primary", frame
        assert by_force["Kent Police"].action == "reprimand"
        assert by_force["Sussex Police"].fine_amount == 100000
    # no framing: the force the story says most about stays first
    text = (
        "Kent Police was reprimanded by the ICO after a spreadsheet was published online in "
        "error. Sussex Police was fined £100,000 last year. Sussex Police was fined after a "
        "laptop was left on a train."
    )
    ex, _ = incidents(nlp, text)
    assert next(i for i in ex.incidents if i.mention == "primary").force == "Sussex Police"


# --- a breach told right after another force's sanction


def test_indefinite_person_after_other_forces_sanction(nlp):
    text = (
        "Kent Police was reprimanded by the ICO after an officer's laptop was stolen in 2023. "
        "The regulator also reprimanded Essex Police. In June 2022 a member of staff had "
        "emailed a victim's address to her abuser."
    )
    _, by_force = incidents(nlp, text)
    kent, essex = by_force["Kent Police"], by_force["Essex Police"]
    assert (kent.breach_year, kent.breach_type) == (2023, "loss_or_theft_of_device")
    assert (essex.breach_year, essex.breach_type) == (2022, "emailed_to_incorrect_recipient")
    # the other force's own breach already told: the next case is no sequel of its sanction
    text = (
        "Kent Police was reprimanded by the ICO. In 2021 Essex Police was fined £50,000 after "
        "files were left in a car park. In June 2023 a member of staff emailed a victim's "
        "address to her abuser."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Kent Police"].breach_type == "emailed_to_incorrect_recipient"
    assert by_force["Essex Police"].breach_type == "loss_or_theft_of_paperwork"


# --- a reason told of the forces together


def test_reason_of_both_forces_is_each_ones(nlp):
    text = (
        "The ICO fined Kent Police £100,000 and Essex Police £80,000 after both forces lost "
        "unencrypted memory sticks."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Kent Police"].fine_amount == 100000
    assert by_force["Essex Police"].fine_amount == 80000
    assert by_force["Kent Police"].breach_type == "loss_or_theft_of_device"
    assert by_force["Essex Police"].breach_type == "loss_or_theft_of_device"
    # a reason not said of them together stays with the force it follows
    text = (
        "The ICO fined Kent Police £100,000 and Essex Police £80,000 after an officer lost an "
        "unencrypted memory stick."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Kent Police"].breach_type is None
    assert by_force["Essex Police"].breach_type == "loss_or_theft_of_device"


# --- a list's later item with only its date


def test_force_with_only_its_date_shares_the_sanction(nlp):
    text = (
        "The ICO reprimanded Kent Police in March and Essex Police in June after both forces "
        "emailed victims' details to the wrong people."
    )
    _, by_force = incidents(nlp, text)
    for name in ("Kent Police", "Essex Police"):
        assert by_force[name].action == "reprimand", name
        assert by_force[name].regulator == "Information Commissioner's Office", name
        assert by_force[name].breach_type == "emailed_to_incorrect_recipient", name
    # a later force with a verb of its own keeps it: no sanction shared
    text = (
        "The ICO reprimanded Kent Police in March and Essex Police lost a laptop in June after "
        "an officer left it on a train."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Kent Police"].action == "reprimand"
    assert by_force.get("Essex Police") is None or by_force["Essex Police"].action is None


def test_indefinite_person_after_other_forces_earlier_sanction(nlp):
    for other in (
        "Essex Police was previously reprimanded by the ICO in 2022.",
        "Separately, the ICO closed its case against Essex Police and decided to take no "
        "further action.",
    ):
        text = (
            "Kent Police was reprimanded by the ICO after an officer's laptop was stolen in "
            f"2023. {other} A member of staff had emailed a victim's address to her abuser."
        )
        _, by_force = incidents(nlp, text)
        assert by_force["Kent Police"].breach_type == "loss_or_theft_of_device", other
        assert by_force["Essex Police"].breach_type == "emailed_to_incorrect_recipient", other
    # the other force's breach told already: the next case is the story's own
    text = (
        "Kent Police was reprimanded by the ICO. Essex Police was previously reprimanded in "
        "2022 after a laptop was stolen. A member of staff had emailed a victim's address to "
        "her abuser."
    )
    _, by_force = incidents(nlp, text)
    assert by_force["Kent Police"].breach_type == "emailed_to_incorrect_recipient"
