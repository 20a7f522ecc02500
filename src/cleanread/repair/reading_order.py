"""Put the paragraphs of a text layer back in reading order when its own numbering shows they are not.

pdftotext without -layout prints two-column pages in chunks whose order it guesses: the top of
the right column can come out before the left column, and a reference list can start mid-page.
A paper carries its own evidence of the true order: numeric citations are numbered by first
use, section numbers count up, a paragraph that stops mid-word goes on in one that starts in
lowercase, and the reference list comes last, in number order. The paragraphs are reordered
only when that evidence is out of order; a document whose citations and sections already
count up is left exactly as it is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .. import model
from ..model import Block
from ..segment.pdf import CAPTION, REFERENCE_ENTRY, SENTENCE_END, join_continuation

CITATION = re.compile(r"\[(\d{1,3})\]")
SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")
ABSTRACT = re.compile(r"^abstract\b", re.I)
REFERENCES_HEADING = re.compile(r"^(references|bibliography)\s*:?$", re.I)
SECTION_HEADING_MAX_WORDS = 6  # longer "3. Cast Iron Plant: ..." lines are list items, not sections
FULL_LINE = 0.8  # a one-line paragraph this close to the body width was cut off, not finished
MIN_CITED_PARAGRAPHS = 3  # fewer paragraphs with citations are too little evidence to reorder by
FRONT_MATTER_MAX_BLOCKS = 10  # an abstract further down is not the paper's opening
MAX_REORDERED_BLOCKS = 1000  # the ordering is quadratic; longer texts keep the printed order


@dataclass
class Chunk:
    """A run of paragraphs that the text layer printed in the right order."""

    blocks: list[Block] = field(default_factory=list)
    start: int = 0  # position of its first block in the input

    @property
    def citation(self) -> int | None:
        numbers = [n for block in self.blocks if block.kept for n in _citations(block)]
        return min(numbers) if numbers else None

    @property
    def section(self) -> tuple[int, ...] | None:
        sections = [s for block in self.blocks if (s := _section(block)) is not None]
        return sections[0] if sections else None


def restore_reading_order(blocks: list[Block]) -> tuple[list[Block], str | None]:
    """The blocks in reading order, with a note of what moved; the same list when nothing had to."""
    front = _front_matter(blocks)
    in_front = {id(block) for block in front}
    body, references = _split_references([block for block in blocks if id(block) not in in_front])
    _mark_first_citations(front + body)
    references_disordered = _entry_numbers(references) != sorted(_entry_numbers(references))
    moved = []
    if len(body) <= MAX_REORDERED_BLOCKS and _body_out_of_order(body, references_disordered):
        chunks = _split_inside(_link_continuations(_cut(body, at_continuations=True)))
        ordered = _ordered(chunks)
        body = _join_continued_paragraphs([block for chunk in ordered for block in chunk.blocks])
        moved.append(f"ordered {len(chunks)} runs of paragraphs by their citation and section numbers")
    if references_disordered:
        moved.append("sorted the reference list")
    elif not moved:
        return blocks, None
    return front + body + _sorted_references(references), "reading_order: " + "; ".join(moved)


def _front_matter(blocks: list[Block]) -> list[Block]:
    """The title, author lines and abstract: they open the paper whatever the layout did after them.

    A numbered section heading printed among them belongs to the body. Everything before an
    abstract is front matter, even a title the layout broke over several lines.
    """
    opening = blocks[:FRONT_MATTER_MAX_BLOCKS]
    abstract = next((i for i, block in enumerate(opening) if block.kept and ABSTRACT.match(block.text)), None)
    if abstract is not None:
        return [block for block in opening[:abstract] if _section(block) is None] + [opening[abstract]]
    front = []
    for block in blocks:
        if _section(block) is not None:
            continue
        if block.kept and (block.features.get("line_count", 1) > 1 or CITATION.search(block.text)):
            return front + [block] if ABSTRACT.match(block.text) else front
        front.append(block)
    return []


def _citations(block: Block) -> list[int]:
    """The citation numbers this block is the first to use; later uses say nothing about order."""
    return block.features.get("first_citations", [])


def _mark_first_citations(blocks: list[Block]) -> None:
    seen: set[int] = set()
    for block in blocks:
        numbers = [int(n) for n in CITATION.findall(block.text)] if block.kept else []
        block.features["first_citations"] = sorted(set(numbers) - seen)
        seen.update(numbers)


def _section(block: Block) -> tuple[int, ...] | None:
    if block.label != model.HEADING or len(block.text.split()) > SECTION_HEADING_MAX_WORDS:
        return None
    match = SECTION_NUMBER.match(block.text)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def _is_reference(block: Block) -> bool:
    return block.kept and bool(REFERENCE_ENTRY.match(block.text))


def _split_references(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Body blocks, and the reference list (its heading, entries and what rides with them)."""
    body: list[Block] = []
    references: list[Block] = []
    in_references = False
    for block in blocks:
        if block.kept and REFERENCES_HEADING.match(block.text.strip()):
            references.append(block)
            in_references = True
        elif _is_reference(block):
            references.append(block)
            in_references = True
        elif in_references and not block.kept:
            references.append(block)
        else:
            body.append(block)
            in_references = False
    return body, references


