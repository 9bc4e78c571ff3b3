"""Round 12 force mechanisms, each proved by paraphrases written for it, positive and
negative: 'the force' after a sentence that only names another force is still the story's
own force; what follows another force's bare figures or words is no breach of its; another
force's denied breach is none; a past employer named in a clause on the officer's name is no
breacher; a force that only voices another body's loss, its figures or a denial is none; a
case a statistics page announces and tells in the next sentence is an incident, and so is one
opened with words describing it; tracing an address on police systems is a look-up."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract
from extract.rules.attribution import Roles
from extract.sentences import split_sentences


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


# --- the force an officer came from, told in a clause on his name


def roles(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(force as written, its role) for every force mention of the text."""
    sents = split_sentences(nlp(text))
    found = Roles(sents)
    return [(m.text, found.role(m)) for s in sents for m in s.forces]


CASE = (
    "Detective sacked over record checks\n\n"
    "A Kent Police detective who checked the records of his former partner has been sacked. "
)


def test_a_past_employer_in_a_clause_on_the_officers_name_is_no_breacher(nlp) -> None:
    for clause in (
        "DC Jones, a former Essex Police constable, made the searches in 2021.",
        "DC Jones, an ex-Essex Police detective, made the searches in 2021.",
        "DC Jones, formerly of Essex Police, made the searches in 2021.",
        "DC Jones, who transferred from Essex Police in 2017, made the searches in 2021.",
        "DC Jones, who was seconded from Essex Police, made the searches in 2021.",
        "DC Jones, who spent nine years with Essex Police before joining Kent, made the "
        "searches in 2021.",
    ):
        text = CASE + clause
        assert forces(nlp, text) == ["Kent Police"], clause
        assert ("Essex Police", "employer") in roles(nlp, text), clause


def test_a_former_officer_of_the_one_force_named_is_its_breacher(nlp) -> None:
    # negative: with no other force at fault, the force he served when he did it
    text = (
        "Ex-officer fined for snooping\n\n"
        "A former Essex Police constable who looked up the records of his neighbours in "
        "2020 has been fined by magistrates after an ICO prosecution."
    )
    assert forces(nlp, text) == ["Essex Police"]
    assert roles(nlp, text)[0][1] in {"agent", "target"}


# --- a force that only voices a statement of another body's loss, its figures or a denial


def test_a_force_only_reporting_another_bodys_loss_is_no_breacher(nlp) -> None:
    for text in (
        "Tablet with pupils' records stolen\n\n"
        "A tablet holding the records of 120 pupils was taken from a parked car in Lowestoft "
        "last weekend, Suffolk Constabulary said. The tablet belonged to a county council "
        "teacher. The council has told the Information Commissioner's Office.",
        "Tablet with pupils' records stolen\n\n"
        "A tablet belonging to the county council was taken from a parked car in Lowestoft, a "
        "Suffolk Constabulary spokesman said. It held the records of 120 pupils.",
    ):
        assert forces(nlp, text) == [], text


def test_another_forces_report_of_a_loss_is_neither_its_incident_nor_the_storys(nlp) -> None:
    text = (
        "Essex Police reprimanded over misdirected email\n\n"
        "Essex Police has been reprimanded by the ICO after a constable emailed the names of "
        "80 witnesses to the wrong address in 2022. In a separate case, a dental surgery's "
        "patient files were stolen from a van in 2020, according to Kent Police."
    )
    found = extract(Document(text=text), nlp).incidents
    assert [(i.force, i.breach_year) for i in found] == [("Essex Police", 2022)]


def test_another_forces_figures_or_denial_in_its_own_words_is_no_incident(nlp) -> None:
    for words in (
        "Kent Police said three of its breaches that year followed a hack on a supplier.",
        "Kent Police said it had not lost any laptops or phones during the year.",
    ):
        text = STORY + "The ICO has reprimanded Kent Police. " + words
        text = text.replace("A Kent Police detective", "An Essex Police detective")
        text = text.replace("reprimanded Kent Police", "reprimanded Essex Police")
        assert forces(nlp, text) == ["Essex Police"], words


def test_a_force_telling_its_own_loss_in_its_words_is_the_breacher(nlp) -> None:
    # negative: the only force named, speaking of a loss that no other body owns
    text = (
        "Laptop stolen\n\nA laptop holding the addresses of 60 witnesses was stolen from an "
        "unmarked car in 2020, Suffolk Constabulary said. It has apologised to them."
    )
    assert forces(nlp, text) == ["Suffolk Constabulary"]
    # negative: another force saying it lost something of its own
    text = (
        STORY + "The ICO has reprimanded Kent Police. Essex Police said it had lost a memory "
        "stick holding the statements of 30 victims in 2019."
    )
    assert forces(nlp, text) == ["Essex Police", "Kent Police"]


# --- a case announced on a statistics page and told in the next sentence


def test_a_case_told_right_after_its_announcement_is_an_incident(nlp) -> None:
    figures = (
        "Essex Police data breaches climb again\n\nPublished 4 March 2024\n\n"
        "Essex Police recorded 164 data breaches in 2023, up from 131 in 2022, figures "
        "released under freedom of information show. Emails sent to the wrong person made up "
        "58 of them, and 19 involved lost or stolen phones. Six officers and staff faced "
        "disciplinary action over breaches during the year. One of those cases went to a "
        "misconduct hearing in the spring. "
    )
    for told in (
        "A sergeant was sacked after the panel heard he had looked up the records of his "
        "neighbours on 12 occasions in 2022.",
        "A sergeant was sacked after the panel heard he had looked up the records of his "
        "neighbours 40 times in 2022.",
    ):
        ex = extract(Document(text=figures + told), nlp)
        assert ex.breach_counts, told
        found = [(i.force, i.breach_type, i.breach_year) for i in ex.incidents]
        assert found == [("Essex Police", "unauthorised_access", 2022)], told
    # negative: a sentence of further figures after the announcement is no case told
    ex = extract(
        Document(text=figures + "Another 30 of the breaches involved paper files left behind."),
        nlp,
    )
    assert ex.incidents == []


FIGURES = (
    "Police snooping figures\n\nPublished 2 February 2024\n\n"
    "Officers and staff at Essex Police were caught looking at records without a policing "
    "purpose 96 times in the five years to the end of 2023, figures show. "
)


def test_a_case_opened_with_words_describing_it_is_one_case(nlp) -> None:
    for opening in ("In one shocking case", "In another, particularly serious, case"):
        text = (
            FIGURES + f"{opening}, an Essex Police constable looked up the records of his "
            "former partner in 2021."
        )
        ex = extract(Document(text=text), nlp)
        found = [(i.force, i.breach_type, i.breach_year) for i in ex.incidents]
        assert found == [("Essex Police", "unauthorised_access", 2021)], opening
