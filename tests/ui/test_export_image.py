"""File → Export → Image (Graphviz)…: the dialog's choices, the export on a
worker thread, the busy indicator, the message with Open Folder, and the
message when Graphviz is missing."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from orgchart.formats import ExportOptions
from orgchart.formats import graphviz as gv
from orgchart.text import BOTH
from tests.bench.charts import government
from ui import export_image as module
from ui.document import ChartDocument
from ui.export_image import LARGE_CHART, ExportImageDialog, ImageExporter, export_image
from ui.preferences import Preferences

needs_graphviz = pytest.mark.skipif(shutil.which("dot") is None,
                                    reason="Graphviz is not installed")


@pytest.fixture
def preferences(qapp):
    return Preferences(QSettings())


@pytest.fixture
def window(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def make_dialog(qtbot, document, path: Path) -> ExportImageDialog:
    dialog = ExportImageDialog(document.chart, document.display, path)
    qtbot.addWidget(dialog)
    return dialog


class Recorder:
    """Stands in for the user: answers the dialog and the messages."""

    def __init__(self, path: Path, choose=None, open_folder: bool = True) -> None:
        self.path, self.choose, self.wants_folder = path, choose, open_folder
        self.asked: list[tuple[Path, list[str]]] = []
        self.errors: list[str] = []
        self.opened: list[Path] = []

    def install(self, exporter: ImageExporter) -> ImageExporter:
        exporter.run_dialog = self.run_dialog
        exporter.ask_open_folder = self.ask_open_folder
        exporter.show_error = self.errors.append
        exporter.open_folder = self.opened.append
        return exporter

    def run_dialog(self, dialog: ExportImageDialog) -> bool:
        dialog.path_edit.setText(str(self.path))
        dialog._on_path_edited()
        if self.choose:
            self.choose(dialog)
        return True

    def ask_open_folder(self, path: Path, warnings: list[str]) -> bool:
        self.asked.append((path, warnings))
        return self.wants_folder


# --------------------------------------------------------------------------
# The dialog


def test_dialog_offers_the_charts_languages_and_both(qtbot, document, tmp_path):
    document.set_display("en")
    dialog = make_dialog(qtbot, document, tmp_path / "chart.png")
    offered = [dialog.language_box.itemData(i) for i in range(dialog.language_box.count())]
    assert offered == ["zh-Hant", "en", BOTH]
    assert dialog.language_box.currentData() == "en"
    assert dialog.windowTitle() == "Export Image (Graphviz)"


def test_a_one_language_chart_offers_no_both(qtbot, tmp_path):
    from orgchart.model import Chart

    dialog = make_dialog(qtbot, ChartDocument(Chart.new("x", ["en"])), tmp_path / "c.png")
    assert dialog.language_box.count() == 1


def test_format_sets_the_ending_and_the_resolution_applies_to_png_only(qtbot, document,
                                                                        tmp_path):
    dialog = make_dialog(qtbot, document, tmp_path / "chart.png")
    assert dialog.dpi_box.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    assert dialog.path_edit.text().endswith("chart.pdf")
    assert not dialog.dpi_box.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "other.svg"))
    dialog._on_path_edited()
    assert dialog.suffix == ".svg"
    assert dialog.path() == tmp_path / "other.svg"


def test_options_are_what_the_user_chose(qtbot, document, tmp_path):
    dialog = make_dialog(qtbot, document, tmp_path / "chart.png")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(BOTH))
    dialog.duties_box.setChecked(True)
    dialog.engine_box.setCurrentIndex(dialog.engine_box.findData("pinned"))
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("lr"))
    dialog.dpi_box.setValue(300)
    assert dialog.options("Noto Sans CJK TC", "/opt/gv") == ExportOptions(
        display=BOTH, duties=True, engine="pinned", orientation="lr", dpi=300,
        font="Noto Sans CJK TC", programs="/opt/gv")
    assert dialog.options("", "").programs is None


def test_browse_asks_for_a_file_and_takes_its_format(qtbot, document, tmp_path):
    dialog = make_dialog(qtbot, document, tmp_path / "chart.png")
    dialog.ask_path = lambda start: str(tmp_path / "picked.svg")
    dialog.browse_button.click()
    assert dialog.suffix == ".svg"
    assert dialog.path() == tmp_path / "picked.svg"
    dialog.ask_path = lambda start: ""  # cancelled: nothing changes
    dialog.browse_button.click()
    assert dialog.path() == tmp_path / "picked.svg"


# --------------------------------------------------------------------------
# Running the export


def test_export_runs_on_a_worker_thread_with_a_copy(qtbot, window, document, preferences,
                                                    tmp_path, monkeypatch):
    seen = {}

    def fake_export(chart, path, options):
        seen.update(thread=threading.get_ident(), chart=chart, path=path, options=options)
        return ["a warning"]

    monkeypatch.setattr(gv, "export", fake_export)
    preferences.export_font = "Noto Sans CJK TC"
    user = Recorder(tmp_path / "chart.svg")
    exporter = user.install(ImageExporter(window, document, preferences))
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        assert exporter.start()
    assert done.args == [True]
    assert seen["thread"] != threading.get_ident()
    assert seen["chart"] is not document.chart and seen["chart"].units == document.chart.units
    assert seen["path"] == tmp_path / "chart.svg"
    assert seen["options"].font == "Noto Sans CJK TC"
    assert user.asked == [(tmp_path / "chart.svg", ["a warning"])]
    assert user.opened == [tmp_path]
    qtbot.waitUntil(lambda: not module._RUNNING)  # the thread ended and goes


def test_cancelling_the_dialog_exports_nothing(qtbot, window, document, preferences,
                                               monkeypatch):
    monkeypatch.setattr(gv, "export", lambda *a: pytest.fail("exported"))
    exporter = ImageExporter(window, document, preferences)
    exporter.run_dialog = lambda dialog: False
    assert not exporter.start()


@needs_graphviz
def test_a_real_export_writes_the_file(qtbot, window, sample_document, preferences, tmp_path):
    user = Recorder(tmp_path / "chart.png", open_folder=False,
                    choose=lambda d: d.duties_box.setChecked(True))
    exporter = user.install(ImageExporter(window, sample_document, preferences))
    with qtbot.waitSignal(exporter.done, timeout=60_000) as done:
        exporter.start()
    assert done.args == [True], user.errors
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert user.opened == []
    assert exporter.progress is None


def test_missing_graphviz_says_how_to_install_it(qtbot, window, document, preferences,
                                                 tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    preferences.graphviz_folder = str(empty)
    user = Recorder(tmp_path / "chart.png")
    exporter = user.install(ImageExporter(window, document, preferences))
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        exporter.start()
    assert done.args == [False]
    assert len(user.errors) == 1
    assert "Graphviz (the dot program) was not found" in user.errors[0]
    assert "Preferences" in user.errors[0]
    assert not (tmp_path / "chart.png").exists()


def test_large_charts_show_a_busy_indicator(qtbot, window, preferences, tmp_path,
                                            monkeypatch):
    release = threading.Event()

    def slow_export(chart, path, options):
        release.wait(10)
        return []

    monkeypatch.setattr(gv, "export", slow_export)
    document = ChartDocument(government(LARGE_CHART + 50))
    user = Recorder(tmp_path / "chart.svg")
    exporter = user.install(ImageExporter(window, document, preferences))
    exporter.start()
    qtbot.waitUntil(lambda: exporter.progress is not None and exporter.progress.isVisible(),
                    timeout=5_000)
    assert exporter.progress.maximum() == 0  # busy, not a percentage
    with qtbot.waitSignal(exporter.done, timeout=10_000):
        release.set()
    assert exporter.progress is None


def test_quick_exports_of_small_charts_show_no_indicator(qtbot, window, document, preferences,
                                                         tmp_path, monkeypatch):
    monkeypatch.setattr(gv, "export", lambda chart, path, options: [])
    user = Recorder(tmp_path / "chart.svg")
    exporter = user.install(ImageExporter(window, document, preferences))
    shown = []
    exporter._show_busy = lambda: shown.append(True)
    with qtbot.waitSignal(exporter.done, timeout=10_000):
        exporter.start()
    qtbot.wait(50)
    assert shown == []


def test_suggested_file_is_beside_the_chart(window, document, preferences, tmp_path):
    document.set_path(tmp_path / "org.orgchart")
    assert ImageExporter(window, document, preferences).suggested_path() == tmp_path / "org.png"


def test_export_image_is_the_menu_entry(qtbot, window, document, preferences, tmp_path,
                                        monkeypatch):
    monkeypatch.setattr(gv, "export", lambda chart, path, options: [])
    user = Recorder(tmp_path / "chart.pdf", open_folder=False)
    monkeypatch.setattr(ImageExporter, "run_dialog", lambda self, d: user.run_dialog(d))
    monkeypatch.setattr(ImageExporter, "ask_open_folder",
                        lambda self, path, warnings: user.ask_open_folder(path, warnings))
    exporter = export_image(window, document, preferences)
    assert isinstance(exporter, ImageExporter)
    with qtbot.waitSignal(exporter.destroyed, timeout=10_000):
        pass  # done, then deleted
    assert user.asked == [(tmp_path / "chart.pdf", [])]
