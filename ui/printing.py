"""Printing the chart, and its print preview, through QtPrintSupport.

Owns how the chart goes onto paper: either fitted to one page, or tiled over
N pages wide (as many rows as the chart needs) with a strip of overlap on
each inner edge and marks where the next sheet begins, so the sheets can be
trimmed and taped together; a footer with the chart's title, the date and
the page number. Page size and orientation are the printer's own (the
print dialog and the preview's page setup set them); the options here are
added to both dialogs. The chart is drawn as the canvas shows it, without
selection outlines (`image_export.clean_scene`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QToolBar,
    QWidget,
)

from ui.canvas.view import ChartView
from ui.document import ChartDocument
from ui.image_export import MARGIN, clean_scene

#: Offered in the dialogs: fit to one page, or this many pages wide.
PAGES_WIDE = (1, 2, 3, 4, 6)
FOOTER_INCH = 0.3
MARK_COLOR = QColor("#9aa3ad")
SETTING = "print/pages_wide"
OVERLAP_SETTING = "print/overlap_marks"


@dataclass(frozen=True)
class PrintOptions:
    """How the chart is laid on the paper."""

    #: 1: the whole chart on one page; N: tiled over N pages across
    pages_wide: int = 1
    #: the strip printed twice where two tiles meet, in millimetres
    overlap_mm: float = 12.0
    #: marks on each tile where the next one begins
    marks: bool = True

    @classmethod
    def stored(cls) -> PrintOptions:
        settings = QSettings()
        try:
            wide = int(settings.value(SETTING, 1))
        except (TypeError, ValueError):
            wide = 1
        marks = settings.value(OVERLAP_SETTING, True)
        return cls(wide if wide in PAGES_WIDE else 1, marks=marks not in (False, "false"))

    def store(self) -> None:
        settings = QSettings()
        settings.setValue(SETTING, self.pages_wide)
        settings.setValue(OVERLAP_SETTING, self.marks)


@dataclass(frozen=True)
class Tile:
    """One page: the part of the chart it shows (scene coordinates), where."""

    source: QRectF
    row: int
    column: int


@dataclass(frozen=True)
class Tiling:
    scale: float  # device pixels per scene unit
    tiles: list[Tile]
    rows: int
    columns: int
    overlap: float  # device pixels


def plan_tiles(chart: QRectF, width: float, height: float, options: PrintOptions,
               dpi: float) -> Tiling:
    """The pages for a chart on paper whose printable area (less the footer)
    is `width` × `height` device pixels at `dpi`."""
    if options.pages_wide <= 1:
        scale = min(width / chart.width(), height / chart.height())
        return Tiling(scale, [Tile(QRectF(chart), 0, 0)], 1, 1, 0.0)
    n = options.pages_wide
    overlap = options.overlap_mm / 25.4 * dpi
    scale = (n * width - (n - 1) * overlap) / chart.width()
    step_x, step_y = (width - overlap) / scale, (height - overlap) / scale
    rows = max(1, math.ceil((chart.height() * scale - overlap) / (height - overlap)))
    tiles = [Tile(QRectF(chart.left() + c * step_x, chart.top() + r * step_y,
                         width / scale, height / scale), r, c)
             for r in range(rows) for c in range(n)]
    return Tiling(scale, tiles, rows, n, overlap)


class ChartPrinter:
    """Draws one window's chart onto a printer (paper, PDF or the preview)."""

    def __init__(self, view: ChartView, document: ChartDocument,
                 options: PrintOptions | None = None) -> None:
        self.view, self.document = view, document
        self.options = options or PrintOptions()

    def title(self) -> str:
        chart = self.document.chart
        shown = self.document.label(chart.title).replace("\n", " — ")
        path = self.document.path
        return shown or (path.stem if path is not None else "")

    def suggest_orientation(self, printer: QPrinter) -> None:
        """Landscape for a chart wider than it is tall (most of them)."""
        rect = self.view.chart_scene.sceneRect()
        landscape = rect.width() >= rect.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)

    def paint(self, printer: QPrinter) -> int:
        """Print every page; how many were printed."""
        dpi = printer.resolution()
        page = printer.pageLayout().paintRectPixels(dpi)
        footer = FOOTER_INCH * dpi
        width, height = page.width(), page.height() - footer
        chart = self.view.chart_scene.sceneRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        tiling = plan_tiles(chart, width, height, self.options, dpi)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            with clean_scene(self.view) as scene:
                for i, tile in enumerate(tiling.tiles):
                    if i:
                        printer.newPage()
                    target = QRectF(0, 0, tile.source.width() * tiling.scale,
                                    tile.source.height() * tiling.scale)
                    painter.save()
                    painter.setClipRect(QRectF(0, 0, width, height))
                    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                                           | QPainter.RenderHint.TextAntialiasing)
                    scene.render(painter, target, tile.source, Qt.AspectRatioMode.KeepAspectRatio)
                    painter.restore()
                    if self.options.marks and tiling.columns > 1:
                        self._marks(painter, tiling, tile, width, height)
                    self._footer(painter, tiling, tile, i, QRectF(0, height, width, footer))
        finally:
            painter.end()
        return len(tiling.tiles)

    def _marks(self, painter: QPainter, tiling: Tiling, tile: Tile, width: float,
               height: float) -> None:
        """Dashed lines where the next tile to the right and below begins: cut
        along one, lay it over the other's overlap."""
        pen = QPen(MARK_COLOR, max(1.0, painter.device().logicalDpiX() / 150))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.save()
        painter.setPen(pen)
        if tile.column < tiling.columns - 1:
            x = width - tiling.overlap
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
        if tile.row < tiling.rows - 1:
            y = height - tiling.overlap
            painter.drawLine(QPointF(0, y), QPointF(width, y))
        painter.restore()

    def _footer(self, painter: QPainter, tiling: Tiling, tile: Tile, index: int,
                rect: QRectF) -> None:
        painter.save()
        font = QFont()
        font.setPointSizeF(8.5)
        # unhinted, so the width measured is the width printed at any resolution
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        painter.setFont(font)
        painter.setPen(QColor("#4b5563"))
        date = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        page = f"{index + 1} / {len(tiling.tiles)}"
        if tiling.columns > 1:
            where = QCoreApplication.translate("ChartPrinter", "row {row}, column {column}")
            page = where.format(row=tile.row + 1, column=tile.column + 1) + f"   {page}"
        flags = Qt.AlignmentFlag.AlignBottom
        painter.drawText(rect, flags | Qt.AlignmentFlag.AlignLeft, self.title())
        painter.drawText(rect, flags | Qt.AlignmentFlag.AlignHCenter, date)
        painter.drawText(rect, flags | Qt.AlignmentFlag.AlignRight, page)
        painter.restore()


