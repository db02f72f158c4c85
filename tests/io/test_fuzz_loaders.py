"""Fuzzing every reader: whatever the bytes, the only error that escapes is
the documented one (`fileformat.LoadError`, with the file named), and what
loads can be saved, exported and read again.

Strings are drawn with `st.characters(codec=None)` and no excluded
categories, so lone surrogates (which hypothesis leaves out by default) and
control characters reach the readers; real files are mutated byte by byte
and part by part (a workbook's XML inside its zip).
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from orgchart import exchange, fileformat
from orgchart.fileformat import LoadError
from orgchart.formats import ExportOptions, ImportOptions, excel, graphml, outline, table
from orgchart.formats import graphml_import as graphml_reader
from orgchart.formats.people import build_chart
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "poverty-alleviation.orgchart"

#: every code point, surrogates and controls included
ANY_CHAR = st.characters(codec=None, exclude_categories=())
any_text = st.text(ANY_CHAR, max_size=20)
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def json_values(leaves=None):
    leaves = leaves or (st.none() | st.booleans() | st.integers() | st.floats()
                        | any_text)
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(any_text, inner, max_size=4), max_leaves=12)


def mutations(data: bytes):
    """`data` with a few bytes flipped, cut, doubled or inserted."""
    @st.composite
    def mutated(draw):
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            if not out:
                break
            at = draw(st.integers(0, len(out) - 1))
            how = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "truncate"]))
            if how == "flip":
                out[at] ^= 1 << draw(st.integers(0, 7))
            elif how == "cut":
                del out[at:at + draw(st.integers(1, 64))]
            elif how == "insert":
                out[at:at] = draw(st.binary(min_size=1, max_size=8))
            elif how == "repeat":
                out[at:at] = out[at:at + draw(st.integers(1, 64))]
            else:
                del out[at:]
        return bytes(out)
    return mutated()


def loads_or_refuses(data: bytes | str, source: str = "fuzz.orgchart") -> None:
    """The one promise of the reader: a chart that saves again, or LoadError."""
    try:
        chart = fileformat.loads(data, source)
    except LoadError as error:
        assert str(error).startswith(f"{source}: ")
        return
    text = fileformat.dumps(chart)
    text.encode("utf-8")  # cleaned on the way in: it can always be written
    assert fileformat.loads(text) == chart


# -- .orgchart ------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data):
    loads_or_refuses(data)


@FUZZ
@given(json_values())
def test_random_json(value):
    loads_or_refuses(json.dumps(value))  # escapes carry surrogates and controls in


SAMPLE_BYTES = SAMPLE.read_bytes()


@FUZZ
@given(mutations(SAMPLE_BYTES))
def test_mutated_real_files(data):
    loads_or_refuses(data)


def _places(value, path=()):
    """Every place in a JSON document, as a path of keys and indexes."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


DOC = json.loads(fileformat.dumps(bilingual_chart()))
PLACES = [p for p in _places(DOC) if p]


@FUZZ
@given(st.sampled_from(PLACES), json_values())
def test_a_value_replaced_anywhere_in_a_real_chart(place, value):
    doc = json.loads(json.dumps(DOC))
    target = doc
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = value
    loads_or_refuses(json.dumps(doc, ensure_ascii=False, allow_nan=True)
                     .encode("utf-8", "surrogatepass"))
    loads_or_refuses(json.dumps(doc, allow_nan=True))


# -- foreign formats --------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def imports_or_refuses(module, path: Path, kind: str) -> None:
    assert exchange.guess_import_kind(path) in exchange.IMPORTERS  # never fails either
    try:
        result = module.import_chart(path, ImportOptions(kind=kind))
    except LoadError as error:
        assert str(path) in str(error)
        return
    fileformat.dumps(result.chart).encode("utf-8")
    assert all(isinstance(p, str) for p in result.problems)


@FUZZ
@given(any_text.map(lambda t: t.replace("|", "\n")), st.sampled_from(["utf-8", "utf-16",
                                                                        "gb18030"]))
def test_outline_text(folder, text, encoding):
    path = folder / "fuzz.txt"
    # UTF-8 and UTF-16 carry a lone surrogate as invalid bytes; GB18030 cannot
    path.write_bytes(text.encode(encoding, "surrogatepass" if encoding != "gb18030"
                                 else "replace"))
    imports_or_refuses(outline, path, "outline")
    try:
        chart = outline.import_text(text).chart
    except LoadError:
        return
    again = outline.outline_text(chart, "en")
    again.encode("utf-8")  # and it can be written out


CSV_CELLS = st.text(ANY_CHAR | st.sampled_from([",", ";", '"', "\n", "\t", "=", "'"]),
                    max_size=12)


@FUZZ
@given(st.lists(st.lists(CSV_CELLS, min_size=1, max_size=5), min_size=1, max_size=8),
       st.booleans())
