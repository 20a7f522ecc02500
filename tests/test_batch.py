"""Batch runs over crawl files: one output per document, any engine, any number of workers, resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleanread.batch import BatchOptions, Settings, run_batch
from cleanread.batch import work as work_module
from cleanread.batch.output import completed_keys
from cleanread.readers import ReadOptions
from crawl_files import article_page, page_url, write_jsonl, write_warc, write_wet
from conftest import fixture_text


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run_to(tmp_path: Path, names, name="out.jsonl", **batch) -> tuple[list[dict], object]:
    output = tmp_path / name
    summary = run_batch([str(n) for n in names], str(output), batch_options=BatchOptions(**batch))
    return records(output), summary


def test_warc_gives_one_record_per_document_record_and_skips_the_rest(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", 6)
    output, summary = run_to(tmp_path, [warc], workers=0)
    assert len(output) == 7 and summary.documents == 7 and summary.failures == 1  # 6 pages + 1 image
    image = [r for r in output if "error" in r]
    assert image[0]["url"].endswith("logo.png") and "not a text document (image/png)" in image[0]["error"]
    pages = [r for r in output if "error" not in r]
    assert [r["url"] for r in pages] == [page_url(n) for n in range(6)]
    assert all(r["input"] == str(warc) and r["record"].startswith("<urn:uuid:") for r in output)
    assert len({r["record"] for r in output}) == 7
    first_paragraph = article_page(0).decode().split("<p>")[1].split("</p>")[0]
    assert first_paragraph in pages[0]["text"] and "All rights reserved" not in pages[0]["text"]


def test_uncompressed_warc_and_gzipped_jsonl_with_a_chosen_field(tmp_path):
    warc = write_warc(tmp_path / "plain.warc", 2, with_image=False, compress=False)
    jsonl = write_jsonl(tmp_path / "pages.jsonl.gz", 3, field="raw_html", compress=True)
    output = tmp_path / "out.jsonl"
    run_batch([str(warc), str(jsonl)], str(output), read_options=ReadOptions(field="raw_html"),
              batch_options=BatchOptions(workers=0))
    rows = records(output)
    assert [r.get("line") for r in rows] == [None, None, 1, 2, 3]
    assert all("error" not in r and r["kind"] == "html" for r in rows)
    assert rows[2]["url"] == page_url(0) and "(report 0)" in rows[2]["title"]


def test_bad_jsonl_lines_become_error_records_in_place(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": fixture_text("news-dump-todayheadline.txt")})
    path.write_text("\n".join([good, "{not json", json.dumps({"other": 1}), "", good]) + "\n")
    rows, summary = run_to(tmp_path, [path], workers=0)
    assert [r["line"] for r in rows] == [1, 2, 3, 5] and summary.failures == 2
    assert "not valid JSON" in rows[1]["error"] and "no 'html' or 'text' field" in rows[2]["error"]
    assert rows[0]["kind"] == "web-text" and rows[0]["text"] == rows[3]["text"]


def test_wet_conversion_records_go_through_the_text_path(tmp_path):
    wet = write_wet(tmp_path / "crawl.warc.wet.gz", [fixture_text("news-dump-todayheadline.txt")])
    [row], _ = run_to(tmp_path, [wet], workers=0)
    assert row["kind"] == "web-text" and row["title"] == "How the CCP Pursues Domestic Legitimacy Through Soft Power"
    assert "Share on Facebook" not in row["text"]


def test_truncated_archive_ends_with_an_error_record(tmp_path):
    warc = write_warc(tmp_path / "whole.warc.gz", 20, with_image=False)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[: warc.stat().st_size // 2])
    rows, summary = run_to(tmp_path, [cut], workers=0)
    failed = [index for index, row in enumerate(rows) if "error" in row]
    assert 0 < failed[0] < 20 and failed == list(range(failed[0], len(rows))) and len(failed) <= 2  # the cut record, the cut
    assert "WARC" in rows[-1]["error"] and summary.failures == len(failed)


@pytest.mark.parametrize("ordered", [True, False])
def test_two_workers_give_the_same_records_as_one_process(tmp_path, ordered):
    warc = write_warc(tmp_path / "crawl.warc.gz", 40)
    serial, _ = run_to(tmp_path, [warc], "serial.jsonl", workers=0)
    parallel, _ = run_to(tmp_path, [warc], "parallel.jsonl", workers=2, ordered=ordered)
    if ordered:
        assert parallel == serial
    else:
        key = lambda r: r["record"]  # noqa: E731
        assert sorted(parallel, key=key) == sorted(serial, key=key)


def _slow_or_crashing(record, **options):
    if record.url.endswith("/3"):
        time.sleep(30)
    if record.url.endswith("/5"):
        os._exit(3)
    return ORIGINAL_EXTRACT(record, **options)


ORIGINAL_EXTRACT = work_module.extract_record


def test_a_stuck_or_crashing_document_becomes_an_error_record_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(work_module, "extract_record", _slow_or_crashing)  # forked workers inherit it
    warc = write_warc(tmp_path / "crawl.warc.gz", 8, with_image=False)
    started = time.monotonic()
    rows, summary = run_to(tmp_path, [warc], workers=2, timeout=1.0)
    assert time.monotonic() - started < 25
    assert [r["url"] for r in rows] == [page_url(n) for n in range(8)]
    assert "took longer than 1 s" in rows[3]["error"] and "worker process died" in rows[5]["error"]
    assert summary.failures == 2 and all("text" in r for i, r in enumerate(rows) if i not in (3, 5))


def test_completed_keys_cut_a_partial_last_line(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text('{"input": "a", "line": 1, "text": "x"}\n{"input": "a", "line": 2, "text": "y"}\n{"input": "a", "li')
    assert completed_keys(str(output)) == {("a", None, 1), ("a", None, 2)}
    assert output.read_text().endswith('"y"}\n')


def test_sigkill_mid_run_then_resume_writes_every_input_exactly_once(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", 400)
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "cleanread", str(warc), "-o", str(output), "--workers", "2", "--resume", "-q"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not output.exists() or output.read_bytes().count(b"\n") < 40):
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    before = output.read_bytes().count(b"\n")
    assert 40 <= before < 401, "the run was not killed mid-way"
    resumed = subprocess.run(command, capture_output=True, timeout=300)
    assert resumed.returncode == 1  # the image record is an error record, as in a clean run
    rows = records(output)
    reference, _ = run_to(tmp_path, [warc], "reference.jsonl", workers=0)
    assert len(rows) == len(reference) == 401
    assert sorted(json.dumps(r, sort_keys=True) for r in rows) == sorted(json.dumps(r, sort_keys=True) for r in reference)


def test_dask_local_cluster_writes_the_same_jsonl_as_a_local_run(tmp_path):
    pytest.importorskip("distributed")
    warc = write_warc(tmp_path / "crawl.warc.gz", 12)
    jsonl = write_jsonl(tmp_path / "pages.jsonl", 4)
    local = tmp_path / "local.jsonl"
    dask = tmp_path / "dask.jsonl"
    names = [str(warc), str(jsonl), str(tmp_path / "missing.warc.gz")]
    run_batch(names, str(local), batch_options=BatchOptions(workers=2))
    run_batch(names, str(dask), batch_options=BatchOptions(workers=2, engine="dask"))
    assert local.read_bytes() == dask.read_bytes()
    assert len(records(local)) == 12 + 1 + 4 + 1


def test_settings_reach_the_workers(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", 3, with_image=False)
    output = tmp_path / "out.txt"
    run_batch([str(warc)], str(output), settings=Settings(output_format="text"), batch_options=BatchOptions(workers=2))
    text = output.read_text()
    assert text.count("\n\n") >= 3 and "{" not in text  # paragraphs, not JSON records


def test_reporter_counts_and_prints_failures_above_the_progress_bar():
    import io

    from rich.console import Console

    from cleanread.batch.progress import Reporter, estimated_total
    from cleanread.batch.work import Outcome

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with Reporter(console, show_progress=True, total=3) as reporter:
        reporter.report(Outcome({"input": "a.warc.gz", "record": "<r1>"}, output="{}\n"))
        reporter.report(Outcome({"input": "a.warc.gz", "record": "<r2>"}, error="not a text document (image/png)"))
    shown = buffer.getvalue()
    assert reporter.documents == 2 and reporter.failures == 1
    assert "cleanread: a.warc.gz: record <r2>: not a text document (image/png)" in shown
    assert "documents" in shown and "errors" in shown
    assert estimated_total(["a.html", "b.txt"]) == 2 and estimated_total(["a.html", "c.warc.gz"]) is None


def test_lines_recurring_on_earlier_pages_of_a_site_are_template(tmp_path):
    from crawl_files import SITE_BLURB, article_dump

    path = tmp_path / "dumps.jsonl"
    rows = [{"url": page_url(n), "text": article_dump(n)} for n in range(4)]
    rows.append({"url": "https://other.example/1", "text": article_dump(4)})  # another site: no evidence
    rows += [{"url": page_url(5), "text": article_dump(3)}, {"url": page_url(6), "text": article_dump(3)}]  # copies
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    output, _ = run_to(tmp_path, [path], workers=0)
    # the second copy of page 3 has its whole article on two earlier pages: a duplicate, so no evidence
    assert [SITE_BLURB in row["text"] for row in output] == [True, True, False, False, True, False, True]
    first_paragraphs = [row["text"].split("\n\n")[2] for row in rows]  # after the menu and title
    assert all(paragraph in out["text"] for paragraph, out in zip(first_paragraphs, output))
    explained = tmp_path / "explained.jsonl"
    run_batch([str(path)], str(explained), settings=Settings(with_blocks=True), batch_options=BatchOptions(workers=0))
    third = records(explained)[2]
    [blurb] = [block for block in third["blocks"] if block["text"] == SITE_BLURB]
    assert blurb["label"] != "body" and any("other pages of this site" in reason for reason in blurb["reasons"])


@pytest.mark.parametrize("name", ["old.arc", "old.arc.gz"])
def test_arc_files_are_read_and_their_records_keep_the_same_identity_on_every_read(tmp_path, name):
    from crawl_files import write_arc

    arc = write_arc(tmp_path / name, 3)
    first, _ = run_to(tmp_path, [arc], "first.jsonl", workers=0)
    second, _ = run_to(tmp_path, [arc], "second.jsonl", workers=0)
    assert [r["url"] for r in first] == [page_url(n) for n in range(3)]
    assert all(r["kind"] == "html" and "(report" in r["title"] for r in first)
    assert [r["record"] for r in first] == [r["record"] for r in second]


def test_a_record_with_a_malformed_url_is_extracted_and_the_run_goes_on(tmp_path):
    from crawl_files import article_dump

    path = tmp_path / "dumps.jsonl"
    rows = [{"url": "http://[broken/1", "text": article_dump(0)}, {"url": page_url(1), "text": article_dump(1)}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    output, _ = run_to(tmp_path, [path], workers=0)
    assert len(output) == 2 and all("error" not in row and row["text"] for row in output)


def test_a_record_holding_a_lone_surrogate_is_written_and_the_run_goes_on(tmp_path):
    path = tmp_path / "dumps.jsonl"
    rows = [{"text": "The council met on Tuesday \ud800 and agreed to repair the bridge over the river."},
            {"text": "A second record of plain text, long enough to be kept as the article."}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    output, _ = run_to(tmp_path, [path], workers=0)
    assert len(output) == 2 and "\ufffd" in output[0]["text"] and "second record" in output[1]["text"]
