"""Round 25c attribution mechanisms, each proved by paraphrases written for it, positive and
negative: a force appealing against its own fine is no enforcer (an appeal for information
still is); a sanction handed, given or issued to a force in the passive makes it the target,
not a recipient of data; a sanction told of a group of unnamed forces is each named force's;
a force named jointly with the primary one but told later with a case of its own is no
partner; a force named only as the keeper of data another force misused is not at fault;
a recipient whose own clause tells it then lost the thing is at fault; a reason told of 'both
forces' after the second force's own verb is each sanctioned force's."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_ICO = "the Information Commissioner's Office"


def incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).incidents


def by_force(nlp, text: str):  # type: ignore[no-untyped-def]
    return {i.force: i for i in incidents(nlp, text)}


# --- an appeal against a sanction


def test_a_force_appealing_against_its_fine_is_the_breacher(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        f"Cumbria Constabulary is appealing against a £120,000 penalty imposed by {_ICO} after "
        "officers left unencrypted case files on a train in 2019.",
        f"Cumbria Constabulary has appealed against the £120,000 fine issued by {_ICO} after "
        "officers left unencrypted case files on a train in 2019.",
        f"Cumbria Constabulary will appeal against a reprimand from {_ICO} after officers left "
        "case files on a train in 2019.",
        "Cumbria Constabulary is appealing to the Information Rights Tribunal against a "
        "£120,000 penalty after detectives lost unencrypted discs in 2019.",
    ):
        found = by_force(nlp, text)
        assert "Cumbria Constabulary" in found, text
        assert found["Cumbria Constabulary"].mention == "primary", text
    # negative: an appeal to the public for help is an enforcer's
    for text in (
        "Cumbria Constabulary appealed for information after a laptop holding a school's "
        "pupil records was stolen from a teacher's car in 2019.",
        "Cumbria Constabulary is appealing to the public after a laptop holding a school's "
        "pupil records was stolen from a teacher's car in 2019.",
    ):
        assert not incidents(nlp, text), text


# --- a sanction handed to a force


def test_a_sanction_handed_to_a_force_makes_it_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        f"A £120,000 penalty was handed to Cumbria Constabulary by {_ICO} after detectives "
        "lost a bag of unencrypted discs holding victim interviews in 2019.",
        f"A fine of £120,000 has been given to Cumbria Constabulary by {_ICO} after the force "
        "lost unencrypted discs holding victim interviews in 2019.",
        f"A £120,000 fine was later issued to Cumbria Constabulary by {_ICO} after detectives "
        "lost unencrypted discs holding victim interviews in 2019.",
    ):
        found = by_force(nlp, text)
        assert "Cumbria Constabulary" in found, text
        inc = found["Cumbria Constabulary"]
        assert inc.fine_amount == 120_000, text
        assert inc.action == "monetary_penalty", text
    # negative: the thing handed over is data, not a sanction
    for text in (
        "A file of patient records was handed to Cumbria Constabulary by a hospital porter "
        "after the trust lost it in 2019.",
        "A spreadsheet of pupils' details was emailed to Cumbria Constabulary by the council "
        "in error in 2019.",
    ):
        assert "Cumbria Constabulary" not in by_force(nlp, text), text


# --- a group's sanction


_GROUP = (
    f"Two police forces have been reprimanded by {_ICO} over data breaches. "
    "Cumbria Constabulary lost a bag of case files on a train in 2020. "
    "Lancashire Constabulary emailed a spreadsheet of witness details to the wrong "
    "recipient in 2021."
)


def test_a_group_sanction_is_every_named_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        _GROUP,
        _GROUP.replace("Two police forces have been", "Both forces were"),
    ):
        found = by_force(nlp, text)
        for force in ("Cumbria Constabulary", "Lancashire Constabulary"):
            assert force in found, (force, text)
            assert found[force].action == "reprimand", (force, text)
            assert found[force].regulator == "Information Commissioner's Office", (force, text)
        assert found["Lancashire Constabulary"].breach_year == 2021, text
    # negative: a total sum is no one force's; a sanction without a group is the first's
    found = by_force(
        nlp,
        f"Two police forces have been fined a total of £200,000 by {_ICO}. "
        "Cumbria Constabulary lost a bag of case files on a train in 2020. "
        "Lancashire Constabulary emailed a spreadsheet of witness details to the wrong "
        "recipient in 2021.",
    )
    assert found["Lancashire Constabulary"].fine_amount is None
    found = by_force(
        nlp,
        f"Cumbria Constabulary has been reprimanded by {_ICO} after it lost a bag of case "
        "files on a train in 2020. Lancashire Constabulary emailed a spreadsheet of witness "
        "details to the wrong recipient in 2021.",
    )
    assert found["Lancashire Constabulary"].action is None


# --- a joint opening, then the second force's own case


_JOINT = (
    f"Cumbria Constabulary and Lancashire Constabulary have both been reprimanded by {_ICO}. "
    "Cumbria Constabulary was fined £120,000 after officers lost unencrypted discs in 2019. "
)


def test_a_later_case_of_its_own_beats_the_joint_opening(nlp) -> None:  # type: ignore[no-untyped-def]
    for tail in (
        "Lancashire Constabulary has not been fined, but it was issued with a reprimand after "
        "an officer emailed witness details to the wrong address in 2022.",
        "Lancashire Constabulary was reprimanded after a detective emailed witness details to "
        "the wrong address in 2022.",
    ):
        found = by_force(nlp, _JOINT + tail)
        lanc = found["Lancashire Constabulary"]
        assert lanc.fine_amount is None, tail
        assert lanc.breach_year == 2022, tail
        assert lanc.breach_type == "emailed_to_incorrect_recipient", tail
        assert found["Cumbria Constabulary"].fine_amount == 120_000, tail
    # negative: the second force named later without a case of its own stays a partner
    found = by_force(
        nlp,
        f"Cumbria Constabulary and Lancashire Constabulary have both been reprimanded by {_ICO} "
        "after a shared app recorded calls of thousands of people in 2021. "
        "Lancashire Constabulary said it had stopped using the app.",
    )
    for force in ("Cumbria Constabulary", "Lancashire Constabulary"):
        assert found[force].mention == "primary", force
        assert found[force].action == "reprimand", force


# --- the keeper of the data


def test_the_keeper_of_misused_data_is_not_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A Cumbria Constabulary officer looked up records held by Lancashire Constabulary "
        "without a policing purpose in 2021, and was sacked for gross misconduct.",
        "Cumbria Constabulary sent files kept by Lancashire Constabulary to the wrong address "
        "in 2021.",
    ):
        found = by_force(nlp, text)
        assert "Cumbria Constabulary" in found, text
        assert "Lancashire Constabulary" not in found, text
    # negative: no other force did it -- the keeper's data went astray
    for text in (
        "Files held by Lancashire Constabulary were leaked online in 2021 after a hacker broke "
        "into its servers.",
        "Records stored by Lancashire Constabulary were posted online in error in 2021.",
    ):
        assert "Lancashire Constabulary" in by_force(nlp, text), text


# --- a recipient that then lost what it was given


def test_a_recipient_that_then_lost_it_is_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Cumbria Constabulary handed a sergeant's laptop to Lancashire Constabulary, which "
        "later lost it on a train in 2021. The Information Commissioner's Office reprimanded "
        "Lancashire Constabulary.",
        "A hospital sent a box of patient files to Lancashire Constabulary, which then left "
        f"it on a bus in 2021. {_ICO[0].upper() + _ICO[1:]} reprimanded Lancashire Constabulary.",
    ):
        found = by_force(nlp, text)
        assert "Lancashire Constabulary" in found, text
        assert found["Lancashire Constabulary"].mention == "primary", text
    # negative: a clause that tells no loss of its own leaves it a recipient
    text = (
        "A council emailed a list of pupils to Lancashire Constabulary, which later deleted "
        "it, instead of to a school in 2021."
    )
    assert "Lancashire Constabulary" not in by_force(nlp, text)


# --- a reason told of both forces after the second force's own verb


def test_a_both_forces_reason_is_each_sanctioned_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        f"{_ICO[0].upper() + _ICO[1:]} has fined Cumbria Constabulary £120,000 and reprimanded "
        "Lancashire Constabulary after both forces lost unencrypted discs in 2019.",
        f"{_ICO[0].upper() + _ICO[1:]} reprimanded Cumbria Constabulary and fined Lancashire "
        "Constabulary £80,000 after both forces lost unencrypted discs in 2019.",
    ):
        found = by_force(nlp, text)
        for force in ("Cumbria Constabulary", "Lancashire Constabulary"):
            assert found[force].breach_year == 2019, (force, text)
            assert found[force].breach_type == "loss_or_theft_of_device", (force, text)
    # negative: a reason without a word for both forces is the last force's alone
    found = by_force(
        nlp,
        f"{_ICO[0].upper() + _ICO[1:]} has fined Cumbria Constabulary £120,000 and reprimanded "
        "Lancashire Constabulary after its detectives lost unencrypted discs in 2019.",
    )
    assert found["Cumbria Constabulary"].breach_type is None
