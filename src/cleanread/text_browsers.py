"""How text browsers print what is not text: a form's fields, choices and buttons, and images.

lynx and w3m write a page's controls and pictures into the dump in their own notation ("[    ]",
"( ) Option:", "(BUTTON) Menu", "[hero_banner.jpg]") or as the alt text the page gives them. None of
it is the article's, however much of it reads like prose; the scorer asks these checks about every
block of a dump, so each runs only past a cheaper test that must hold for it to match.
"""

from __future__ import annotations

import re

from .model import Block

# a labelled text box: w3m "Email [          ]", lynx "Email ____________________"
_FORM_FIELD = re.compile(r"\[ {4,}\]|_{8,}")
FORM_LABEL_MAX_WORDS = 6  # "Email Address *", "Your Preferred Community*": a field's label, not a sentence around it
# radio buttons and checkboxes, each before its option's text: lynx "(*) Option: Grey ( ) Option: Red", w3m
# "( )Option: Grey", a shop's filters "[ ] Barbecook (14) [ ] Broil King (5)"; code's "f ( ) {" and "( ( ) => x )" go
# on with punctuation, and "icon ( ) at the top" or a to-do list's "[ ] Set up backups" is one choice
_CHOICE_BUTTON = re.compile(r"(?:\((?:\*| )\)|\[[ xX]\]) ?(?=\w)")
CHOICES_MIN_BUTTONS = 2
BUTTON_MARK = "(BUTTON)"  # how lynx prints a <button>, before its label ("(BUTTON) Add to cart", "(BUTTON) Menu")
BUTTON_LABEL_MAX_WORDS = 8  # longer, it is more often a card's title that opens the card
ROWS_MIN_LINES, ROW_MIN_WORDS = 3, 6
_LINKS_RUN_TOGETHER = re.compile(r"[a-z][A-Z][a-z]")
# w3m "[hero_banner_2]", lynx "[hero_banner_2.jpg]": an image, no text; a row of them is a row of icons (share buttons)
_IMAGE_FILE_NAME = re.compile(r"\[[^\]\s]+\](?:\s+\[[^\]\s]+\])*")
_IMAGE_EXTENSION = r"\.(?i:jpe?g|png|gif|svg|webp|avif|bmp|ico)"
_IDENTIFIER = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")  # a UUID
IDENTIFIERS_MIN = 2
# w3m "A-comparison-chart-titled-2025-GPU-COMPARISON-sy.png": a linked image's file name, on a line of its own
_BARE_IMAGE_FILE_NAME = re.compile(rf"[^\s\[\]]+{_IMAGE_EXTENSION}")
# an image's description (its alt text) on a line of its own: "Screenshot of a design tool showing …", "Close-up of a
# person holding …", "Image depicts a modern sofa …", a social network's own "May include: A brown leather wallet …"
# (not a list's "May include customers, suppliers …"), or a picture's by its look: "Line drawing illustration of a code
# editor …", "Decorative background featuring …", "A vibrant abstract background with …" (not a stock photo's
# caption, which is the page's); matched on the block's key (its lowercased words)
_LOOKS = (
    "decorative", "abstract", "line", "simple", "stylized", "stylised", "3d", "digital", "colorful", "colourful",
    "vibrant", "ultra", "wide", "close up", "satellite", "editorial", "illustrative", "black and white", "cartoon",
    "hand drawn", "animated", "hero", "banner", "featured", "product", "lifestyle", "promotional", "marketing", "header",
    "cover", "background", "drawing",
)
_PICTURE_KINDS = ("screenshot", "image", "photo", "photograph", "picture", "illustration", "graphic", "icon")
_IMAGE_DESCRIPTION = re.compile(
    rf"(?:an? )?(?:{'|'.join(_PICTURE_KINDS)}|logo|close up|closeup) "
    r"(?:of|showing|depicts|depicting|featuring)\b|may include (?:an?|one|two|three|\d+) "
    rf"|(?:an? )?(?:(?:{'|'.join(_LOOKS)}) ){{1,3}}(?:{'|'.join(_PICTURE_KINDS)}|drawing|artwork|background|rendering|"
    r"render|collage|banner) (?:of|showing|depicts|depicting|featuring|with)\b"
)
# ...or a chart's or a view's: "Diagram illustrating the architecture …", "Infographic titled …", "Line graph
# showing that …", "Aerial view of a hotel courtyard …", "A close-up view of …"; a heading's "View of Mount Fuji"
# and a sentence's "The dashboard shows …" are not
_CHART_OR_VIEW = re.compile(
    r"(?:an? )?(?:(?:animated|annotated|simplified|line|bar|pie|flow|area|scatter) )?"
    r"(?:diagram|infographic|chart|graph|flowchart|dashboard|rendering|mockup) "
    r"(?:titled|illustrating|showing|depicting|displaying|comparing|highlighting)\b"
    r"|(?:an? )?(?:diagram|infographic) of\b|an? view of\b"
    r"|(?:an? )?(?:(?:front|side|top|rear|interior|exterior|panoramic) view"
    r"|(?:aerial|overhead|close up|closeup) (?:view|shot)) (?:of|showing)\b"
)
_CHART_OR_VIEW_OPENINGS = (
    "a ", "an ", "animated", "annotated", "simplified", "line", "bar", "pie", "flow", "area", "scatter",
    "diagram", "infographic", "chart", "graph", "dashboard", "rendering", "mockup", "aerial", "front", "side", "top",
    "rear", "overhead", "interior", "exterior", "close", "panoramic",
)
# ...or whose logo or headshot it is: "CIS Benchmarks logo", "Headshot of Katie Pearse", "Profile photo of …"; the
# names before "logo" are a brand's, not a heading's words ("Our new logo", "How the town chose its logo")
_NOT_A_BRAND = "our|the|your|my|their|his|her|its|this|that|a|an|new|how|why|what|we|to|of|for|with|and|or|is|was"
_NAMED_PICTURE = re.compile(
    rf"(?:(?!(?:{_NOT_A_BRAND})\b)\S+ ){{1,4}}logo"
    r"|(?:an? )?headshot of .*|(?:\S+ ){1,4}headshot|(?:an? )?profile (?:photo|picture|image) of .*"
)
# ...or who is in it, doing what: "Man working at a home computer wearing a hat", "A person's hand holds an AirPod",
# "Smiling woman sitting on a sofa" (not "Men's Hiking Boots", nor a shop's "Best for people looking to …")
_PERSON_COUNTS = ("a", "an", "two", "three", "several")
_PERSON_LOOKS = ("young", "old", "older", "smiling", "happy", "senior", "elderly", "female", "male", "little", "small")
_PERSONS = ("man", "woman", "person", "girl", "boy", "couple", "child", "kid", "men", "women", "people", "doctor",
            "nurse", "student", "worker", "customer", "hiker", "traveler", "traveller", "athlete", "model", "chef",
            "someone")
