"""spaCy components of the breachkb pipeline; importing this module registers them all."""

from extract.components import (  # noqa: F401
    breach_types,
    cues,
    dates,
    forces,
    linebreaks,
    money,
    regulators,
)
