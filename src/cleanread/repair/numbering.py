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


def sequential_numbers(digits: list[str], *, start: int = 1) -> list[int]:
    """One number per marker, increasing, from `start`; `digits` holds what OCR kept of each.

    >>> sequential_numbers(["", "", "", ""])
    [1, 2, 3, 4]
    >>> sequential_numbers(["", "7", "", ""])  # one misread digit moves nothing
    [1, 2, 3, 4]
    >>> sequential_numbers(["", "", "4", "5", "16"])  # a missed marker, confirmed twice
    [1, 2, 4, 5, 6]
    >>> sequential_numbers(["", "8"], start=17)  # "'8!" is the tail of [18]
    [17, 18]
    """
    if not digits:
        return []
    # numbers are start + position + shift, the shift never decreasing; a step up costs SKIP_COST
    shifts = range(MAX_SKIPPED + 1)
    cost = [SKIP_COST * shift - _agreement(start + shift, digits[0]) for shift in shifts]
    back: list[list[int]] = []
    for position, kept in enumerate(digits[1:], start=1):
        best_previous = 0
        step_cost, step_back = [], []
        for shift in shifts:
            if cost[shift] - SKIP_COST * shift < cost[best_previous] - SKIP_COST * best_previous:
                best_previous = shift
            step_back.append(best_previous)
            step_cost.append(cost[best_previous] + SKIP_COST * (shift - best_previous)
                             - _agreement(start + position + shift, kept))
        cost = step_cost
        back.append(step_back)
    shift = min(shifts, key=lambda s: (cost[s], s))
    chosen = [shift]
    for step_back in reversed(back):
        shift = step_back[shift]
        chosen.append(shift)
    return [start + position + shift for position, shift in enumerate(reversed(chosen))]


def _agreement(number: int, kept: str) -> float:
    return DIGIT_AGREEMENT if kept and str(number).endswith(kept) else 0.0