def _entry_numbers(references: list[Block]) -> list[int]:
    return [int(REFERENCE_ENTRY.match(block.text).group(1)) for block in references if _is_reference(block)]


def _body_out_of_order(body: list[Block], references_disordered: bool) -> bool:
    """Citations first used out of number order, and a sign that the layout broke the text's flow.

    Papers that number references alphabetically also cite out of order; their paragraphs
    still follow each other, their sections count up and their reference list is sorted.
    """
    firsts = [min(numbers) for block in body if (numbers := _citations(block))]
    if len(firsts) < MIN_CITED_PARAGRAPHS or firsts == sorted(firsts):
        return False
    sections = [s for block in body if (s := _section(block)) is not None]
    kept = [block for block in body if block.kept]
    resumed = any(_continues(block) and not _opens(previous) for previous, block in zip(kept, kept[1:]))
    return references_disordered or sections != sorted(sections) or resumed


def _opens(block: Block) -> bool:
    """A paragraph that stops mid-sentence: a column or page ended inside it."""
    text = block.text.rstrip()
    features = block.features
    wrapped = (
        text.endswith("-") or features.get("line_count", 1) > 1 or features.get("last_line_ratio", 0) >= FULL_LINE
    )
    return block.label == model.BODY and wrapped and not SENTENCE_END.search(text) and not CAPTION.match(text)


def _continues(block: Block) -> bool:
    return block.label == model.BODY and block.text[:1].islower()


def _cut(blocks: list[Block], *, at_continuations: bool, start: int = 0) -> list[Chunk]:
    """Cut where citations or section numbers go back, and (first pass) where a paragraph resumes another.

    Headings at a cut open what follows it; before a resumed paragraph they open what follows that.
    """
    chunks: list[Chunk] = []
    current = Chunk(start=start)
    last_citation, last_section, last_kept = 0, (), None
    held: list[Block] = []
    for position, block in enumerate(blocks, start):
        goes_back = broken_off = resumes = False
        if block.kept and current.blocks:
            numbers = _citations(block)
            section = _section(block)
            goes_back = bool(numbers) and min(numbers) < last_citation
            goes_back = goes_back or (section is not None and section < last_section)
            if at_continuations and last_kept is not None:
                broken_off = _opens(last_kept) and not _continues(block)  # the open paragraph goes on elsewhere
                resumes = _continues(block) and not _opens(last_kept)
        if goes_back or broken_off or resumes:
            carried = _trailing_headings(current.blocks)
            if current.blocks:
                chunks.append(current)
            current, last_citation, last_section = Chunk(start=position), 0, ()
            if resumes:
                held = carried
            else:
                current.blocks.extend(carried)
        current.blocks.append(block)
        if held and not resumes:
            current.blocks[-1:-1] = held
            held = []
        if block.kept:
            last_kept = block
            last_citation = max([last_citation, *_citations(block)])
            last_section = _section(block) or last_section
    current.blocks.extend(held)
    if current.blocks:
        chunks.append(current)
    return chunks


