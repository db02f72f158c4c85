"""Pictures of the chart drawn by Qt from the canvas, for machines without
Graphviz: copy to the clipboard, and "Export What You See".

Owns rendering the canvas's scene as a picture: cleanly (no selection
outlines, tier labels in their place beside the chart, not pinned over it),
of the whole chart or of the selected units' area, as a PNG at twice screen
resolution, an SVG (`QSvgGenerator`) or a PDF (`QPdfWriter`). The clipboard
gets the PNG and the SVG together (MIME `image/png` and `image/svg+xml`),
so a slide program takes whichever it prefers. The fonts are the canvas's,
which carry the Chinese glyphs already.

The printing module draws through `clean_scene` as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QMimeData,
    QPoint,
    QRectF,
    QSignalBlocker,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from orgchart.formats.atomic_write import write_atomically
from ui.canvas.scene import ChartScene
from ui.canvas.view import ChartView

#: Copies and PNG exports are drawn at twice screen resolution, sharp on a
#: high-density screen and on a projector.
PNG_SCALE = 2.0
#: Paper around the picture, in scene units (screen pixels at 100 %).
MARGIN = 12.0
#: A larger picture is drawn at a lower scale: a QImage has at most 32767
#: pixels a side, and a quarter of a gigabyte is plenty for one picture.
MAX_SIDE = 32000
MAX_PIXELS = 64_000_000
#: PDF readers refuse pages over 200 inches a side (14,400 points).
MAX_PDF_POINTS = 14400.0
SCREEN_DPI = 96.0
SVG_MIME = "image/svg+xml"
PNG_MIME = "image/png"
FORMATS = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF document"}


# --------------------------------------------------------------------------
# Rendering


@contextmanager
def clean_scene(view: ChartView) -> Iterator[ChartScene]:
    """The view's scene as it should be drawn on paper or in a picture: no
    selection outlines and the tier labels in their own place. The shared
    selection is not touched (the scene's signals are held), and all is put
    back afterwards."""
    scene = view.chart_scene
    blocker = QSignalBlocker(scene)
    selected = [item for item in scene.selectedItems()]
    for item in selected:
        item.setSelected(False)
    scene.pin_labels(-1e18)
    try:
        yield scene
    finally:
        for item in selected:
            item.setSelected(True)
        corner = view.mapToScene(QPoint(0, 0))
        scene.pin_labels(corner.x() if view.orientation == "tb" else corner.y())
        blocker.unblock()


def chart_rect(view: ChartView, unit_ids: Iterable[str] = ()) -> QRectF:
    """The area to draw, in scene coordinates: the selected units' cards (any
    of `unit_ids` that are drawn), else the whole chart with its tier labels."""
    scene = view.chart_scene
    rect = QRectF()
    for uid in unit_ids:
        card = scene.card(uid)
        if card is not None:
            rect = rect.united(card.mapRectToScene(card.rect()))
    if rect.isEmpty():
        rect = scene.sceneRect()
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _paint(scene: ChartScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def image_scale(rect: QRectF, wanted: float = PNG_SCALE) -> float:
    """`wanted`, or less when the picture would be too large to hold."""
    w, h = max(rect.width(), 1.0), max(rect.height(), 1.0)
    return min(wanted, MAX_SIDE / w, MAX_SIDE / h, (MAX_PIXELS / (w * h)) ** 0.5)


def render_image(view: ChartView, rect: QRectF, scale: float = PNG_SCALE) -> QImage:
    """The area as a picture at `scale` device pixels per scene unit (white
    paper), tagged with the matching resolution so it pastes at its size."""
    scale = image_scale(rect, scale)
    size = QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        with clean_scene(view) as scene:
            _paint(scene, painter, QRectF(0, 0, size.width(), size.height()), rect)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_svg(view: ChartView, rect: QRectF, title: str = "") -> bytes:
    """The area as an SVG drawing, one SVG unit per scene unit."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setResolution(round(SCREEN_DPI))
    generator.setTitle(title)
    generator.setDescription("Organisation chart drawn by OrgChart Builder")
    painter = QPainter(generator)
    try:
        with clean_scene(view) as scene:
            _paint(scene, painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def render_pdf(view: ChartView, rect: QRectF, title: str = "") -> bytes:
    """The area as a one-page PDF whose page is the chart's size (96 scene
    units to the inch, smaller for a chart larger than a PDF page may be)."""
    points = QSizeF(rect.width() * 72 / SCREEN_DPI, rect.height() * 72 / SCREEN_DPI)
    shrink = min(1.0, MAX_PDF_POINTS / max(points.width(), points.height(), 1.0))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("OrgChart Builder")
    writer.setResolution(300)
    size = QPageSize(points * shrink, QPageSize.Unit.Point, "Chart",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        target = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        with clean_scene(view) as scene:
            _paint(scene, painter, QRectF(0, 0, target.width(), target.height()), rect)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


# --------------------------------------------------------------------------
# Copy and export


def image_mime(view: ChartView, unit_ids: Iterable[str] = (), title: str = "") -> QMimeData:
    """The chart (or the selected units' area) as clipboard data: a PNG at
    twice screen resolution and an SVG."""
    rect = chart_rect(view, unit_ids)
    image = render_image(view, rect)
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData(PNG_MIME, QByteArray(png_bytes(image)))
    mime.setData(SVG_MIME, QByteArray(render_svg(view, rect, title)))
    return mime


def copy_image(view: ChartView, unit_ids: Iterable[str] = (), title: str = "") -> QMimeData:
    """Put the picture on the clipboard; returns what was put there."""
    mime = image_mime(view, unit_ids, title)
    QGuiApplication.clipboard().setMimeData(mime)
    return QGuiApplication.clipboard().mimeData()


def export_view(view: ChartView, path: Path, title: str = "") -> None:
    """Write the whole chart as the canvas draws it: PNG, SVG or PDF by the
    suffix. Raises `ValueError` for another suffix, `ExportError` when the
    file cannot be written (nothing is then left at `path`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    rect = chart_rect(view)
    if suffix == ".png":
        data = png_bytes(render_image(view, rect))
    elif suffix == ".svg":
        data = render_svg(view, rect, title)
    elif suffix == ".pdf":
        data = render_pdf(view, rect, title)
    else:
        known = ", ".join(FORMATS)
        raise ValueError(f"cannot draw a chart as {suffix or 'a file without a suffix'}; "
                         f"use {known}")
    write_atomically(path, data)
