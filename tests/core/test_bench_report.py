"""The benchmark report: a run of some benchmarks keeps the others' sections."""

from __future__ import annotations

from tests.bench import __main__ as bench


def test_a_partial_run_replaces_its_sections_and_keeps_the_others(tmp_path, monkeypatch):
    report = tmp_path / "performance.md"
    monkeypatch.setattr(bench, "REPORT", report)
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    bench._write(["CPU: old"], ["## Layout", "", "old layout", "", "## Excel", "", "old excel", ""])
    bench._write(["CPU: new"], ["## Layout", "", "new layout", ""], keep_others=True)
    text = report.read_text(encoding="utf-8")
    assert "new layout" in text and "old excel" in text
    assert "old layout" not in text and "CPU: new" in text and "CPU: old" not in text
    bench._write(["CPU: all"], ["## Layout", "", "only", ""])
    text = report.read_text(encoding="utf-8")
    assert "only" in text and "Excel" not in text
