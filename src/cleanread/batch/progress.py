"""What a batch run tells the user on stderr: one line per failed input, and a live progress bar."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text

from .work import Outcome

CONTAINER_SUFFIXES = (".warc", ".arc", ".wet", ".jsonl", ".ndjson", ".json", ".gz")


class Reporter:
    """Counts outcomes and reports failures; draws a progress bar only when asked to (a terminal, not --quiet)."""

    def __init__(self, console: Console, *, show_progress: bool, total: int | None = None) -> None:
        self.console = console
        self.documents = 0
        self.failures = 0
        self._progress = _progress_bar(console, total) if show_progress else None
        self._task = self._progress.add_task("extracting", total=total, errors=0) if self._progress else None

    def __enter__(self) -> "Reporter":
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._progress is not None:
            self._progress.stop()

    def report(self, outcome: Outcome) -> None:
        self.documents += 1
        if outcome.error is not None:
            self.failures += 1
            self.say(f"{outcome.label}: {outcome.error}")
        for warning in outcome.warnings:
            self.say(f"{outcome.label}: warning: {warning}")
        if outcome.explanation:
            self._write(outcome.explanation)
        if self._progress is not None:
            self._progress.update(self._task, advance=1, errors=self.failures)

    def say(self, message: str) -> None:
        self._write("cleanread: " + " ".join(message.split()) + "\n")  # one line, whatever a library said

    def _write(self, text: str) -> None:
        if self._progress is not None:  # printed above the live bar, not through it
            self._progress.console.print(Text.from_ansi(text), end="")
        else:
            self.console.file.write(text)
            self.console.file.flush()


def estimated_total(paths: list[str]) -> int | None:
    """Documents to expect when every input is one document; unknown when containers hold many."""
    if any(path.lower().endswith(CONTAINER_SUFFIXES) or path == "-" for path in paths):
        return None
    return len(paths)


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.1f} docs/s", style="progress.data.speed")


def _progress_bar(console: Console, total: int | None) -> Progress:
    columns = [SpinnerColumn(), TextColumn("{task.completed:,} documents")]
    if total is not None:
        columns += [BarColumn(), TextColumn("of {task.total:,}")]
    columns += [_RateColumn(), TextColumn("{task.fields[errors]:,} errors"), TimeElapsedColumn()]
    if total is not None:
        columns.append(TimeRemainingColumn())
    return Progress(*columns, console=console, transient=False, refresh_per_second=4, get_time=time.monotonic)
