"""The distributed engine: Dask, one partition per input file, the same `process_record` as local runs.

Without a scheduler address Dask starts a LocalCluster on this machine; with one it joins the
cluster there. Results come back per input file, in input order unless unordered output is asked
for; a file's records are held on its worker until collected.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..errors import CleanreadError
from ..readers import STDIN_NAME, InputRecord, ReadOptions, expand_names, read_name
from .templates import with_template_evidence
from .work import Outcome, Settings, process_record

INSTALL_HINT = "the dask engine needs Dask: pip install 'cleanread[dask]'"


def run_dask(names: Iterable[str], read_options: ReadOptions, settings: Settings, *, scheduler: str | None,
             workers: int, ordered: bool = True, skip: frozenset = frozenset()) -> Iterator[Outcome]:
    """Outcomes for every document of every input, extracted on a Dask cluster."""
    try:
        import dask.bag
        from distributed import as_completed
    except ImportError:
        raise CleanreadError(INSTALL_HINT) from None
    items = list(expand_names(names, recursive=read_options.recursive))
    if STDIN_NAME in items:
        raise CleanreadError("standard input cannot be sent to Dask workers; name files instead")
    if not items:
        return
    done_by_input: dict[str, set] = {}
    for key in skip:
        done_by_input.setdefault(key[0], set()).add(key)
    work = [(item, frozenset(done_by_input.get(_name(item), ()))) for item in items]
    bag = dask.bag.from_sequence(work, partition_size=1)
    partitions = bag.map_partitions(extract_partition, read_options, settings).to_delayed()
    with _client(scheduler, workers) as client:
        futures = client.compute(partitions)
        for future in (futures if ordered else as_completed(futures)):
            yield from future.result()
            future.release()


def extract_partition(work: list, read_options: ReadOptions, settings: Settings) -> list[Outcome]:
    """Runs on a Dask worker: every document of the partition's input files not already done, as Outcomes."""
    outcomes = []
    for item, done in work:
        records = [InputRecord(item[0], error=item[1])] if isinstance(item, tuple) else read_name(item, read_options)
        records = with_template_evidence(records)
        outcomes.extend(process_record(record, settings) for record in records if record.key() not in done)
    return outcomes


def _name(item) -> str:
    return item[0] if isinstance(item, tuple) else item


@contextmanager
def _client(scheduler: str | None, workers: int):
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client
