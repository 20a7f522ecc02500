"""Split a plain-text page dump into blocks that survive every renderer.

w3m and inscriptis write one paragraph per line; lynx wraps paragraphs at a fixed width.
Blocks are runs of lines that belong together: one paragraph, one list item, one menu entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from unicodedata import east_asian_width

from ..model import Block
from .tables import mark_table_rows
from .wrap_width import WIDTH_BAND, inner_wrap_width, unspaced, wrap_width

DOUBLED_MIN_CHARS = 6  # "Menu Menu" is a button labelled twice; longer halves are a picture's words

_BULLET = re.compile(r"^(?P<marker>[•*+□■▪◦·‣☆○o#@-]|\d{1,3}[.)])\s+(?=\S)")
_BULLET_FIRST_CHARS = frozenset("•*+□■▪◦·‣☆○o#@-")
# lynx bullets nested lists "*", "+", "o", "#", "@", "-", five columns deeper a level from column 5. "#" and "@" are
# bullets only at lynx's own columns: elsewhere "# " opens a code comment or a Markdown heading, "@ " a mention
LYNX_DEEP_BULLET_INDENTS = {"#": 20, "@": 25}
_WORD = re.compile(r"\S+")
# "June 23 – Virginia Beach, VA" over "June 24 – Bristow, VA": a list's entries opening alike, a word then a number
_NUMBERED_OPENING = re.compile(r"(\S+) \d")
CODE_RUN_MIN_LINES = 2  # one line of code is as likely a stray fragment
CODE_RUN_MIN_SHARE = 0.6  # share of a run's lines that must look like code on their own
CODE_LINE_MAX_WORDS = 25
CODE_LINE_MAX_SPACES = 80  # a quick bound before counting words: aligned code has runs of spaces
CODE_GAP_LINES = 2
CODE_GAP_MAX_WORDS = 8  # a longer line between code lines is prose, and ends the listing
GUTTER_REACH = 4  # lines between two numbers of a listing's gutter: a wrapped line of code, a blank
_CODE_COMMENT = re.compile(r"^(?:#|--)\s")  # a comment inside a listing: a shell's, a script's, SQL's
_SHELL_COMMENT = re.compile(r"# [a-z]")  # one that opens a listing: lower case, unlike a menu's "# Services"
# lynx opens a dump with the titles of the page's <link> elements after a "#": "#alternate alternate", "#Site » Feed
# Site » Comments Feed oEmbed (JSON)", "#Forum Search next". Never the article (lynx dumps: WCXB +0.0015, 36 pages up
# and 6 down by at most 0.03; ScrapingHub +0.0007)
_HEAD_LINKS = re.compile(r"#[^\s#\d[]")
_SQL_STATEMENTS = (
    "SELECT", "INSERT INTO", "DELETE FROM", "CREATE TABLE", "CREATE INDEX", "CREATE VIEW", "ALTER TABLE",
)
_CODE_LINE = re.compile(
    r"^(>>>|\$\s|//|/\*|\*/|#include|@\w|</?[a-zA-Z][\w-]*[\s>/]|[{}\[\]()<>;]+$)"  # prompts, comments, tags, lone brackets
    r"|^(def|class|return|const|let|var|function|export|public|private|fn|pub|use|package|"
    r"elif|else|try|except|finally|with|print)\b.*[(){}\[\];:=<>]"  # a statement's keyword, then its syntax
    r"|^(if|for|while|switch)\s*\("
    r"|^from\s+[\w.]+\s+import\s|^import\s+[\w.]+(\s+as\s+\w+)?;?$|^import\s.*\sfrom\s+['\"]"
    r"|[{;(\[]$|^[)}\]]"  # a line that opens or closes a block
    r"|\s(=|==|!=|\+=|=>|->|:=|&&|\|\|)(\s|$)|\w\(\)|[a-z_]::\w|=\{|=\"|\w\.\w+\("  # operators, calls
    r"|^--?[a-zA-Z][\w-]*(,\s*--?\w| {2,}\S|=| [A-Z]{2,}\b)"  # a command's option in its --help: "-h, --help   show …"
    # SQL's statements, in capitals, but not a line of capitals: "SELECT kind, sum(len)", not "SELECT COMFORT BEDS (2)"
    rf"|^(?:{'|'.join(_SQL_STATEMENTS)})(?:\s+(?![A-Z]{{2,}}\s+[A-Z]{{2,}})\S|$)",
)
_CODE_CHARS = re.compile(r"[(){}\[\];=<>$@/]")  # a code line has one of these or is an import; most lines are neither
# a code line without code characters opens with one: an import, an option, a comment over a command
_CODE_OPENINGS = ("import ", "from ", "-", "# ", *_SQL_STATEMENTS)
_ESCAPED_QUOTES = re.compile(r'\\"[^"]*\\"')  # \"...\": a script's string dumped into the page, not a listing
MINIFIED_MIN_MARKS = 3
UNWRAPPED_LINE_COLUMNS = 1024  # w3m's longest line: a longer paragraph goes on on the next line
UNWRAPPED_LINE_SLACK = 14  # ...at the last space before it: the lines w3m broke end at 1,010 to 1,024 columns
CODE_WRAP_SLACK = 5  # in a wrapped render a line reaching the width was wrapped prose or a script, not a listing
# w3m rules a table in box-drawing characters: a border line between every two rows, "│" between cells. The borders
# are blank lines to the segmenter, so that the rows are consecutive one-line blocks, as other renderers print them
_TABLE_BORDER_OPENINGS = frozenset("┌├└╔╠╚┏┣┗")
_BOX_DRAWING = "".join(map(chr, range(0x2500, 0x2580))) + " "


@dataclass(slots=True)
class Line:
    number: int  # 1-based
    text: str  # stripped
    indent: int
    bullet: str | None  # the bullet marker, when the line starts a list item

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Lines with indentation and bullet markers noted; bullet markers are removed from the text."""
    lines: list[Line] = []
    append = lines.append  # bound once: this loop sees every line of every dump
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if "\t" in raw:
            raw = raw.expandtabs(4)
        stripped = raw.strip()
        if not stripped:
            append(Line(number, "", 0, None))
            continue
        first = stripped[0]
        if first in _TABLE_BORDER_OPENINGS and not stripped.strip(_BOX_DRAWING):
            append(Line(number, "", 0, None))
            continue
        indent = len(raw) - len(raw.lstrip())
        bullet = _bullet(stripped, indent) if first in _BULLET_FIRST_CHARS or first.isdigit() else None
        if bullet is None:
            append(Line(number, stripped, indent, None))
        else:
            append(Line(number, stripped[bullet.end():], indent, bullet.group("marker")))
    return lines


