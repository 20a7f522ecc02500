"""Batch-run figures: peak memory of a small and a large run, and throughput with one and two workers.

The inputs are WARC files of WCXB dev pages (cycled, each copy with its own URL and record ID),
run through the installed `cleanread` command exactly as a user runs it. Memory is the proportional
set size (PSS) of the whole process tree, the main process and its workers summed, sampled while it
runs: PSS splits the pages workers share with the process they were forked from, so the sum is the
memory the run really holds; the largest single process's resident size (RSS) is reported too.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

THROUGHPUT_REPEATS = 3  # runs per worker count, alternated; the median is reported (a shared VM's speed drifts)
MEMORY_SAMPLE_SECONDS = 0.25  # reading PSS walks page tables: sampling must not steal a worker's core
WAIT_SECONDS = 0.05
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def wcxb_pages(shared: Path) -> list[tuple[str, bytes]]:
    folder = shared / "datasets" / "wcxb-dev" / "html"
    return [(path.name.split(".")[0], gzip.decompress(path.read_bytes())) for path in sorted(folder.glob("*.html.gz"))]


def write_warc(path: Path, pages: list[tuple[str, bytes]], count: int) -> Path:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number in range(count):
            page_id, html = pages[number % len(pages)]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            url = f"https://wcxb.example/{page_id}?copy={number // len(pages)}"
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(html), http_headers=headers))
    return path


def measure(warc: Path, workers: int, output: Path, *, sample_memory: bool = True) -> dict:
    """One `cleanread` run over `warc`: wall time, documents/s and peak memory of its process tree.

    Throughput runs leave memory alone (`sample_memory=False`), so the sampling costs them nothing.
    """
    command = [sys.executable, "-m", "cleanread", str(warc), "-o", str(output), "--workers", str(workers), "-q"]
    started = time.monotonic()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    peak_tree = peak_process = 0
    while process.poll() is None:
        if sample_memory:
            pids = _tree(process.pid)
            peak_tree = max(peak_tree, sum(map(_pss, pids)))
            peak_process = max([peak_process, *map(_rss, pids)])
        time.sleep(MEMORY_SAMPLE_SECONDS if sample_memory else WAIT_SECONDS)
    seconds = time.monotonic() - started
    with open(output, "rb") as handle:
        documents = sum(1 for _ in handle)
    return {
        "workers": workers, "documents": documents, "seconds": round(seconds, 1),
        "docs_per_s": round(documents / seconds, 2), "peak_tree_pss_mb": round(peak_tree / 1_048_576),
        "peak_process_rss_mb": round(peak_process / 1_048_576), "exit_status": process.returncode,
    }


def run_batch_scaling(shared: Path, *, small: int = 200, large: int = 20000, throughput_docs: int = 1000) -> dict:
    pages = wcxb_pages(shared)
    results: dict = {"memory": [], "throughput": []}
    with tempfile.TemporaryDirectory(prefix="cleanread-batch-") as folder:
        for count in (small, large):
            warc = write_warc(Path(folder) / f"pages-{count}.warc.gz", pages, count)
            print(f"batch: {count} documents, 2 workers", file=sys.stderr, flush=True)
            results["memory"].append(measure(warc, 2, Path(folder) / "out.jsonl"))
        warc = write_warc(Path(folder) / "throughput.warc.gz", pages, throughput_docs)
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for repeat in range(THROUGHPUT_REPEATS):
            for workers in (1, 2):
                print(f"batch: {throughput_docs} documents, {workers} worker(s), run {repeat + 1}", file=sys.stderr, flush=True)
                runs[workers].append(measure(warc, workers, Path(folder) / "out.jsonl", sample_memory=False))
        results["throughput"] = [_median_run(runs[workers]) for workers in (1, 2)]
    small_run, large_run = results["memory"]
    one, two = results["throughput"]
    results["memory_ratio"] = round(large_run["peak_tree_pss_mb"] / small_run["peak_tree_pss_mb"], 2)
    results["speedup"] = round(two["docs_per_s"] / one["docs_per_s"], 2)
    return results


def _median_run(runs: list[dict]) -> dict:
    """The run with the median speed, with every run's speed kept beside it."""
    ordered = sorted(runs, key=lambda run: run["docs_per_s"])
    median = dict(ordered[len(ordered) // 2])
    median["all_docs_per_s"] = [run["docs_per_s"] for run in runs]
    return median


def _tree(root: int) -> list[int]:
    """The process and all its descendants, from /proc."""
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    queue.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0
