"""Repair figures for PDF-derived text against the gold policy in ../shared/README.md."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

_TYPOGRAPHIC = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "−": "-"})
_CITATION = re.compile(r"(\w+)\[(\d+)\]")
_PAGE_NUMBER_LINE = re.compile(r"^\s*\d{1,4}\s*$", re.M)
_GARBLE_CHARS = set("™®¥|¢§«»©")
_GARBLE_RUN = re.compile(r"[!?'%\]\[]{2,}|\w[!%|]\W*$|^[!?'%|\]\[]+$")


def fold(text: str) -> str:
    """Typographic quotes and dashes to ASCII, as both sides are compared."""
    return text.translate(_TYPOGRAPHIC)


def cer(predicted: str, gold: str) -> float:
    predicted, gold = fold(predicted), fold(gold)
    return Levenshtein.distance(predicted, gold) / max(1, len(gold))


def wer(predicted: str, gold: str) -> float:
    predicted_words, gold_words = fold(predicted).split(), fold(gold).split()
    return Levenshtein.distance(predicted_words, gold_words) / max(1, len(gold_words))


def _f1(predicted: Counter, gold: Counter) -> float:
    if not predicted and not gold:
        return 1.0
    overlap = sum((predicted & gold).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(predicted.values()), overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def paragraph_start_f1(predicted: str, gold: str) -> float:
    """F1 over the first five words of each blank-line-separated paragraph."""

    def starts(text: str) -> Counter:
        paragraphs = re.split(r"\n\s*\n", fold(text))
        return Counter(" ".join(p.split()[:5]) for p in paragraphs if p.strip())

    return _f1(starts(predicted), starts(gold))


def citation_f1(predicted: str, gold: str) -> float:
    """F1 over (word, [n]) pairs."""
    return _f1(Counter(_CITATION.findall(fold(predicted))), Counter(_CITATION.findall(fold(gold))))


def garbage_token_rate(predicted: str, gold: str) -> float:
    """Share of predicted tokens that look like OCR garble and do not occur in the gold."""
    gold_tokens = set(fold(gold).split())
    tokens = fold(predicted).split()
    if not tokens:
        return 0.0
    garbage = sum(
        1 for token in tokens
        if token not in gold_tokens and (_GARBLE_CHARS & set(token) or _GARBLE_RUN.search(token))
    )
    return garbage / len(tokens)


def page_number_lines(predicted: str) -> int:
    return len(_PAGE_NUMBER_LINE.findall(predicted))


def repair_scores(predicted: str, gold: str) -> dict[str, float]:
    return {
        "cer": cer(predicted, gold),
        "wer": wer(predicted, gold),
        "paragraph_start_f1": paragraph_start_f1(predicted, gold),
        "citation_f1": citation_f1(predicted, gold),
        "garbage_rate": garbage_token_rate(predicted, gold),
        "page_number_lines": float(page_number_lines(predicted)),
    }
