"""How often a page says each thing: a menu says it on every screen, a teaser beside every article.

Some pages print their whole content two or more times over, one copy per screen size, and a text
dump keeps every copy. Counted as they stand, every paragraph of such a page "repeats" as a teaser
does; counted per copy, the article is said once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

COPY_MIN_PARAGRAPHS = 3  # long blocks a copy must hold, in the same order in each, to count as one
COPY_PARAGRAPH_MIN_WORDS = 20  # as long as prose (score.GOOD_MIN_WORDS)


def repeats_per_copy(keys: list[str]) -> Counter[str]:
    """How often each key (a block's lowercased words) is said in the page, per copy of the page."""
    repeats = Counter(keys)
    copies = _printed_copies(keys, repeats)
    if copies > 1:
        for key, count in repeats.items():
            repeats[key] = max(1, count // copies)
    return repeats


def _printed_copies(keys: list[str], repeats: Counter[str]) -> int:
    """k when the page's long blocks said exactly k times (k >= 2) run through the page k times in the same
    order, with nothing long said once among the copies, and one copy holds more prose than the page says once;
    else 1. A widget printed on every screen (a news box, a maker's comment) repeats a few paragraphs beside
    prose said once."""
    long_blocks = [(index, key) for index, key in enumerate(keys) if key.count(" ") + 1 >= COPY_PARAGRAPH_MIN_WORDS]
    said_once = [index for index, key in long_blocks if repeats[key] == 1]
    for copies in sorted({count for count in repeats.values() if count > 1}):
        positions = [index for index, key in long_blocks if repeats[key] == copies]
        paragraphs = [keys[index] for index in positions]
        per_copy = len(paragraphs) // copies
        if (per_copy >= COPY_MIN_PARAGRAPHS and paragraphs == paragraphs[:per_copy] * copies
                and not any(positions[0] < index < positions[-1] for index in said_once)
                and _words(paragraphs[:per_copy]) > _words(keys[index] for index in said_once)):
            return copies
    return 1


def _words(keys: Iterable[str]) -> int:
    return sum(key.count(" ") + 1 for key in keys)