def _trailing_headings(blocks: list[Block]) -> list[Block]:
    """Headings (and dropped blocks among them) at the end of a chunk: they open what follows."""
    count = 0
    for block in reversed(blocks):
        if block.kept and block.label != model.HEADING:
            break
        count += 1
    if count == len(blocks):
        return []
    carried = blocks[len(blocks) - count:]
    del blocks[len(blocks) - count:]
    return carried


def _split_inside(chunks: list[Chunk]) -> list[Chunk]:
    """Split linked chunks that go back, and chunks where another chunk's key falls between two of their own."""
    chunks = [piece for chunk in chunks for piece in _cut(chunk.blocks, at_continuations=False, start=chunk.start)]
    while True:
        citations = sorted(c for chunk in chunks if (c := chunk.citation) is not None)
        sections = sorted(s for chunk in chunks if (s := chunk.section) is not None)
        latest_cited = _latest_citation_by_section(chunks)
        split = []
        for chunk in chunks:
            cuts = sorted(set(_gap_cuts(chunk, citations, sections)) | set(_misplaced_headings(chunk, latest_cited)))
            split.extend(_pieces(chunk, cuts))
        if len(split) == len(chunks):
            return chunks
        chunks = split


def _pieces(chunk: Chunk, cuts: list[int]) -> list[Chunk]:
    bounds = [0, *(cut for cut in cuts if 0 < cut < len(chunk.blocks)), len(chunk.blocks)]
    return [
        Chunk(blocks=chunk.blocks[begin:end], start=chunk.start + begin)
        for begin, end in zip(bounds, bounds[1:]) if end > begin
    ]


def _gap_cuts(chunk: Chunk, citations: list[int], sections: list[tuple[int, ...]]) -> list[int]:
    """Cuts where another chunk's first citation or section falls between two of this chunk's own."""
    cuts = []
    for key_of, keys in ((_block_citation, citations), (_section, sections)):
        keyed = [(position, k) for position, block in enumerate(chunk.blocks) if (k := key_of(block)) is not None]
        for (position, low), (next_position, high) in zip(keyed, keyed[1:]):
            if bisect.bisect_left(keys, high) > bisect.bisect_right(keys, low):  # the chunk's own key is <= low
                cuts.append(_first_heading(chunk.blocks, position + 1, next_position))
    return cuts


def _first_heading(blocks: list[Block], start: int, stop: int) -> int:
    """A cut between two keyed blocks: at the first heading between them, else right after the first."""
    for position in range(start, stop + 1):
        if blocks[position].kept and blocks[position].label == model.HEADING:
            return position
    return start


def _latest_citation_by_section(chunks: list[Chunk]) -> list[tuple[tuple[int, ...], int]]:
    """(section, highest first citation among chunks of that section or an earlier one), by section."""
    pairs = sorted((chunk.section, chunk.citation) for chunk in chunks if chunk.section and chunk.citation)
    running, latest = 0, []
    for section, citation in pairs:
        running = max(running, citation)
        latest.append((section, running))
    return latest


def _misplaced_headings(chunk: Chunk, latest_cited: list[tuple[tuple[int, ...], int]]) -> list[int]:
    """Headings printed above text cited before an earlier section's text: cut them loose."""
    cuts = []
    for position, block in enumerate(chunk.blocks):
        section = _section(block)
        later = [c for b in chunk.blocks[position + 1:] if (c := _block_citation(b)) is not None]
        if section is None or not later:
            continue
        earlier = bisect.bisect_left(latest_cited, (section,))
        if earlier and latest_cited[earlier - 1][1] > min(later):
            cuts.extend((position, position + 1))
    return cuts


