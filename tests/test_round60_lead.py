"""Round 60: a title-case headline's "How Police ..." names no force abroad.

On a page naming no UK force, a capitalised name before a police word ("Victoria Police",
"Northshire Constabulary") is a force the gazetteer lacks, and the page is no UK force's
story. The word before the police word must be a name: a stop word of a title-case headline
("Why Police Officers ...", "Files Handed To Police") names nothing
(`extract/rules/forceless.py` `other_force_named`).
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules.forceless import other_force_named

STORY = (
    "A police constable looked up his former partner on the Police National Computer and "
    "passed her new address to his brother, a misconduct hearing was told. He was dismissed."
)


@pytest.mark.parametrize(
    "text",
    ["How Police Forces Leak Your Data", "Records Handed To Police", "What Police Know About You"],
)
def test_a_stop_word_before_the_police_word_names_no_force(text: str) -> None:
    assert not other_force_named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Victoria Police said",
        "the Northshire Constabulary",
        "An Garda Síochána",
        "Sunrise Police Department",
    ],
)
def test_a_name_before_the_police_word_is_a_force(text: str) -> None:
    assert other_force_named(text)


def test_a_title_case_headline_keeps_an_unnamed_force_story() -> None:
    ex = extract(
        Document(
            text=f"Why Police Officers Snoop On Records\n\n{STORY}",
            url="https://news.example.com/x",
        )
    )
    assert ex.relevant, ex.relevance_reason


def test_a_force_abroad_in_the_headline_still_vetoes_it() -> None:
    ex = extract(
        Document(
            text=f"Victoria Police officer snooped\n\n{STORY}", url="https://news.example.com/x"
        )
    )
    assert not ex.relevant
