"""Printing: the chart on one page or tiled over several, rendered to a PDF
printer offscreen, through the print preview as well."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from tests.ui.views import shown_view
from ui import printing
from ui.printing import ChartPrinter, PrintOptions, plan_tiles, preview_chart


@pytest.fixture
def view(qtbot, sample_document, selection):
    return shown_view(qtbot, sample_document, selection, (900, 600))


@pytest.fixture
def pdf_printer(tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def pages_of(printer: QPrinter) -> int:
    data = Path(printer.outputFileName()).read_bytes()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_fit_to_one_page(pdf_printer, view, sample_document):
    assert ChartPrinter(view, sample_document).paint(pdf_printer) == 1
    assert pages_of(pdf_printer) == 1


def test_tiled_over_three_pages_wide(pdf_printer, view, sample_document):
    options = PrintOptions(pages_wide=3)
    printed = ChartPrinter(view, sample_document, options).paint(pdf_printer)
    assert printed >= 3 and printed % 3 == 0
    assert pages_of(pdf_printer) == printed


def test_tiles_cover_the_chart_with_overlap():
    chart = QRectF(0, 0, 3000, 800)
    tiling = plan_tiles(chart, 1000, 700, PrintOptions(pages_wide=3, overlap_mm=10), 96)
    overlap = 10 / 25.4 * 96
    assert tiling.columns == 3
    assert tiling.scale == pytest.approx((3 * 1000 - 2 * overlap) / 3000)
    first, second = tiling.tiles[0].source, tiling.tiles[1].source
    assert second.left() < first.right()  # the strip shown on both
    assert (first.right() - second.left()) * tiling.scale == pytest.approx(overlap)
    last = tiling.tiles[tiling.columns - 1].source
    assert last.right() == pytest.approx(chart.right())
    assert max(t.source.bottom() for t in tiling.tiles) >= chart.bottom()


def test_fit_keeps_the_chart_whole():
    tiling = plan_tiles(QRectF(0, 0, 3000, 800), 1000, 700, PrintOptions(), 96)
    assert len(tiling.tiles) == 1 and tiling.scale == pytest.approx(1000 / 3000)


def test_printing_leaves_the_selection_alone(qtbot, pdf_printer, view, sample_document,
                                            selection):
    selection.set(["gz"])
    with qtbot.assertNotEmitted(selection.changed):
        ChartPrinter(view, sample_document).paint(pdf_printer)
    assert view.chart_scene.card("gz").isSelected()


def test_print_preview_renders_to_a_pdf_printer(qtbot, pdf_printer, view, sample_document):
    dialog = preview_chart(view, sample_document, QPrinter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.paintRequested.emit(pdf_printer)
    assert pages_of(pdf_printer) == 1
    dialog.choices.pages.setCurrentIndex(printing.PAGES_WIDE.index(2))
    assert dialog.chart_printer.options.pages_wide == 2
    assert PrintOptions.stored().pages_wide == 2
    dialog.close()


def test_a_cancelled_print_dialog_prints_nothing(monkeypatch, view, sample_document):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert printing.print_chart(view, sample_document, QPrinter()) == 0


def test_the_print_dialog_prints_with_its_options(monkeypatch, pdf_printer, view,
                                                  sample_document):
    def accept(dialog):
        tab = dialog.findChild(printing.PrintOptionsWidget)
        tab.pages.setCurrentIndex(printing.PAGES_WIDE.index(2))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert printing.print_chart(view, sample_document, pdf_printer) >= 2


def test_title_for_the_footer(view, sample_document):
    assert ChartPrinter(view, sample_document).title() == \
        "脫貧攻堅領導責任制 — Leadership responsibility system for poverty alleviation"
