#!/usr/bin/env python3
"""How much of the webtext dumps' gold metadata the text itself holds: a ceiling for any method
that reads title and date from the dump alone.

    python scripts/webtext_ceiling.py [--shared ../shared]

For each wcxb-dev dump whose gold has the field: does some line of the dump match the gold title
(the benchmark's own title match), and does the page's URL or some line hold a date that cleanread's
date reader reads as the gold date? A date that lives only in the HTML's meta tags is in neither.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib.metrics import title_matches  # noqa: E402

from cleanread.metadata.dates import find_date, url_date  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    folder = parser.parse_args().shared / "datasets" / "webtext"
    counts: Counter[tuple[str, str]] = Counter()
    with open(folder / "manifest.jsonl", encoding="utf-8") as manifest:
        for row in map(json.loads, manifest):
            if row["dataset"] != "wcxb-dev":
                continue
            for renderer, relative in row["renders"].items():
                lines = [line.strip() for line in (folder / relative).read_text(encoding="utf-8").split("\n")]
                lines = [line for line in lines if line]
                _count(counts, renderer, "title", row.get("title"), lambda gold: any(title_matches(l, gold) for l in lines))
                _count(counts, renderer, "date", (row.get("date") or "")[:10] or None,
                       lambda gold: url_date(row.get("url")) == gold or any(find_date(line) == gold for line in lines))
    print("| renderer | title in the text | date in the text |\n|---|---:|---:|")
    for renderer in sorted({renderer for renderer, _ in counts}):
        cells = [f"{counts[renderer, f + ':found'] / counts[renderer, f]:.3f} of {counts[renderer, f]}"
                 for f in ("title", "date")]
        print(f"| {renderer} | {cells[0]} | {cells[1]} |")


def _count(counts: Counter, renderer: str, field: str, gold: str | None, found) -> None:
    if gold:
        counts[renderer, field] += 1
        counts[renderer, field + ":found"] += bool(found(gold))


if __name__ == "__main__":
    main()
