"""Excel and people lists: the duty-matrix workbook and the people-list import.

The duty matrix of a government-shaped chart of 3,000 units
(`tests.bench.charts.government`, four tiers) given 200 duties in 10
categories, each assigned to one to four tiers and one in ten also to a
unit, exported with tiers across and with the ~300 prefectures across, and
imported back; and a people list of 50,000 rows (the same generator at
50,000 units, written by our CSV export, and as an Excel sheet) imported
with the tiers from its Tier column. Times are medians of three runs, from
the chart in memory to the file on disk and back.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from orgchart.formats import ExportOptions, ImportOptions, excel, table
from orgchart.model import Chart, Duty
from orgchart.text import Text
from tests.bench.__main__ import Result
from tests.bench.charts import government

UNITS, DUTIES, PEOPLE_ROWS = 3_000, 200, 50_000
TARGET_EXPORT, TARGET_IMPORT_CSV, TARGET_IMPORT_XLSX = 5.0, 5.0, 20.0
_notes: list[str] = []


def with_duties(chart: Chart, count: int = DUTIES, seed: int = 7) -> Chart:
    """`count` duties in ten categories: each tier plays a role in some; one
    duty in ten also names a unit."""
    rng = random.Random(seed)
    codes = [r.code for r in chart.roles]
    for n in range(1, count + 1):
        tiers = rng.sample(chart.tiers, rng.randint(1, len(chart.tiers)))
        assign = {t.id: rng.choice(codes) for t in tiers}
        if rng.random() < 0.1:
            assign[rng.choice(chart.units).id] = rng.choice(codes)
        category = Text({"zh-Hant": f"類別{n % 10 + 1}", "en": f"Category {n % 10 + 1}"})
        chart.duties.append(Duty(f"d{n}", Text({"zh-Hant": f"第{n}項職責：制定並落實相關工作",
                                                 "en": f"Duty {n}: plan and carry out the "
                                                       "related work"}), category, assign))
    return chart


def timed(work: Callable[[], object], repeats: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def matrix(folder: Path) -> list[Result]:
    chart = with_duties(government(UNITS))
    path = folder / "matrix.xlsx"
    seconds, _ = timed(lambda: excel.export(chart, path, ExportOptions()))
    size = path.stat().st_size
    back_seconds, back = timed(lambda: excel.import_chart(path))
    assert back.chart == chart, "the workbook did not come back as the same chart"
    by_unit = ExportOptions(matrix_by="unit", matrix_tiers=("prefecture",))
    unit_seconds, _ = timed(lambda: excel.export(chart, folder / "units.xlsx", by_unit))
    columns = 1 + sum(u.tier == "prefecture" for u in chart.units)
    return [
        Result(f"export, {UNITS:,} units, {DUTIES} duties, tiers across", seconds, "s",
               f"< {TARGET_EXPORT:.0f} s", seconds < TARGET_EXPORT,
               f"{size / 2**20:.1f} MiB workbook, both languages"),
        Result("import of that workbook (chart and matrix)", back_seconds, "s",
               note="the same chart comes back"),
        Result(f"export, {DUTIES} duties × {columns} prefecture columns", unit_seconds, "s"),
    ]


def people_files(folder: Path) -> tuple[Path, Path, int]:
    """The 50,000-unit chart as a people-list CSV and as an Excel sheet."""
    chart = government(PEOPLE_ROWS)
    csv_path = folder / "people.csv"
    table.export(chart, csv_path, ExportOptions(display="en"))
    rows = table.read_table(csv_path)
    xlsx_path = folder / "people.xlsx"
    # Not write-only: that mode leaves out the sheet's <dimension>, which
    # Excel always writes, and openpyxl then parses the sheet twice.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "People"
    sheet.append(rows.headers)
    for _, values in rows.rows:
        sheet.append(values)
    book.save(xlsx_path)
    return csv_path, xlsx_path, len(rows.rows)


def people(folder: Path) -> list[Result]:
    csv_path, xlsx_path, count = people_files(folder)
    options = ImportOptions(language="en")
    csv_seconds, result = timed(lambda: table.import_chart(csv_path, options))
    assert len(result.chart.units) == count and not result.problems
    xlsx_seconds, result = timed(lambda: table.import_chart(xlsx_path, options))
    assert len(result.chart.units) == count and not result.problems
    tiers = len(result.chart.tiers)
    return [
        Result(f"people list, {count:,} rows, CSV", csv_seconds, "s",
               f"< {TARGET_IMPORT_CSV:.0f} s", csv_seconds < TARGET_IMPORT_CSV,
               f"{csv_path.stat().st_size / 2**20:.1f} MiB, {tiers} tiers from its Tier column"),
        Result(f"people list, {count:,} rows, Excel sheet", xlsx_seconds, "s",
               f"< {TARGET_IMPORT_XLSX:.0f} s", xlsx_seconds < TARGET_IMPORT_XLSX,
               f"{xlsx_path.stat().st_size / 2**20:.1f} MiB; openpyxl's parsing is most of it"),
    ]


def run() -> list[Result]:
    _notes.clear()
    with tempfile.TemporaryDirectory() as folder:
        return matrix(Path(folder)) + people(Path(folder))


def notes() -> list[str]:
    return [f"openpyxl {openpyxl.__version__}; workbooks read in read-only mode after the "
            "safety checks of `orgchart.formats.safe_xlsx`.", *_notes]
