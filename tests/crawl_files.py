"""Crawl files for the batch tests, written with warcio from pages generated here."""

from __future__ import annotations

import gzip
import json
import random
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SUBJECTS = ["The council", "A local farmer", "The new library", "Our reporter", "The river trust", "A small bakery",
            "The school board", "Volunteers", "The museum", "A cycling club"]
VERBS = ["announced", "questioned", "celebrated", "described", "reviewed", "welcomed", "opposed", "explained"]
OBJECTS = ["a plan to restore the old mill", "the budget for next spring", "changes to the bus timetable",
           "a festival along the harbour", "the results of a long survey", "new rules for street parking",
           "a grant for the community garden", "the opening of a footbridge"]
TAILS = ["after a meeting on Tuesday evening", "because residents had asked for it", "although some people disagreed",
         "while the weather stayed dry", "before the end of the month", "with help from the regional office"]


def article_page(number: int) -> bytes:
    """A news page with a menu, an article of several paragraphs and a footer; distinct for each number."""
    rng = random.Random(number)
    title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} (report {number})"
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
                     for _ in range(rng.randint(3, 5))]
        paragraphs.append(" ".join(sentences))
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title} | Valley Courier</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li><li><a href='/contact'>Contact</a></li></ul></nav>"
        f"<article><h1>{title}</h1>\n{body}</article>"
        "<footer><p>© 2024 Valley Courier. All rights reserved.</p><a href='/privacy'>Privacy</a></footer>"
        "</body></html>"
    ).encode("utf-8")


def page_url(number: int) -> str:
    return f"https://courier.example/news/{number}"


def write_warc(path: Path, count: int, *, with_image: bool = True, compress: bool = True) -> Path:
    """A WARC like a crawler writes: warcinfo, request/response pairs, an image, a metadata record."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "cleanread tests"}))
        for number in range(count):
            request = StatusAndHeaders(f"GET /news/{number} HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(page_url(number), "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(page_url(number), "response",
                                                          payload=BytesIO(article_page(number)), http_headers=headers))
            if with_image and number == count // 2:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record("https://courier.example/logo.png", "response",
                                                              payload=BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image))
            writer.write_record(writer.create_warc_record(page_url(number), "metadata", payload=BytesIO(b"fetchTimeMs: 12"),
                                                          warc_content_type="application/warc-fields"))
    return path


def write_wet(path: Path, texts: list[str]) -> Path:
    """A Common Crawl WET file: plain-text conversion records."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, text in enumerate(texts):
            writer.write_record(writer.create_warc_record(page_url(number), "conversion", payload=BytesIO(text.encode()),
                                                          warc_content_type="text/plain"))
    return path


def write_jsonl(path: Path, count: int, *, field: str = "html", compress: bool = False) -> Path:
    opener = gzip.open if compress else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps({"url": page_url(number), field: article_page(number).decode()}) + "\n")
    return path


SITE_BLURB = ("The Valley Courier is an independent newspaper that has reported on the towns of the Millbrook "
              "valley since 1921, and it is still owned by the people who read it.")


def article_dump(number: int) -> str:
    """The text a renderer would dump of `article_page(number)`, with a prose-like site blurb after the article."""
    page = article_page(number).decode()
    title = page.split("<h1>")[1].split("</h1>")[0]
    article = page.split("<article>")[1].split("</article>")[0]  # not the footer's "All rights reserved" line
    paragraphs = [part.split("</p>")[0] for part in article.split("<p>")[1:]]
    lines = ["Home", "News", "Sport", "Contact", "", title, ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines + [SITE_BLURB, "", "Privacy", "© 2024 Valley Courier"])


def write_arc(path: Path, count: int) -> Path:
    """An ARC (version 1) file, the format before WARC, written by hand: warcio reads ARC but does not write it."""

    def arc_record(fields: list[str], body: bytes) -> bytes:
        return " ".join([*fields, str(len(body))]).encode() + b"\n" + body + b"\n"

    description = b"1 0 cleanread tests\nURL IP-address Archive-date Content-type Archive-length\n"
    data = arc_record([f"filedesc://{path.name}", "0.0.0.0", "20240101000000", "text/plain"], description)
    for number in range(count):
        page = article_page(number)
        response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
        data += b"\n" + arc_record([page_url(number), "10.0.0.1", "20240101000000", "text/html"], response)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path
