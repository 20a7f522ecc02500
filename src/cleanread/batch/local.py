"""The local engine: a pool of worker processes over a bounded window of documents.

pebble's pool gives what concurrent.futures lacks here: a per-document time limit that kills
and replaces a stuck worker instead of stalling the run, and workers recycled after a number
of documents so memory stays flat over millions of them.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, TimeoutError, wait
from itertools import chain, islice

from pebble import ProcessExpired, ProcessPool

from ..readers import InputRecord
from .work import Outcome, Settings, failed, process_record

DEFAULT_TIMEOUT_SECONDS = 60.0
IN_FLIGHT_PER_WORKER = 4  # enough to keep every worker busy, few enough to bound memory
DOCUMENTS_PER_WORKER_PROCESS = 250  # a fresh fork of the warmed-up main process is cheap; a grown heap is not
WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><p>The workers start from a copy of this process, "
    "so the language model and parsers loaded here are shared with them instead of loaded by each.</p>"
    "</article></body></html>"
)


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_local(
    records: Iterable[InputRecord], settings: Settings, *, workers: int, timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
    ordered: bool = True,
) -> Iterator[Outcome]:
    """Outcomes for `records`, in input order unless `ordered` is False.

    `workers` processes share the work and a document over `timeout` seconds becomes an error
    record while its worker is replaced; a single document gets one worker, so the time limit
    holds for it too. `workers=0` extracts in this process, without a time limit.
    """
    records = iter(records)
    first = list(islice(records, 2))
    nothing_to_extract = len(first) < 2 and all(record.error is not None for record in first)
    if workers <= 0 or nothing_to_extract:
        for record in chain(first, records):
            yield process_record(record, settings)
        return
    single = len(first) < 2
    yield from _pooled(chain(first, records), settings, workers=1 if single else workers, timeout=timeout,
                       ordered=ordered, warm_up=not single)


def _pooled(records: Iterator[InputRecord], settings: Settings, *, workers: int, timeout: float | None,
            ordered: bool, warm_up: bool) -> Iterator[Outcome]:
    window = workers * IN_FLIGHT_PER_WORKER
    pending: deque[tuple[InputRecord, Future]] = deque()
    if warm_up:  # worth it when several documents share what it loads
        _warm_up(settings)
    pool = ProcessPool(max_workers=workers, max_tasks=DOCUMENTS_PER_WORKER_PROCESS)
    try:
        for record in records:
            pending.append((record, _submit(pool, record, settings, timeout)))
            if len(pending) >= window:
                yield from _collect(pending, ordered=ordered, timeout=timeout)
        while pending:
            yield from _collect(pending, ordered=ordered, timeout=timeout)
        pool.close()
    finally:
        pool.stop()
        pool.join()


def _warm_up(settings: Settings) -> None:
    """Load what extraction loads lazily (parsers, language model) before workers are forked from us."""
    process_record(InputRecord("<warm-up>", data=WARM_UP_PAGE), settings)


def _submit(pool: ProcessPool, record: InputRecord, settings: Settings, timeout: float | None) -> Future:
    if record.error is not None:  # nothing to extract: no need to ship it to a worker
        future: Future = Future()
        future.set_result(process_record(record, settings))
        return future
    return pool.schedule(process_record, args=(record, settings), timeout=timeout)


def _collect(pending: deque, *, ordered: bool, timeout: float | None) -> Iterator[Outcome]:
    """At least one finished outcome: the oldest one if ordered, else all that are done."""
    if ordered:
        record, future = pending.popleft()
        yield _outcome(record, future, timeout)
        return
    done, _ = wait([future for _, future in pending], return_when=FIRST_COMPLETED)
    for item in [item for item in pending if item[1] in done]:
        pending.remove(item)
        yield _outcome(*item, timeout)


def _outcome(record: InputRecord, future: Future, timeout: float | None) -> Outcome:
    try:
        return future.result()
    except TimeoutError:
        return failed(record, f"took longer than {timeout:g} s (see --timeout); stopped")
    except ProcessExpired as error:
        return failed(record, f"the worker process died while extracting it (exit code {error.exitcode})")
    except Exception as error:  # pickling or pool failures: reported, never lost
        return failed(record, f"internal error ({type(error).__name__}: {error}); please report it")
