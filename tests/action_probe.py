"""A plain story of a force's own loss, and its primary incident, as the action-rule tests
probe a sanction sentence added after it."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

LOSS = (
    "Force admits data breach after laptop theft\nA Surrey Police laptop holding the personal "
    "data of crime victims was stolen from an officer's car in 2021, the force has admitted. "
)


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")
