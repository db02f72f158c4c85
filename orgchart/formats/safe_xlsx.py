"""Opening workbooks that came from elsewhere, safely.

Owns every check made before openpyxl parses a byte of a workbook's XML, and
the caps on what is read from a sheet afterwards:

- what the file really is, by its first bytes rather than its name: a zip
  (an `.xlsx`), a legacy `.xls` or password-protected workbook (an OLE2
  container), text renamed `.xlsx` (a CSV), an OpenDocument or Word file;
- the zip itself: a truncated or damaged archive, more than `MAX_ENTRIES`
  entries, declared sizes adding up to more than `MAX_UNCOMPRESSED` (a zip
  bomb is refused from its central directory, before anything is inflated;
  zipfile then never inflates an entry beyond its declared size), encrypted
  entries;
- document type declarations in any XML part: Excel never writes one, and
  they carry entity bombs and external entities. They are refused here with
  a clear message; behind this, openpyxl parses worksheets and shared
  strings with defusedxml (`openpyxl.xml.DEFUSEDXML`, required by
  `require_defusedxml`) and other parts with lxml with entity resolution off;
- a sheet's declared used range beyond `MAX_ROWS` × `MAX_COLUMNS`, and rows
  read only up to the caps the caller gives.

openpyxl's own warnings while reading (dropped extensions, missing default
styles) concern formatting we do not read; `open_workbook` records them
rather than letting them escape as warnings.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import openpyxl
import openpyxl.xml
from openpyxl.utils import get_column_letter

from orgchart.fileformat import LoadError

MAX_FILE_BYTES = 256 * 2**20
MAX_ENTRIES = 1_000
MAX_UNCOMPRESSED = 256 * 2**20
#: Rows and columns a sheet may declare; Excel's own limits are 1,048,576 × 16,384.
MAX_ROWS = 250_000
MAX_COLUMNS = 4_096
#: How much of each XML part is searched for a document type declaration.
_PROLOG_BYTES = 16 * 1024
_DTD_MARKS = tuple(mark.encode(codec) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def xml_safety_problem() -> str | None:
    """Why workbooks and GraphML files from elsewhere cannot be read safely
    here (defusedxml missing, or openpyxl told not to use it), or None. The
    command line and the app ask this when they start."""
    if importlib.util.find_spec("defusedxml") is None or not openpyxl.xml.DEFUSEDXML:
        return ("the defusedxml package is missing (or turned off by OPENPYXL_DEFUSEDXML), "
                "so workbooks and GraphML files from elsewhere are not opened; reinstall "
                "OrgChart Builder")
    return None


def require_defusedxml(source: str) -> None:
    """Refuse to read foreign XML unless openpyxl parses it with defusedxml."""
    why = xml_safety_problem()
    if why is not None:
        raise LoadError(source, "", why)


def sniff(head: bytes) -> str:
    """What the first bytes of a file say it is: "zip", "ole2", "empty",
    "binary", or "text"."""
    if not head:
        return "empty"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_OLE2):
        return "ole2"
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


def web_page(source: str) -> LoadError:
    return LoadError(source, "", "this is a web page saved with a spreadsheet name, not an "
                                 "Excel workbook; open it in Excel and save it as .xlsx")


def _not_xlsx(source: str, kind: str, head: bytes) -> LoadError:
    if kind == "ole2":
        return LoadError(source, "", "this is an Excel 97–2003 workbook (.xls) or a "
                                     "password-protected workbook; open it in Excel or "
                                     "LibreOffice, save it as an .xlsx workbook without a "
                                     "password, and import that")
    if kind == "empty":
        return LoadError(source, "", "the file is empty")
    if kind == "text":
        lowered = head[:512].lstrip().lower()
        if lowered.startswith((b"<html", b"<!doctype html", b"<table")):
            return web_page(source)
        return LoadError(source, "", "this is a text file (perhaps CSV), not an Excel "
                                     "workbook; rename it to .csv and import it as a "
                                     "people list")
    return LoadError(source, "", "this is not an Excel workbook (.xlsx)")


def check_archive(path: str | os.PathLike[str], source: str | None = None) -> None:
    """Refuse, with a clear message, a file that is not a sound, reasonably
    sized `.xlsx` zip; reads only the zip's directory and the start of its
    XML parts."""
    source = source or os.fspath(path)
    require_defusedxml(source)
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise LoadError(source, "", exc.strerror or str(exc)) from None
    if size > MAX_FILE_BYTES:
        raise LoadError(source, "", f"the file is {size // 2**20} MiB; workbooks larger than "
                                    f"{MAX_FILE_BYTES // 2**20} MiB are not read")
    kind = sniff(head)
    if kind != "zip":
        raise _not_xlsx(source, kind, head)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_entries(archive, source)
            _check_dtds(archive, source)
    except zipfile.BadZipFile as exc:
        raise LoadError(source, "", f"the workbook is damaged or cut short ({exc}); "
                                    "if it came by e-mail or download, fetch it again") from None
    # (zipfile raises NotImplementedError for a compression method it lacks,
    # RuntimeError for an encrypted part; zlib.error for a damaged one)
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError,
            zlib.error) as exc:
        raise LoadError(source, "", f"the workbook is damaged ({exc})") from None


def _check_entries(archive: zipfile.ZipFile, source: str) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise LoadError(source, "", f"the workbook's zip holds {len(entries):,} files; "
                                    f"workbooks with more than {MAX_ENTRIES:,} are not read")
    total = sum(e.file_size for e in entries)
    if total > MAX_UNCOMPRESSED:
        raise LoadError(source, "", f"the workbook would unpack to {total // 2**20:,} MiB; "
                                    f"more than {MAX_UNCOMPRESSED // 2**20} MiB is not read "
                                    "(this is how a zip bomb looks)")
    if any(e.flag_bits & 0x1 for e in entries):
        raise LoadError(source, "", "the workbook's zip is encrypted; save it without a "
                                    "password and import that")
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        what = ("an OpenDocument spreadsheet (.ods); save it as .xlsx"
                if "content.xml" in names else
                "a Word document" if "word/document.xml" in names else
                "a zip file, but not an Excel workbook")
        raise LoadError(source, "", f"this is {what}")


def _check_dtds(archive: zipfile.ZipFile, source: str) -> None:
    for entry in archive.infolist():
        if not entry.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(entry) as part:
            prolog = part.read(_PROLOG_BYTES)
        if any(mark in prolog for mark in _DTD_MARKS):
            raise LoadError(source, entry.filename,
                            "the workbook declares a document type (DTD), which Excel never "
                            "writes and which can hide entity bombs or links to other files; "
                            "it is not read")


@dataclass
class Workbook:
    """An open read-only workbook, with the warnings openpyxl gave on the way."""

    book: Any
    source: str
    warnings: list[str] = field(default_factory=list)


@contextlib.contextmanager
def open_workbook(path: str | os.PathLike[str], source: str | None = None) -> Iterator[Workbook]:
    """A checked workbook opened read-only, values only (the values Excel
    last calculated, for formula cells). Raises `LoadError`."""
    source = source or os.fspath(path)
    check_archive(path, source)
    with open(path, "rb") as stream, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            book = openpyxl.load_workbook(stream, read_only=True, data_only=True,
                                         keep_links=False)
        except LoadError:
            raise
        except Exception as exc:  # openpyxl reports damage in many types
            raise LoadError(source, "", f"the workbook could not be read ({_why(exc)})") \
                from None
        opened = Workbook(book, source)
        try:
            yield opened
        finally:
            opened.warnings.extend(str(w.message) for w in caught)
            book.close()


def _why(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 200 else text[:200] + "…"


def sheet_place(title: str, row: int | None = None, column: int | None = None) -> str:
    """A place in a message: `sheet “People”, cell C7`, or the sheet, or a row."""
    where = f"sheet “{title}”"
    if row is not None and column is not None:
        return f"{where}, cell {get_column_letter(column)}{row}"
    if row is not None:
        return f"{where}, row {row}"
    return where


def check_used_range(sheet: Any, source: str, max_rows: int = MAX_ROWS,
                     max_columns: int = MAX_COLUMNS) -> None:
    """Refuse a sheet whose declared used range is beyond the caps (a cell at
    XFD1048576), before a row of it is read."""
    rows, columns = sheet.max_row, sheet.max_column
    if (rows or 0) > max_rows or (columns or 0) > max_columns:
        cell = f"{get_column_letter(min(columns or 1, 16_384))}{rows or 1}"
        raise LoadError(source, sheet_place(sheet.title),
                        f"the sheet's cells reach {cell}; at most {max_rows:,} rows and "
                        f"{max_columns:,} columns are read. Delete what is beyond the "
                        "table (or copy the table to a new sheet) and try again")


def rows(sheet: Any, source: str, columns: int, cap: int = MAX_ROWS,
         stop: int | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values of the first `columns` cells) for each row, up to
    row `stop` when given. A sheet declaring more than `cap` rows, or with a
    value in the row after `cap`, is refused."""
    check_used_range(sheet, source, cap, max(columns, MAX_COLUMNS))
    last = cap + 1 if stop is None else min(stop, cap + 1)
    try:
        for number, values in enumerate(sheet.iter_rows(min_row=1, max_row=last,
                                                        max_col=columns, values_only=True), 1):
            if number > cap:
                if any(v is not None and v != "" for v in values):
                    raise LoadError(source, sheet_place(sheet.title, number),
                                    f"the sheet has more than {cap:,} rows; they are not read")
                return
            yield number, values
    except LoadError:
        raise
    except Exception as exc:  # a damaged sheet part: openpyxl fails as it parses
        raise LoadError(source, sheet_place(sheet.title),
                        f"the sheet is damaged ({_why(exc)})") from None
