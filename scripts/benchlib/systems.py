"""The systems under comparison. Each takes the input's bytes and returns text plus what metadata it has.

Imports happen inside the functions, so a worker process loads only its own system.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Output = dict[str, Any]


@dataclass(frozen=True)
class System:
    name: str
    kinds: tuple[str, ...]  # input kinds it runs on
    run: Callable[[bytes, dict[str, Any]], Output]
    description: str
    uses_html_of_dump: bool = False  # runs on the page a dump was rendered from


def read_input(task: dict[str, Any], system: System) -> bytes:
    path = task["html_path"] if system.uses_html_of_dump else task["path"]
    with open(path, "rb") as handle:
        data = handle.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


# cleanread -------------------------------------------------------------------------------


def _cleanread(**options: Any) -> Callable[[bytes, dict[str, Any]], Output]:
    def run(data: bytes, task: dict[str, Any]) -> Output:
        import cleanread

        document = cleanread.extract(data, url=task.get("url"), **options)
        return {"text": document.text, "title": document.title, "date": document.date, "author": document.author,
                "source": document.source, "site": document.site, "kind": document.kind}

    return run


# HTML peers ------------------------------------------------------------------------------


def _trafilatura(**options: Any) -> Callable[[bytes, dict[str, Any]], Output]:
    def run(data: bytes, task: dict[str, Any]) -> Output:
        import trafilatura

        result = trafilatura.bare_extraction(data, url=task.get("url"), with_metadata=True, **options)
        if result is None:
            return {"text": ""}
        text = result.text or ""
        if result.comments:  # trafilatura.extract() appends comments by default
            text = f"{text}\n{result.comments}"
        return {"text": text, "title": result.title, "date": result.date, "author": result.author}

    return run


def run_readability(data: bytes, task: dict[str, Any]) -> Output:
    from lxml import html as lxml_html
    from readability import Document

    document = Document(data)
    summary = lxml_html.fromstring(document.summary(html_partial=True))
    paragraphs = [" ".join(element.text_content().split()) for element in summary.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td")]
    text = "\n".join(p for p in paragraphs if p) or summary.text_content()
    return {"text": text, "title": document.short_title()}


def run_justext(data: bytes, task: dict[str, Any]) -> Output:
    import justext

    paragraphs = justext.justext(data, justext.get_stoplist("English"))
    return {"text": "\n".join(p.text for p in paragraphs if not p.is_boilerplate)}


def run_resiliparse(data: bytes, task: dict[str, Any]) -> Output:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse_from_bytes(data, detect_encoding(data))
    return {"text": extract_plain_text(tree, main_content=True), "title": tree.title or None}


def run_whole_html_text(data: bytes, task: dict[str, Any]) -> Output:
    from trafilatura import html2txt

    return {"text": html2txt(data) or ""}


# Text-dump peers -------------------------------------------------------------------------


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def run_whole_text(data: bytes, task: dict[str, Any]) -> Output:
    return {"text": _text(data)}


_TERMINAL = re.compile(r"[.!?\"”’']$")
_WORD = re.compile(r"\w+")


def run_c4_filter(data: bytes, task: dict[str, Any]) -> Output:
    """C4's line rules (Raffel et al. 2020): terminal punctuation, at least 3 words, no javascript/lorem ipsum."""
    kept = []
    for line in _text(data).split("\n"):
        line = line.strip()
        lowered = line.lower()
        if len(line.split()) >= 3 and _TERMINAL.search(line) and "javascript" not in lowered and "lorem ipsum" not in lowered:
            kept.append(line)
    return {"text": "\n".join(kept)}


_BULLET_START = re.compile(r"^\s*[•*+\-–·●▪■◦]")


def run_fineweb_filter(data: bytes, task: dict[str, Any]) -> Output:
    """FineWeb/Gopher-style line rules: >= 30 chars, no bullet or ellipsis line, mostly alphabetic words, no repeats."""
    kept, seen = [], set()
    for line in _text(data).split("\n"):
        line = line.strip()
        words = line.split()
        if len(line) < 30 or _BULLET_START.match(line) or line.endswith(("...", "…")) or line in seen:
            continue
        if sum(1 for w in words if re.search(r"[^\W\d_]", w)) / len(words) < 0.8:
            continue
        seen.add(line)
        kept.append(line)
    return {"text": "\n".join(kept)}


def _lines_as_html(data: bytes) -> str:
    from html import escape

    lines = [escape(line.strip()) for line in _text(data).split("\n") if line.strip()]
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def run_trafilatura_on_lines(data: bytes, task: dict[str, Any]) -> Output:
    import trafilatura

    return {"text": trafilatura.extract(_lines_as_html(data)) or ""}


def run_justext_on_lines(data: bytes, task: dict[str, Any]) -> Output:
    return run_justext(_lines_as_html(data).encode("utf-8"), task)


# PDF-text baselines ----------------------------------------------------------------------


def run_ftfy(data: bytes, task: dict[str, Any]) -> Output:
    import ftfy

    return {"text": ftfy.fix_text(_text(data))}


def run_naive_unwrap(data: bytes, task: dict[str, Any]) -> Output:
    """Join the lines of each blank-line-separated block, removing line-end hyphens."""
    paragraphs = re.split(r"\n\s*\n", _text(data))
    joined = [re.sub(r"(\w)-\n(\w)", r"\1\2", p).replace("\n", " ") for p in paragraphs]
    return {"text": "\n\n".join(" ".join(p.split()) for p in joined if p.strip())}


SYSTEMS = {system.name: system for system in [
    System("cleanread", ("html", "web-text", "pdf-text"), _cleanread(), "cleanread.extract(), kind detected"),
    System("cleanread-fast", ("html",), _cleanread(fast=True), "cleanread.extract(fast=True): own text scorer on the rendered page"),
    System("trafilatura", ("html",), _trafilatura(), "trafilatura 2.x defaults (comments included, as extract() does)"),
    System("trafilatura-precision", ("html",), _trafilatura(favor_precision=True), "trafilatura favor_precision=True"),
    System("trafilatura-no-fallback", ("html",), _trafilatura(fast=True), "trafilatura fast=True (no_fallback)"),
    System("readability-lxml", ("html",), run_readability, "readability-lxml summary, paragraphs as lines"),
    System("justext", ("html",), run_justext, "jusText, English stoplist, non-boilerplate paragraphs"),
    System("resiliparse", ("html",), run_resiliparse, "resiliparse extract_plain_text(main_content=True)"),
    System("whole-html-text", ("html",), run_whole_html_text, "floor: all text of the page (trafilatura.html2txt)"),
    System("whole-dump", ("web-text",), run_whole_text, "floor: the whole dump"),
    System("c4-line-filter", ("web-text",), run_c4_filter, "C4 line rules"),
    System("fineweb-line-filter", ("web-text",), run_fineweb_filter, "FineWeb/Gopher-style line rules"),
    System("trafilatura-on-lines", ("web-text",), run_trafilatura_on_lines, "trafilatura on dump lines wrapped in <p>"),
    System("justext-on-lines", ("web-text",), run_justext_on_lines, "jusText on dump lines wrapped in <p>"),
    System("trafilatura-html-of-dump", ("web-text",), _trafilatura(), "reference: trafilatura on the page's original HTML",
           uses_html_of_dump=True),
    System("raw", ("pdf-text",), run_whole_text, "floor: the text as extracted"),
    System("ftfy", ("pdf-text",), run_ftfy, "ftfy.fix_text"),
    System("naive-unwrap", ("pdf-text",), run_naive_unwrap, "join block lines, drop line-end hyphens"),
]}
