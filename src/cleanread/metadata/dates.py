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
_GLUED = r"(?!\d{3})"  # a text dump glues the next number on: "October 17, 20236:01 PM", "May 2nd 202511 mins"
_YEAR_HINT = re.compile(r"(?:19|20)\d{2}")  # no year, no date: most blocks stop here
has_year = _YEAR_HINT.search
_DATE_PATTERNS = [  # a year may run into the next word ("June 29, 2020November"): no \b after it
    re.compile(rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))){_MONTH}\s+{_DAY},?\s+{_YEAR}{_GLUED}", re.I),  # "calendarApr 16, 2024"
    re.compile(rf"(?<![\d.])\b{_DAY}(?:\.?\s+|-){_MONTH}(?:,?\s+|-){_YEAR}{_GLUED}", re.I),  # "11. Sep 2024", "19-Dec-2025"; not "v2.11. May"
    re.compile(rf"\b{_YEAR}\s+{_MONTH}\s+{_DAY}\b", re.I),  # "Accepted 2023 Jan 7", as PubMed writes it
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:\b|(?=T\d))"),  # ISO, with a time too
    re.compile(r"\b(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(r"(?<![\d.,/])(?P<first>\d{1,2})(?P<separator>[./-])(?P<second>\d{1,2})(?P=separator)(?P<year>(?:19|20)\d{2})(?!\d)"),
]


def find_date(text: str, *, today: dt.date | None = None) -> str | None:
    """The first plausible calendar date written in `text`, as YYYY-MM-DD.

    >>> find_date("Posted on February 19, 2025 in Asia")
    '2025-02-19'
    >>> find_date("19th Feb. 2025")
    '2025-02-19'
    >>> find_date("Updated 2021-7-04"), find_date("2022-11-23T08:10+02:00"), find_date("Post » 11. Sep 2024, 18:36")
    ('2021-07-04', '2022-11-23', '2024-09-11')
    >>> find_date("Version 2.11. May 2024 notes") is None
    True
    >>> find_date("The year 2030-01-01 is ahead", today=dt.date(2026, 1, 1)) is None
    True

    Day and month written as numbers: a part over 12 settles the order; otherwise "." is
    the day-first habit and "/" the month-first one, and "-" says nothing.

    >>> find_date("23.07.2025 · 6 min read"), find_date("03/01/2017 by Agnes"), find_date("11-29-2024, 09:05")
    ('2025-07-23', '2017-03-01', '2024-11-29')
    >>> find_date("calendarApr 16, 2024"), find_date("03-01-2017"), find_date("October 17, 20236:01 PM ET")
    ('2024-04-16', None, '2023-10-17')
    >>> find_date("Updated on 19-Dec-2025"), find_date("Received 2022 Oct 12; Accepted 2023 Jan 7")
    ('2025-12-19', '2022-10-12')
    """
    if not has_year(text):
        return None
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
    if "first" in match.re.groupindex:
        first, second = int(match.group("first")), int(match.group("second"))
        habit = {".": "day-first", "/": "month-first"}.get(match.group("separator"))  # "-" has none
        day_first = first > 12 or (second <= 12 and habit == "day-first")
        if first <= 12 and second <= 12 and habit is None:
            return None
        day, month = (first, second) if day_first else (second, first)
    else:
        name = match.group("month")
        month = int(name) if name.isdigit() else _MONTHS.get(name.lower().rstrip("."), 0)
        day = int(match.group("day"))
    try:
        date = dt.date(int(match.group("year")), month, day)
    except ValueError:
        return None
    return date if EARLIEST_YEAR <= date.year and date <= today else None


_URL_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})[/_-](?P<month>\d{1,2}|" + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")[/_-](?P<day>\d{1,2})(?!\d)",
    re.I,
)


def url_date(url: str | None, *, today: dt.date | None = None) -> str | None:
    """The date a URL's path spells out ("/2023/10/03/slug", "/2023/october/03/"), as YYYY-MM-DD.

    >>> url_date("https://news.example/2023/october/03/wine-styles"), url_date("https://x.example/2008/09/lean.html")
    ('2023-10-03', None)
    """
    match = _URL_DATE.search(url or "")
    date = _to_date(match, today or dt.date.today()) if match else None
    return date.isoformat() if date else None
