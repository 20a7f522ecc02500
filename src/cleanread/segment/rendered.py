"""Fast mode's reading of HTML: resiliparse renders the whole page to text, which is then segmented
as a text dump.

No lxml tree and no trafilatura: the article is found by cleanread's own text scorer alone, on
the page as a text browser would show it, menus and footers included.
"""

from __future__ import annotations

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from ..limits import DEFAULT_MAX_HTML_NODES, check_html_size


def parse_fast(text: str, *, max_nodes: int = DEFAULT_MAX_HTML_NODES) -> HTMLTree:
    """resiliparse's lexbor parse; a page too large to hold as a tree is refused, as the full path refuses it."""
    check_html_size(text, max_nodes)
    return HTMLTree.parse(text)


def rendered_text(tree: HTMLTree) -> str:
    """The whole page as text, one block-level element per line.

    <noscript> is kept: forum software (Discourse) serves its posts there to clients without scripts,
    and a script-less reader is what a text dump is. Image alt texts are left out ("logo", "icon").
    """
    return extract_plain_text(tree, main_content=False, noscript=True, alt_texts=False)
