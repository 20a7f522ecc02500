"""Blocks that are dates and nothing else: a date on a line of its own, a blog's archive of months."""

from __future__ import annotations

import re

_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
DATE_LINE = re.compile(
    rf"^(\w+,?\s+)?({_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
    rf"([\s,@|at-]+\d{{1,2}}:\d{{2}}(\s*[ap]\.?m\.?)?(\s*[A-Z]{{2,4}})?)?$",
    re.I,
)
HAS_DIGIT = re.compile(r"\d").search  # every date line has one: a cheap test before DATE_LINE
# a blog's archive menu, its options run into one line: "Archives Select Month October 2019 September 2019 …", ending
# on a year; jusText lists month names as stopwords, so that it reads as prose. Matched on a block's key
_MONTH_AND_YEAR = re.compile(rf"\b{_MONTH} (19|20)\d\d\b")
MONTH_LIST_MIN_ENTRIES = 4
MONTH_LIST_MIN_SHARE = 0.8  # of the block's words that are a month or its year


def lists_months(key: str, count: int) -> bool:
    """Most of the `count` words of `key` are months and their years. str.count first: most blocks name few years."""
    if key.count(" 20") + key.count(" 19") < MONTH_LIST_MIN_ENTRIES:
        return False
    entries = len(_MONTH_AND_YEAR.findall(key))
    return entries >= MONTH_LIST_MIN_ENTRIES and 2 * entries >= MONTH_LIST_MIN_SHARE * count