def test_people_lists(folder, rows, header):
    if header:
        rows = [["ID", "Name", "Reports To", "Tier", "Dotted"], *rows]
    text = "\n".join(",".join(row) for row in rows)
    path = folder / "fuzz.csv"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    imports_or_refuses(table, path, "people")
    try:
        parsed = table.read_csv_text(text.encode("utf-8", "surrogatepass"), "fuzz.csv")
        chart = build_chart(parsed, table.guess_columns(parsed.headers), None, "t").chart
    except LoadError:
        return
    table.export(chart, folder / "out.csv", ExportOptions())


@FUZZ
@given(st.binary(max_size=200))
def test_graphml_bytes(folder, data):
    path = folder / "fuzz.graphml"
    path.write_bytes(data)
    imports_or_refuses(graphml_reader, path, "graphml")


GRAPH_TEXT = st.text(ANY_CHAR.filter(lambda c: c not in "<&\x00" and not
                                     "\ud800" <= c <= "\udfff"), max_size=8)


@FUZZ
@given(st.lists(st.tuples(GRAPH_TEXT, GRAPH_TEXT, GRAPH_TEXT), min_size=0, max_size=6),
       st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6), GRAPH_TEXT), max_size=8),
       st.sampled_from(["string", "int", "double", "boolean"]))
def test_graphml_documents(folder, nodes, edges, level_type):
    ids = [f"n{i}" for i in range(len(nodes))] or ["n0"]
    body = "".join(
        f'<node id="{ids[i]}"><data key="name">{_xml(name)}</data>'
        f'<data key="level">{_xml(level)}</data><data key="tier">{_xml(tier)}</data></node>'
        for i, (name, level, tier) in enumerate(nodes))
    body += "".join(f'<edge source="{ids[a % len(ids)]}" target="{ids[b % len(ids)]}">'
                    f'<data key="kind">{_xml(kind)}</data></edge>' for a, b, kind in edges)
    doc = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.'
           'graphdrawing.org/xmlns">'
           '<key id="name" for="node" attr.name="name" attr.type="string"/>'
           f'<key id="level" for="node" attr.name="level" attr.type="{level_type}"/>'
           '<key id="tier" for="node" attr.name="tier" attr.type="string"/>'
           '<key id="kind" for="edge" attr.name="kind" attr.type="string"/>'
           f'<graph edgedefault="directed">{body}</graph></graphml>')
    path = folder / "fuzz.graphml"
    try:
        path.write_bytes(doc.encode("utf-8"))
    except UnicodeEncodeError:
        assume(False)
    imports_or_refuses(graphml_reader, path, "graphml")


def _xml(text: str) -> str:
    return text.replace(">", "&gt;").replace('"', "&quot;")


# -- workbooks ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbooks(folder):
    """A duty-matrix workbook and a people list, as the exports write them."""
    matrix, people = folder / "matrix.xlsx", folder / "people.xlsx"
    excel.export(bilingual_chart(), matrix, ExportOptions())
    import openpyxl

    book = openpyxl.Workbook()
    for row in [["ID", "Name", "Reports To"], ["1", "Board", ""], ["2", "Office", "1"]]:
        book.active.append(row)
    book.save(people)
    return {"matrix": matrix.read_bytes(), "people": people.read_bytes()}


def _mutate_part(data: bytes, name: str, mutated: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry, mutated if entry.filename == name else source.read(entry))
    return out.getvalue()


#: The exported workbook differs from run to run (its time stamps), so examples
#: saved by an earlier run would replay as other data: no example database.
WORKBOOK_SETTINGS = settings(max_examples=40, deadline=None, database=None,
                             suppress_health_check=[HealthCheck.too_slow])


@WORKBOOK_SETTINGS
@given(st.sampled_from(["matrix", "people"]), st.data())
def test_mutated_workbook_bytes(folder, workbooks, kind, data):
    path = folder / f"fuzz-{kind}.xlsx"
    path.write_bytes(data.draw(mutations(workbooks[kind])))
    imports_or_refuses(excel if kind == "matrix" else table, path, kind)


@WORKBOOK_SETTINGS
@given(st.sampled_from(["matrix", "people"]), st.data())
def test_mutated_workbook_parts(folder, workbooks, kind, data):
    with zipfile.ZipFile(io.BytesIO(workbooks[kind])) as archive:
        names = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        name = data.draw(st.sampled_from(names))
        part = archive.read(name)
    mutated = data.draw(mutations(part))
    path = folder / f"fuzz-{kind}.xlsx"
    path.write_bytes(_mutate_part(workbooks[kind], name, mutated))
    imports_or_refuses(excel if kind == "matrix" else table, path, kind)


def test_the_graphml_reader_is_the_one_imported(tmp_path):
    # graphml re-exports the reader the fuzzing above drives
    assert graphml.import_chart is graphml_reader.import_chart
