"""Take apart lines of two columns that pdftotext (without -layout) printed run together.

Where a page's two columns nearly touch, pdftotext reads a left-column line and the
right-column line beside it as one line. It also joins a line ending in a hyphen to the next
line it prints, which may belong to the other column ("resem" + "tropical" = "resemtropical").
The sign of it is a word broken at a line end with more text after it ("constantly evolv- bon
cocktails"). In a run of lines that shows it, each line is cut back into the lines it was made
of, and every line is threaded onto the column it continues: a broken word goes on with the
rest of a word English knows, a finished sentence is followed by a capital, an unfinished one
by lowercase. The threading that reads best over the whole run wins, and the run is printed
left column first.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from .lines import SENTENCE_END, Line, numbered_pages, page_text

LONG_LINE_RATIO = 1.35  # a line this much wider than a column holds more than one line
LEFT_PART_MIN_RATIO = 0.6  # a left-column part is at least this share of a column
RIGHT_PART_MAX_RATIO = 1.2  # and a right-column part at most this
OPENING_LINE_RATIO = 0.85  # lines narrower than a column that open a run (title, authors) stay in front
MAX_GLUE_POINTS = 3  # per printed line; more are left glued
MIN_GLUED_TAIL = 4  # letters of a known word that must follow where two lines were glued
MAX_RUN_LINES = 250  # longer runs keep their printed order: the threading is quadratic
MAX_THREADED_LINES = 4000  # per document (about a second per 250 lines); later runs keep their order
BEAM = 64  # threadings kept at each line

# Scores of one line following another in the same column.
BROKEN_WORD_MENDED = 4.0
BROKEN_WORD_GOES_ON = 1.5
BROKEN_WORD_STOPS = -2.0
FOLLOWS_ON = 1.0
DOES_NOT_FOLLOW = -1.0
CAPITAL_AFTER_UNFINISHED = -0.5
PART_WIDTH_COST = 0.03  # per character that a part of a line is narrower or wider than its column lines
WHOLE_LONG_LINE_COST = 0.5
HYPHEN_AT_CUT_BONUS = 0.5
UNGLUE_COST = 0.5

BROKEN_WORD_INSIDE = re.compile(r"[a-z]- (?!and |or |to )[a-z]")  # "evolv- bon"; not "pre- and post-"
_EDGE_PUNCTUATION = re.compile(r"^[^A-Za-z]+|[^A-Za-z]+$")


@dataclass
class _Reading:
    """One way to read a printed line: whole, or as a left part and a right part."""

    number: int  # of the input line it was printed on
    left: str
    right: str | None = None
    cost: float = 0.0


def separate_columns(text: str, width: int) -> str:
    """Text with each run of run-together column lines printed as its left, then its right column.

    >>> left = ["Wedding food trends are evolving, and cooks see", "two clear favourites this year. Mock-",
    ...         "tails are a crowd favourite, and drinks without", "alcohol are becoming a staple at weddings."]
    >>> right = ["Texas-shaped cakes and a risotto bar with chefs", "cooking in front of the guests show a style that",
    ...          "every guest remembers, and cheese infused with li-", "quor is served at the end of the evening."]
    >>> printed = [f"{a} {b}" for a, b in zip(left, right)]
    >>> print(separate_columns("\\n".join(printed), width=48))
    Wedding food trends are evolving, and cooks see
    two clear favourites this year. Mock-
    tails are a crowd favourite, and drinks without
    alcohol are becoming a staple at weddings.
    <BLANKLINE>
    Texas-shaped cakes and a risotto bar with chefs
    cooking in front of the guests show a style that
    every guest remembers, and cheese infused with li-
    quor is served at the end of the evening.
    """
    return page_text(separate_run_together_columns(numbered_pages(text), width))


def separate_run_together_columns(pages: list[list[Line]], width: int) -> list[list[Line]]:
    """The pages with runs of run-together lines taken apart; every piece keeps its line's number."""
    if not width or not any(BROKEN_WORD_INSIDE.search(line.text) for page in pages for line in page):
        return pages
    lexicon = Lexicon("\n".join(line.text for page in pages for line in page))
    budget = _Budget(MAX_THREADED_LINES)
    return [_separate_page([Line(number, text.strip()) for number, text in page], width, lexicon, budget) for page in pages]


