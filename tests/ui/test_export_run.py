"""How exports run (`ui.export_run`, `ui.busy.in_child`): a large chart is
written by a child process while this one keeps painting; the file is the
one this process would write, and failures come back as the core's
messages."""

from __future__ import annotations

import os
import time

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from orgchart.formats import ExportError, ExportOptions, excel
from tests.charts import bilingual_chart
from ui import busy, scale
from ui.export_run import write_export


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(scale, "LARGE_CHART", 1)


def _sheets(path):
    book = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


def test_a_large_chart_is_written_by_a_child_as_it_would_be_here(qapp, large, tmp_path,
                                                                monkeypatch):
    here = tmp_path / "here.xlsx"
    excel.export(bilingual_chart(), here, ExportOptions())
    calls = []
    monkeypatch.setattr(excel, "export", lambda *a: calls.append(a))  # not in this process
    there = tmp_path / "there.xlsx"
    warnings = write_export(None, "Export", bilingual_chart(), "excel", there, ExportOptions())
    assert calls == [] and isinstance(warnings, list)
    assert _sheets(there) == _sheets(here)
    assert QApplication.overrideCursor() is None


def test_the_child_s_refusal_comes_back_as_the_core_s_message(qapp, large, tmp_path):
    target = tmp_path / "no such folder" / "m.xlsx"
    with pytest.raises(ExportError, match="no such folder"):
        write_export(None, "Export", bilingual_chart(), "excel", target, ExportOptions())
    assert not target.exists()


def test_this_process_keeps_running_while_the_child_works(qapp):
    fired = []
    start = time.perf_counter()
    QTimer.singleShot(100, lambda: fired.append(time.perf_counter() - start))
    busy.in_child(None, "T", "Waiting…", time.sleep, 1.5)
    assert len(fired) == 1 and fired[0] < 1.0  # not held until the child was done


def test_a_child_that_dies_says_so(qapp):
    with pytest.raises(busy.ChildDied):
        busy.in_child(None, "T", "Waiting…", os._exit, 3)
    assert QApplication.overrideCursor() is None


def test_every_export_is_offered_the_folder_the_last_one_went_to(document, tmp_path):
    from ui import export_excel, export_slides
    from ui.export_run import remember_folder

    remember_folder(tmp_path / "matrix.xlsx")
    assert export_excel.suggested_path(document).parent == tmp_path
    assert export_slides.suggested_path(document, ".pptx").parent == tmp_path