_PERSON_DOING = re.compile(
    rf"(?:(?:{'|'.join(_PERSON_COUNTS)}) )?(?:(?:{'|'.join(_PERSON_LOOKS)}|middle aged) ){{0,2}}"
    rf"(?:{'|'.join(_PERSONS)})s? (?:\w+ ){{0,6}}?"  # a key's words: "a person s hand holds"
    r"(?:wearing|holding|sitting|standing|smiling|posing|lying|walking|carrying|admiring|staring|leaning|modeling|"
    r"modelling|sits|stands|holds|wears|poses|carries|adjusts|walks|models)\b(?! (?:to|for)\b)"
)
_PERSON_FIRST_WORDS = frozenset((*_PERSON_COUNTS, *_PERSON_LOOKS, "middle", *_PERSONS, *(f"{p}s" for p in _PERSONS)))
# what someone is ("Model is 6'0" and wears size M"), what happened ("… were waiting") or who tells of them ("A woman
# I met on the ferry holds the record …") is the page's own story, not a description
_NOT_A_DESCRIPTION = re.compile(r" (?:is|are|was|were|i|me|my|we|us|our|you|your|said|says|told) ")
PERSON_DOING_MAX_WORDS = 40  # two or three alt texts in a row; longer, a paragraph
# ...or who or what is in it and what they do: "Young man wearing a black jacket, standing against a white background",
# "Two mobile devices displaying …", "Diagram showing a tree of three components". Up to five words name them, none a
# verb, an auxiliary, a pronoun or a word that opens a clause ("When looking at …", "The library is holding …")
_NOT_BEFORE_THE_PARTICIPLE = (
    "is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|should|must|do|does|did|also|not|"
    "by|of|for|in|at|on|from|to|into|about|like|after|before|without|while|when|if|but|and|or|so|just|still|"
    "it|we|you|they|he|she|i|me|us|them|means|mean|keep|keeps|kept|start|starts|stop|stops|enjoy|enjoys|avoid|try|"
    "tried|worth|spend|spent|go|goes|went|come|comes|came|see|saw|seen|caught|found|find|between|than|now|what|s|"
    "beyond|involves|involve|whether|during|through"
)
_PARTICIPLES = r"(?:show|featur|depict|display|wear|hold|sitt|stand|look|smil|pos)ing "
_A_PARTICIPLE = re.compile(_PARTICIPLES)
_PARTICIPLE_DESCRIPTION = re.compile(
    rf"(?:an? |the )?(?:(?!(?:{_NOT_BEFORE_THE_PARTICIPLE})\b)(?![\w-]+(?:ed|ing)\b)[\w'’&-]+ ){{1,5}}{_PARTICIPLES}"
    r"(?:a|an|the|his|her|their|its|up|on|in|at|with|next|by|how|what|off|some|two|three|several|multiple|\d+)\b"
)
PARTICIPLE_HEAD_CHARS = 120  # seven words of up to 15 letters: as far as the participle can be
# what stands for a control or a picture in a line of text, never a word of the page: lynx's button mark; a text box
# (w3m's "[      ]", lynx's underscores standing apart: "yourself:______," is the page's own blank); an image
# lynx names by its file ("[grey-dot.png]") or by the tail of its inline data ("[svg%3E]", "[yH5BAEAAAAALAAAAAAB…]"),
# not w3m's short names ("[starRed]"), which look like a page's own bracketed words ("[edit]", "[PubMed]"); and the
# radio button or checkbox before a choice, apart from the word before it (not SQL's "COUNT(*) FROM")
_MARK = (
    "(?:" + re.escape(BUTTON_MARK)
    + r"|\[ {4,}\]|(?<!\S)_{8,}(?!\S)|\[[^\]\s]+" + _IMAGE_EXTENSION + r"\]|\[[^\]\s]*%3E\]"
    r"|\[[A-Za-z0-9+/]{24,}={0,2}\]|(?<!\S)(?:\((?:\*| )\)|\[ \])(?= ?\w))"
)
# an embedded frame, which lynx prints on a line of its own by its address or name ("IFRAME: https://www.youtube.com/
# embed/…", "IFRAME: gform_ajax_frame_1"); a long address or a frame named in JSON wraps at the width, and unwrapped
# comes back with a space at each break ("IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-P5&gtm_ preview=…")
_IFRAME_MARK = "IFRAME:"
_IFRAME_LINE = re.compile(r"\s*IFRAME:(?: (?:https?:|//|data:|\{)\S*(?: \S+)*| \S+)?\s*")
_MARKS = re.compile(rf"[ \t]*{_MARK}(?:[ \t]*{_MARK})*[ \t]*")
# lynx and w3m print a deleted or inserted passage (<del>, <ins>) between marks: "[DEL:$24.95:DEL] $14.97",
# "(Service Cloud)[INS:,:INS] CRM"; the passage is the page's, the marks are not
_EDIT_MARKS = re.compile(r"\[(?:DEL|INS):|:(?:DEL|INS)\]")
# w3m prints a card's two pictures by their alt texts, run together: "Grey sofa with slim legs, plush cushions.Modern
# living room with a grey sofa, a lamp and a rug." A lowercase word ends one text and a capital opens the next, no space
# between; "Microsoft.NET", "Agents.md", "Cursor.Directory", "booking.Com" and code's "src.Close()" join names
_GLUED_SENTENCE_END = re.compile(r"(?<![\w.])[a-z]{3,}[.!](?=[A-Z][a-z])(?!(?:Com|Org|Net|Edu|Gov|Co|Io)\b|\w+\()")
_GLUED = re.compile(r"[.!][A-Z][a-z]")  # a cheaper search first, that every match passes
GLUED_PART_MIN_WORDS = 4  # each of them a description, not an abbreviation's tail
GLUED_DESCRIPTIONS_MAX_WORDS = 45  # two or three alt texts; an alt text run into a paragraph is the paragraph's
PREVIEW_MIN_WORDS = 6  # a caption cut short for a picture's alt text, as a feed of posts cuts it (~50 characters)
PREVIEW_PROBE_CHARS = 12
MARK_MAX_CHARS = 3  # a bullet or an arrow alone ("●", "»", "<<<"); a longer wordless line is a rule across the page
_IMAGE_DESCRIPTION_FIRST_WORDS = frozenset((  # the words it can open with
    "a", "an", *_PICTURE_KINDS, "logo", "close", "closeup", "may", *(look.partition(" ")[0] for look in _LOOKS),
))