@dataclass
class _Budget:
    """Lines a document may still have threaded: hostile input must not cost minutes."""

    lines: int

    def take(self, count: int) -> bool:
        if count > self.lines:
            return False
        self.lines -= count
        return True


def _separate_page(lines: list[Line], width: int, lexicon: Lexicon, budget: _Budget) -> list[Line]:
    output: list[Line] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].text:
            end += 1
        run = lines[start:end]
        together = _run_together([line.text for line in run], width)
        if together and len(run) <= MAX_RUN_LINES and budget.take(len(run)):
            opening = next((i for i, line in enumerate(run) if len(line.text) >= OPENING_LINE_RATIO * width), len(run))
            left, right = _thread(_readings(run[opening:], width, lexicon), lexicon)
            output += run[:opening] + left + ([Line(right[0].number, "")] + right if right else [])
        else:
            output += run
        output += lines[end:end + 1]  # the blank line that ended the run
        start = end + 1
    return output


def _run_together(run: list[str], width: int) -> bool:
    return any(
        len(line) > LONG_LINE_RATIO * width
        and any(match.start() >= LEFT_PART_MIN_RATIO * width for match in BROKEN_WORD_INSIDE.finditer(line))
        for line in run
    )


def _readings(run: list[Line], width: int, lexicon: Lexicon) -> list[list[list[list[_Reading]]]]:
    """For each printed line, its possible makings: the lines it may be glued from, each with its readings."""
    return [
        [[_line_readings(printed.number, line, width) for line in lines] for lines in _unglued(printed.text, width, lexicon)]
        for printed in run
    ]


def _line_readings(number: int, line: str, width: int) -> list[_Reading]:
    if len(line) <= LONG_LINE_RATIO * width:
        return [_Reading(number, line)]
    return [_Reading(number, line, cost=WHOLE_LONG_LINE_COST), *_cuts(number, line, width)]


def _unglued(line: str, width: int, lexicon: Lexicon) -> list[list[str]]:
    """The line as printed, and the lines it is made of if pdftotext glued them at a hyphen it dropped.

    A line ends at a column's edge, so a glue point is at least a column part away from the
    start of its line. Ungluing is a choice the threading makes: a made-up word may be real.

    >>> _unglued("the arrowhead plant gets its name from leaves that resemtropical regions", 40, Lexicon())
    [['the arrowhead plant gets its name from leaves that resemtropical regions'], ['the arrowhead plant gets its name from leaves that resem-', 'tropical regions']]
    >>> _unglued("my favourites", 40, Lexicon())
    [['my favourites']]
    """
    tokens = line.split(" ")
    points = []  # (token index, cut inside the token)
    start = 0
    for index, token in enumerate(tokens):
        cut = _glue_point(token, lexicon)
        if cut is not None and len(" ".join(tokens[start:index] + [token[:cut]])) >= LEFT_PART_MIN_RATIO * width:
            points.append((index, cut))
            start = index
    makings = []
    for chosen in itertools.product((False, True), repeat=min(len(points), MAX_GLUE_POINTS)):
        pieces, current = [], []
        cuts = {index: cut for (index, cut), use in zip(points, chosen) if use}
        for index, token in enumerate(tokens):
            if index in cuts:
                pieces.append(" ".join(current + [token[: cuts[index]] + "-"]))
                current = [token[cuts[index]:]]
            else:
                current.append(token)
        makings.append(pieces + [" ".join(current)])
    return makings


def _glue_point(token: str, lexicon: Lexicon) -> int | None:
    """Where two lines meet inside an unknown word: before a capital, or before the longest common word."""
    word = _EDGE_PUNCTUATION.sub("", token)
    if len(word) < MIN_GLUED_TAIL + 2 or not word.isalpha() or lexicon.knows(word):
        return None
    offset = token.index(word)
    camel = re.search(r"[a-z][A-Z]", word)
    if camel:
        return offset + camel.start() + 1
    for cut in range(2, len(word) - MIN_GLUED_TAIL + 1):
        if lexicon.is_common(word[cut:]):
            return offset + cut
    return None


