"""Round 52 (lost incidents): breaches a page tells whose act or figures were misread, so the
page yielded no incident at all.

- A handing-over whose object carries a comma-bound list of examples ('sent a copy of the
  report, including the mobile number of each witness, to his cousin'): the scan for the
  recipient already reads past the insertion; its words no longer count as distance between
  the verb and the recipient either.
- A handing-over whose object carries a passive relative clause ('gave the file on a lodger
  who was questioned to her sister'): "who/that/which" with a form of "be" and a participle
  describes what was handed over; the scan goes on to the recipient -- unless that recipient
  is the press ('details of a victim who was stabbed to reporters': news given out).
- A list of offences' examples ('offences including fraud') ends at a spaced dash, as at
  "–": the aside closes and the cues after it count again.
- A record handed to a stranger ("handed a memory stick ... to a member of the public"): a
  giving verb, a data thing and "to a member of the public" (one person, not the public).
- On a page of figures, "the incident in 2023 in which ..." introduces one case as "an
  incident in which" does (the reader may know it): an incident of its own.
- A force announcing, reporting or confirming a data breach ('Devon and Cornwall police have
  announced a data breach involving ...') tells of its own breach, as a partner force's telling
  is read: the page keeps its incident where nothing else states the mechanism strongly;
  another body's breach announced ('a data breach at a council') still is not the force's.
- 'Records about 4,800 motorists': a figure after "about"/"on" right after a word for data
  counts whose data it was (one breach's size), not breaches -- 'about 300 breaches' still
  rounds a count.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _cues(text: str, pipeline) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(text)
    return {(s.label_, s.kb_id_) for s in doc.spans["breach_cues"]}


def _incidents(text: str) -> set[tuple[str | None, str | None]]:
    return {(i.force, i.breach_type) for i in nlp.extract(Document(text=text)).incidents}


STRONG_DISCLOSURE = ("inappropriate_disclosure", "strong")


@pytest.mark.parametrize(
    "text",
    [
        "A clerk passed details of a burglary report, including the phone number and the "
        "home address of the householder, to her cousin.",
        "The constable gave a copy of the statement, among them the names of three of the "
        "witnesses in the case, to a friend.",
        "An analyst handed the file, such as the photographs and the notes of every "
        "interview, to a journalist.",
    ],
)
def test_insertion_is_no_distance(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the recipient is an official one, or no insertion bridges a clause
        "A clerk passed details of a burglary report, including the phone number and the "
        "home address of the householder, to the insurers.",
        "A clerk passed details of a burglary report to the crime desk and her cousin later "
        "heard about it from a neighbour.",
    ],
)
def test_insertion_near_misses(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE not in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "A special constable was sacked for passing notes on a lodger who was later "
        "detained to her former partner.",
        "The officer gave the file on a man who was questioned to a neighbour.",
        "A detective shared details of a teenager who had been cautioned with his girlfriend.",
        # one of the force's people leaking to the press is a leak
        "A Derbyshire Police sergeant passed notes on a girl who was abused to a reporter.",
    ],
)
def test_passive_relative_in_object(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # active relative clause: the clause is the relative's own, the recipient not reached
        "A special constable passed the papers to a solicitor who had asked for them and a "
        "relative read them.",
        # passive relative, but what follows is no recipient
        "The officer gave evidence about a man who was questioned to the court.",
        # ... or the force itself gives a victim's description to the press: news given out
        "Derbyshire Police gave details of a cyclist who was injured to reporters at a "
        "briefing on Friday.",
    ],
)
def test_passive_relative_near_misses(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE not in _cues(text, nlp)


def test_spaced_dash_ends_offence_examples(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Court papers show the ex-sergeant - jailed in May for offences including fraud - "
        "ran his victims' names through the police database to trace their homes."
    )
    assert ("unauthorised_access", "strong") in _cues(text, nlp)
    # near miss: within the list (no dash) the cue words are offences named, not a breach
    quiet = "He was jailed for offences including unauthorised access to computer material."
    assert ("unauthorised_access", "strong") not in _cues(quiet, nlp)


STATS = (
    "Thousands of police data breaches recorded\n\n"
    "Kent Police logged 640 data breaches from 2021 to 2023, a campaign group found "
    "through a Freedom of Information request.\n\n"
    "The breakdown was 190 in 2021, 210 in 2022 and 240 in 2023.\n\n"
)


def test_case_with_insertion_on_a_figures_page() -> None:
    text = (
        STATS + "In one of those cases, a call handler passed details of a robbery, including "
        "the mobile number and the home address of the shop owner, to a relative who "
        "had no part in the case.\n\n"
        "The handler was dismissed after a misconduct hearing.\n"
    )
    assert ("Kent Police", "inappropriate_disclosure") in _incidents(text)


def test_figures_page_without_a_case_has_no_incident() -> None:
    # near miss: the same page with no one case told
    text = STATS + "A spokesperson said the force takes data protection very seriously.\n"
    assert _incidents(text) == set()


def test_information_about_people_is_one_breach() -> None:
    text = (
        "Essex and Kent Police have admitted that records about 4,800 motorists, with their "
        "names and number plates, were attached to a spreadsheet the forces shared with a "
        "parking contractor.\n\n"
        "The two forces said the file went out in March 2020 and should have held totals "
        "only.\n\n"
        "The contractor has since deleted it.\n\n"
        "Both forces have told the data watchdog.\n"
    )
    assert {f for f, _ in _incidents(text)} == {"Essex Police", "Kent Police"}


def test_about_rounding_a_count_is_no_size() -> None:
    # near miss: "about" rounds a count of breaches; a figures page, no incident
    text = (
        "Force logs hundreds of breaches\n\n"
        "Essex Police recorded about 2,340 data breaches between 2019 and 2023, figures "
        "obtained under Freedom of Information show.\n\n"
        "A spokesperson said staff are trained every year.\n"
    )
    assert _incidents(text) == set()


def _force_spans(text: str, pipeline) -> list[str]:  # type: ignore[no-untyped-def]
    doc = pipeline(text)
    return [s.label_ for s in doc.spans["forces"]]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Dorset has admitted that one of its sergeants read the files of a neighbour. "
            "The force said he had been sacked.",
            "Dorset Police",
        ),
        (
            "Cheshire has apologised after a folder of statements was left on a bus. "
            "The force has told the regulator.",
            "Cheshire Constabulary",
        ),
        (
            "Wiltshire confirmed that a call handler gave a caller's address to her "
            "ex-husband. The force apologised.",
            "Wiltshire Police",
        ),
    ],
)
def test_bare_area_owning_up_is_the_force(text: str, force: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert force in _force_spans(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # no force spoken of anywhere: a county, a council or a team may own up too
        "Dorset has admitted that the bypass will open a year late. The council said costs "
        "had risen.",
        # a longer name: the council's
        "Cheshire East Council has apologised after a folder was left on a bus. The force "
        "was not involved.",
        # the place not opening the sentence, nor before a verb of owning up
        "A man from Wiltshire has admitted burglary. The force thanked the public.",
        "Dorset residents have admitted they rarely lock their cars. The force urged care.",
        # another body owning up, named as the speaker; the force only called in
        "Dorset has admitted that one of its care workers gave a tenant's address to her "
        "ex-husband, the county council said. The force was told later.",
        "Cheshire has apologised after one of its crews read a patient's notes, the "
        "ambulance trust confirmed. The force took no part.",
        # a university's staff, the force spoken of only in passing
        "Durham has admitted that one of its staff sent marks to the wrong list. The "
        "university said the force of feeling was understood.",
    ],
)
def test_bare_area_near_misses(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _force_spans(text, nlp) == []


def test_bare_area_owning_up_gives_an_incident() -> None:
    text = (
        "Northamptonshire has admitted that one of its constables looked up the records of "
        "a former partner on police systems in 2022.\n\n"
        "The force said he had resigned before a misconduct hearing.\n"
    )
    assert ("Northamptonshire Police", "unauthorised_access") in _incidents(text)


ANNOUNCED = (
    "Force admits data error\n\n"
    "Devon and Cornwall police have announced a data breach involving spreadsheets sent out "
    "in reply to information requests.\n\n"
    "According to the forces, a software fault meant the names of 300 witnesses from 2022 "
    "were left inside the files.\n\n"
    "The forces said the names were not visible to anyone opening the files.\n\n"
    "A spokesman for Devon and Cornwall Police said the force was sorry.\n"
)


def test_force_announcing_its_breach_keeps_the_incident() -> None:
    assert {f for f, _ in _incidents(ANNOUNCED)} == {"Devon and Cornwall Police"}


@pytest.mark.parametrize(
    "text",
    [
        "Force admits data error\n\nDevon and Cornwall Police has announced a data breach at "
        "a council that shares its offices.\n\nThe council said names of 300 tenants were "
        "sent to the wrong address in 2022.\n",
        "Force warns of scam\n\nDevon and Cornwall Police has announced a warning about a "
        "data breach at a retailer.\n\nThe retailer said card details of 300 customers were "
        "stolen by hackers in 2022.\n",
    ],
)
def test_another_bodys_breach_announced_is_not_the_forces(text: str) -> None:
    assert _incidents(text) == set()


FIGURES = (
    "Force logged 410 breaches\n\n"
    "Lincolnshire Police logged 410 data breaches between 2020 and 2023, a campaign group "
    "found through a Freedom of Information request.\n\n"
)


def test_the_case_in_which_on_a_figures_page() -> None:
    text = (
        FIGURES + "The total covers the incident in May 2021 in which a detective left a "
        "laptop holding witness statements on a train.\n\n"
        "That loss is still being looked at by the regulator.\n"
    )
    assert ("Lincolnshire Police", "loss_or_theft_of_device") in _incidents(text)


@pytest.mark.parametrize(
    "tail",
    [
        # near misses: kinds of breach, not one case
        "Most were cases in which staff emailed the wrong person.\n",
        "The force said the incidents in which laptops went missing were rare.\n",
    ],
)
def test_the_case_near_misses(tail: str) -> None:
    assert _incidents(FIGURES + tail) == set()


@pytest.mark.parametrize(
    "text",
    [
        "A Dorset Police constable handed a memory stick of interview recordings to a member "
        "of the public at the front desk.",
        "A clerk gave a copy of the witness list to a member of the public at the desk.",
    ],
)
def test_data_handed_to_a_member_of_the_public(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # advice or leaflets, and the public at large: no record handed to a stranger
        "The PCSO gave safety advice to a member of the public outside the shop.",
        "Officers handed leaflets to members of the public in the town centre.",
        "The force gave an update to members of the public at a meeting.",
    ],
)
def test_handed_to_the_public_near_misses(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE not in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # another body's officer, whatever the next sentence says of "the force"
        "Dorset has admitted that one of its housing officers gave a tenant's address to her "
        "former partner. The force was told.",
        "Cheshire has confirmed that a probation officer sent a report to the wrong solicitor. "
        "The force was not involved.",
    ],
)
def test_bare_area_another_bodys_officer(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _force_spans(text, nlp) == []


def test_bare_area_one_of_its_other_people(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "one of its wardens" is no police person, whatever the next sentence says
    text = (
        "Dorset has admitted that one of its wardens read a resident's file without reason. "
        "The force was told later."
    )
    assert _force_spans(text, nlp) == []


@pytest.mark.parametrize(
    "text",
    [
        # property given back, and an answer sent to whoever asked: routine
        "Officers returned a stolen laptop to its owner, a member of the public from Poole.",
        "The force emailed details of its consultation to a member of the public, as asked.",
    ],
)
def test_routine_hand_backs_are_no_disclosure(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE not in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # the record given to the one it came from, or a search's picture handed round
        "A PCSO gave a copy of the crime report to one member of the public who had made it.",
        "Officers handed a photograph of the wanted man to a member of the public at the scene.",
    ],
)
def test_record_handed_back_is_no_disclosure(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert STRONG_DISCLOSURE not in _cues(text, nlp)