# --------------------------------------------------------------------------
# The options in the dialogs


class PrintOptionsWidget(QWidget):
    """Fit to one page, or N pages wide; overlap marks."""

    changed = Signal()

    def __init__(self, options: PrintOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chart"))
        self.pages = QComboBox(self)
        for n in PAGES_WIDE:
            self.pages.addItem(self.tr("Fit to one page") if n == 1
                               else self.tr("%n pages wide", "", n), n)
        self.pages.setCurrentIndex(PAGES_WIDE.index(options.pages_wide))
        self.pages.setAccessibleName(self.tr("Pages across"))
        self.pages.setToolTip(self.tr("Print the chart on one page, or larger over several "
                                      "pages side by side"))
        self.marks = QCheckBox(self.tr("Overlap marks"), self)
        self.marks.setChecked(options.marks)
        self.marks.setToolTip(self.tr("Dashed lines where the next page begins, to trim and "
                                      "tape the pages together"))
        form = QFormLayout(self)
        form.addRow(self.tr("Chart on paper:"), self.pages)
        form.addRow("", self.marks)
        self.pages.currentIndexChanged.connect(self._on_changed)
        self.marks.toggled.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self, *_: object) -> None:
        self.marks.setEnabled(self.pages.currentData() != 1)
        self.changed.emit()

    def options(self, base: PrintOptions) -> PrintOptions:
        return replace(base, pages_wide=int(self.pages.currentData()),
                       marks=self.marks.isChecked())


class ChartPrintPreview(QPrintPreviewDialog):
    """Qt's print preview with the chart's options in its toolbar."""

    def __init__(self, chart_printer: ChartPrinter, printer: QPrinter,
                 parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.printer = printer  # Qt does not own it: it must live as long as the dialog
        self.chart_printer = chart_printer
        self.setWindowTitle(self.tr("Print Preview — %1").replace("%1", chart_printer.title()))
        self.choices = PrintOptionsWidget(chart_printer.options, self)
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            bar.addWidget(QLabel(self.tr(" Chart: "), bar))
            bar.addWidget(self.choices.pages)
            bar.addWidget(self.choices.marks)
        self.choices.hide()
        self.choices.changed.connect(self._on_options_changed)
        self.paintRequested.connect(self.render_pages)

    def render_pages(self, printer: QPrinter) -> None:
        self.chart_printer.paint(printer)

    def _on_options_changed(self) -> None:
        self.chart_printer.options = self.choices.options(self.chart_printer.options)
        self.chart_printer.options.store()
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()


def print_chart(view: ChartView, document: ChartDocument, printer: QPrinter,
                parent: QWidget | None = None) -> int:
    """The print dialog with the chart's options; pages printed (0: cancelled)."""
    chart_printer = ChartPrinter(view, document, PrintOptions.stored())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ChartPrinter", "Print Chart"))
    choices = PrintOptionsWidget(chart_printer.options)
    dialog.setOptionTabs([choices])
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    chart_printer.options = choices.options(chart_printer.options)
    chart_printer.options.store()
    return chart_printer.paint(printer)


def preview_chart(view: ChartView, document: ChartDocument, printer: QPrinter,
                  parent: QWidget | None = None) -> ChartPrintPreview:
    """The print preview of the chart (the caller shows it, modal or not)."""
    return ChartPrintPreview(ChartPrinter(view, document, PrintOptions.stored()), printer,
                             parent)
