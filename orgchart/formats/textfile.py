"""Reading the text files that imports take (people lists as CSV, outlines):
a size cap checked before reading, binary files and workbooks under a text
name told apart, and the encoding found.

Encodings, in the order tried: a byte-order mark (UTF-8, UTF-16 or UTF-32,
as Excel's "Unicode text" writes), then UTF-8, then GB18030 (what Excel and
Notepad on a Chinese Windows save as "ANSI"; it is a superset of GBK and
GB2312). Traditional Chinese Big5 files decode as GB18030 without an error
but give the wrong characters; the import preview shows them, so the user
can save the file as UTF-8 instead.
"""

from __future__ import annotations

import codecs
import os

from orgchart.fileformat import LoadError, clean, read_limited

MAX_TEXT_BYTES = 256 * 2**20

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def read_bytes(path: str | os.PathLike[str], source: str) -> bytes:
    """The file's bytes, refusing files over `MAX_TEXT_BYTES` before reading."""
    return read_limited(path, source, MAX_TEXT_BYTES, "files")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding name) of a text file; control characters other than
    tab and newline are dropped, so no later export fails on them."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return clean(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise LoadError(source, f"byte {exc.start}",
                                f"the file starts as {encoding} text but is not") from None
    if data.startswith(b"PK\x03\x04"):
        raise LoadError(source, "", "this is a zip file (perhaps an Excel workbook), not text")
    if b"\x00" in data[:4096]:
        raise LoadError(source, "", "this is a binary file, not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return clean(data.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LoadError(source, f"line {line}", "the text is neither UTF-8 nor GB18030; save "
                                                "it as UTF-8 and try again") from None
    raise AssertionError("unreachable")


def read_text(path: str | os.PathLike[str], source: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a text file; raises `LoadError`."""
    source = source or os.fspath(path)
    return decode(read_bytes(path, source), source)
