"""Language identification, offline and fast: CLD2 (pycld2), the identifier Common Crawl annotates with.

CLD2 holds its tables in a few MB of static data and classifies 600 characters in tens of
microseconds; n-gram models in Python (langid.py and its forks) need ~70 MB and ten times the time.
"""

from __future__ import annotations

import re
from itertools import islice

import pycld2

from ..score import words_of

LANGUAGE_SAMPLE_CHARS = 600  # 600 chars of prose suffice
MIN_LANGUAGE_CHARS = 20  # fewer letters than this say nothing reliable
_LETTERS = re.compile(r"[^\W\d_]")
# CLD2 refuses control characters, surrogates and noncharacters as "invalid UTF-8"
_UNREADABLE_FOR_CLD2 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]」』）]*\s*$")
_OLD_CODES = {"iw": "he", "jw": "jv", "in": "id", "mo": "ro"}  # CLD2 keeps a few withdrawn ISO 639 codes


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text or an unknown language.

    >>> detect_language("The quick brown fox jumps over the lazy dog and runs away.")
    'en'
    >>> detect_language("זהו משפט בעברית על חתולים וכלבים ועוד דברים.")
    'he'
    >>> detect_language("Menu 12 34") is None
    True
    """
    sample = _UNREADABLE_FOR_CLD2.sub(" ", text[:LANGUAGE_SAMPLE_CHARS])
    if next(islice(_LETTERS.finditer(sample), MIN_LANGUAGE_CHARS - 1, None), None) is None:  # counts up to enough
        return None
    try:
        _reliable, _bytes, guesses = pycld2.detect(sample)
    except pycld2.error:  # still unreadable to CLD2: no opinion rather than a wrong one
        return None
    code = guesses[0][1].split("-")[0]
    if code in ("un", "xx", "xxx"):
        return None
    return _OLD_CODES.get(code, code)


# a line most of whose words are capitalised is a menu run together, even when it ends as a sentence does (German
# capitalises its nouns, a third of its words)
TITLE_CASED_SHARE = 0.6
PROSE_MIN_WORDS = 8  # menus and buttons are often in English on pages that are not
SENTENCE_SAMPLE_MIN_CHARS = 150  # CLD2 is sure of a language from two sentences


def detect_prose_language(texts: list[str]) -> str | None:
    """Language of the longer passages among `texts`, those that end a sentence first: what the
    page's own prose is written in, not its product menus ("Barbecue Gaz (Tous) …" reads as English), even where a
    text browser ran a menu into one line ending in a full stop (lynx dumps: three French pages read as English)."""
    sentences, others, size = [], [], 0
    for text in texts:
        if len(words_of(text)) < PROSE_MIN_WORDS:  # Japanese and Chinese, unspaced, counted as words_of counts them
            continue
        if _SENTENCE_END.search(text) and not _title_cased(text):
            sentences.append(text)
            size += len(text)
            if size >= LANGUAGE_SAMPLE_CHARS:
                break
        else:
            others.append(text)
    enough = size >= SENTENCE_SAMPLE_MIN_CHARS  # a paragraph of sentences outweighs any amount of menu
    sample = " ".join(sentences if enough else sentences + others)
    return detect_language(sample) if sample else None


def _title_cased(text: str) -> bool:
    words = text.split()  # only on lines long enough to be sentences, until 600 characters of them are found
    return sum(word[:1].isupper() for word in words) > TITLE_CASED_SHARE * len(words)
