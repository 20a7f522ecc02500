"""Fast mode's reading of HTML: resiliparse renders the page to text, which is then segmented as a
text dump.

No lxml tree and no trafilatura: the article is found by cleanread's own text scorer alone, on
the page as a text browser would show it, less the elements HTML itself marks as navigation,
footer or aside; the menus and footers a page builds from plain <div>s are left to the scorer.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from ..limits import DEFAULT_MAX_HTML_NODES, check_html_size
from .html import parse_html

# resiliparse indents each nested list by two more spaces, so lists nested n deep render as about n²
# characters: 20,000 of them as 400 MB. A page with more lists than this is first parsed by libxml2,
# which cuts nesting at 255. The largest WCXB and ScrapingHub pages have 362 lists.
MAX_LISTS_UNCHECKED = 2_000
# a page's own word for its menus, footer and sidebars: not rendered at all, which also spares the scorer a
# fifth of the text (WCXB fast-mode word F1 +0.006, ScrapingHub shingle F1 +0.012, against rendering them)
SKIPPED_ELEMENTS = ["nav", "footer", "aside"]
_LIST_OPENING = re.compile(r"<[ou]l[\s>/]", re.I)


def parse_fast(text: str, *, max_nodes: int = DEFAULT_MAX_HTML_NODES) -> HTMLTree:
    """resiliparse's lexbor parse; a page too large to hold as a tree is refused, as the full path refuses it."""
    check_html_size(text, max_nodes)
    if len(_LIST_OPENING.findall(text)) > MAX_LISTS_UNCHECKED:
        text = lxml_html.tostring(parse_html(text, max_nodes=max_nodes), encoding="unicode")
    return HTMLTree.parse(text)


def rendered_text(tree: HTMLTree) -> str:
    """The whole page as text, one block-level element per line.

    <noscript> is kept: forum software (Discourse) serves its posts there to clients without scripts,
    and a script-less reader is what a text dump is. Image alt texts are left out ("logo", "icon").
    """
    return extract_plain_text(tree, main_content=False, noscript=True, alt_texts=False, skip_elements=SKIPPED_ELEMENTS)
