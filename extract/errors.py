"""Errors raised by the extraction layer; the CLI turns them into one-line messages."""

from breachkb.errors import BreachKBError

__all__ = ["BreachKBError", "RejectedDocument"]


class RejectedDocument(BreachKBError):
    """A document that cannot be processed (empty, binary, undecodable); `reason` says why."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)