def line_key(raw_line: str) -> str:
    """A line as other pages of the same site would repeat it: no bullet, spacing or case differences.

    >>> line_key("  *  Privacy   Policy ")
    'privacy policy'
    """
    raw = raw_line.expandtabs(4) if "\t" in raw_line else raw_line
    stripped = raw.strip()
    bullet = _bullet(stripped, len(raw) - len(raw.lstrip())) if stripped else None
    return " ".join((stripped[bullet.end():] if bullet else stripped).lower().split())


def segment_web_text(text: str, *, template_lines: frozenset[str] = frozenset()) -> list[Block]:
    """Blocks of a text dump, each with its first line number and layout features.

    `template_lines` are line keys seen on other pages of the same site in this run; a block made
    only of such lines is marked as template.
    """
    lines = split_lines(text)
    width = wrap_width(lines)
    wrapped = width is not None
    if wrapped:
        _dashes_wrapped_to_line_starts(lines, width)
    inner = inner_wrap_width(lines, width)
    code_runs = dict(_code_runs(lines, width))
    blocks: list[Block] = []
    current: list[Line] = []
    code_end = 0
    head_links_end = _head_links_end(lines)
    for index, line in enumerate(lines):
        if index < code_end:
            continue
        ends_here = index in code_runs or not line.text  # a listing or a blank line closes the block before it
        if current and index >= head_links_end and (ends_here or not _carries_on(current[-1], line, width, inner)):
            blocks.append(_make_block(current, template_lines, wrapped))
            current = []
        if index in code_runs:
            code_end = code_runs[index]
            blocks.append(_make_code_block(lines[index:code_end], template_lines))
        elif line.text:
            current.append(line)
    if current:
        blocks.append(_make_block(current, template_lines, wrapped))
    mark_table_rows(blocks)
    if blocks and _HEAD_LINKS.match(blocks[0].text):
        blocks[0].features["head_links"] = True
    return blocks


