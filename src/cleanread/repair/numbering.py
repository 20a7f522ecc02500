"""Numbers for citation markers found in order, using the few digits OCR kept as evidence.

Markers are numbered 1, 2, 3 … in order of appearance. A missed marker shifts every later
number, and a kept digit can repair that, but OCR misreads digits too ("[2]" read as "!7]").
So the numbering is the cheapest increasing sequence: each skipped number costs
SKIP_COST, each marker whose number ends with the digits OCR kept earns DIGIT_AGREEMENT.
One stray digit cannot buy a jump; two later digits that agree on it can.
"""

from __future__ import annotations

SKIP_COST = 1.0
DIGIT_AGREEMENT = 0.6
MAX_SKIPPED = 20  # numbers the sequence may skip in all
OPTIONAL_COST = 0.5  # taking a lone "!" as a marker: cheaper than a skip, dearer than nothing


def sequential_numbers(digits: list[str], *, start: int = 1, optional: list[bool] | None = None) -> list[int | None]:
    """One number per marker, increasing, from `start`; `digits` holds what OCR kept of each.

    An `optional` marker (a lone "!" that may be an exclamation) gets a number only where the
    kept digits show one is missing, at OPTIONAL_COST instead of a skip's; otherwise None.

    >>> sequential_numbers(["", "", "", ""])
    [1, 2, 3, 4]
    >>> sequential_numbers(["", "7", "", ""])  # one misread digit moves nothing
    [1, 2, 3, 4]
    >>> sequential_numbers(["", "", "4", "5", "16"])  # a missed marker, confirmed twice
    [1, 2, 4, 5, 6]
    >>> sequential_numbers(["", "", "", "4", "5"], optional=[False, True, False, False, False])
    [1, 2, 3, 4, 5]
    >>> sequential_numbers(["", "", "", "3"], optional=[False, True, False, False])
    [1, None, 2, 3]
    """
    optional = optional or [False] * len(digits)
    shifts = range(MAX_SKIPPED + 1)  # the excess of a marker's number over its count of certain markers
    cost = [0.0] + [float("inf")] * MAX_SKIPPED
    steps: list[tuple[bool, list[int]]] = []  # per marker: optional?, the excess it came from
    certain = 0
    for kept, maybe in zip(digits, optional):
        if maybe:
            came_from = [s - 1 if s and cost[s - 1] + OPTIONAL_COST < cost[s] else s for s in shifts]
            cost = [cost[s] if f == s else cost[f] + OPTIONAL_COST for s, f in zip(shifts, came_from)]
        else:
            came_from, best = [], 0
            for s in shifts:
                if cost[s] - SKIP_COST * s < cost[best] - SKIP_COST * best:
                    best = s
                came_from.append(best)
            number = start + certain
            cost = [cost[f] + SKIP_COST * (s - f) - _agreement(number + s, kept) for s, f in zip(shifts, came_from)]
            certain += 1
        steps.append((maybe, came_from))
    shift = min(shifts, key=lambda s: (cost[s], s))
    excess_after = []
    for _maybe, came_from in reversed(steps):
        excess_after.append(shift)
        shift = came_from[shift]
    excess_after.reverse()
    numbers: list[int | None] = []
    certain, excess_before = 0, 0
    for (maybe, _came_from), excess in zip(steps, excess_after):
        if not maybe:
            numbers.append(start + certain + excess)
            certain += 1
        else:
            numbers.append(start + certain + excess_before if excess > excess_before else None)
        excess_before = excess
    return numbers


def _agreement(number: int, kept: str) -> float:
    return DIGIT_AGREEMENT if kept and str(number).endswith(kept) else 0.0
