"""Per-document scores and their aggregation into per-system summaries."""

from __future__ import annotations

import re
from collections import defaultdict
from statistics import mean
from typing import Any

from .datasets import BenchDoc
from .metrics import metadata_scores, shingle_counts, shingle_prf, snippet_rates, word_prf
from .repair_metrics import repair_scores
from .runner import RunResult

_OCR_GARBLE = ("!!!", "!?", "'™", "[%!", "'%!", "®", "™", "¥", "Figurel", "Tablel")


def score_document(doc: BenchDoc, output: dict[str, Any]) -> dict[str, Any]:
    text = output.get("text") or ""
    if doc.dataset == "seeds":
        return _seed_scores(doc, output)
    precision, recall, f1 = word_prf(text, doc.gold_text)
    scores: dict[str, Any] = {"word_p": precision, "word_r": recall, "word_f1": f1}
    if doc.dataset == "pdftext":
        scores.update(repair_scores(text, doc.gold_text))
        scores.update({f"meta_{k}": v for k, v in metadata_scores(output, doc.gold).items()})
        return scores
    scores["shingle"] = shingle_counts(text, doc.gold_text)
    found, leaked = snippet_rates(text, doc.gold.get("with") or [], doc.gold.get("without") or [])
    if found is not None:
        scores["snippets_found"] = found
    if leaked is not None:
        scores["snippets_leaked"] = leaked
    scores.update({f"meta_{k}": v for k, v in metadata_scores(output, doc.gold).items()})
    return scores


def _seed_scores(doc: BenchDoc, output: dict[str, Any]) -> dict[str, Any]:
    text = output.get("text") or ""
    if doc.input_kind == "pdf-text":
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", text)]
        return {
            "citations_in_order": float(numbers == list(range(1, doc.gold["citations"] + 1))),
            "citations_found": float(len(numbers)),
            "garbled_tokens_left": float(sum(text.count(token) for token in _OCR_GARBLE)),
            "figure_1_fixed": float("Figure 1" in text and "Table 1" in text),
            "residue_left": float(sum(text.count(s) for s in ("Role level", "Tier 1 Indicators", "Overseas Market Share"))),
        }
    gold = doc.gold
    return {
        "text_exact": float(text == doc.gold_text),
        "word_f1": word_prf(text, doc.gold_text)[2],
        "title": float(output.get("title") == gold["title"]),
        "date": float(output.get("date") == gold["date"]),
        "source": float(output.get("source") == gold["source"]),
        "site": float(output.get("site") in gold["site"]),
    }


def summarize(docs: list[BenchDoc], run: RunResult, per_doc: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Means of every score, shingle P/R/F1, per-group word F1, and speed."""
    keys = sorted({key for scores in per_doc.values() for key in scores if key != "shingle"})
    summary: dict[str, Any] = {key: _mean_of(per_doc, key) for key in keys}
    shingles = [scores["shingle"] for scores in per_doc.values() if "shingle" in scores]
    if shingles:
        summary["shingle_p"], summary["shingle_r"], summary["shingle_f1"] = shingle_prf(shingles)
    summary["docs"] = len(docs)
    summary["docs_per_s"] = run.documents / run.seconds if run.seconds else None
    summary["mb_per_s"] = run.input_bytes / 1_048_576 / run.seconds if run.seconds else None
    summary["peak_rss_mb"] = run.peak_rss_kb / 1024
    summary["failures"] = len(run.failures)
    return summary


def by_group(docs: list[BenchDoc], per_doc: dict[str, dict[str, Any]], key: str = "word_f1", *, group_of=None) -> dict[str, float]:
    group_of = group_of or (lambda doc: doc.group)
    values: dict[str, list[float]] = defaultdict(list)
    for doc in docs:
        if key in per_doc.get(doc.doc_id, {}):
            values[group_of(doc)].append(per_doc[doc.doc_id][key])
    return {group: mean(vals) for group, vals in sorted(values.items())}


def _mean_of(per_doc: dict[str, dict[str, Any]], key: str) -> float | None:
    values = [scores[key] for scores in per_doc.values() if key in scores and scores[key] is not None]
    return mean(values) if values else None
