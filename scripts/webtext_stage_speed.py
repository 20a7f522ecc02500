#!/usr/bin/env python3
"""Where the web-text path spends its time: each stage's share of `cleanread.extract`, in one process, on a
sample of dumps.

    python scripts/webtext_stage_speed.py [--shared ../shared] [--sample 1000] [--rounds 3]

The pipeline runs as it is; each stage function it calls is timed where it calls it (STAGES), and
what no stage accounts for (the pipeline's own glue) is shown as the rest. The cumulative column
is the speed of the stages up to that line alone. The documents run one after another in one
process, the way a batch job runs them; the machine's speed varies from run to run by a few tens
of per cent, so compare figures from one run, or from runs made one right after the other.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import cleanread
from cleanread import pipeline

# the names pipeline.py calls the web-text stages by, in the order it calls them, under one label each
STAGES = (
    ("decode", ("decode_bytes",)),
    ("detect kind", ("detect_kind",)),
    ("segment", ("segment_web_text",)),
    ("mojibake scan and repair", ("may_hold_mojibake", "repair_mojibake")),
    ("language", ("detect_prose_language",)),
    ("score", ("score_web_blocks",)),
    ("classify", ("classify_web_blocks",)),
    ("text browser marks", ("_without_browser_marks",)),
    ("metadata", ("text_metadata",)),
    ("render", ("plain_text",)),
)
WARM_UP_DUMPS = 30


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--sample", type=int, default=1000, help="dumps, drawn with a fixed seed from all renderers")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the fastest counts")
    options = parser.parse_args()
    dumps = _sample(options.shared / "datasets" / "webtext", options.sample)
    megabytes = sum(len(data) for data, _ in dumps) / 1_048_576
    seconds = _timed_stages()
    for data, url in dumps[:WARM_UP_DUMPS]:
        cleanread.extract(data, url=url)
    whole, by_stage = min((_one_pass(dumps, seconds) for _ in range(options.rounds)), key=lambda found: found[0])
    blocks = by_stage.pop("blocks")
    print(f"{len(dumps)} dumps, {megabytes:.1f} MB, {blocks:.0f} blocks, best of {options.rounds} passes: "
          f"{megabytes / whole:.2f} MB/s, {whole / blocks * 1e6:.1f} µs a block")
    print(f"{'stage':<28} {'share':>7} {'MB/s up to here':>16}")
    so_far = 0.0
    for label, _ in STAGES:
        so_far += by_stage[label]
        print(f"{label:<28} {by_stage[label] / whole:7.1%} {megabytes / so_far:16.2f}")
    print(f"{'the rest':<28} {(whole - so_far) / whole:7.1%} {megabytes / whole:16.2f}")


def _sample(folder: Path, count: int) -> list[tuple[bytes, str | None]]:
    renders = []
    with open(folder / "manifest.jsonl", encoding="utf-8") as manifest:
        for row in map(json.loads, manifest):
            renders += [(relative, row.get("url")) for relative in row["renders"].values()]
    random.Random(7).shuffle(renders)
    return [((folder / relative).read_bytes(), url) for relative, url in renders[:count]]


def _timed_stages() -> dict[str, float]:
    """Replaces each stage function in pipeline's namespace by one that adds its time to its label's total (and
    counts the blocks segmenting returns)."""
    seconds: dict[str, float] = defaultdict(float)
    for label, names in STAGES:
        for name in names:
            setattr(pipeline, name, _timed(getattr(pipeline, name), label, seconds))
    return seconds


def _timed(stage: Callable, label: str, seconds: dict[str, float]) -> Callable:
    def run(*args, **kwargs):
        started = time.perf_counter()
        result = stage(*args, **kwargs)
        seconds[label] += time.perf_counter() - started
        if label == "segment":
            seconds["blocks"] += len(result)
        return result

    return run


def _one_pass(dumps: list[tuple[bytes, str | None]], seconds: dict[str, float]) -> tuple[float, dict[str, float]]:
    seconds.clear()
    started = time.perf_counter()
    for data, url in dumps:
        cleanread.extract(data, url=url)
    return time.perf_counter() - started, dict(seconds)


if __name__ == "__main__":
    main()
