"""One document in, one rendered output record out: the unit of work every engine runs.

Local runs, the worker pool and Dask all call `process_record`, so a document gives the same
output line whichever engine extracted it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console

from ..errors import CleanreadError
from ..limits import DEFAULT_LIMITS, Limits
from ..pipeline import extract_record
from ..readers import InputRecord
from ..render import print_explanation, render, to_json


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to extract and render a document; immutable and picklable."""

    kind: str = "auto"
    url: str | None = None
    citations: bool = True
    comments: bool = False
    fast: bool = False
    output_format: str = "jsonl"
    with_blocks: bool = False
    explain: bool = False
    explain_width: int | None = None
    explain_color: bool = False
    limits: Limits = DEFAULT_LIMITS


@dataclass
class Outcome:
    """The output for one input: its rendered record, or the error that stopped it."""

    identity: dict[str, Any]
    url: str | None = None
    output: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    explanation: str | None = None

    @property
    def label(self) -> str:
        """The input as named in messages: the file, then the record or line inside it."""
        where = [self.identity["input"]]
        if "record" in self.identity:
            where.append(f"record {self.identity['record']}")
        if "line" in self.identity:
            where.append(f"line {self.identity['line']}")
        return ": ".join(where)

    def error_record(self) -> str:
        fields = {**self.identity, "url": self.url} if self.url else dict(self.identity)
        return to_json({**fields, "error": self.error}) + "\n"


def process_record(record: InputRecord, settings: Settings) -> Outcome:
    """Extract and render one record; every failure, even a bug, becomes an error Outcome."""
    outcome = Outcome(identity=record.identity(), url=record.url)
    if record.error is not None:
        outcome.error = record.error.message
        return outcome
    try:
        document = extract_record(record, kind=settings.kind, url=settings.url,
                                  citations=settings.citations, comments=settings.comments, fast=settings.fast,
                                  limits=settings.limits)
    except CleanreadError as error:
        outcome.error = error.message
        return outcome
    except Exception as error:  # a bug must not lose the record; it is reported, not hidden
        outcome.error = f"internal error ({type(error).__name__}: {error}); please report it"
        return outcome
    outcome.output = render(document, settings.output_format, extra=record.identity(),
                            include_blocks=settings.with_blocks)
    outcome.warnings = list(document.warnings)
    if settings.explain:
        outcome.explanation = _explanation(document, outcome.label, settings)
    return outcome


def failed(record: InputRecord, message: str) -> Outcome:
    """An error Outcome for a record the engine itself could not process (time limit, dead worker)."""
    return Outcome(identity=record.identity(), url=record.url, error=message)


def _explanation(document, label: str, settings: Settings) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=settings.explain_width or 200, force_terminal=settings.explain_color)
    print_explanation(document, console, title=f"{label} ({document.kind})")
    return buffer.getvalue()