def is_form_field(text: str, words: int) -> bool:
    """A text box with a few words beside it; a bare line of underscores is lynx's rule between sections."""
    if words > FORM_LABEL_MAX_WORDS or not ("[ " in text or "__" in text):
        return False
    label = _FORM_FIELD.sub("", text)
    return len(label) < len(text) and any(char.isalpha() for char in label)


def holds_choices(text: str) -> bool:
    """Options to pick from, however long their text: no prose prints its choices behind "( )" or "[ ]"."""
    if not ("( )" in text or "(*)" in text or "[ ]" in text or "[x]" in text or "[X]" in text):
        return False
    return len(_CHOICE_BUTTON.findall(text)) >= CHOICES_MIN_BUTTONS


def is_button_label(text: str, words: int) -> bool:
    """lynx's "(BUTTON) Add to cart"; an FAQ's question is a button that opens its answer, and stays the article's."""
    return words <= BUTTON_LABEL_MAX_WORDS and text.startswith(BUTTON_MARK) and "?" not in text


def runs_identifiers(text: str) -> bool:
    """Keys of a widget's items, run together and printed as text ("Sf2f260c3-bf1f-466a-b856-6f031758a086p16207f0d-…"):
    at least two, and most of the block."""
    if "-" not in text[:40] or _IDENTIFIER.search(text, 0, 80) is None:  # cheap tests first: the first comes early
        return False
    found = _IDENTIFIER.findall(text)
    return len(found) >= IDENTIFIERS_MIN and sum(map(len, found)) * 2 >= len(text)


