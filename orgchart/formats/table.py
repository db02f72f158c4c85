"""People lists: the one-row-per-unit table that Visio's Organization Chart
Wizard, Lucidchart, draw.io and OrgChart Now read and write, as CSV or as
an Excel sheet. Import reads it (`read_table`, `guess_columns`, then
`orgchart.formats.people.build_chart`); export writes CSV in the same
layout.

Columns are recognised by name, ignoring case, spaces, underscores, dots
and hyphens (`ALIASES`: "Employee ID", "PersonID", "Reports_To",
"SupervisorID", "Boss ID", "parentId", "pid", "Tier", "Level", 部门, 上级
…), and a header such as "Name (en)" says the language of its column. The
user can correct the guess (`ImportOptions.columns`, header -> field).

What the file is comes from its first bytes, not its name: a zip is read as
a workbook (through `safe_xlsx`), anything else as text (`textfile`: UTF-8
with or without a byte-order mark, UTF-16, GB18030), with the delimiter
(comma, semicolon, tab) found from the header line. Lines starting with "#"
before the header are skipped: draw.io puts its settings there.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -,
@, tab or carriage return) are written with a leading apostrophe, as OWASP
recommends; reading takes one apostrophe off such cells again.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from orgchart.fileformat import LoadError, clean
from orgchart.formats import ExportOptions, ImportOptions, ImportResult, safe_xlsx
from orgchart.formats.atomic_write import write_atomically
from orgchart.formats.textfile import decode, read_bytes
from orgchart.formats.walk import tree_order
from orgchart.model import LANG_RE, Chart
from orgchart.text import BOTH, Text

#: The fields a column can be read as ("ignore": not read).
FIELDS = ("id", "name", "first_name", "last_name", "title", "parent", "tier", "department",
          "dotted", "notes", "ignore")
FIELD_NAMES = {"id": "ID", "name": "Name", "first_name": "First name", "last_name": "Last name",
               "title": "Title", "parent": "Reports to", "tier": "Tier or level",
               "department": "Department", "dotted": "Dotted-line managers", "notes": "Notes",
               "ignore": "(not imported)"}
#: Header names (normalised) per field; earlier names win when two columns
#: could be the same field (a "Manager ID" column over a "Manager" one).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "employeeid", "personid", "empid", "employeeno", "employeenumber", "staffid",
           "staffno", "uniqueid", "uniqueidentifier", "unitid", "positionid", "nodeid", "key",
           "编号", "編號", "工号", "工號"),
    "name": ("name", "fullname", "employeename", "unitname", "displayname", "employee",
             "person", "unit", "姓名", "名称", "名稱", "单位", "單位", "单位名称", "單位名稱",
             "机构", "機構"),
    "first_name": ("firstname", "givenname", "forename", "名"),
    "last_name": ("lastname", "surname", "familyname", "姓"),
    "title": ("title", "jobtitle", "position", "positiontitle", "job", "role", "post",
              "职务", "職務", "职位", "職位", "职称", "職稱"),
    "parent": ("reportstoid", "managerid", "supervisorid", "bossid", "parentid", "pid",
               "reportsto", "manager", "supervisor", "boss", "parent", "linemanager",
               "上级编号", "上級編號", "上级", "上級", "隶属", "隸屬", "主管"),
    "tier": ("tier", "level", "tierlevel", "orglevel", "层级", "層級", "级别", "級別", "层次",
             "層次"),
    "department": ("department", "dept", "部门", "部門", "科室"),
    "dotted": ("dotted", "dottedid", "dottedline", "dottedlineid", "dottedlinemanager",
               "altreportsto", "matrixmanager", "refs", "虚线上级", "虛線上級"),
    "notes": ("notes", "note", "comments", "comment", "description", "remarks", "备注", "備註",
              "说明", "說明"),
}
_ALIAS_RANK = {alias: (fld, rank) for fld, names in ALIASES.items()
               for rank, alias in enumerate(names)}
_NORMALISE = re.compile(r"[\s_.\-#?:：/]+")
_LANG_SUFFIX = re.compile(r"^(.*?)\s*[(\[]([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)[)\]]\s*$")
_SEP_LINE = re.compile(r"^sep=([,;\t|])\r?\n", re.IGNORECASE)
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
#: Rows a people list may have (a chart of that many units).
MAX_ROWS = safe_xlsx.MAX_ROWS
#: Rows searched for the header in a workbook (a title may sit above it).
_HEADER_SEARCH = 10


@dataclass
class Table:
    """A people list as read: header names, and rows of text with the row
    number each has in the file (as a spreadsheet numbers them)."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    header_row: int = 1
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    #: only the first rows were read (a preview)
    partial: bool = False


