"""Cross-page evidence for text dumps: lines that recur on other pages of the same site are template.

The CCNet idea, streamed: within one input file, each site's earlier pages vote on the lines of
the next one. Only earlier pages count, so the evidence is the same whichever engine or how many
workers run the extraction, and a site's first pages simply have none.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator

from ..detect import looks_like_html
from ..readers import InputRecord
from ..segment.text import line_key
from ..urls import host_of

MIN_EARLIER_PAGES = 2  # a line on two earlier pages of the site is template, not article
DUPLICATE_PAGE_SHARE = 0.5  # a page whose text is mostly seen lines is a copy, not a template user
MAX_SITES = 2000  # least recently seen sites are forgotten first
MAX_LINES_PER_SITE = 20000  # lines are remembered by hash, so this bounds memory per site
SNIFF_CHARS = 2000


class TemplateMemory:
    """Counts, per site, on how many earlier pages each line appeared; bounded in sites and lines."""

    def __init__(self) -> None:
        self._sites: OrderedDict[str, Counter[int]] = OrderedDict()

    def template_lines(self, site: str, text: str) -> frozenset[str]:
        """The lines of `text` seen on earlier pages of `site`; then `text` is remembered.

        A page whose text is mostly lines seen before is a copy of an earlier page (crawls hold
        many), not a page sharing its site's template: it gets no evidence, or its article would go.
        """
        keys = {key: hash(key) for key in map(line_key, text.splitlines()) if key}
        counts = self._sites.pop(site, None) or Counter()
        self._sites[site] = counts
        if len(self._sites) > MAX_SITES:
            self._sites.popitem(last=False)
        seen = frozenset(key for key, fingerprint in keys.items() if counts[fingerprint] >= MIN_EARLIER_PAGES)
        for fingerprint in keys.values():
            if fingerprint in counts or len(counts) < MAX_LINES_PER_SITE:
                counts[fingerprint] += 1
        total_chars = sum(map(len, keys))
        if total_chars and sum(map(len, seen)) / total_chars >= DUPLICATE_PAGE_SHARE:
            return frozenset()
        return seen


def with_template_evidence(records: Iterable[InputRecord]) -> Iterator[InputRecord]:
    """Attach template lines to every text-dump record with a URL; one memory per input file."""
    memory, current_source = TemplateMemory(), None
    for record in records:
        if record.source != current_source:
            memory, current_source = TemplateMemory(), record.source
        text = _dump_text(record)
        site = host_of(record.url) or None
        if text is not None and site:
            record.template_lines = memory.template_lines(site, text)
        yield record


def _dump_text(record: InputRecord) -> str | None:
    """The record's text when it is a text dump (not HTML), without a full decode or detection."""
    if record.error is not None or record.data is None or record.kind == "html":
        return None
    data = record.data if isinstance(record.data, str) else record.data.decode("utf-8", errors="replace")
    return None if looks_like_html(data[:SNIFF_CHARS]) else data