def is_image_name(text: str) -> bool:
    if text[:1] == "[":
        return _IMAGE_FILE_NAME.fullmatch(text) is not None
    return "." in text[-5:] and _BARE_IMAGE_FILE_NAME.fullmatch(text) is not None


def describes_an_image(key: str) -> bool:
    """`key` is the block's lowercased words. A sentence whose verb comes after the description ("A video showing
    the rescue was released …") is news, not a picture."""
    first_word = key.partition(" ")[0]
    if first_word in _IMAGE_DESCRIPTION_FIRST_WORDS and _IMAGE_DESCRIPTION.match(key) is not None:
        return True
    if key.startswith(_CHART_OR_VIEW_OPENINGS) and _CHART_OR_VIEW.match(key) is not None:
        return True
    if ("logo" in key or "headshot" in key or "profile" in key) and _NAMED_PICTURE.fullmatch(key) is not None:
        return True
    if (first_word in _PERSON_FIRST_WORDS and _PERSON_DOING.match(key) is not None
            and key.count(" ") < PERSON_DOING_MAX_WORDS
            and _NOT_A_DESCRIPTION.search(key) is None):
        return True
    if "ing " not in key or _A_PARTICIPLE.search(key, 0, PARTICIPLE_HEAD_CHARS) is None:  # cheap tests first
        return False
    return _PARTICIPLE_DESCRIPTION.match(key) is not None and " was " not in key and " were " not in key