# --------------------------------------------------------------------------
# Columns


def normalise(header: str) -> str:
    return _NORMALISE.sub("", header.strip().lower())


def split_language(header: str) -> tuple[str, str | None]:
    """"Name (en)" -> ("Name", "en"); a header without a language tag -> (header, None)."""
    match = _LANG_SUFFIX.match(header.strip())
    if match and match.group(2) != "id" and LANG_RE.match(match.group(2)):
        return match.group(1), match.group(2)
    return header, None


def _known(header: str) -> tuple[str, int] | None:
    """(field, rank) a header names; a header on several lines (a label in
    two languages) is known by any of them."""
    for part in [header, *header.split("\n")]:
        known = _ALIAS_RANK.get(normalise(split_language(part)[0]))
        if known is not None:
            return known
    return None


def field_of(header: str) -> str | None:
    """The field a header names, or None."""
    known = _known(header)
    return known[0] if known else None


def guess_columns(headers: list[str]) -> dict[str, str]:
    """header -> field for every column; the best-named column of a field
    wins, the others (and unknown columns) are "ignore". Name columns in
    different languages all count."""
    best: dict[tuple[str, str | None], tuple[int, str]] = {}
    for header in headers:
        lang = split_language(header)[1]
        known = _known(header)
        if known is None:
            continue
        fld, rank = known
        key = (fld, lang)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, header)
    chosen = {header: fld for (fld, _), (_, header) in best.items()}
    return {h: chosen.get(h, "ignore") for h in headers}


def recognised(headers: list[str]) -> int:
    return sum(1 for h in headers if field_of(h) is not None)


def looks_like_header(headers: list[str]) -> bool:
    """Two known columns, one of them naming the units (id or name)."""
    fields = {field_of(h) for h in headers}
    return recognised(headers) >= 2 and bool(fields & {"id", "name", "first_name"})


# --------------------------------------------------------------------------
# Reading


def read_table(path: str | os.PathLike[str], sheet: str | None = None,
               limit: int | None = None) -> Table:
    """The people list in a CSV or workbook file (by its content, not its
    name); `limit` reads only the first rows, for a preview."""
    source = os.fspath(path)
    head = _head(path, source)
    kind = safe_xlsx.sniff(head)
    if kind in ("zip", "ole2"):
        return _read_workbook(path, source, sheet, limit)  # an .xls is refused there
    if head.lstrip()[:14].lower().startswith((b"<html", b"<!doctype html", b"<table")):
        raise safe_xlsx.web_page(source)  # what some sites give as an "Excel" download
    return read_csv_text(read_bytes(path, source), source, limit)


