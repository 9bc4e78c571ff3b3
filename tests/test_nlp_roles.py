"""Role templates: who fined whom, who was meant to receive the data, who only enforces the
law; two forces with two outcomes; roundups with one incident per force item."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def facts(nlp, text: str) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {i.force: (i.action, i.fine_amount, i.breach_type) for i in ex.incidents}


def roles(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from extract.rules.attribution import Roles
    from extract.sentences import split_sentences

    doc = nlp(text)
    found = Roles(split_sentences(doc))
    return {m.label_: found.role(m) for m in doc.spans["forces"]}


def test_the_regulator_acts_on_the_force_in_either_voice(nlp) -> None:
    assert roles(nlp, "The ICO has reprimanded Gwent Police.") == {"Gwent Police": "target"}
    assert roles(nlp, "Gwent Police has been reprimanded by the ICO.") == {"Gwent Police": "target"}
    assert roles(nlp, "A £5,000 fine for Gwent Police was announced.") == {"Gwent Police": "target"}
    assert roles(nlp, "Gwent Police lost the files.") == {"Gwent Police": "agent"}


def test_a_force_meant_to_receive_the_data_is_no_breacher(nlp) -> None:
    text = (
        "A file meant for Norfolk Constabulary was emailed to the wrong address by a "
        "council, which the ICO has reprimanded."
    )
    assert roles(nlp, text)["Norfolk Constabulary"] == "recipient"
    assert not extract(Document(text=text), nlp).relevant
    sender = (
        "Suffolk Constabulary emailed a file meant for Norfolk Constabulary to the wrong "
        "person, and the ICO has reprimanded Suffolk Constabulary."
    )
    assert set(facts(nlp, sender)) == {"Suffolk Constabulary"}


def test_a_force_enforcing_the_law_is_no_breacher(nlp) -> None:
    text = (
        "Norfolk Constabulary arrested a man after hackers stole the personal data of "
        "customers from a shop. The ICO fined the shop £30,000."
    )
    assert roles(nlp, text)["Norfolk Constabulary"] == "enforcer"
    assert not extract(Document(text=text), nlp).relevant
    own = "Norfolk Constabulary lost the personal data of customers, the ICO said."
    assert extract(Document(text=own), nlp).relevant


def test_two_forces_two_outcomes_in_one_sentence(nlp) -> None:
    got = facts(
        nlp,
        "The ICO reprimanded Kent Police and, separately, fined Essex Police £10,000 over lost "
        "files.",
    )
    assert got["Kent Police"][:2] == ("reprimand", None)
    assert got["Essex Police"][:2] == ("monetary_penalty", 10_000)


def test_partners_in_one_breach_share_it(nlp) -> None:
    got = facts(
        nlp, "Norfolk and Suffolk Constabulary were reprimanded by the ICO after a data breach."
    )
    assert set(got) == {"Norfolk Constabulary", "Suffolk Constabulary"}
    assert {a for a, _, _ in got.values()} == {"reprimand"}


def test_a_roundup_gives_one_incident_per_force_item(nlp) -> None:
    got = facts(
        nlp,
        "ICO enforcement roundup\n\n"
        "Kent Police: reprimanded after a USB stick with victim details was lost.\n\n"
        "Essex Police: fined £20,000 for emailing witness statements to the wrong person.\n\n"
        "Sussex Police: enforcement notice over unlawfully retaining custody images.",
    )
    assert got == {
        "Kent Police": ("reprimand", None, "loss_or_theft_of_device"),
        "Essex Police": ("monetary_penalty", 20_000, "emailed_to_incorrect_recipient"),
        "Sussex Police": ("enforcement_notice", None, "other"),
    }


def test_a_force_only_compared_gets_no_incident(nlp) -> None:
    got = facts(
        nlp,
        "Kent Police has been fined £20,000 by the ICO after emailing witness statements to "
        "the wrong person. Essex Police has a similar number of officers.",
    )
    assert set(got) == {"Kent Police"}


def test_a_second_forces_own_lost_records_are_an_incident_of_their_own(nlp) -> None:
    lead = "Gwent Police emailed a witness's statement to the wrong person in 2019. "
    got = facts(nlp, lead + "Dyfed-Powys Police lost a memory stick holding custody images.")
    assert got == {
        "Gwent Police": (None, None, "emailed_to_incorrect_recipient"),
        "Dyfed-Powys Police": (None, None, "loss_or_theft_of_device"),
    }
    # The same words with nothing lost, or a loss the text says did not happen: no incident.
    kept = facts(
        nlp, lead + "Dyfed-Powys Police encrypts every memory stick holding custody images."
    )
    assert set(kept) == {"Gwent Police"}
    nil = facts(
        nlp, lead + "Dyfed-Powys Police recorded nil losses of devices holding victims' data."
    )
    assert set(nil) == {"Gwent Police"}


def test_cases_of_another_kind_are_incidents_of_their_own(nlp) -> None:
    ex = extract(
        Document(
            text="Officers at Kent Police shared photographs of a crime scene with friends on "
            "WhatsApp, a misconduct panel heard. In another case, an officer accessed the "
            "records of a neighbour on police systems without a policing purpose."
        ),
        nlp,
    )
    kinds = {(i.breach_type, i.mention) for i in ex.incidents}
    assert kinds == {("inappropriate_disclosure", "primary"), ("unauthorised_access", "passing")}
    same_kind = extract(
        Document(
            text="An officer at Kent Police shared photographs of a crime scene with friends. "
            "In another case, an officer shared a video of an arrest with his family."
        ),
        nlp,
    )
    assert len(same_kind.incidents) == 1


def test_the_voice_of_the_verb_says_who_acts(nlp) -> None:
    # Passive: the force (or its officer) is acted on, so it is the one at fault.
    for text in (
        "A former officer with Essex Police has been prosecuted after looking up his "
        "neighbour's records on police systems.",
        "An Essex Police officer is being investigated after he shared footage of an arrest "
        "with friends.",
        "A constable from Essex Police was later charged after selling victims' details to a "
        "journalist.",
    ):
        assert roles(nlp, text) == {"Essex Police": "agent"}, text
        assert extract(Document(text=text), nlp).relevant, text
    # Active: the force enforces the law against someone else.
    for text in (
        "Essex Police has arrested a man after hackers stole customer data from a shop.",
        "Essex Police is investigating after hackers stole customer data from a shop.",
    ):
        assert roles(nlp, text)["Essex Police"] in {"enforcer", "bystander"}, text
        assert not extract(Document(text=text), nlp).relevant, text


def test_it_or_the_force_after_another_forces_story_is_that_force(nlp) -> None:
    story = (
        "Kent Police has been fined £20,000 by the ICO after emailing witness statements to "
        "the wrong person. Two years earlier Essex Police had a worse lapse. It left a bag of "
        "interview tapes on a bus, and the ICO later reprimanded the force."
    )
    got = facts(nlp, story)
    assert got["Kent Police"] == ("monetary_penalty", 20_000, "emailed_to_incorrect_recipient")
    assert got["Essex Police"][0] == "reprimand"  # the reprimand is Essex's, not Kent's
    # a sentence pointing nowhere back stays with the story's own force
    plain = (
        "Kent Police has been fined £20,000 by the ICO after emailing witness statements to "
        "the wrong person. Essex Police covers the neighbouring county. The ICO also issued "
        "a reprimand over the error."
    )
    assert set(facts(nlp, plain)) == {"Kent Police"}


def test_a_sanction_told_in_a_clause_hung_on_the_force_makes_it_the_target(nlp) -> None:
    """'the heaviest penalty fell to Kent Police, which was fined ...': the clause after the
    name says the force was sanctioned; a clause saying something else makes no target."""
    text = "The heaviest penalty fell to Kent Police, which was fined £45,000 for losing a laptop."
    assert roles(nlp, text) == {"Kent Police": "target"}
    plain = "The heaviest penalty fell to Kent Police."
    assert roles(nlp, plain) != {"Kent Police": "target"}
    told = "Reports went to Kent Police, which was investigating a burglary."
    assert roles(nlp, told) != {"Kent Police": "target"}


def test_a_force_whose_own_clause_tells_its_breach_is_no_bystander(nlp) -> None:
    """'Complaints went to X, which in 2019 emailed ... to the wrong person': the clause hung
    on the name says what the force did; a clause that tells no breach leaves the force after
    'to' a bystander."""
    text = (
        "Complaints went to Avon and Somerset Police, which in 2019 emailed a list of "
        "informants to the wrong person."
    )
    assert roles(nlp, text) == {"Avon and Somerset Police": "agent"}
    other = "Complaints went to Avon and Somerset Police, which in 2019 opened a new station."
    assert roles(nlp, other) == {"Avon and Somerset Police": "bystander"}


def test_a_force_investigating_its_own_officer_is_the_force_at_fault(nlp) -> None:
    """An investigation by the force into what one of its officers did: the force's breach,
    not a crime the force investigated."""
    got = facts(
        nlp,
        "Officer sacked for snooping\n\nAn investigation by Kent Police found that one of its "
        "officers had looked up his ex-partner's address on police systems without a policing "
        "purpose.",
    )
    assert got == {"Kent Police": (None, None, "unauthorised_access")}