def _head_links_end(lines: list[Line]) -> int:
    """Where lynx's paragraph of <link> titles ends (its first blank line): lynx wraps it as any paragraph, and
    on a page where it renders little else there is no wrap width to join the lines by."""
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or not _HEAD_LINKS.match(lines[first].text):
        return 0
    return next((index for index in range(first, len(lines)) if not lines[index].text), len(lines))


def looks_like_code(text: str) -> bool:
    """A line a programmer wrote, not a sentence: statements, operators, brackets, prompts.

    >>> looks_like_code("total = next(iterator)"), looks_like_code("export default function Profile() {")
    (True, True)
    >>> looks_like_code("Read the guide (it takes five minutes) before you start.")
    False
    """
    return (
        (_CODE_CHARS.search(text) is not None or text.startswith(_CODE_OPENINGS))
        and text.count(" ") < CODE_LINE_MAX_SPACES and len(text.split()) <= CODE_LINE_MAX_WORDS
        and _CODE_LINE.search(text) is not None and any(c.isalnum() for c in text)
        and not _ESCAPED_QUOTES.search(text) and not _is_minified(text)
    )


def _is_minified(text: str) -> bool:
    """Several statements or blocks on one line: a page's script that leaked into the dump."""
    return text.count(";") >= MINIFIED_MIN_MARKS or text.count("{") + text.count("}") >= MINIFIED_MIN_MARKS + 1


