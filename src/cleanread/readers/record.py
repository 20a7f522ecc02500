"""What every reader yields: one input document, where it came from, and its bytes or its error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import CleanreadError


@dataclass
class InputRecord:
    """One input document.

    `source` names the file (or `<stdin>`); `record_id` (a WARC-Record-ID) or `line` (a JSON Lines
    line number) say where inside it, so every output joins back to its input. `kind` and
    `encoding` are hints from the container (an HTTP Content-Type), `url` the page's address.
    `template_lines` is evidence a batch run gathered from earlier pages of the same site.
    """

    source: str
    data: bytes | str | None = None
    error: CleanreadError | None = None
    record_id: str | None = None
    line: int | None = None
    url: str | None = None
    kind: str | None = None
    encoding: str | None = None
    template_lines: frozenset[str] = frozenset()  # set by a batch run: lines other pages of the site share

    def identity(self) -> dict[str, Any]:
        """The fields that name this input in an output record."""
        fields: dict[str, Any] = {"input": self.source}
        if self.record_id is not None:
            fields["record"] = self.record_id
        if self.line is not None:
            fields["line"] = self.line
        return fields

    def key(self) -> tuple:
        """A hashable identity, the same in this run's output and in a resumed run's."""
        return record_key(self.identity())


def record_key(identity: dict[str, Any]) -> tuple:
    """The key of an output record or input identity: (input, WARC record, line)."""
    return identity.get("input"), identity.get("record"), identity.get("line")
