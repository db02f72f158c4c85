"""A chart canvas on screen, as the canvas tests want one."""

from __future__ import annotations

from ui.canvas.view import ChartView
from ui.document import ChartDocument
from ui.selection import Selection


def shown_view(qtbot, document: ChartDocument, selection: Selection | None = None,
               size: tuple[int, int] = (800, 600), zoom: float | None = None) -> ChartView:
    """A canvas of `size` showing `document`, exposed (painting works)."""
    view = ChartView(document, selection or Selection())
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    if zoom is not None:
        view.set_zoom(zoom)
    return view
