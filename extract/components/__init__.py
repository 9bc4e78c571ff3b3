"""spaCy components of the breachkb pipeline; importing this module registers them all."""

from extract.components import (  # noqa: F401
    breach_types,
    context,
    cues,
    dates,
    forces,
    lemmas,
    linebreaks,
    money,
    regulators,
    roles,
)