def _cuts(number: int, line: str, width: int) -> list[_Reading]:
    """Left part + right part at each space where both fit; each part is as wide as its lines.

    The right part is one line of its column; the left part one or more lines (pdftotext glued
    those that ended in a hyphen). A part that ends a paragraph may be narrower.
    """
    readings = []
    for space in re.finditer(" ", line):
        left, right = line[: space.start()], line[space.end():]
        if space.start() < LEFT_PART_MIN_RATIO * width or len(right) > RIGHT_PART_MAX_RATIO * width:
            continue
        cost = _width_cost(right, width) + _width_cost(left, width, lines=max(1, round(len(left) / width)))
        if left.endswith("-"):
            cost -= HYPHEN_AT_CUT_BONUS
        readings.append(_Reading(number, left, right, cost))
    return readings


def _width_cost(part: str, width: int, lines: int = 1) -> float:
    if SENTENCE_END.search(part) and len(part) <= lines * width:
        return 0.0
    return PART_WIDTH_COST * abs(len(part) - lines * width)


def _follows(tail: str | None, head: str, lexicon: Lexicon) -> float:
    """How well `head` goes on from `tail`, the last line of a column so far."""
    if tail is None:
        return 0.0
    first = head[:1]
    if tail.endswith("-"):
        if not first.islower():
            return BROKEN_WORD_STOPS
        fragment = _EDGE_PUNCTUATION.sub("", tail.rsplit(" ", 1)[-1])
        rest = _EDGE_PUNCTUATION.sub("", head.split(" ", 1)[0])
        return BROKEN_WORD_MENDED if fragment and lexicon.knows(fragment + rest) else BROKEN_WORD_GOES_ON
    if SENTENCE_END.search(tail):
        return FOLLOWS_ON if not first.islower() else DOES_NOT_FOLLOW
    return FOLLOWS_ON if first.islower() else CAPITAL_AFTER_UNFINISHED


@dataclass(frozen=True)
class _Step:
    """A threading so far: the last line of each column, and how it got there."""

    score: float
    left: str | None
    right: str | None
    placed: tuple[tuple[int, Line], ...]  # this step's (column, line) pairs; column 0 is the left one
    before: _Step | None = None

    def columns(self) -> tuple[list[Line], list[Line]]:
        steps: list[_Step] = []
        step: _Step | None = self
        while step is not None:
            steps.append(step)
            step = step.before
        placed = [pair for step in reversed(steps) for pair in step.placed]
        return [line for column, line in placed if column == 0], [line for column, line in placed if column == 1]


def _thread(readings: list[list[list[list[_Reading]]]], lexicon: Lexicon) -> tuple[list[Line], list[Line]]:
    """The two columns of the best-scoring threading (a beam search over the run's lines)."""
    steps = [_Step(0.0, None, None, ())]
    for makings in readings:
        following: dict[tuple[str | None, str | None], _Step] = {}
        for lines in makings:
            reached = steps
            for options in lines:
                reached = _advance(reached, options, lexicon)
            for step in reached:
                unglued = step.score - UNGLUE_COST * (len(lines) - 1)
                key = (step.left, step.right)
                if key not in following or unglued > following[key].score:
                    following[key] = _Step(unglued, step.left, step.right, step.placed, step.before)
        steps = sorted(following.values(), key=lambda s: -s.score)[:BEAM]
    return steps[0].columns()


def _advance(steps: list[_Step], options: list[_Reading], lexicon: Lexicon) -> list[_Step]:
    """The best threadings after one more line, one per pair of column ends."""
    following: dict[tuple[str | None, str | None], _Step] = {}
    for step in steps:
        for reading in options:
            for candidate in _place(step, reading, lexicon):
                key = (candidate.left, candidate.right)
                if key not in following or candidate.score > following[key].score:
                    following[key] = candidate
    return sorted(following.values(), key=lambda s: -s.score)[:BEAM]


def _place(step: _Step, reading: _Reading, lexicon: Lexicon) -> list[_Step]:
    if reading.right is not None:
        score = step.score - reading.cost + _follows(step.left, reading.left, lexicon)
        score += _follows(step.right, reading.right, lexicon)
        parts = ((0, Line(reading.number, reading.left)), (1, Line(reading.number, reading.right)))
        return [_Step(score, reading.left, reading.right, parts, step)]
    line = reading.left
    placed = Line(reading.number, line)
    on_left = step.score - reading.cost + _follows(step.left, line, lexicon)
    on_right = step.score - reading.cost + _follows(step.right, line, lexicon)
    return [
        _Step(on_left, line, step.right, ((0, placed),), step),
        _Step(on_right, step.left, line, ((1, placed),), step),
    ]
