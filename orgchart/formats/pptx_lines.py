"""Connectors on a slide: the layout's orthogonal polylines as PowerPoint
connectors glued to the shapes they join.

Owns the geometry: a bent connector's path in its own box runs along x
first, then y, turning where its adjust values say; `bent_geometry` finds
the box, rotation, flips and adjust values that make that path follow a
given polyline, so a connector is drawn exactly where the layout engine
routed it, and PowerPoint re-routes it from the glue points only when a
card is moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.oxml.ns import qn
from pptx.slide import Slide

from orgchart.formats.pptx_text import pt
from orgchart.layout import Box

Point = tuple[float, float]

#: Connection sites of a rectangle (and a rounded one): top, left, bottom, right.
TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3
_PRESETS = {1: "straightConnector1", 2: "bentConnector2", 3: "bentConnector3",
            4: "bentConnector4", 5: "bentConnector5"}


@dataclass(frozen=True)
class Bent:
    """A connector shape: preset, unrotated box (points), rotation, flips and
    adjust values (fractions of the box) that together draw a polyline."""

    preset: str
    x: float
    y: float
    w: float
    h: float
    rot: int = 0
    flip_h: bool = False
    flip_v: bool = False
    adjust: tuple[float, ...] = ()


def simplify(points: Sequence[Point]) -> list[Point]:
    """Without repeated points and without points in the middle of a straight run."""
    out: list[Point] = []
    for p in points:
        if out and abs(p[0] - out[-1][0]) < 1e-6 and abs(p[1] - out[-1][1]) < 1e-6:
            continue
        if len(out) >= 2:
            (x0, y0), (x1, y1) = out[-2], out[-1]
            if (abs(x0 - x1) < 1e-6 and abs(x1 - p[0]) < 1e-6) or \
                    (abs(y0 - y1) < 1e-6 and abs(y1 - p[1]) < 1e-6):
                out[-1] = p
                continue
        out.append(p)
    return out


def _sign(v: float, fallback: float = 1.0) -> float:
    return 1.0 if v > 1e-9 else -1.0 if v < -1e-9 else fallback


def bent_geometry(points: Sequence[Point], least: float = 1.0) -> Bent:
    """The connector that draws an orthogonal polyline (at most five segments).

    A bent connector's path in its own box runs along x first, then y, and
    so on, turning where its adjust values say. The box is mapped onto the
    slide so that its x axis lies along the polyline's first segment and
    points towards the end (OOXML flips first, then rotates clockwise).
    `least` (points) keeps a box side from being zero when both ends are
    level, where the adjust values would be undefined.
    """
    pts = simplify(points)
    (x0, y0), (x1, y1) = pts[0], pts[-1]
    dx, dy = x1 - x0, y1 - y0
    segments = len(pts) - 1
    if segments <= 1:
        return Bent(_PRESETS[1], min(x0, x1), min(y0, y1), abs(dx), abs(dy),
                    flip_h=dx < 0, flip_v=dy < 0)
    first_dx, first_dy = pts[1][0] - x0, pts[1][1] - y0
    vertical = abs(first_dy) > abs(first_dx)
    along, across = (dy, dx) if vertical else (dx, dy)
    s1 = _sign(along, _sign(first_dy if vertical else first_dx))
    later = pts[2][0] - pts[1][0] if vertical else pts[2][1] - pts[1][1]
    s2 = _sign(across, _sign(later))
    w, h = max(abs(along), least), max(abs(across), least)

    def local(p: Point) -> Point:
        """A point in the connector's own frame: from its start, along its axes."""
        ax, ay = p[0] - x0, p[1] - y0
        return (ay * s1, ax * s2) if vertical else (ax * s1, ay * s2)

    # the k-th turn is set by the x (odd k) or y (even k) of the k-th point
    adjust = tuple(local(pts[k])[0] / w if k % 2 else local(pts[k])[1] / h
                   for k in range(1, segments - 1))
    preset = _PRESETS[min(segments, 5)]
    if vertical:
        # a quarter turn clockwise takes the box's x axis down the slide and
        # its y axis to the left; the flips point them the way the line goes
        cx, cy = x0 + s2 * h / 2, y0 + s1 * w / 2
        return Bent(preset, cx - w / 2, cy - h / 2, w, h, 5400000,
                    flip_h=s1 < 0, flip_v=s2 > 0, adjust=adjust)
    cx, cy = x0 + s1 * w / 2, y0 + s2 * h / 2
    return Bent(preset, cx - w / 2, cy - h / 2, w, h, flip_h=s1 < 0, flip_v=s2 < 0,
                adjust=adjust)


def site(box: Box, point: Point) -> int:
    """The connection site of a card nearest to a point on its border."""
    sites = {TOP: (box.cx, box.y), LEFT: (box.x, box.cy), BOTTOM: (box.cx, box.bottom),
             RIGHT: (box.right, box.cy)}
    return min(sites, key=lambda k: (sites[k][0] - point[0]) ** 2 + (sites[k][1] - point[1]) ** 2)


# --------------------------------------------------------------------------
# Shapes


def plain(shape) -> None:  # noqa: ANN001 - a python-pptx shape
    """Without the theme's style: its effects put a shadow on every shape in
    some programs even when the shape says "no effects"; fill and line are
    set on the shape itself."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def connector(slide: Slide, pts: list[Point], begin: tuple, end: tuple):  # noqa: ANN202
    """A connector along `pts`, glued to (shape, site) at both ends."""
    bent = bent_geometry(pts)
    kind = MSO_CONNECTOR.STRAIGHT if bent.preset == _PRESETS[1] else MSO_CONNECTOR.ELBOW
    shape = slide.shapes.add_connector(kind, pt(pts[0][0]), pt(pts[0][1]),
                                       pt(pts[-1][0]), pt(pts[-1][1]))
    shape.begin_connect(*begin)
    shape.end_connect(*end)
    apply_geometry(shape, bent)
    plain(shape)
    return shape


def apply_geometry(shape, bent: Bent) -> None:  # noqa: ANN001 - a Connector
    """Write the connector's box, rotation, flips, preset and adjust values."""
    sp_pr = shape._element.spPr
    xfrm = sp_pr.find(qn("a:xfrm"))
    for attr in ("rot", "flipH", "flipV"):
        xfrm.attrib.pop(attr, None)
    if bent.rot:
        xfrm.set("rot", str(bent.rot))
    if bent.flip_h:
        xfrm.set("flipH", "1")
    if bent.flip_v:
        xfrm.set("flipV", "1")
    off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
    off.set("x", str(pt(bent.x)))
    off.set("y", str(pt(bent.y)))
    ext.set("cx", str(pt(bent.w)))
    ext.set("cy", str(pt(bent.h)))
    geom = sp_pr.find(qn("a:prstGeom"))
    geom.set("prst", bent.preset)
    av = geom.find(qn("a:avLst"))
    if av is None:
        av = etree.SubElement(geom, qn("a:avLst"))
    for child in list(av):
        av.remove(child)
    for i, value in enumerate(bent.adjust, 1):
        etree.SubElement(av, qn("a:gd"), name=f"adj{i}", fmla=f"val {round(value * 100000)}")


def send_under(shape, under: object) -> None:  # noqa: ANN001
    """Lines go below the cards, so they never cross a card's text."""
    if under is not None:
        element = shape._element
        element.getparent().remove(element)
        under._element.addprevious(element)
