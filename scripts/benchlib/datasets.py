"""The benchmark datasets in ../shared/datasets, as flat lists of documents with their gold."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DATASETS = ("wcxb-dev", "scrapinghub", "webtext", "pdftext", "seeds")
QUICK_PER_PAGE_TYPE = 8  # wcxb-dev pages per page type in --quick
QUICK_SCRAPINGHUB = 25
QUICK_WEBTEXT_PAGES = 14  # per source dataset (wcxb-dev: 2 per page type), each in every rendering
QUICK_PDF_DOCS = 3  # each in every extraction variant
SMOKE_DOCS = 3


@dataclass
class BenchDoc:
    """One input to run systems on, with everything needed to score their output."""

    dataset: str
    doc_id: str
    input_kind: str  # html | web-text | pdf-text: which systems apply
    path: str
    group: str  # page type, renderer or extraction variant: the breakdown column
    gold_text: str
    url: str | None = None
    html_path: str | None = None  # web-text dumps: the page they were rendered from
    page_type: str | None = None
    source_dataset: str | None = None
    gold: dict[str, Any] = field(default_factory=dict)  # title, date, author, with, without, ...

    def task(self) -> dict[str, Any]:
        """What a worker needs to run a system on this document."""
        return {"path": self.path, "html_path": self.html_path, "url": self.url, "kind": self.input_kind}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load(dataset: str, root: Path, *, subset: str) -> list[BenchDoc]:
    """Documents of one dataset; subset is 'all', 'quick' (fixed stratified) or 'smoke'."""
    loaders = {
        "wcxb-dev": _wcxb, "scrapinghub": _scrapinghub, "webtext": _webtext, "pdftext": _pdftext, "seeds": _seeds,
    }
    docs = loaders[dataset](root)
    if subset == "quick":
        return _quick(dataset, docs)
    if subset == "smoke":
        return _take_per_group(docs, 1)[:SMOKE_DOCS] if dataset != "seeds" else docs
    return docs


def _wcxb(root: Path) -> list[BenchDoc]:
    folder = root / "datasets" / "wcxb-dev"
    docs = []
    for truth_path in sorted((folder / "ground-truth").glob("*.json")):
        record = json.loads(truth_path.read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        page_type = record.get("_internal", {}).get("page_type", {}).get("primary") or "unknown"
        file_id = truth_path.stem
        docs.append(BenchDoc(
            dataset="wcxb-dev", doc_id=file_id, input_kind="html",
            path=str(folder / "html" / f"{file_id}.html.gz"), group=page_type, page_type=page_type,
            gold_text=truth.get("main_content") or "", url=record.get("url"),
            gold={
                "title": truth.get("title"), "author": truth.get("author"), "date": truth.get("publish_date"),
                "with": truth.get("with") or [], "without": truth.get("without") or [],
            },
        ))
    return docs


def _scrapinghub(root: Path) -> list[BenchDoc]:
    folder = root / "datasets" / "scrapinghub"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        BenchDoc(
            dataset="scrapinghub", doc_id=key, input_kind="html", path=str(folder / "html" / f"{key}.html.gz"),
            group="article", page_type="article", gold_text=item.get("articleBody") or "", url=item.get("url"),
        )
        for key, item in sorted(truth.items())
    ]


def _webtext(root: Path) -> list[BenchDoc]:
    folder = root / "datasets" / "webtext"
    snippets = _wcxb_snippets(root)
    docs = []
    with open(folder / "manifest.jsonl", encoding="utf-8") as manifest:
        for line in manifest:
            row = json.loads(line)
            html_folder = root / "datasets" / row["dataset"] / "html"
            for renderer, relative in sorted(row["renders"].items()):
                docs.append(BenchDoc(
                    dataset="webtext", doc_id=f"{row['dataset']}/{row['id']}/{renderer}", input_kind="web-text",
                    path=str(folder / relative), group=renderer, page_type=row.get("page_type"),
                    source_dataset=row["dataset"], gold_text=row.get("gold") or "", url=row.get("url"),
                    html_path=str(html_folder / f"{row['id']}.html.gz"),
                    gold={"title": row.get("title"), "author": row.get("author"), "date": row.get("date"),
                          **snippets.get(row["id"], {})} if row["dataset"] == "wcxb-dev" else
                         {"title": row.get("title"), "author": row.get("author"), "date": row.get("date")},
                ))
    return docs


def _wcxb_snippets(root: Path) -> dict[str, dict[str, list[str]]]:
    return {doc.doc_id: {"with": doc.gold["with"], "without": doc.gold["without"]} for doc in _wcxb(root)}


def _pdftext(root: Path) -> list[BenchDoc]:
    folder = root / "datasets" / "pdftext"
    docs = []
    with open(folder / "manifest.jsonl", encoding="utf-8") as manifest:
        for line in manifest:
            row = json.loads(line)
            docs.append(BenchDoc(
                dataset="pdftext", doc_id=f"{row['id']}/{row['variant']}", input_kind="pdf-text",
                path=str(folder / row["noisy"]), group=row["variant"],
                gold_text=(gold := (folder / row["gold"]).read_text(encoding="utf-8")),
                gold={"layout": row.get("layout"), **_pdf_front_matter(gold)},
            ))
    return docs


def _pdf_front_matter(gold_text: str) -> dict[str, str]:
    """The gold policy puts the title, then the author line, before "Abstract:"."""
    lines = [line.strip() for line in gold_text.split("\n") if line.strip()]
    if len(lines) < 3 or not lines[2].lower().startswith("abstract"):
        return {}
    return {"title": lines[0], "author": lines[1]}


NEWS_SEED = "004_9cb41961028a7a46.txt"
OCR_SEED = "000_6aedd3a5501b463d.txt"


def _seeds(root: Path) -> list[BenchDoc]:
    """The two seeds; their gold is stated in ../shared/README.md and derived here from the seed itself."""
    folder = root / "seeds"
    news = (folder / NEWS_SEED).read_text(encoding="utf-8")
    start, end = news.index("On February 17, the Chinese"), news.index("soft power influence.") + len("soft power influence.")
    body = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", news[start:end]) if p.strip())
    return [
        BenchDoc(dataset="seeds", doc_id="news-dump", input_kind="web-text", path=str(folder / NEWS_SEED),
                 group="web-text", gold_text=body,
                 gold={"title": "How the CCP Pursues Domestic Legitimacy Through Soft Power", "date": "2025-02-19",
                       "source": "The Diplomat", "site": ["Today Headline", "todayheadline.co"]}),
        BenchDoc(dataset="seeds", doc_id="ocr-paper", input_kind="pdf-text", path=str(folder / OCR_SEED),
                 group="pdf-text", gold_text="", gold={"citations": 15}),
    ]


def _quick(dataset: str, docs: list[BenchDoc]) -> list[BenchDoc]:
    if dataset == "wcxb-dev":
        return _take_per_group(docs, QUICK_PER_PAGE_TYPE)
    if dataset == "scrapinghub":
        return docs[:QUICK_SCRAPINGHUB]
    if dataset == "webtext":
        per_type = QUICK_WEBTEXT_PAGES // 7
        pages: dict[tuple, list[str]] = defaultdict(list)
        for doc in docs:
            page = doc.doc_id.rsplit("/", 1)[0]
            stratum = (doc.source_dataset, doc.page_type if doc.source_dataset == "wcxb-dev" else "")
            limit = per_type if doc.source_dataset == "wcxb-dev" else QUICK_WEBTEXT_PAGES
            if page not in pages[stratum] and len(pages[stratum]) < limit:
                pages[stratum].append(page)
        chosen = {page for group in pages.values() for page in group}
        return [doc for doc in docs if doc.doc_id.rsplit("/", 1)[0] in chosen]
    if dataset == "pdftext":
        chosen = sorted({doc.doc_id.split("/")[0] for doc in docs})[:QUICK_PDF_DOCS]
        return [doc for doc in docs if doc.doc_id.split("/")[0] in chosen]
    return docs


def _take_per_group(docs: list[BenchDoc], count: int) -> list[BenchDoc]:
    taken: dict[str, int] = defaultdict(int)
    chosen = []
    for doc in docs:
        if taken[doc.group] < count:
            taken[doc.group] += 1
            chosen.append(doc)
    return chosen
