#!/usr/bin/env python3
"""Benchmark cleanread against its peers, side by side in one run.

    python scripts/bench.py --all              # everything; rewrites BENCHMARKS.md and benchmarks/results.json.gz
    python scripts/bench.py --quick            # fixed stratified subset, under 3 minutes -> bench-results/
    python scripts/bench.py --datasets scrapinghub --systems cleanread,trafilatura   # -> bench-results/partial.md
    python scripts/bench.py --diff OLD.json.gz NEW.json.gz   # what moved, page by page
    python scripts/bench.py --batch            # batch-run memory and throughput only; updates BENCHMARKS.md
    python scripts/bench.py --all --keep-batch # datasets only; keeps the stored batch figures and their commit

Needs ../shared/datasets and the peers: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import datasets as dataset_loader  # noqa: E402
from benchlib.batch_scaling import run_batch_scaling  # noqa: E402
from benchlib.runner import pages_of_dumps, run_systems_in_turns, share_page_outputs, worker_main  # noqa: E402
from benchlib.report import PDF_METRICS, render_markdown  # noqa: E402
from benchlib.scoring import by_group, score_document, summarize  # noqa: E402
from benchlib.systems import SYSTEMS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_TIMEOUT = 30.0  # seconds per document
PEER_PACKAGES = ("trafilatura", "readability-lxml", "justext", "resiliparse", "ftfy", "lxml", "pycld2")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--all", action="store_true", help="every dataset and system; writes BENCHMARKS.md")
    mode.add_argument("--quick", action="store_true", help="fixed stratified subset (under 3 minutes)")
    mode.add_argument("--smoke", action="store_true", help="a handful of documents, to keep the harness working")
    mode.add_argument("--batch", action="store_true",
                      help="batch-run memory (small vs large run) and throughput (1 vs 2 workers) only; updates BENCHMARKS.md")
    mode.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="compare two results files page by page")
    mode.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--datasets", default=",".join(dataset_loader.DATASETS))
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated; see benchlib/systems.py")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder with datasets/ and seeds/")
    parser.add_argument("--out", type=Path, help="folder for the report and results (default: the repo root for --all, bench-results/ otherwise)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per document")
    parser.add_argument("--batch-sizes", default="200,20000,1000", metavar="SMALL,LARGE,THROUGHPUT",
                        help="documents in the small and large memory runs and in the throughput runs")
    parser.add_argument("--keep-batch", action="store_true",
                        help="with --all: keep the batch figures stored in benchmarks/results.json.gz (shown with the "
                             "commit they were measured at) instead of re-measuring them")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.worker:
        worker_main(args.worker)
        return 0
    if args.diff:
        return print_diff(Path(args.diff[0]), Path(args.diff[1]))
    if not (args.shared / "datasets").is_dir():
        print(f"bench: no datasets under {args.shared}; pass --shared", file=sys.stderr)
        return 2
    if args.batch:
        return update_batch_figures(args)
    subset = "quick" if args.quick else "smoke" if args.smoke else "all"
    systems = [name for name in args.systems.split(",") if name]
    unknown = [name for name in systems if name not in SYSTEMS]
    if unknown:
        print(f"bench: unknown systems {unknown}; known: {', '.join(SYSTEMS)}", file=sys.stderr)
        return 2
    kept_batch = stored_batch_figures() if args.keep_batch else None
    results = run_benchmark(args, subset, systems)
    if args.all:
        results["batch"] = kept_batch or batch_figures(args)
    write_outputs(results, args, subset if args.quick or args.smoke or args.all else "partial")
    return 0


def batch_figures(args: argparse.Namespace) -> dict:
    small, large, throughput = (int(n) for n in args.batch_sizes.split(","))
    figures = run_batch_scaling(args.shared, small=small, large=large, throughput_docs=throughput)
    figures["meta"] = {key: run_metadata(args)[key] for key in ("command", "date", "commit")}
    return figures


def stored_results() -> dict | None:
    results_path = ROOT / "benchmarks" / "results.json.gz"
    if not results_path.exists():
        return None
    with gzip.open(results_path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def stored_batch_figures() -> dict:
    """The last measured batch figures; they keep their own command, date and commit."""
    batch = (stored_results() or {}).get("batch")
    if batch is None:
        raise SystemExit("bench: --keep-batch: no stored batch figures; run --all or --batch first")
    return batch


def update_batch_figures(args: argparse.Namespace) -> int:
    """Re-measure the batch figures and re-render BENCHMARKS.md with the stored dataset results."""
    results = stored_results()
    if results is None:
        print("bench: run --all first; --batch adds to its results", file=sys.stderr)
        return 2
    results["batch"] = batch_figures(args)
    write_outputs(results, args, "all")
    return 0


def run_benchmark(args: argparse.Namespace, subset: str, systems: list[str]) -> dict:
    results = {"meta": run_metadata(args), "datasets": {}}
    started = time.time()
    for dataset in [d for d in args.datasets.split(",") if d]:
        docs = dataset_loader.load(dataset, args.shared, subset=subset)
        entry = {"doc_count": len(docs), "systems": {}}
        applicable = {name: [doc for doc in docs if doc.input_kind in SYSTEMS[name].kinds
                             and (doc.html_path or not SYSTEMS[name].uses_html_of_dump)] for name in systems}
        applicable = {name: name_docs for name, name_docs in applicable.items() if name_docs}
        print(f"[{time.time() - started:6.0f}s] {dataset}: {', '.join(applicable)} in turns on {len(docs)} documents",
              file=sys.stderr, flush=True)
        inputs = {name: pages_of_dumps(name_docs) if SYSTEMS[name].uses_html_of_dump else name_docs
                  for name, name_docs in applicable.items()}
        runs = run_systems_in_turns(inputs, timeout=args.timeout)
        for name, name_docs in applicable.items():
            run = share_page_outputs(runs[name], name_docs) if SYSTEMS[name].uses_html_of_dump else runs[name]
            per_doc = {doc.doc_id: score_document(doc, run.outputs[doc.doc_id]) for doc in name_docs}
            entry["systems"][name] = {
                "summary": summarize(name_docs, run, per_doc),
                "groups": breakdowns(dataset, name_docs, per_doc),
                "per_doc": per_doc,
                "failures": run.failures,
            }
        results["datasets"][dataset] = entry
    results["meta"]["seconds"] = round(time.time() - started, 1)
    return results


def breakdowns(dataset: str, docs: list, per_doc: dict) -> dict:
    if dataset == "wcxb-dev":
        return {"page_type": by_group(docs, per_doc)}
    if dataset == "webtext":
        return {
            "source_renderer": by_group(docs, per_doc, group_of=lambda d: f"{d.source_dataset} {d.group}"),
            "wcxb_page_type": by_group([d for d in docs if d.source_dataset == "wcxb-dev"], per_doc,
                                       group_of=lambda d: d.page_type or "unknown"),
            "renderer_title": by_group(docs, per_doc, "meta_title"),
            "renderer_date": by_group(docs, per_doc, "meta_date"),
        }
    if dataset == "pdftext":
        return {key: by_group(docs, per_doc, key) for key, _label in PDF_METRICS}
    return {}


def run_metadata(args: argparse.Namespace) -> dict:
    versions = {}
    for package in ("cleanread", *PEER_PACKAGES):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {
        "command": "python scripts/bench.py " + " ".join(sys.argv[1:]),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit or "unknown",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "timeout": args.timeout,
        "versions": versions,
    }


def write_outputs(results: dict, args: argparse.Namespace, subset: str) -> None:
    """Only a full run (--all, or --batch over stored full results) rewrites BENCHMARKS.md."""
    if subset == "all" and args.out is None:
        report_path, results_path = ROOT / "BENCHMARKS.md", ROOT / "benchmarks" / "results.json.gz"
    else:
        folder = args.out or ROOT / "bench-results"
        report_path, results_path = folder / f"{subset}.md", folder / f"{subset}.json.gz"
    results_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(render_markdown(results), encoding="utf-8")
    with gzip.open(results_path, "wt", encoding="utf-8") as handle:
        json.dump(results, handle, ensure_ascii=False, sort_keys=True)
    print(f"bench: wrote {report_path} and {results_path}", file=sys.stderr)


def print_diff(old_path: Path, new_path: Path, *, top: int = 10) -> int:
    """Summary deltas per dataset and system, then the pages whose word F1 moved most."""
    old, new = (json.load(gzip.open(p, "rt", encoding="utf-8")) for p in (old_path, new_path))
    for dataset, entry in new["datasets"].items():
        for system, value in entry["systems"].items():
            before = old["datasets"].get(dataset, {}).get("systems", {}).get(system)
            if not before:
                continue
            for key in ("word_f1", "shingle_f1", "cer", "meta_title", "meta_date"):
                a, b = before["summary"].get(key), value["summary"].get(key)
                if a is not None and b is not None and abs(a - b) >= 0.0005:
                    print(f"{dataset:12} {system:26} {key:12} {a:.3f} -> {b:.3f} ({b - a:+.3f})")
            moved = sorted(
                ((value["per_doc"][d].get("word_f1", 0) - before["per_doc"].get(d, {}).get("word_f1", 0), d)
                 for d in value["per_doc"] if d in before["per_doc"]),
                key=lambda item: abs(item[0]), reverse=True,
            )
            for delta, doc_id in [m for m in moved if abs(m[0]) >= 0.01][:top]:
                print(f"    {doc_id}: word F1 {delta:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
