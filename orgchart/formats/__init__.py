"""Foreign formats: one module per format the charts are exported to or
imported from. Each export module offers

    export(chart: Chart, path: Path, options: ExportOptions) -> list[str]

(the warnings for the user; raises `ExportError` when it cannot), and each
import module

    import_chart(path: Path, options: ImportOptions) -> ImportResult

(raises `fileformat.LoadError` naming the file and the place). The `orgchart
export` and `orgchart import` commands and the app's Export and Import
menus pick the module by the file's suffix (see `orgchart.exchange`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from orgchart.model import Chart


class ExportError(Exception):
    """An export failed; the message says why and what to do. Nothing was
    written at the target path."""


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose for an export; each format reads what concerns it."""

    #: a language of the chart or "both"; None: both when the chart has two
    display: str | None = None
    #: show each tier's duties with their roles (images, slides)
    duties: bool = False
    #: "dot" (Graphviz lays out), "pinned" (our layout), or "auto"
    engine: str = "auto"
    orientation: str = "tb"
    dpi: int = 96
    #: the font family for Chinese and other text (None: the default list)
    font: str | None = None
    #: Excel duty matrix: tiers across ("tier"), or the units of some tiers ("unit")
    matrix_by: str = "tier"
    matrix_tiers: tuple[str, ...] = ()
    #: the folder holding the Graphviz programs (None: found on PATH)
    programs: str | None = None
    #: seconds an external program (Graphviz) may run
    timeout: float = 120.0
    #: Excel, with both languages shown: duty texts and unit names in two
    #: columns, one per language ("columns"), or on two lines of one cell ("lines")
    bilingual: str = field(default="columns", kw_only=True)
    #: slides: a slide per tier listing its duties with their roles
    duty_slides: bool = field(default=True, kw_only=True)

    def display_for(self, chart: Chart) -> str:
        if self.display:
            return self.display
        return "both" if len(chart.languages) > 1 else chart.languages[0]


@dataclass(frozen=True)
class ImportOptions:
    #: "matrix", "people", "outline", "graphml", or None to guess from the file
    kind: str | None = None
    #: people lists: column name -> field ("id", "name", "first_name",
    #: "last_name", "title", "parent", "tier", "department", "dotted", "notes",
    #: or "ignore"; see `table.FIELDS`), correcting the guessed mapping
    columns: dict[str, str] = field(default_factory=dict)
    #: the language tag given to imported text (None: untagged)
    language: str | None = None
    #: people lists in a workbook: the sheet to read (None: the first one
    #: whose header names an id, name or reports-to column)
    sheet: str | None = field(default=None, kw_only=True)


@dataclass
class ImportResult:
    chart: Chart
    #: problems found while reading (row by row), for the user to see;
    #: what could be read was kept
    problems: list[str] = field(default_factory=list)
