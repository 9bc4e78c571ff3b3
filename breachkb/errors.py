"""The root of breachkb's errors, below every layer, so each layer raises its own subclasses
and the CLI turns any of them into a one-line message."""


class BreachKBError(Exception):
    """Base class of every error breachkb raises on purpose."""
