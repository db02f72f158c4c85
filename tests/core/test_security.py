"""The security review, kept as tests (see docs/reliability.md):

- no pickle, marshal or shelve, no `eval`/`exec`/`compile`, no shell, no
  `os.system` anywhere in the program;
- every external program (Graphviz, fc-list) runs from a fixed argument
  list, without a shell, with a time limit;
- defusedxml is present and used, and the command line refuses imports
  without it;
- no user text reaches an attribute that reads a file or follows a link in
  any export (DOT, SVG, PDF via DOT, PPTX, XLSX, GraphML, CSV, outline).
"""

from __future__ import annotations

import ast
import re
import shutil
import warnings
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl.xml
import pydot
import pytest

from orgchart import cli, exchange
from orgchart.formats import ExportOptions, safe_xlsx
from orgchart.model import Chart, Duty, Link, Person, Text
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = sorted([*(ROOT / "orgchart").rglob("*.py"), *(ROOT / "ui").rglob("*.py")])

FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "yaml"}
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_CALLS = {("os", "system"), ("os", "popen"), ("os", "spawnl"), ("os", "spawnv"),
                   ("os", "execv"), ("os", "execl"), ("subprocess", "getoutput"),
                   ("subprocess", "getstatusoutput")}
RUNNERS = {"run", "call", "check_call", "check_output", "Popen"}


def trees():
    for path in PROGRAM:
        yield path.relative_to(ROOT), ast.parse(path.read_text("utf-8"), str(path))


def test_no_deserialising_of_code_and_no_shell():
    found = []
    for name, tree in trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) \
                    else [node.module or ""]
                found += [f"{name}:{node.lineno} imports {m}" for m in modules
                          if m.split(".")[0] in FORBIDDEN_MODULES]
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in FORBIDDEN_BUILTINS:
                    found.append(f"{name}:{node.lineno} calls {func.id}")
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                        and (func.value.id, func.attr) in FORBIDDEN_CALLS:
                    found.append(f"{name}:{node.lineno} calls {func.value.id}.{func.attr}")
                for keyword in node.keywords:
                    if keyword.arg == "shell" and not (isinstance(keyword.value, ast.Constant)
                                                       and keyword.value.value is False):
                        found.append(f"{name}:{node.lineno} runs a shell")
    assert found == []


def subprocess_calls():
    for name, tree in trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "subprocess" and node.func.attr in RUNNERS:
                yield name, node


def test_every_program_runs_from_a_fixed_list_with_a_time_limit():
    calls = list(subprocess_calls())
    where = {str(name) for name, _ in calls}
    assert {"orgchart/formats/graphviz_run.py", "orgchart/fonts.py"} <= where
    for name, call in calls:
        assert call.func.attr != "Popen", f"{name}:{call.lineno}: no unbounded process"
        argv = call.args[0]
        assert isinstance(argv, ast.List | ast.Tuple), f"{name}:{call.lineno}: a fixed list"
        first = argv.elts[0]
        # the program: a constant name, or the path the program finder returned
        assert isinstance(first, ast.Constant | ast.Name | ast.Attribute), \
            f"{name}:{call.lineno}"
        keywords = {k.arg for k in call.keywords}
        assert "timeout" in keywords, f"{name}:{call.lineno}: a time limit"


def test_defusedxml_is_present_and_used():
    assert safe_xlsx.xml_safety_problem() is None
    assert openpyxl.xml.DEFUSEDXML  # openpyxl parses sheets with it


