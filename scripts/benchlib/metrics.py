"""Scores, defined exactly as in ../shared/README.md so figures compare with published ones."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_WORD = re.compile(r"\w+")


# Word F1 (WCXB) --------------------------------------------------------------------------


def word_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Lowercase \\w+ tokens as bags; both empty counts as perfect, one empty as zero."""
    predicted_words = Counter(_WORD.findall(predicted.lower()))
    gold_words = Counter(_WORD.findall(gold.lower()))
    if not predicted_words and not gold_words:
        return 1.0, 1.0, 1.0
    if not predicted_words or not gold_words:
        return 0.0, 0.0, 0.0
    overlap = sum((predicted_words & gold_words).values())
    precision = overlap / sum(predicted_words.values())
    recall = overlap / sum(gold_words.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


# Shingle F1 (ScrapingHub article-extraction-benchmark) -----------------------------------


def shingle_counts(predicted: str, gold: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over case-sensitive 4-gram shingles of \\w+ tokens."""
    predicted_shingles, gold_shingles = _shingles(predicted, n), _shingles(gold, n)
    tp = sum((predicted_shingles & gold_shingles).values())
    fp = sum((predicted_shingles - gold_shingles).values())
    fn = sum((gold_shingles - predicted_shingles).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, n: int) -> Counter:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over pages (pages where they are defined), F1 from the two means."""
    precisions = [_shingle_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_shingle_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _shingle_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _shingle_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


# Snippets and metadata -------------------------------------------------------------------


def snippet_rates(predicted: str, with_snippets: list[str], without_snippets: list[str]) -> tuple[float | None, float | None]:
    """Share of `with` snippets found and of `without` snippets leaked (case-insensitive substrings)."""
    lowered = predicted.lower()
    found = sum(1 for s in with_snippets if s.lower() in lowered) / len(with_snippets) if with_snippets else None
    leaked = sum(1 for s in without_snippets if s.lower() in lowered) / len(without_snippets) if without_snippets else None
    return found, leaked


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def title_matches(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    a, b = _fold(predicted), _fold(gold)
    return a == b or (min(len(a), len(b)) > 8 and (a in b or b in a))


def date_matches(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and predicted[:10] == gold[:10]


def author_matches(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    a, b = _fold(predicted), _fold(gold)
    return bool(a and b) and (a in b or b in a)


def metadata_scores(output: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """1.0/0.0 per field the gold has."""
    scores = {}
    for field, matches in (("title", title_matches), ("date", date_matches), ("author", author_matches)):
        if gold.get(field):
            scores[field] = float(matches(output.get(field), gold[field]))
    return scores
