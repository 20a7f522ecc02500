"""Run systems over documents, each in a worker subprocess, with a per-document time limit.

The worker reads one task per line on stdin and answers one line on stdout; the parent
waits at most `timeout` seconds for each answer, and on a hang or a crash kills the worker,
records the document as failed (empty output) and starts a fresh worker for the rest.
"""

from __future__ import annotations

import json
import os
import resource
import select
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .systems import SYSTEMS, read_input

BENCH_SCRIPT = Path(__file__).resolve().parent.parent / "bench.py"
WARM_UP_HTML = b"<html><body><p>Warm-up paragraph of text for the extractor to read.</p></body></html>"


@dataclass
class RunResult:
    """Everything one system produced on one dataset."""

    system: str
    outputs: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc_id -> output
    seconds: float = 0.0  # time inside the system, summed over documents
    input_bytes: int = 0
    peak_rss_kb: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # doc_id -> "timeout" / "crash" / error
    documents: int = 0  # documents the system actually processed


def worker_main(system_name: str) -> None:
    """The worker's loop: task line in, result line out; peak RSS reported at the end."""
    system = SYSTEMS[system_name]
    _warm_up(system)
    for line in sys.stdin:
        task = json.loads(line)
        data = read_input(task, system)
        started = time.perf_counter()
        try:
            output, error = system.run(data, task), None
        except Exception as exc:  # a peer's failure is a result to report, not a reason to stop
            output, error = {"text": ""}, f"{type(exc).__name__}: {exc}"[:300]
        seconds = time.perf_counter() - started
        print(json.dumps({"output": output, "error": error, "seconds": seconds, "bytes": len(data)}), flush=True)
    print(json.dumps({"peak_rss_kb": peak_rss_kb()}), flush=True)


def peak_rss_kb() -> int:
    """This process's own peak RSS. ru_maxrss would start from the parent's size at fork time."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _warm_up(system) -> None:
    """Load models and caches before timing starts (the first real document should not pay for imports)."""
    sample = WARM_UP_HTML if "html" in system.kinds or system.uses_html_of_dump else b"Warm-up line of text.\n"
    try:
        system.run(sample, {"url": None})
    except Exception:  # a warm-up failure shows up again on the real documents
        pass


class Worker:
    def __init__(self, system_name: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(BENCH_SCRIPT), "--worker", system_name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )

    def ask(self, task: dict[str, Any], timeout: float) -> dict[str, Any] | None:
        """The worker's answer, or None when it hung or died."""
        try:
            self.process.stdin.write(json.dumps(task) + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            return None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        return json.loads(line) if line else None

    def finish(self) -> int:
        """Close the worker and return its peak RSS in KB (0 if it could not say)."""
        try:
            self.process.stdin.close()
            line = self.process.stdout.readline()
            self.process.wait(timeout=30)
            return json.loads(line).get("peak_rss_kb", 0) if line else 0
        except (OSError, ValueError, subprocess.TimeoutExpired):
            self.kill()
            return 0

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()


class SystemRun:
    """One system's worker and results; `step` hands it one document (a hung or dead worker is replaced)."""

    def __init__(self, system_name: str, docs: list, *, timeout: float) -> None:
        self.name, self.docs, self.timeout = system_name, docs, timeout
        self.result = RunResult(system_name, documents=len(docs))
        self.worker = Worker(system_name)

    def step(self, doc) -> None:
        result = self.result
        answer = self.worker.ask(doc.task(), self.timeout)
        if answer is None:
            reason = "timeout" if self.worker.process.poll() is None else "crash"
            self.worker.kill()
            result.failures[doc.doc_id] = reason
            result.outputs[doc.doc_id] = {"text": ""}
            result.seconds += self.timeout if reason == "timeout" else 0.0  # a hang costs its whole time limit
            result.input_bytes += os.path.getsize(doc.path)
            self.worker = Worker(self.name)
        else:
            result.outputs[doc.doc_id] = answer["output"]
            result.seconds += answer["seconds"]
            result.input_bytes += answer["bytes"]
            if answer["error"]:
                result.failures[doc.doc_id] = answer["error"]

    def finish(self) -> RunResult:
        self.result.peak_rss_kb = max(self.result.peak_rss_kb, self.worker.finish())
        return self.result


def run_systems_in_turns(docs_by_system: dict[str, list], *, timeout: float) -> dict[str, RunResult]:
    """Every system over its documents, the systems taking turns document by document (the first to go
    rotating), each in its own worker. A change in the machine's speed during the run then falls on all
    systems alike instead of on whichever ran at the time; each worker still runs alone, since the
    others wait for their turn."""
    runs = [SystemRun(name, docs, timeout=timeout) for name, docs in docs_by_system.items()]
    for position in range(max((len(run.docs) for run in runs), default=0)):
        for offset in range(len(runs)):
            run = runs[(position + offset) % len(runs)]
            if position < len(run.docs):
                run.step(run.docs[position])
    return {run.name: run.finish() for run in runs}


def pages_of_dumps(docs: list) -> list:
    """For systems reading the page a dump came from: each page once (see share_page_outputs)."""
    first_of_page: dict[str, Any] = {}
    for doc in docs:
        first_of_page.setdefault(doc.html_path, doc)
    return list(first_of_page.values())


def share_page_outputs(result: RunResult, docs: list) -> RunResult:
    """Each dump gets the output of the page it came from."""
    source_of = {page.html_path: page.doc_id for page in pages_of_dumps(docs)}
    for doc in docs:
        source = source_of[doc.html_path]
        result.outputs[doc.doc_id] = result.outputs[source]
        if source in result.failures:
            result.failures[doc.doc_id] = result.failures[source]
    return result
