"""The Excel duty matrix: a workbook office staff print and send, which
comes back into the app as the same chart.

The workbook
------------

Visible sheets, in the chart's language (or both: duty texts and unit names
in two columns, one per language, or on two lines of one cell):

- **Duty matrix**: the chart title, the legend on one line with each code in
  its colour, then duties down (grouped under their categories) and tiers
  across, or with `matrix_by="unit"` each chosen tier followed by its units.
  Each cell holds a role code, filled with the role's colour; a drop-down
  (data validation) lists the legend's codes (the defined name `RoleCodes`,
  the Legend sheet's code column); conditional formatting recolours a cell
  when its code changes; the Check column flags, by formula, a duty with no
  role or with a once-per-duty role given more than once (assignments to
  targets not across are counted in as constants, and listed in an "Other
  assignments" column). Header rows and the duty columns are frozen, the
  table has filters, text wraps, rows are sized to their text, and it
  prints landscape, one page wide, header rows repeated, the chart title in
  the page header.
- **Legend** (code, role name, colour, once per duty), **Structure** (id,
  name, tier, reports to, people, notes, in tree order with Excel outline
  levels by depth), **Tiers** (order, name, motto, colour, units).

Hidden, for the way back: column A of the matrix holds each row's duty id
and a hidden row holds each column's target id (so sorting and filtering do
not lose them); a "very hidden" sheet `_orgchart` holds a mark, the layout
version, the sheet titles, and the whole chart as the `.orgchart` JSON in
pieces of 16,000 characters (underscores and characters XML cannot carry as
JSON escapes, so neither Excel nor openpyxl can alter a piece). Office
staff see only the visible sheets.

Import reads the chart from that JSON (strictly, as `.orgchart` files are
read), then takes every role cell of the matrix as the user left it: a
changed, added or cleared code comes back; a code not in the legend, a row
without an id or a duty missing from the matrix is reported by sheet and
cell, and the rest is kept. Other edits to the visible sheets (texts, the
structure, the legend) are not read back: the app is where those change.

Safety: every user string is written as a string cell, never a formula or
an error value; text beyond Excel's 32,767-character cell limit is shown
shortened with a warning (the data sheet keeps all of it); sheet names are
valid and unique; characters XML cannot carry are dropped
(`excel_cells`). Workbooks are opened only after `safe_xlsx` has checked
them.

Modules: `excel_export` (the workbook in order, properties, the file),
`excel_matrix` (the matrix sheet), `excel_sheets` (Legend, Structure,
Tiers and the data sheet), `excel_book` (what the sheets share, and the
constants the reader needs), `excel_cells` (text that stays text, styles,
row heights), `excel_words` (labels in three languages, bilingual layout),
`excel_import` (reading it back).
"""

from __future__ import annotations

from orgchart.formats.excel_export import build, export
from orgchart.formats.excel_import import import_chart, is_duty_workbook

__all__ = ["build", "export", "import_chart", "is_duty_workbook"]
