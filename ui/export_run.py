"""How an export runs: where it is offered to go, and whether here or in a
child process for a large chart.

Owns the export folder (the last export's, shared by every export) and the
choice. A small chart is written in this process under the busy
cursor (a child would cost half a second to start). From
`ui.scale.LARGE_CHART` units the chart goes, as the text of its file, to a
child process (`orgchart.exchange.export_text`), and this one keeps
painting behind a progress dialog: the duty matrix of 50,000 units or the
slides of 3,000 take about ten seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from orgchart import exchange, fileformat
from orgchart.formats import ExportError, ExportOptions
from orgchart.model import Chart
from ui import scale
from ui.busy import ChildDied, busy, in_child
from ui.document import ChartDocument

#: shared by the exports: the folder the last export went to
FOLDER_KEY = "export/folder"


def export_folder(document: ChartDocument) -> Path:
    """Where an export is offered first: the last export's folder, else the
    chart's, else the user's documents."""
    stored = QSettings().value(FOLDER_KEY, "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    if document.path is not None:
        return document.path.parent
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


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
