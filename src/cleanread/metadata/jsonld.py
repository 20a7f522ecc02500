"""Schema.org JSON-LD: what a page says about itself for search engines, read with json alone."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from lxml import html as lxml_html

MAX_SCRIPT_CHARS = 500_000  # larger blobs are app state, not metadata
CREATIVE_WORKS = frozenset(
    "Article NewsArticle BlogPosting Report ScholarlyArticle TechArticle AnalysisNewsArticle "
    "OpinionNewsArticle ReviewNewsArticle LiveBlogPosting SocialMediaPosting DiscussionForumPosting "
    "QAPage Question Review Recipe HowTo WebPage AboutPage FAQPage ItemPage CollectionPage Product "
    "Course Event VideoObject".split()
)
ARTICLES = frozenset(t for t in CREATIVE_WORKS if "Article" in t or t in {"BlogPosting", "Report", "LiveBlogPosting"})


def jsonld_objects(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members and nested main entities included."""
    return objects_from_sources(
        script.text or "" for script in tree.iter("script")
        if (script.get("type") or "").strip().lower() == "application/ld+json"
    )


def objects_from_sources(sources: Iterable[str]) -> list[dict[str, Any]]:
    """The JSON-LD objects in the text of each ld+json script; broken ones are skipped."""
    objects = []
    for source in sources:
        source = source.strip()
        if not source or len(source) > MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(source, strict=False)
        except ValueError:  # pages ship broken JSON-LD often enough; it is only evidence
            continue
        objects.extend(_flatten(data))
    return objects


def types_of(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def creative_works(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The objects that describe the page's content (not the site, the breadcrumbs or the logo)."""
    return [item for item in objects if types_of(item) & CREATIVE_WORKS]


def is_article(objects: list[dict[str, Any]]) -> bool:
    return any(types_of(item) & ARTICLES for item in objects)


def first_text(items: list[dict[str, Any]], *keys: str) -> str | None:
    """The first non-empty string under any of `keys`, in the order the items come."""
    for item in items:
        for key in keys:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())
    return None


def person_names(items: list[dict[str, Any]]) -> list[str]:
    """Names of the works' authors, in order, without repeats; organisations only when no person is named."""
    people, organisations = [], []
    for item in items:
        for author in _as_list(item.get("author")):
            name = author if isinstance(author, str) else author.get("name") if isinstance(author, dict) else None
            if not isinstance(name, str) or not name.strip(" ,"):
                continue
            kind = types_of(author) if isinstance(author, dict) else set()
            (organisations if "Organization" in kind else people).append(" ".join(name.split()).strip(" ,"))
    return list(dict.fromkeys(people or organisations))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                if isinstance(item.get(key), (dict, list)):
                    stack.append(item[key])
