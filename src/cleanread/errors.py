"""One error family, so callers catch CleanreadError and print one line."""

from __future__ import annotations


class CleanreadError(Exception):
    """An input could not be turned into a Document; the message names the problem."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def for_source(self, source: str) -> "CleanreadError":
        """The same error, naming the input it came from."""
        return type(self)(self.message, source=source)


class InputError(CleanreadError):
    """The input cannot be read: missing, a directory, unreadable, too large."""


class ContentError(CleanreadError):
    """The input was read but holds nothing to extract: empty, binary, undecodable."""
