"""Find and normalise dates written in prose or page furniture, always as YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re

EARLIEST_YEAR = 1990  # older dates on web pages are almost always something else

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b"),
]


def find_date(text: str, *, today: dt.date | None = None) -> str | None:
    """The first plausible calendar date written in `text`, as YYYY-MM-DD.

    >>> find_date("Posted on February 19, 2025 in Asia")
    '2025-02-19'
    >>> find_date("19th Feb. 2025")
    '2025-02-19'
    >>> find_date("Updated 2021-7-04")
    '2021-07-04'
    >>> find_date("The year 2030-01-01 is ahead", today=dt.date(2026, 1, 1)) is None
    True
    """
    earliest = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _to_date(match, today or dt.date.today())
            if date and (earliest is None or match.start() < earliest[0]):
                earliest = (match.start(), date)
                break
    return earliest[1].isoformat() if earliest else None


def normalize_date(value: str | None, *, today: dt.date | None = None) -> str | None:
    """A date from a library (maybe with a time) as YYYY-MM-DD, or None when implausible."""
    if not value:
        return None
    return find_date(value[:10], today=today) if re.match(r"\d{4}-\d{2}-\d{2}", value) else find_date(value, today=today)


def _to_date(match: re.Match[str], today: dt.date) -> dt.date | None:
    month = match.group("month")
    month_number = _MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    try:
        date = dt.date(int(match.group("year")), month_number or 0, int(match.group("day")))
    except ValueError:
        return None
    return date if EARLIEST_YEAR <= date.year and date <= today else None
