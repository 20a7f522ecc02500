#!/usr/bin/env python3
"""Where the web-text path spends its time: MB/s of each stage's prefix, in one process, on a sample of dumps.

    python scripts/webtext_stage_speed.py [--shared ../shared] [--sample 1000] [--rounds 3]

Each line runs the pipeline's stages up to and including the one named, in the order
pipeline._classified_text_blocks runs them, over the same dumps; the last line is the whole
`cleanread.extract`. A stage's cost is the difference between its line and the one above.
The documents run one after another in one process, the way a batch job runs them; the
machine's speed varies from run to run by a few tens of per cent, so compare figures from
one run, or from runs made one right after the other.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

import cleanread
from cleanread.classify import classify_web_blocks
from cleanread.decode import decode_bytes
from cleanread.detect import detect_kind
from cleanread.metadata import detect_prose_language
from cleanread.repair.mojibake import may_hold_mojibake, repair_mojibake
from cleanread.score import score_web_blocks
from cleanread.segment.text import segment_web_text

WARM_UP_DUMPS = 30


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--sample", type=int, default=1000, help="dumps, drawn with a fixed seed from all renderers")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per stage; the fastest counts")
    options = parser.parse_args()
    dumps = _sample(options.shared / "datasets" / "webtext", options.sample)
    megabytes = sum(len(data) for data, _ in dumps) / 1_048_576
    print(f"{len(dumps)} dumps, {megabytes:.1f} MB, best of {options.rounds} passes")
    whole = _seconds(dumps, _extract, options.rounds)
    blocks = sum(len(_segmented(data, url)[1]) for data, url in dumps)
    print(f"{blocks} blocks: {whole / blocks * 1e6:.1f} µs a block for the whole extract")
    for name, stages in _PREFIXES:
        seconds = whole if stages is None else _seconds(dumps, stages, options.rounds)
        print(f"{name:<44} {megabytes / seconds:6.2f} MB/s  {seconds / whole:6.1%} of the whole")


def _sample(folder: Path, count: int) -> list[tuple[bytes, str | None]]:
    renders = []
    with open(folder / "manifest.jsonl", encoding="utf-8") as manifest:
        for row in map(json.loads, manifest):
            renders += [(relative, row.get("url")) for relative in row["renders"].values()]
    random.Random(7).shuffle(renders)
    return [((folder / relative).read_bytes(), url) for relative, url in renders[:count]]


def _seconds(dumps: list[tuple[bytes, str | None]], run: Callable[[bytes, str | None], object], rounds: int) -> float:
    for data, url in dumps[:WARM_UP_DUMPS]:
        run(data, url)
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for data, url in dumps:
            run(data, url)
        best = min(best, time.perf_counter() - started)
    return best


def _decoded(data: bytes, url: str | None) -> str:
    text, _ = decode_bytes(data)
    detect_kind(text)
    return text


def _segmented(data: bytes, url: str | None) -> tuple[str, list]:
    text = _decoded(data, url)
    blocks = segment_web_text(text)
    if may_hold_mojibake(text):
        repair_mojibake(blocks)
    return text, blocks


def _scored(data: bytes, url: str | None) -> list:
    _, blocks = _segmented(data, url)
    return score_web_blocks(blocks, language=detect_prose_language([block.text for block in blocks]))


def _classified(data: bytes, url: str | None) -> list:
    return classify_web_blocks(_scored(data, url))


def _extract(data: bytes, url: str | None) -> object:
    return cleanread.extract(data, url=url)


_PREFIXES = (
    ("decode, detect kind", _decoded),
    ("+ segment (and mojibake repair)", _segmented),
    ("+ language, score", _scored),
    ("+ classify", _classified),
    ("+ repair, metadata, render: extract()", None),
)


if __name__ == "__main__":
    main()
