"""Round 31, roundups (extract/rules/attribution.py, extract/assemble.py): a page reporting
several forces' incidents gives each item its own incident, with the item's own type and
year. A line that a force's name -- or only the bare place name of one ('West Yorkshire: the
nosy sergeant') -- labels, with a colon or a spaced dash, or a bullet naming a force beside a
bracketed date, heads an item: the lines below it are that force's up to the next item or a
closing subheading ('What happens next'). A short item telling only a thing lost ('papers left
on a train') is an incident of its own. A list of figures per force is no roundup. Every
sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import incident_rows

D = "loss_or_theft_of_device"
P = "loss_or_theft_of_paperwork"
E = "emailed_to_incorrect_recipient"
PO = "posted_to_incorrect_recipient"
V = "verbal_disclosure"
UA = "unauthorised_access"


def _rows(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_type", "breach_year")


def test_every_colon_item_telling_a_thing_lost_is_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches: the year's reprimands\n\n"
        "The ICO published its list of sanctions on Tuesday. Among the forces named:\n\n"
        "Dorset Police: a tablet stolen from an officer's van in 2023.\n"
        "Gwent Police: papers left on a bus in 2022.\n"
        "Cumbria Constabulary: a victim's statement emailed to the wrong person in 2021.\n"
    )
    assert _rows(nlp, text) == {
        ("Dorset Police", D, 2023),
        ("Gwent Police", P, 2022),
        ("Cumbria Constabulary", E, 2021),
    }


def test_a_dash_item_without_a_year_is_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "What went wrong at police forces this year\n\n"
        "• Northumbria Police – files with witness details left in a pub, 2022\n"
        "• Cleveland Police – laptop stolen from a car\n"
        "• Humberside Police – victim's statement posted to the wrong address, 2021\n"
    )
    assert ("Cleveland Police", D, None) in _rows(nlp, text)


def test_a_place_heading_gives_its_force_to_the_item_below(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data protection at the police: the cases of 2023\n\n"
        "Several forces were caught out this year by the simplest mistakes.\n\n"
        "Norfolk: the statement sent to the suspect\n"
        "Norfolk Constabulary was reprimanded after a detective emailed a victim's statement to "
        "the man she had accused in 2022.\n\n"
        "West Yorkshire: the nosy sergeant\n"
        "A sergeant in Leeds was sacked in March after he searched police databases for details "
        "of his former girlfriend in 2021.\n\n"
        "Devon and Cornwall: the lost notebook\n"
        "An officer's pocket notebook with the names of witnesses was lost on a beach in 2023.\n"
    )
    assert _rows(nlp, text) == {
        ("Norfolk Constabulary", E, 2022),
        ("West Yorkshire Police", UA, 2021),
        ("Devon and Cornwall Police", P, 2023),
    }


def test_a_bullet_with_a_bracketed_date_heads_the_line_below(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reprimands issued to police forces\n\n"
        "- Merseyside Police (June 2023).\n"
        "In 2022 a member of staff emailed a victim's medical records to her former partner.\n"
        "- Durham Constabulary (August 2023).\n"
        "In 2021 an officer told a neighbour that a woman had reported her husband for "
        "assault.\n"
        "- Northumbria Police (October 2023).\n"
        "In 2022 the force published the names of informants on its website in error.\n"
    )
    rows = _rows(nlp, text)
    assert ("Durham Constabulary", V, 2021) in rows
    assert not any(force == "Merseyside Police" and kind == V for force, kind, _ in rows)


def test_a_heading_naming_two_forces_gives_the_item_to_both(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reprimands in 2023\n\n"
        "- Kent Police (May 2023).\n"
        "In 2022 an officer lost a folder of witness statements on a train.\n"
        "- Norfolk Constabulary and Suffolk Constabulary (July 2023).\n"
        "A records system the two forces share kept the details of crime victims for years "
        "after they should have been deleted, because automatic deletion was never turned "
        "on.\n"
    )
    forces = {force for force, _, _ in _rows(nlp, text)}
    assert {"Norfolk Constabulary", "Suffolk Constabulary"} <= forces


def test_a_closing_subheading_ends_the_last_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two forces in trouble with the regulator\n\n"
        "Sussex Police\n"
        "In 2022 a detective emailed a rape victim's address to the suspect's solicitor. The "
        "ICO issued a reprimand.\n\n"
        "Surrey Police\n"
        "A laptop holding interview recordings was stolen from an officer's car in 2023. The "
        "ICO took no action.\n\n"
        "What happens next\n"
        "The regulator warned that failures to redact documents were becoming more common in "
        "2024, and that forces should expect audits.\n"
    )
    assert _rows(nlp, text) == {("Sussex Police", E, 2022), ("Surrey Police", D, 2023)}


def test_guard_a_list_of_figures_per_force_is_no_roundup(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: rows of a tally ('- 212 cases', '- none') head no items."""
    text = (
        "Officers caught snooping on records 1,500 times\n"
        "Police staff looked up records without a reason more than 1,500 times in four years.\n"
        "The forces with the most cases were:\n"
        "• Kent Police – 212 cases\n"
        "• Essex Police – 140 cases\n"
        "• Dorset Police – none\n"
        "Dorset Police said it had recorded no cases of unauthorised access in the period.\n"
        "In one case, a Kent Police officer searched for his ex-wife's new address in 2022.\n"
        "Campaigners said misuse of police systems was far too common.\n"
    )
    forces = {force for force, _, _ in _rows(nlp, text)}
    assert "Dorset Police" not in forces


def test_guard_a_force_denying_any_case_has_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: a thing-lost or strong cue denied by the force is no item of its own."""
    text = (
        "Gwent Police was reprimanded after an officer left case files on a train in 2022. "
        "Dyfed-Powys Police said it had logged no cases of staff looking up records."
    )
    forces = {force for force, _, _ in _rows(nlp, text)}
    assert "Dyfed-Powys Police" not in forces
