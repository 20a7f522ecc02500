"""How often a page says each thing: a menu says it on every screen, a teaser beside every article.

Some pages print their whole content two or more times over, one copy per screen size, and a text
dump keeps every copy. Counted as they stand, every paragraph of such a page "repeats" as a teaser
does; counted per copy, the article is said once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

COPY_MIN_PARAGRAPHS = 3  # long blocks a copy must hold, in the same order in each, to count as one
COPY_PARAGRAPH_MIN_WORDS = 20  # as long as prose (score.GOOD_MIN_WORDS)


def repeats_per_copy(keys: list[str], long_words: Mapping[str, int]) -> Counter[str]:
    """How often each key (a block's lowercased words) is said, per copy of the page. `long_words` holds the
    number of words of every key of COPY_PARAGRAPH_MIN_WORDS words or more, and no other key."""
    repeats = Counter(keys)
    copies = _printed_copies(keys, long_words, repeats)
    if copies > 1:
        for key, count in repeats.items():
            repeats[key] = max(1, count // copies)
    return repeats


def _printed_copies(keys: list[str], long_words: Mapping[str, int], repeats: Counter[str]) -> int:
    """k when the page's long blocks said exactly k times (k >= 2) run through the page k times in the same
    order, with nothing long said once among the copies, and one copy holds more prose than the page says once;
    else 1. A widget printed on every screen (a news box, a maker's comment) repeats a few paragraphs beside
    prose said once."""
    said = Counter(repeats[key] for key in long_words if repeats[key] > 1)  # distinct long keys by their count
    candidates = sorted(count for count, distinct in said.items() if distinct >= COPY_MIN_PARAGRAPHS)
    if not candidates:  # most pages: no three paragraphs said equally often
        return 1
    long_blocks = [(index, key) for index, key in enumerate(keys) if key in long_words]
    said_once = [index for index, key in long_blocks if repeats[key] == 1]
    for copies in candidates:
        positions = [index for index, key in long_blocks if repeats[key] == copies]
        paragraphs = [keys[index] for index in positions]
        per_copy = len(paragraphs) // copies
        if (paragraphs == paragraphs[:per_copy] * copies
                and not any(positions[0] < index < positions[-1] for index in said_once)
                and _words(paragraphs[:per_copy], long_words) > _words((keys[i] for i in said_once), long_words)):
            return copies
    return 1


def _words(keys: Iterable[str], long_words: Mapping[str, int]) -> int:
    return sum(long_words[key] for key in keys)
