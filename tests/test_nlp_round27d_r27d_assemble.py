"""Round 27d, branch r27d-assemble: a force's sentence whose only figures count the people
or records its one breach involved is no statistics page, even when another figure (a
headline's "Two forces") reads as a page count. Every sentence here was written for these
tests."""

from __future__ import annotations

from incident_probe import per_force

from extract.models import Document
from extract.nlp import extract


def _incidents(nlp, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return per_force(nlp, text, "breach_year")


def test_figures_of_victims_in_one_breach_keep_the_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Two forces admit data breach\n\n"
        "Sussex Police and Surrey Police admitted a data breach after a civilian worker sent "
        "the home addresses of 240 witnesses to the wrong solicitor in 2021.",
    )
    assert got == {"Sussex Police": 2021, "Surrey Police": 2021}
    got = _incidents(
        nlp,
        "Two forces report breaches\n\n"
        "Gwent Police admitted a breach after an officer emailed the details of 85 domestic "
        "abuse victims to a member of the public in 2020.",
    )
    assert got == {"Gwent Police": 2020}


def test_figures_of_breaches_stay_a_statistics_page(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: a count of breaches by the force is figures, no incident of its own
    ex = extract(
        Document(
            text="Two forces top breach table\n\n"
            "Gwent Police recorded 85 data breaches in 2020, figures obtained by this paper show."
        ),
        nlp,
    )
    assert not [i for i in ex.incidents if i.mention == "primary"]