def test_the_command_line_refuses_imports_without_defusedxml(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    source = tmp_path / "people.csv"
    source.write_text("ID,Name\n1,A\n", "utf-8")
    out = tmp_path / "out.orgchart"
    assert cli.main(["import", str(source), "-o", str(out)]) == exchange.EXIT_UNREADABLE
    line, = capsys.readouterr().err.splitlines()
    assert "defusedxml" in line and not out.exists()


# -- exports -----------------------------------------------------------------------------

#: text that would read a file, follow a link or run something if taken as markup
BAIT = ["file:///etc/passwd", "javascript:alert(1)", "http://bait.invalid/x",
        '" image="/etc/passwd" x="', "<img src=x onerror=alert(1)>", '=HYPERLINK("http://'
        'bait.invalid","x")', "@SUM(1)", '"]; n [shapefile="/etc/shadow"]; m ["',
        "\\N \\G", "</text><a xlink:href='http://bait.invalid'>"]
#: attributes that read files or follow links, in any of the formats (lower case)
LINK_ATTRIBUTES = {"image", "shapefile", "fontpath", "imagepath", "href", "url", "labelurl",
                   "headurl", "tailurl", "edgeurl", "src", "targetmode", "action"}


def baited_chart() -> Chart:
    chart = bilingual_chart()
    for i, unit in enumerate(chart.units):
        unit.name = Text({"en": BAIT[i % len(BAIT)], "zh-Hant": BAIT[(i + 3) % len(BAIT)]})
        unit.people = (Person(Text(BAIT[(i + 1) % len(BAIT)]), Text(BAIT[(i + 2) % len(BAIT)])),)
        unit.notes = Text(" ".join(BAIT))
    for tier, bait in zip(chart.tiers, BAIT[4:], strict=False):
        tier.name = Text({"en": bait, "zh-Hant": bait})
        tier.summary = Text(bait)
    chart.duties.append(Duty("d9", Text({"en": BAIT[5]}), Text(BAIT[6]), {"t1": "R"}))
    chart.links.append(Link("k9", "top", "c3", "supervision", Text(BAIT[0])))
    chart.title = Text({"en": BAIT[2], "zh-Hant": BAIT[1]})
    return chart


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bait")
    chart = baited_chart()
    files = {}
    suffixes = [s for s in exchange.EXPORTERS if s in (".dot", ".xlsx", ".csv", ".txt",
                                                       ".pptx", ".graphml")]
    if shutil.which("dot"):
        suffixes.append(".svg")
    for suffix in suffixes:
        out = folder / f"bait{suffix}"
        exchange.exporter(out).export(chart, out, ExportOptions(duties=True))
        files[suffix] = out
    return files


def texts_of(path: Path) -> dict[str, str]:
    """Every text part of an export: the file, or each XML part of a zip."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return {n: archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                    if n.endswith((".xml", ".rels"))}
    return {path.name: path.read_text("utf-8", "replace")}


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def test_no_xml_export_has_a_file_or_link_attribute(exported):
    """SVG, GraphML and every XML part of the workbook and the slides, parsed:
    no element carries a link or file attribute (the packages' own
    relationships between their parts aside)."""
    for suffix in (".svg", ".graphml", ".xlsx", ".pptx"):
        if suffix not in exported:
            continue
        for part, text in texts_of(exported[suffix]).items():
            for element in ET.fromstring(text.encode("utf-8")).iter():
                if _local(element.tag) == "relationship":
                    assert ":" not in element.get("Target", ""), (suffix, part)  # a part
                    continue
                if _local(element.tag) == "hlinkclick":
                    continue  # checked below: only jumps to the deck's own slides
                found = {_local(a) for a in element.attrib} & LINK_ATTRIBUTES
                assert not found, (suffix, part, element.tag, found)


def test_no_dot_attribute_or_label_tag_reads_a_file_or_links(exported):
    """The DOT file, parsed: no graph, node or edge attribute, and no tag
    inside an HTML-like label (user text in labels is escaped, so every
    real tag there is ours), reads a file or links anywhere."""
    with warnings.catch_warnings():  # pydot's parser uses pyparsing's old names
        warnings.simplefilter("ignore", DeprecationWarning)
        graph, = pydot.graph_from_dot_data(exported[".dot"].read_text("utf-8"))
    found: set[str] = set()
    items = [graph]
    while items:
        item = items.pop()
        found |= {key.lower() for key in item.get_attributes()}
        if isinstance(item, pydot.Graph):
            items += item.get_subgraphs() + item.get_nodes() + item.get_edges()
            found |= {key.lower() for key in item.get_graph_defaults() or []
                      for key in (key if isinstance(key, dict) else {})}
        label = str(item.get_attributes().get("label", ""))
        for tag in re.findall(r"<\s*/?\s*[A-Za-z]+([^<>]*)>", label):
            found |= {name.lower() for name in re.findall(r"([A-Za-z-]+)\s*=", tag)}
    assert not found & LINK_ATTRIBUTES, found & LINK_ATTRIBUTES


def test_office_files_link_nowhere_outside(exported):
    for suffix in (".xlsx", ".pptx"):
        parts = texts_of(exported[suffix])
        for part, text in parts.items():
            assert 'TargetMode="External"' not in text, f"{suffix} {part}"
            assert "<hyperlink" not in text and "externalLink" not in text, f"{suffix} {part}"
            for action in re.findall(r'action="([^"]*)"', text):
                assert action == "ppaction://hlinksldjump", action  # only to its own slides


def test_workbook_text_is_never_a_formula(exported):
    book = openpyxl.load_workbook(exported[".xlsx"])
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert not any(b in str(cell.value) for b in ("bait", "etc/passwd")), \
                        cell.coordinate


def test_csv_cells_that_a_spreadsheet_would_run_are_protected(exported):
    import csv

    rows = list(csv.reader(exported[".csv"].read_text("utf-8-sig").splitlines()))
    for row in rows[1:]:
        for cell in row:
            assert not re.match(r"[=+\-@\t\r]", cell), cell