ALT_TEXTS_MIN_WORDS = 2 * GLUED_PART_MIN_WORDS  # shorter, neither check can match (score.py asks first)
ALT_TEXTS_REASONS = {  # what alt_texts_in found, as --explain says it
    "glued": "pictures' descriptions run together, as w3m prints a card's, among other cards alike",
    "preview": "a post's picture, printed by its caption cut short, then the caption: one of a feed's posts",
}


def alt_texts_in(text: str, words: int) -> str | None:
    """Pictures' alt texts that make the block what it is: a card's ("glued") or a feed post's ("preview")."""
    if glued_descriptions(text, words):
        return "glued"
    return "preview" if previews_itself(text, words) else None


def glued_descriptions(text: str, words: int) -> bool:
    """Sentences run together with no space between, each a few words long, and nothing else: pictures' alt texts as
    w3m prints a card. A page's own typo ("the end.The next") looks the same, so score.py asks for cards around it.

    >>> glued_descriptions("Grey sofa with slim legs, plush cushions.Modern living room with grey sofa and rug.", 15)
    True
    >>> glued_descriptions("Write an Agents.md file, or find one on Cursor.Directory today.", 11)
    False
    >>> glued_descriptions("I booked the flights on booking.Com and the hotel on their own site.", 13)
    False
    >>> glued_descriptions("dst, err := os.Create(dstName) if err != nil { return } defer dst.Close() return", 15)
    False
    """
    if (words > GLUED_DESCRIPTIONS_MAX_WORDS or words < 2 * GLUED_PART_MIN_WORDS or "\n" in text
            or _GLUED.search(text) is None):
        return False
    cuts = [match.end() for match in _GLUED_SENTENCE_END.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return bool(cuts) and all(len(text[start:end].split()) >= GLUED_PART_MIN_WORDS
                              for start, end in zip(bounds, bounds[1:]))


def previews_itself(text: str, words: int) -> bool:
    """A post's picture printed by its caption cut short, then the caption: "Shamrocks are in at the greenhouse
    and we Shamrocks are in at the greenhouse and we have plenty ..." (an Instagram feed's, as lynx and w3m print
    it). The cut falls inside a sentence, which the caption goes on with, or inside a word, as a cut at a fixed
    number of characters does ("… arrival, b … arrival, but"); the two may space their words differently. A name
    said twice, then the next name, is a product card's.

    >>> previews_itself("Nets are mended on a quay and Nets are mended on a quay and dried in the sun by noon.", 20)
    True
    >>> previews_itself("Nets are mended on the old qu Nets are mended on the old quay at dawn, then dried.", 19)
    True
    >>> card = "Oak lamp with a brass switch Oak lamp with a brass switch Pine shelf with drawers, white $35"
    >>> previews_itself(card, 18)
    False
    """
    if words < 3 * PREVIEW_MIN_WORDS - 1:
        return False
    again = text.find(text[:PREVIEW_PROBE_CHARS], PREVIEW_PROBE_CHARS)
    if again < 0:  # its first characters come again, or nothing does: one scan first
        return False
    preview, caption = text[:again].rstrip(), text[again:]
    end = _said_through(preview, caption)
    if end < 0 or len(preview.split()) < PREVIEW_MIN_WORDS or preview[-1] in ".!?":
        return False
    rest = caption[end:].split()
    if len(rest) < PREVIEW_MIN_WORDS - 1:
        return False
    return caption[end].isalnum() and preview[-1].isalnum() or rest[0][:1].islower()


def _said_through(preview: str, caption: str) -> int:
    """Where `caption` has said all of `preview`, whitespace aside; -1 if it says something else."""
    position = 0
    for char in preview:
        if char.isspace():
            continue
        while position < len(caption) and caption[position].isspace():
            position += 1
        if position == len(caption) or caption[position] != char:
            return -1
        position += 1
    return position


def without_control_marks(text: str) -> str:
    """The text as the page says it, without the browser's marks for its controls and unnamed images; empty when it
    was nothing but marks (lynx prints a rule as a line of underscores). A line that was nothing but marks goes; the
    others keep their indentation (a listing's) unless a mark opened them.

    >>> without_control_marks("Save (BUTTON) Share")
    'Save Share'
    >>> without_control_marks("Email [          ] (*) Daily ( ) Weekly [svg%3E]")
    'Email Daily Weekly'
    >>> without_control_marks("Describe yourself:________, ________.")
    'Describe yourself:________, ________.'
    >>> without_control_marks("A map [map-2024.png] of the route [1] [edit]")
    'A map of the route [1] [edit]'
    >>> without_control_marks("Was [DEL:$24.95:DEL] now $14.97, in red[INS:, blue:INS] and green")
    'Was $24.95 now $14.97, in red, blue and green'
    >>> without_control_marks("was $24.95.[INS:$14.97:INS]Now")
    'was $24.95.$14.97 Now'
    >>> without_control_marks("[INS: :INS]")
    ''
    >>> without_control_marks("IFRAME: https://www.youtube.com/embed/s2UlgG31C4g")
    ''
    >>> without_control_marks("SELECT COUNT(*) FROM films")
    'SELECT COUNT(*) FROM films'
    >>> without_control_marks("    items = [ ]\\n    f ( ) {")
    '    items = [ ]\\n    f ( ) {'
    """
    if "[DEL:" in text or ":DEL]" in text or "[INS:" in text or ":INS]" in text:
        text = _EDIT_MARKS.sub(_in_place_of_mark, text)
        if not text.strip():
            return ""
    elif not (BUTTON_MARK in text or "[" in text or "____" in text or "( )" in text or "(*)" in text
              or _IFRAME_MARK in text):
        return text
    lines = []
    for line in text.split("\n"):
        cleaned = "" if _IFRAME_MARK in line and _IFRAME_LINE.fullmatch(line) else _MARKS.sub(" ", line)
        if cleaned == line:
            lines.append(line)
        elif cleaned.strip():
            lines.append(cleaned.strip() if cleaned[:1] == " " and line[:1] != " " else cleaned.rstrip())
    return "\n".join(lines)


def _in_place_of_mark(mark: re.Match[str]) -> str:
    """What stands for an edit mark: a space between two words it joined, else nothing."""
    text, start, end = mark.string, mark.start(), mark.end()
    joined = 0 < start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return " " if joined else ""


def lines_one_under_another(blocks: list[Block], first: int, last: int) -> set[int]:
    """Short blocks of `blocks[first:last+1]` that lynx printed one under another, no blank line between them, at
    least ROWS_MIN_LINES of them in a stretch: a table's rows, whose cells it sets one space apart, or a grid's cards
    (webtext wcxb-dev lynx +0.0012, 116 pages up and 69 down; scrapinghub lynx -0.0007, a "Don't miss" box and
    captions kept). A line of a few words is a menu's entry; links run together ("AI jobsData analyst jobs") a list."""
    rows: set[int] = set()
    stretch: list[int] = []
    for index in range(first, last + 2):
        if index <= last and stretch and _right_under(blocks[stretch[-1]], blocks[index]):
            stretch.append(index)
            continue
        if len(stretch) >= ROWS_MIN_LINES:  # most stretches are one block: nothing to read
            short = [i for i in stretch if blocks[i].features["class"] == "short" and blocks[i].features["words"]
                     >= ROW_MIN_WORDS and not _LINKS_RUN_TOGETHER.search(blocks[i].text)]
            if len(short) >= ROWS_MIN_LINES:
                rows.update(short)
        stretch = [index]
    return rows


def _right_under(above: Block, block: Block) -> bool:
    last_line = above.features.get("last_line")  # set on lynx's wrapped dumps only
    return last_line is not None and block.line == last_line + 1 and not block.features["bullet"]


def past_pictures(blocks: list[Block], start: int, step: int = 1) -> int:
    """The first block from `start` on, going by `step`, that says something: lynx and w3m print a picture by its
    file name or alt text, and a bullet or an arrow on a line of its own, where other renderings print nothing. A
    rule across the page (w3m's "━━━━") does say something: a section ends there. Needs the blocks' features."""
    index = start
    while 0 <= index < len(blocks) and says_nothing(blocks[index]):
        index += step
    return index


def says_nothing(block: Block) -> bool:
    features = block.features
    return bool(features["image_name"] or features["image_description"]
                or not features["words"] and len(block.text.strip()) <= MARK_MAX_CHARS)
