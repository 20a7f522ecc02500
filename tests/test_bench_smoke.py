"""The benchmark harness stays runnable: a handful of documents through every stage of it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

from conftest import ROOT

SMOKE_SYSTEMS = "cleanread,trafilatura,whole-html-text,whole-dump,c4-line-filter,raw,naive-unwrap"


def test_bench_smoke_run_writes_report_and_per_document_figures(shared_datasets, tmp_path):
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--smoke", "--systems", SMOKE_SYSTEMS,
         "--shared", str(shared_datasets.parent), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    report = (tmp_path / "smoke.md").read_text()
    for heading in ("## WCXB dev", "## ScrapingHub", "## Web-page text dumps", "## PDF-derived text", "## Seeds"):
        assert heading in report
    results = json.load(gzip.open(tmp_path / "smoke.json.gz", "rt"))
    for dataset, entry in results["datasets"].items():
        assert "cleanread" in entry["systems"], dataset
        for system, value in entry["systems"].items():
            assert value["per_doc"], (dataset, system)
            assert value["summary"]["failures"] == 0, (dataset, system, value["failures"])
            f1 = value["summary"].get("word_f1")
            assert f1 is None or 0.0 <= f1 <= 1.0
    html = results["datasets"]["wcxb-dev"]["systems"]
    assert set(html) == {"cleanread", "trafilatura", "whole-html-text"}
    assert html["whole-html-text"]["summary"]["word_r"] >= html["trafilatura"]["summary"]["word_r"] - 0.05


def test_bench_diff_runs_on_its_own_output(shared_datasets, tmp_path):
    script = str(ROOT / "scripts" / "bench.py")
    args = ["--smoke", "--datasets", "seeds", "--systems", "cleanread,raw", "--shared", str(shared_datasets.parent)]
    for name in ("a", "b"):
        subprocess.run([sys.executable, script, *args, "--out", str(tmp_path / name)], check=True, capture_output=True, timeout=300)
    completed = subprocess.run([sys.executable, script, "--diff", str(tmp_path / "a" / "smoke.json.gz"),
                                str(tmp_path / "b" / "smoke.json.gz")], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0 and completed.stdout == ""  # the same code on the same seeds: nothing moved


def test_webtext_ceiling_reports_a_share_per_renderer(shared_datasets):
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "webtext_ceiling.py"), "--shared", str(shared_datasets.parent)],
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    rows = [line.split("|")[1:-1] for line in completed.stdout.splitlines()[2:]]
    assert sorted(cells[0].strip() for cells in rows) == ["inscriptis", "lynx", "w3m"]
    for cells in rows:
        shares = [float(cell.split()[0]) for cell in cells[1:]]
        assert all(0.0 < share < 1.0 for share in shares), cells
