"""Round 25b, branch r25b-forces: a force called by the nation or capital it polices ('the
Scottish force', "Northern Ireland's police service", 'the national force', "the capital's
force") or by its kind ('the county force') is the one such force the page names, else the
nation's only force; nothing where the page leaves a choice. Every sentence here was written
for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def _forces(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["forces"]]


def _incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {(i.force, i.breach_year, i.action) for i in ex.incidents}


def test_the_scottish_force_is_police_scotland(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _incidents(
        nlp,
        "Force fined over stolen laptop\n\n"
        "Kent Police has been fined £80,000 by the Information Commissioner's Office after a "
        "laptop holding witness statements was stolen from an officer's car in 2021.\n\n"
        "Police Scotland was also criticised this year. The Scottish force was handed a "
        "reprimand after a sergeant sent a list of 300 victims to the wrong address in 2022.",
    )
    assert ("Police Scotland", 2022, "reprimand") in found


def test_the_scottish_force_with_no_force_named_is_the_nations_only_force(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _incidents(
        nlp,
        "Reprimand over email\n\n"
        "The Scottish force was handed a reprimand by the Information Commissioner's Office "
        "after a sergeant sent a list of 300 victims to the wrong address in 2022.",
    )
    assert ("Police Scotland", 2022, "reprimand") in found
    # plural, or not a police force at all
    doc = nlp("The Scottish forces of the past kept paper files, officers said.")
    assert list(doc.spans["forces"]) == []
    doc = nlp("A Scottish force of volunteers cleared the beach.")
    assert list(doc.spans["forces"]) == []


def test_northern_irelands_police_service(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _incidents(
        nlp,
        "Officers' names leaked\n\n"
        "Northern Ireland's police service has been fined £500,000 by the Information "
        "Commissioner's Office after the names of its detectives were published online in "
        "2023.",
    )
    assert ("Police Service of Northern Ireland", 2023, "monetary_penalty") in found


def test_the_welsh_force_is_the_welsh_force_named(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = _forces(
        nlp,
        "Essex Police and North Wales Police were both named. The Welsh force said it was sorry.",
    )
    assert ("Welsh force", "North Wales Police") in spans
    # two Welsh forces named: no choice made
    spans = _forces(
        nlp,
        "Gwent Police and North Wales Police were both named. The Welsh force said it was sorry.",
    )
    assert all(text != "Welsh force" for text, _ in spans)
    # Wales has four forces: with none named, none is meant
    assert _forces(nlp, "The Welsh force said it was sorry after the leak.") == []


def test_the_national_force_in_a_scottish_story(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = _forces(
        nlp,
        "The ICO reprimanded Police Scotland over the leak. The national force said it had "
        "written to everyone affected.",
    )
    assert ("national force", "Police Scotland") in spans
    # an English story: England has no national force
    spans = _forces(nlp, "The ICO reprimanded Kent Police. The national force said it would help.")
    assert all(text != "national force" for text, _ in spans)


def test_the_capitals_force(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = _forces(nlp, "The capital's force has apologised after officers leaked the files.")
    assert ("capital's force", "Metropolitan Police Service") in spans
    spans = _forces(
        nlp,
        "Police Scotland said sorry. The capital's force had sent the files to the wrong person.",
    )
    assert ("capital's force", "Police Scotland") in spans


def test_the_county_force_is_the_one_county_force_named(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = _forces(
        nlp,
        "The county force has been reprimanded over the leak, Norfolk Constabulary said.",
    )
    assert ("county force", "Norfolk Constabulary") in spans
    spans = _forces(
        nlp,
        "Norfolk Constabulary and Suffolk Constabulary were named. The county force said sorry.",
    )
    assert all(text != "county force" for text, _ in spans)


def _regulators(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["regulators"]]


def test_the_regulator_on_a_data_protection_page_naming_none_is_the_ico(nlp) -> None:  # type: ignore[no-untyped-def]
    ico = "Information Commissioner's Office"
    found = extract(
        Document(
            text="Force owns up to email blunder\n\n"
            "Dorset Police has reported itself to the regulator after a clerk sent the "
            "personal data of 80 witnesses to a member of the public in 2024."
        ),
        nlp,
    )
    assert [(i.force, i.regulator) for i in found.incidents] == [("Dorset Police", ico)]
    assert _regulators(nlp, "The regulator is looking at the data breach, Surrey Police said.")
    # no data-protection topic: whose regulator is unknown
    assert _regulators(nlp, "Surrey Police said the regulator would look at the pay deal.") == []
    # a regulator named on the page: its own reading of the words stands
    spans = _regulators(
        nlp,
        "The IOPC is investigating. Surrey Police said the regulator had the personal data.",
    )
    assert ("the regulator", ico) not in spans


def test_a_misspelt_county_force_is_that_force(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = _forces(
        nlp,
        "Officers at Lincolnshre Police and Staffordhsire Police were named. "
        "Herefordshire Police said sorry; the Lancashire policy on leave stood.",
    )
    assert ("Lincolnshre Police", "Lincolnshire Police") in spans
    assert ("Staffordhsire Police", "Staffordshire Police") in spans
    # a real county one letter off a force's (Herefordshire, not Hertfordshire) is its own
    assert ("Herefordshire Police", "Hertfordshire Constabulary") not in spans
    assert all(text != "Lancashire policy" for text, _ in spans)
