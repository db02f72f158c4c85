"""How an export runs: here, or in a child process for a large chart.

Owns the choice. A small chart is written in this process under the busy
cursor (a child would cost half a second to start). From
`ui.scale.LARGE_CHART` units the chart goes, as the text of its file, to a
child process (`orgchart.exchange.export_text`), and this one keeps
painting behind a progress dialog: the duty matrix of 50,000 units or the
slides of 3,000 take about ten seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from orgchart import exchange, fileformat
from orgchart.formats import ExportError, ExportOptions
from orgchart.model import Chart
from ui import scale
from ui.busy import ChildDied, busy, in_child


def write_export(parent: QWidget | None, title: str, chart: Chart, module: str, path: Path,
                 options: ExportOptions) -> list[str]:
    """Write `chart` to `path` with the format module `module`
    (`orgchart.formats.<module>`); the warnings, or `ExportError` with the
    core's message."""
    message = QCoreApplication.translate("export", "Writing “{name}”…").format(name=path.name)
    if scale.is_large(len(chart.units)):
        with busy(parent, message):  # (the text is made here: a quarter second at 50,000)
            text = fileformat.dumps(chart, compact=True)
        try:
            outcome, value = in_child(parent, title, message, exchange.export_text, text,
                                      module, str(path), options)
        except ChildDied as died:
            raise ExportError(QCoreApplication.translate(
                "export", "the export stopped unexpectedly ({reason}); nothing was "
                          "written").format(reason=died)) from None
        if outcome == "done":
            return value  # type: ignore[return-value]
        if outcome == "failed":
            raise ExportError(str(value))
        # "unreadable": the chart did not come back from its own text, which
        # a chart that can be saved always does; write it here instead.
    with busy(parent, message):
        return exchange.format_module(module).export(chart, path, options)