def _head(path: str | os.PathLike[str], source: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(4096)
    except OSError as exc:
        raise LoadError(source, "", exc.strerror or str(exc)) from None


def read_csv_text(data: bytes, source: str, limit: int | None = None) -> Table:
    text, encoding = decode(data, source)
    if not text.strip():
        raise LoadError(source, "", "the file is empty")
    records = _records(text, source)
    header_row, headers = _csv_header(records, source)
    rows: list[tuple[int, list[str]]] = []
    partial = False
    for number, record in records:
        if limit is not None and len(rows) >= limit:
            partial = True
            break
        if len(rows) >= MAX_ROWS:
            raise LoadError(source, f"row {number}", f"the list has more than {MAX_ROWS:,} "
                                                     "rows; it is not read")
        rows.append((number, [_unquote(clean(v).strip()) for v in record]))
    return Table(source, headers, rows, header_row, encoding=encoding, partial=partial)


def _records(text: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """The CSV's records with their numbers. The delimiter is the one the
    header line uses most, or what a leading "sep=;" line (as Excel writes
    for other locales) says; that line itself is no record."""
    hint = _SEP_LINE.match(text)
    first = next((line for line in text.splitlines() if line.strip()
                  and not _is_comment(line)), "")
    delimiter = hint.group(1) if hint else max((",", ";", "\t", "|"),
                                               key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, 0 if hint else 1):
            if number:  # Excel hides the "sep=" line: rows are numbered after it
                yield number, record
    except csv.Error as exc:
        raise LoadError(source, f"row {number + 1}", f"the CSV is broken: {exc}") from None


def _is_comment(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith("#") and not re.match(r"#\s*[,;\t|]", stripped)


def _csv_header(records: Iterator[tuple[int, list[str]]], source: str
                ) -> tuple[int, list[str]]:
    for number, record in records:
        if not any(v.strip() for v in record):
            continue
        if record and _is_comment(record[0]) and record[0].strip() != "#":
            continue
        return number, unique_headers([clean(v).strip() for v in record])
    raise LoadError(source, "", "the file has no header row")


def unique_headers(headers: list[str]) -> list[str]:
    """Headers made unique ("Name", "Name (2)") and never empty ("Column C")."""
    out: list[str] = []
    seen: set[str] = set()
    for i, header in enumerate(headers):
        name = header or f"Column {_column_letters(i + 1)}"
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{name} ({n})"
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def _column_letters(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _unquote(value: str) -> str:
    """Take off the apostrophe that protects formula-like CSV cells."""
    if value.startswith("'") and _FORMULA_START.match(value):
        return value[1:]
    return value


def _read_workbook(path: str | os.PathLike[str], source: str, wanted: str | None,
                   limit: int | None) -> Table:
    """The sheet asked for, or the first whose header names two known columns
    (else the first sheet with anything on it)."""
    with safe_xlsx.open_workbook(path, source) as opened:
        book = opened.book
        names = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
        if wanted is not None and wanted not in book.sheetnames:
            raise LoadError(source, "", f"the workbook has no sheet “{wanted}”; its sheets "
                                        f"are {', '.join(names)}")
        found: tuple[Any, tuple[int, list[str]]] | None = None
        for title in [wanted] if wanted else names:
            header = _find_header(book[title], source)
            if header is not None and (wanted or looks_like_header(header[1])):
                found = (book[title], header)
                break
            if header is not None and found is None:
                found = (book[title], header)
        if found is None:
            raise LoadError(source, "", "the workbook has no sheet with a table")
        table = _read_sheet(found[0], source, found[1], limit)
        table.sheets = names
        return table


def _find_header(sheet: Any, source: str) -> tuple[int, list[str]] | None:
    """The first of the top rows naming two known columns, else the first
    row with anything in it."""
    first: tuple[int, list[str]] | None = None
    for number, values in safe_xlsx.rows(sheet, source, safe_xlsx.MAX_COLUMNS,
                                         stop=_HEADER_SEARCH):
        texts = _trimmed(values)
        if not texts:
            continue
        if looks_like_header(texts):
            return number, texts
        first = first or (number, texts)
    return first


def _read_sheet(sheet: Any, source: str, header: tuple[int, list[str]], limit: int | None
                ) -> Table:
    header_row, names = header
    stop = header_row + limit + 1 if limit is not None else None
    rows = [(number, _trimmed(values)) for number, values
            in safe_xlsx.rows(sheet, source, len(names), MAX_ROWS + header_row, stop)
            if number > header_row]
    partial = limit is not None and len(rows) > limit
    return Table(source, unique_headers(names), rows[:limit] if partial else rows, header_row,
                 sheet.title, partial=partial)


def _trimmed(values: tuple[Any, ...]) -> list[str]:
    texts = [cell_string(v) for v in values]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def cell_string(value: Any) -> str:
    """A cell's value as the text it shows: whole numbers without ".0",
    dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return clean(str(value)).strip()


# --------------------------------------------------------------------------
# Import


def import_chart(path: Path, options: ImportOptions | None = None) -> ImportResult:
    """A chart from a people list; row problems come back with the chart."""
    # people.py builds on this module's Table, so it is imported here, late.
    from orgchart.formats.people import build_chart

    options = options or ImportOptions()
    table = read_table(path, options.sheet)
    columns = options.columns or guess_columns(table.headers)
    unknown = [h for h in columns if h not in table.headers]
    if unknown:
        raise LoadError(table.source, "", f"there is no column “{unknown[0]}”; the columns "
                                          f"are {', '.join(table.headers)}")
    return build_chart(table, columns, options.language, Path(path).stem)


# --------------------------------------------------------------------------
# Export


def export(chart: Chart, path: Path, options: ExportOptions) -> list[str]:
    """The chart as a people-list CSV (UTF-8 with a byte-order mark, which
    Excel needs to read Chinese correctly)."""
    langs = _languages(chart, options.display_for(chart))
    fields = ["ID", *_tagged("Name", langs), *_tagged("Title", langs), "Reports To",
              *_tagged("Tier", langs), "Dotted", *_tagged("Notes", langs)]
    dotted: dict[str, list[str]] = {}
    for link in chart.links:
        if link.kind == "dotted-line":
            dotted.setdefault(link.source, []).append(link.target)
    rows = [fields]
    for unit, _ in tree_order(chart):
        tier = chart.find_tier(unit.tier)
        rows.append([unit.id, *_texts(unit.name, langs, chart),
                     *[_people(unit, lang, chart) for lang in langs], unit.parent or "",
                     *_texts(tier.name if tier else Text(unit.tier), langs, chart),
                     ";".join(dotted.get(unit.id, [])), *_texts(unit.notes, langs, chart)])
    _write_csv(Path(path), rows)
    others = sum(link.kind != "dotted-line" for link in chart.links)
    if others:
        return [f"{others} link(s) other than dotted lines (coordination, supervision) have "
                "no column in a people list and are not in the file"]
    return []


def _languages(chart: Chart, display: str) -> list[str | None]:
    if display == BOTH and len(chart.languages) > 1:
        return list(chart.languages[:2])
    return [None if display == BOTH else display]


def _tagged(name: str, langs: list[str | None]) -> list[str]:
    return [name if lang is None else f"{name} ({lang})" for lang in langs] \
        if len(langs) > 1 else [name]


def _texts(text: Text, langs: list[str | None], chart: Chart) -> list[str]:
    if len(langs) == 1:
        lang = langs[0] or chart.languages[0]
        return [text.pick(lang, chart.languages)]
    return [text.get(lang) if i else text.pick(lang, chart.languages)
            for i, lang in enumerate(langs) if lang is not None]


def _people(unit: Any, lang: str | None, chart: Chart) -> str:
    lang = lang or chart.languages[0]
    out = []
    for person in unit.people:
        who, what = person.name.pick(lang, chart.languages), person.title.pick(
            lang, chart.languages)
        out.append(f"{who} ({what})" if who and what else who or what)
    return "; ".join(filter(None, out))


def _protect(value: str) -> str:
    """An apostrophe before text a spreadsheet would run as a formula."""
    return "'" + value if _FORMULA_START.match(value) else value


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_protect(clean(v)) for v in row])
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
