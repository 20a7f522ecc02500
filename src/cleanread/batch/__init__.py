"""Batch runs: many inputs through one extraction path, locally in parallel or on a Dask cluster.

`run_batch` is what the CLI calls and what corpus builders can call: it reads, extracts, writes
and, with `resume`, skips every record an earlier run of the same command already wrote.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from ..readers import ReadOptions, read_inputs
from .local import DEFAULT_TIMEOUT_SECONDS, default_workers, run_local
from .output import STDOUT, completed_keys, is_output_folder, open_writer
from .templates import with_template_evidence
from .work import Outcome, Settings, process_record

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class BatchOptions:
    """How the work is spread: worker processes, time limit per document, output order, engine."""

    workers: int = field(default_factory=default_workers)
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS
    ordered: bool = True
    engine: str = "local"
    scheduler: str | None = None  # a Dask scheduler address; None starts a LocalCluster


@dataclass
class Summary:
    documents: int = 0
    failures: int = 0
    skipped: int = 0  # already in the output of an earlier run (resume)


def outcomes(names: Sequence[str], *, read_options: ReadOptions, settings: Settings, batch_options: BatchOptions,
             skip: frozenset = frozenset(), stdin: BinaryIO | None = None) -> Iterator[Outcome]:
    """One Outcome per input document not in `skip`, from the chosen engine."""
    if batch_options.engine == "dask" or batch_options.scheduler:
        from .dask_engine import run_dask

        yield from run_dask(names, read_options, settings, scheduler=batch_options.scheduler,
                            workers=batch_options.workers, ordered=batch_options.ordered, skip=skip)
        return
    records = with_template_evidence(read_inputs(names, options=read_options, stdin=stdin))
    if skip:
        records = (record for record in records if record.key() not in skip)
    yield from run_local(records, settings, workers=batch_options.workers, timeout=batch_options.timeout,
                         ordered=batch_options.ordered)


def run_batch(names: Sequence[str], output: str = STDOUT, *, read_options: ReadOptions | None = None,
              settings: Settings | None = None, batch_options: BatchOptions | None = None, resume: bool = False,
              as_array: bool | None = False, report=None, stdin: BinaryIO | None = None) -> Summary:
    """Extract every document of `names` into `output`; returns counts. `report` sees each Outcome."""
    settings = settings or Settings()
    skip = frozenset(completed_keys(output)) if resume and output != STDOUT else frozenset()
    writer = open_writer(output, settings.output_format, as_array=as_array, append=resume)
    summary = Summary(skipped=len(skip))
    try:
        for outcome in outcomes(names, read_options=read_options or ReadOptions(), settings=settings,
                                batch_options=batch_options or BatchOptions(), skip=skip, stdin=stdin):
            writer.write(outcome)
            summary.documents += 1
            summary.failures += outcome.error is not None
            if report is not None:
                report(outcome)
    finally:
        writer.close()
    return summary


__all__ = [
    "BatchOptions", "ENGINES", "Outcome", "Settings", "Summary", "default_workers", "is_output_folder", "outcomes",
    "process_record", "run_batch",
]