def _block_citation(block: Block) -> int | None:
    numbers = _citations(block) if block.kept else []
    return min(numbers) if numbers else None


def _last_kept(chunk: Chunk) -> Block | None:
    return next((block for block in reversed(chunk.blocks) if block.kept), None)


def _link_continuations(chunks: list[Chunk]) -> list[Chunk]:
    """A chunk that starts in lowercase is appended to a chunk left open mid-sentence.

    Of the open chunks, one whose citations all come before the resumed chunk's; the nearest
    printed. Resumed chunks with citations choose first: they have the fewest candidates.
    """
    linked = list(chunks)
    resumed = [chunk for chunk in chunks if (first := _first_kept(chunk)) is not None and _continues(first)]
    resumed.sort(key=lambda chunk: chunk.citation is None)
    for chunk in resumed:
        open_chunks = [
            other for other in linked
            if other is not chunk and (last := _last_kept(other)) is not None and _opens(last)
            and _may_precede(other, chunk)
        ]
        if not open_chunks:
            continue
        leader = min(open_chunks, key=lambda other: abs(other.start - chunk.start))
        leader.blocks.extend(chunk.blocks)
        linked.remove(chunk)
    return linked


def _first_kept(chunk: Chunk) -> Block | None:
    return next((block for block in chunk.blocks if block.kept), None)


def _may_precede(leader: Chunk, chunk: Chunk) -> bool:
    cited = [n for block in leader.blocks if block.kept for n in _citations(block)]
    return chunk.citation is None or not cited or max(cited) < chunk.citation


@dataclass(frozen=True)
class _Keys:
    citation: int | None
    section: tuple[int, ...] | None


def _must_precede(first: Chunk | _Keys, second: Chunk | _Keys) -> bool:
    if first.citation is not None and second.citation is not None:
        return first.citation < second.citation
    if first.section is not None and second.section is not None:
        return first.section < second.section
    return False


def _ordered(chunks: list[Chunk]) -> list[Chunk]:
    """Chunks in an order that keeps citations and sections counting up, else the printed order.

    Each step takes the chunk that the fewest remaining chunks must precede (none, unless the
    evidence contradicts itself), the earliest printed on ties.
    """
    keys = [_Keys(chunk.citation, chunk.section) for chunk in chunks]
    followers = [[j for j in range(len(chunks)) if _must_precede(keys[i], keys[j])] for i in range(len(chunks))]
    waiting = [0] * len(chunks)
    for later in followers:
        for j in later:
            waiting[j] += 1
    remaining = set(range(len(chunks)))
    ordered: list[Chunk] = []
    while remaining:
        chosen = min(remaining, key=lambda i: (waiting[i], chunks[i].start))
        remaining.remove(chosen)
        ordered.append(chunks[chosen])
        for j in followers[chosen]:
            waiting[j] -= 1
    return ordered


def _join_continued_paragraphs(blocks: list[Block]) -> list[Block]:
    """A paragraph left open and the lowercase paragraph now right after it are one paragraph."""
    joined: list[Block] = []
    for block in blocks:
        previous = next((b for b in reversed(joined) if b.kept), None)
        if previous is not None and _opens(previous) and _continues(block) and joined[-1] is previous:
            join_continuation(previous, block)
            previous.reasons.append(f"joined with its continuation from line {block.line}")
            continue
        joined.append(block)
    return joined


def _sorted_references(references: list[Block]) -> list[Block]:
    """The reference list in number order, its heading first; what rode with an entry stays with it."""
    heading = [b for b in references if b.kept and REFERENCES_HEADING.match(b.text.strip())]
    groups: list[list[Block]] = []
    for block in references:
        if block in heading:
            continue
        if _is_reference(block) or not groups:
            groups.append([block])
        else:
            groups[-1].append(block)

    def number(group: list[Block]) -> int:
        match = REFERENCE_ENTRY.match(group[0].text)
        return int(match.group(1)) if match and group[0].kept else 0

    return heading + [block for group in sorted(groups, key=number) for block in group]
