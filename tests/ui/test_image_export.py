"""Pictures drawn by Qt from the canvas: the clipboard holds a PNG at twice
screen resolution and an SVG after Copy as Image; Export What You See writes
PNG, SVG and PDF; the picture has no selection outline and the shared
selection is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMainWindow

from orgchart.model import Chart
from tests.ui.views import shown_view
from ui import image_export
from ui.image_export import PNG_SCALE, chart_rect, render_image
from ui.output_actions import OutputActions


@pytest.fixture
def view(qtbot, sample_document, selection):
    return shown_view(qtbot, sample_document, selection, (900, 600))


@pytest.fixture
def actions(qtbot, sample_document, selection, view):
    window = QMainWindow()
    qtbot.addWidget(window)
    return OutputActions(sample_document, selection, view, window)


def saving_to(actions: OutputActions, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(actions, "ask_save_path", lambda *args: path)
    errors: list[str] = []
    monkeypatch.setattr(actions, "show_error", lambda title, message: errors.append(message))
    actions.errors = errors


def test_copy_puts_a_png_at_twice_screen_resolution_and_an_svg(actions, view):
    actions.copy_image.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert {"image/png", "image/svg+xml"} <= set(mime.formats())
    image = QImage.fromData(mime.data("image/png"), "PNG")
    rect = chart_rect(view)
    assert image.width() == round(rect.width() * PNG_SCALE)
    assert image.height() == round(rect.height() * PNG_SCALE)
    svg = QSvgRenderer(QByteArray(mime.data("image/svg+xml")))
    assert svg.isValid()


def test_copy_of_a_selection_is_the_selected_units_area(actions, view, selection):
    selection.set(["gz-bijie", "gz-bijie-hezhang"])
    actions.copy_image.trigger()
    image = QImage.fromData(QGuiApplication.clipboard().mimeData().data("image/png"), "PNG")
    whole = chart_rect(view)
    assert 0 < image.width() < whole.width() * PNG_SCALE / 2


def test_the_picture_has_no_selection_outline_and_the_selection_stays(qtbot, view, selection):
    rect = chart_rect(view, ["gz"])
    clean = render_image(view, rect)
    selection.set(["gz"])
    with qtbot.assertNotEmitted(selection.changed):
        picture = render_image(view, rect)
    assert picture == clean
    assert selection.ids == ("gz",) and view.chart_scene.card("gz").isSelected()


def test_chinese_text_is_written_into_the_svg(view):
    svg = image_export.render_svg(view, chart_rect(view)).decode("utf-8")
    assert "貴州省" in svg and "Guizhou Province" in svg


@pytest.mark.parametrize("name, check", [
    ("chart.png", lambda p: not QImage(str(p)).isNull()),
    ("chart.svg", lambda p: QSvgRenderer(str(p)).isValid()),
    ("chart.pdf", lambda p: p.read_bytes().startswith(b"%PDF")),
])
def test_export_what_you_see(actions, monkeypatch, tmp_path, name, check):
    path = tmp_path / name
    saving_to(actions, monkeypatch, path)
    assert actions.on_export_view() == path
    assert check(path) and not actions.errors


def test_export_what_you_see_adds_a_suffix(actions, monkeypatch, tmp_path):
    saving_to(actions, monkeypatch, tmp_path / "chart")
    assert actions.on_export_view() == tmp_path / "chart.png"


def test_export_what_you_see_into_a_missing_folder_says_why(actions, monkeypatch, tmp_path):
    saving_to(actions, monkeypatch, tmp_path / "missing" / "chart.png")
    assert actions.on_export_view() is None
    assert actions.errors and "chart.png" in actions.errors[0]


def test_export_graphml(actions, monkeypatch, tmp_path):
    path = tmp_path / "chart.graphml"
    saving_to(actions, monkeypatch, path)
    assert actions.on_export_graphml() == path
    assert b"y:ShapeNode" in path.read_bytes()


def test_picture_actions_wait_for_a_chart_with_units(qtbot, actions, sample_document):
    assert actions.copy_image.isEnabled()
    sample_document.replace_chart(Chart.new("Empty"), None)
    assert not actions.copy_image.isEnabled() and not actions.print.isEnabled()
    assert actions.export_slides.isEnabled()


def test_the_actions_for_the_menus(actions):
    assert len(actions.actions()) == 6
    assert actions.copy_image.shortcut().toString() == "Ctrl+Shift+C"
    assert actions.print.shortcut().toString() == "Ctrl+P"
    assert all(not a.icon().isNull() for a in actions.actions())