def _code_runs(lines: list[Line], width: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of runs of lines that read as code. A single blank line stays inside a run, and
    so do up to CODE_GAP_LINES other lines between code lines ("yield total", a docstring)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last_code = 0  # set with start; read only while a run is open
    code_count = blanks = others = 0
    has_code_chars = _CODE_CHARS.search  # bound once: this loop sees every line of every dump
    for index, line in enumerate(lines):
        text = line.text
        if start is None:  # most lines: only ask, cheaply first, whether a listing starts here
            if not has_code_chars(text) and not text.startswith(_CODE_OPENINGS):
                continue
            if text.startswith("# ") and _commented_command(lines, index + 1):
                start = last_code = index  # the listing opens with a comment, and the command under it
                code_count, blanks, others = 0, 0, 0
                continue
            if not line.bullet and not _reaches_width(line, width) and looks_like_code(text):
                start = last_code = index
                code_count, blanks, others = 1, 0, 0
            continue
        if _CODE_COMMENT.match(text):
            blanks = others = 0
            continue
        if text.isdigit() and _numbers_a_gutter(lines, index):
            continue
        short = len(text.split()) <= CODE_GAP_MAX_WORDS
        indented = line.indent > lines[start].indent and short
        if text and not line.bullet and not _reaches_width(line, width) and (
                indented or _commented_command(lines, index) or looks_like_code(text)):
            last_code, code_count, blanks, others = index, code_count + 1, 0, 0
            continue
        blanks, others = (blanks + 1, others) if line.blank else (0, others + 1)
        if blanks > 1 or others > CODE_GAP_LINES or not short:
            _close_code_run(runs, lines, start, last_code, code_count)
            start, code_count = None, 0
    if start is not None:
        _close_code_run(runs, lines, start, last_code, code_count)
    return runs


def _commented_command(lines: list[Line], index: int) -> bool:
    """A command under its comment, as shell listings pair them: "# clone repo" over "git clone <repo url>". A
    menu's "# Services" is capitalised, as a heading is."""
    if index == 0 or index >= len(lines) or not _SHELL_COMMENT.match(lines[index - 1].text):
        return False
    text = lines[index].text
    return text[:1].islower() and len(text.split()) <= CODE_GAP_MAX_WORDS and not text.endswith((".", "!", "?"))


def _numbers_a_gutter(lines: list[Line], index: int) -> bool:
    """A listing's line number, printed on a line of its own: the number one less or one more is a few lines away
    (a lone "0" under a post is a count of its replies)."""
    text = lines[index].text
    if not text.isdigit():
        return False
    number = int(text)
    nearby = lines[max(0, index - GUTTER_REACH) : index] + lines[index + 1 : index + 1 + GUTTER_REACH]
    return any(line.text.isdigit() and abs(int(line.text) - number) == 1 for line in nearby)


def _reaches_width(line: Line, width: int | None) -> bool:
    return width is not None and line.indent + len(line.text) >= width - CODE_WRAP_SLACK


def _close_code_run(runs: list[tuple[int, int]], lines: list[Line], start: int, last: int, code_count: int) -> None:
    run = lines[start : last + 1]
    written = sum(1 for index, line in enumerate(run)  # comments and a gutter's numbers neither way
                  if line.text and not _CODE_COMMENT.match(line.text) and not _numbers_a_gutter(run, index))
    if code_count >= CODE_RUN_MIN_LINES and code_count / written >= CODE_RUN_MIN_SHARE:
        runs.append((start, last + 1))


def _make_code_block(lines: list[Line], template_lines: frozenset[str]) -> Block:
    """A run starts and ends on code and never holds two blank lines in a row, so its lines join as they are."""
    lines = [line for index, line in enumerate(lines) if not _numbers_a_gutter(lines, index)]  # not the code's
    base = min(line.indent for line in lines if not line.blank)
    text = "\n".join(" " * (line.indent - base) + line.text for line in lines)
    block = Block(text=text, line=lines[0].number, features={"bullet": None, "code_lines": len(lines)})
    if template_lines:
        block.features["template"] = _all_template(lines, template_lines)
    return block


def _dashes_wrapped_to_line_starts(lines: list[Line], width: int) -> None:
    """A dash or plus sign of the running text that lynx wrapped to the start of a line ("… copy gatsby files" over
    "- 0.023s …", "… or Command" over "+ D for Mac.") reads as a list marker: at the paragraph's column, under a line
    with no room left for it, it is the paragraph's own word."""
    for previous, line in zip(lines, lines[1:]):
        if (line.bullet in ("-", "+") and previous.text and previous.bullet is None and line.indent == previous.indent
                and _no_room_for(line.bullet, width - _end_column(previous))):
            line.text, line.bullet = f"{line.bullet} {line.text}", None


def _all_template(lines: list[Line], template_lines: frozenset[str]) -> bool:
    return all(" ".join(line.text.lower().split()) in template_lines for line in lines if not line.blank)


def _carries_on(previous: Line, line: Line, width: int | None, inner: int | None) -> bool:
    """Is `line` more of the paragraph `previous` is part of? In a dump left unwrapped, only where `previous` ran
    into w3m's limit on a line's length."""
    if line.bullet:  # a list item opens a block of its own
        return False
    if width is None:
        return _at_the_line_limit(previous)
    return _continues(previous, line, width, inner)


def _at_the_line_limit(line: Line) -> bool:
    """w3m breaks a line longer than 1,024 columns at the last space before the limit and goes on with it on the
    next line; a rule across the page (no letters) is as wide, but ends there."""
    chars = line.indent + len(line.text)
    if chars < UNWRAPPED_LINE_COLUMNS // 2 - UNWRAPPED_LINE_SLACK:  # wide characters take two columns
        return False
    columns = chars if line.text.isascii() else chars + sum(
        east_asian_width(char) in "WF" for char in line.text)
    return (UNWRAPPED_LINE_COLUMNS - UNWRAPPED_LINE_SLACK <= columns <= UNWRAPPED_LINE_COLUMNS
            and any(char.isalnum() for char in line.text[-UNWRAPPED_LINE_SLACK:]))


def _continues(previous: Line, line: Line, width: int, inner: int | None) -> bool:
    """Does `line` carry on the paragraph `previous` was wrapped out of? A line no longer than the `inner` width
    (see inner_wrap_width) was wrapped at it."""
    end = _end_column(previous)
    if inner is not None and end <= inner:
        width = inner
    first_word = _WORD.match(line.text)
    room_left = width - end
    if unspaced(line.text[:1]):  # broken at any character: only a line filled to the width was wrapped
        wrapped = room_left < WIDTH_BAND
    else:
        wrapped = first_word is not None and _no_room_for(first_word.group(), room_left)
    same_column = line.indent == previous.indent or (
        line.indent >= previous.indent if previous.bullet is not None else line.indent == previous.indent - 1
    )  # a paragraph's first line may open with a space of the page's own ("    Xero is …" over "   play a …")
    return wrapped and same_column and not _open_alike(previous, line)


def _no_room_for(word: str, room_left: int) -> bool:
    """Would `word` not have fitted, after a space, in the `room_left` columns a line left (two columns of slack)?"""
    return len(word) + 1 > room_left - 2


def _end_column(line: Line) -> int:
    """The column `line` ends at, its list marker and the space after it counted (removed from its text)."""
    return line.indent + len(line.text) + (len(line.bullet) + 1 if line.bullet else 0)


def _open_alike(previous: Line, line: Line) -> bool:
    """Two entries of a list (a tour's dates, "… 1 of 7" over "… 2 of 7"), the first of which ran up to the width:
    lynx wraps a list's lines as it wraps paragraphs (webtext scrapinghub lynx +0.0014, 2 pages up, none down)."""
    above, below = _NUMBERED_OPENING.match(previous.text), _NUMBERED_OPENING.match(line.text)
    return above is not None and below is not None and above.group(1) == below.group(1)


def _make_block(lines: list[Line], template_lines: frozenset[str], wrapped: bool = False) -> Block:
    text = lines[0].text if len(lines) == 1 else _joined(lines)
    once = said_once(text)
    block = Block(text=once or text, line=lines[0].number,
                  features={"bullet": lines[0].bullet, "indent": lines[0].indent, "doubled": once is not None})
    if wrapped:  # lynx puts a blank line between paragraphs, none between a table's rows (see lines_one_under_another)
        block.features["last_line"] = lines[-1].number
    if template_lines:
        block.features["template"] = _all_template(lines, template_lines)
    return block


def _joined(lines: list[Line]) -> str:
    """A wrapped paragraph's lines, a space between them but where Japanese or Chinese text runs on."""
    parts = [lines[0].text]
    for previous, line in zip(lines, lines[1:]):
        runs_on = unspaced(previous.text[-1:]) and unspaced(line.text[:1])
        parts.append(line.text if runs_on else f" {line.text}")
    return "".join(parts)


def said_once(text: str) -> str | None:
    """The words of a line that says them twice in a row ("Storm hits coastStorm hits coast"), once: a
    dump prints a picture's alt text and the caption or link beside it one after the other.

    >>> said_once("Storm hits coastStorm hits coast"), said_once("Storm hits coast")
    ('Storm hits coast', None)
    """
    half = len(text) // 2
    if half < DOUBLED_MIN_CHARS:
        return None
    second_start = text[len(text) - half]
    if second_start != text[0] and not second_start.isspace():  # the halves differ at once: no copies made
        return None
    first = text[:half].rstrip()
    return first if first == text[-half:].lstrip() else None


def _bullet(stripped: str, indent: int) -> re.Match[str] | None:
    """The list marker a line opens with. lynx marks third-level items with 'o ': only trusted before a capital or
    digit; its fourth and fifth levels only at their columns (LYNX_DEEP_BULLET_INDENTS)."""
    bullet = _BULLET.match(stripped)
    if bullet is None or stripped[0] not in "o#@":  # most markers need no more looking at
        return bullet
    if stripped[0] == "o":
        return bullet if len(stripped) > 2 and (stripped[2].isupper() or stripped[2].isdigit()) else None
    return bullet if indent == LYNX_DEEP_BULLET_INDENTS[stripped[0]] else None
