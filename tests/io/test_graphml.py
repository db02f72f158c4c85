"""GraphML: the export parses with networkx and carries yEd's graphics; the
hierarchy comes back on import; plain GraphML from other tools is read, and
what cannot be read is refused with the file and the place."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from orgchart.fileformat import LoadError, dumps, load
from orgchart.formats import ExportOptions, ImportOptions
from orgchart.formats.graphml import Y_NS, export, import_chart
from orgchart.hierarchy import validate
from orgchart.text import Text
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "poverty-alleviation.orgchart"
Y = f"{{{Y_NS}}}"


def exported(chart, tmp_path: Path, **options) -> Path:  # noqa: ANN001
    path = tmp_path / "chart.graphml"
    assert export(chart, path, ExportOptions(**options)) == []
    return path


def write(tmp_path: Path, text: str, name: str = "in.graphml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="label" attr.type="string"/>
  {keys}
  <graph id="G" edgedefault="directed">
    {body}
  </graph>
</graphml>
"""


# --------------------------------------------------------------------------
# Export


def test_export_parses_with_networkx_and_carries_the_data(tmp_path):
    chart = load(SEED)
    graph = nx.read_graphml(exported(chart, tmp_path))
    assert set(graph.nodes) == {u.id for u in chart.units}
    assert set(graph.edges) == {(u.parent, u.id) for u in chart.units if u.parent}
    gz = graph.nodes["gz"]
    assert gz["tier"] == "province" and gz["level"] == 2
    assert gz["name.zh-Hant"] == "貴州省" and gz["name.en"] == "Guizhou Province"
    assert "負總責" in gz["duties"]
    assert "縣長（第一責任人）" in graph.nodes["gz-bijie-hezhang"]["people"]


def test_yed_graphics_place_every_node_as_our_layout_does(tmp_path):
    root = ET.parse(exported(load(SEED), tmp_path)).getroot()
    keys = {k.get("yfiles.type") for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")}
    assert {"nodegraphics", "edgegraphics"} <= keys
    nodes = list(root.iter(f"{Y}ShapeNode"))
    assert len(nodes) == 27
    for node in nodes:
        geometry = node.find(f"{Y}Geometry")
        assert float(geometry.get("width")) > 0 and float(geometry.get("height")) > 0
        assert node.find(f"{Y}Shape").get("type") == "roundrectangle"
        assert node.find(f"{Y}NodeLabel").text
    tops = sorted({float(n.find(f"{Y}Geometry").get("y")) for n in nodes})
    assert len(tops) == 4  # one row per tier


def test_links_are_dashed_edges(tmp_path):
    root = ET.parse(exported(bilingual_chart(), tmp_path)).getroot()
    styles = [e.find(f"{Y}LineStyle").get("type") for e in root.iter(f"{Y}PolyLineEdge")]
    assert styles.count("dashed") == 1 and styles.count("line") == 5


def test_round_trip_keeps_the_hierarchy_tiers_and_names(tmp_path):
    chart = load(SEED)
    result = import_chart(exported(chart, tmp_path), ImportOptions())
    back = result.chart
    assert result.problems == []
    assert [(u.id, u.parent, u.tier, u.name) for u in back.units] == \
        [(u.id, u.parent, u.tier, u.name) for u in chart.units]
    assert [(t.id, t.name, t.color) for t in back.tiers] == \
        [(t.id, t.name, t.color) for t in chart.tiers]
    assert back.title == chart.title and back.languages == chart.languages
    assert not [p for p in validate(back) if p.severity == "error"]


def test_round_trip_keeps_links_and_people(tmp_path):
    back = import_chart(exported(bilingual_chart(), tmp_path)).chart
    assert [(k.source, k.target, k.kind) for k in back.links] == [("p2", "c1", "coordination")]
    person = back.find_unit("p1").people[0]
    assert (str(person.name), str(person.title)) == ("王", "Secretary")


def test_text_that_xml_cannot_carry_is_left_out(tmp_path):
    chart = bilingual_chart()
    chart.find_unit("p1").name = Text({"zh-Hant": "甲\x00省", "en": "Province <&> A"})
    back = import_chart(exported(chart, tmp_path)).chart
    assert back.find_unit("p1").name == Text({"zh-Hant": "甲省", "en": "Province <&> A"})


def test_collapsed_branches_stay_hidden(tmp_path):
    chart = bilingual_chart()
    chart.find_unit("p1").collapsed = True
    graph = nx.read_graphml(exported(chart, tmp_path))
    assert set(graph.nodes) == {"top", "p1", "p2", "c3"}


# --------------------------------------------------------------------------
# Import of plain GraphML


def test_plain_graphml_gets_tiers_from_depth(tmp_path):
    body = """<node id="a"><data key="k0">Head office</data></node>
    <node id="b"><data key="k0">North</data></node>
    <node id="c"><data key="k0">South</data></node>
    <node id="d"/>
    <edge source="a" target="b"/><edge source="a" target="c"/><edge source="b" target="d"/>"""
    result = import_chart(write(tmp_path, PLAIN.format(keys="", body=body)), ImportOptions())
    chart = result.chart
    assert [(u.id, u.parent) for u in chart.units] == [("a", None), ("b", "a"), ("c", "a"),
                                                         ("d", "b")]
    assert str(chart.find_unit("a").name) == "Head office" and str(chart.find_unit("d").name) == "d"
    assert len(chart.tiers) == 3
    assert [chart.tier_rank(u.tier) for u in chart.units] == [0, 1, 1, 2]
    assert not [p for p in validate(chart) if p.severity == "error"]


def test_a_tier_key_names_the_tiers(tmp_path):
    keys = '<key id="k1" for="node" attr.name="tier" attr.type="string"/>'
    body = """<node id="a"><data key="k1">Board</data></node>
    <node id="b"><data key="k1">Division</data></node>
    <node id="c"><data key="k1">Team</data></node>
    <node id="e"><data key="k1">Team</data></node>
    <edge source="a" target="b"/><edge source="b" target="c"/><edge source="a" target="e"/>"""
    chart = import_chart(write(tmp_path, PLAIN.format(keys=keys, body=body)),
                         ImportOptions(language="en")).chart
    assert [t.id for t in chart.tiers] == ["Board", "Division", "Team"]
    assert chart.find_unit("e").tier == "Team"  # a skipped tier, as the file says
    assert chart.find_unit("a").name.get("en") == "a"


def test_a_level_key_orders_the_tiers(tmp_path):
    keys = '<key id="k1" for="node" attr.name="level" attr.type="int"/>'
    body = """<node id="x"><data key="k1">1</data></node>
    <node id="y"><data key="k1">3</data></node>
    <edge source="x" target="y"/>"""
    chart = import_chart(write(tmp_path, PLAIN.format(keys=keys, body=body))).chart
    assert [chart.tier_rank(u.tier) for u in chart.units] == [0, 1]
    assert "3" in str(chart.tiers[1].name)


def test_yed_labels_and_untyped_keys_are_read(tmp_path):
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="{Y_NS}">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d5" attr.name="description"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>總部</y:NodeLabel>
      </y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>分部</y:NodeLabel>
      </y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>"""
    chart = import_chart(write(tmp_path, text), ImportOptions(language="zh-Hant")).chart
    assert [u.name.get("zh-Hant") for u in chart.units] == ["總部", "分部"]
    assert chart.languages == ["zh-Hant"]


def test_two_parents_and_cycles_are_reported_and_kept_apart(tmp_path):
    body = """<node id="a"/><node id="b"/><node id="c"/><node id="d"/><node id="e"/>
    <edge source="a" target="c"/><edge source="b" target="c"/>
    <edge source="d" target="e"/><edge source="e" target="d"/>"""
    result = import_chart(write(tmp_path, PLAIN.format(keys="", body=body)))
    chart = result.chart
    assert chart.find_unit("c").parent == "a"
    assert [(k.source, k.target, k.kind) for k in chart.links] == [("b", "c", "dotted-line")]
    assert any("both" in p for p in result.problems)
    assert any("cycle" in p for p in result.problems)
    assert not any(p.code == "cycle" for p in validate(chart))


@pytest.mark.parametrize("text, words", [
    ("<graphml><graph><node id='a'>", "line 1"),
    ("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>]><graphml>&lol;</graphml>",
     "entities"),
    ("<?xml version='1.0'?><svg/>", "not GraphML"),
    ("", "line 1"),
])
def test_unreadable_files_are_refused_with_the_file_and_place(tmp_path, text, words):
    path = write(tmp_path, text, "bad.graphml")
    with pytest.raises(LoadError) as caught:
        import_chart(path, ImportOptions())
    assert str(path) in str(caught.value) and words in str(caught.value)


def test_a_graph_without_nodes_is_refused(tmp_path):
    with pytest.raises(LoadError):
        import_chart(write(tmp_path, PLAIN.format(keys="", body="")))


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(LoadError):
        import_chart(tmp_path / "missing.graphml")


# --------------------------------------------------------------------------
# The command line


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgchart", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_cli_exports_and_imports_graphml(tmp_path):
    source = tmp_path / "chart.orgchart"
    source.write_text(dumps(bilingual_chart()), "utf-8")
    out = tmp_path / "chart.graphml"
    done = run("export", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back.orgchart"
    done = run("import", str(out), "-o", str(back))
    assert done.returncode == 0, done.stderr
    assert [(u.id, u.parent) for u in load(back).units] == \
        [(u.id, u.parent) for u in bilingual_chart().units]


def test_cli_import_of_a_bad_file_fails_cleanly(tmp_path):
    bad = write(tmp_path, "<graphml", "bad.graphml")
    done = run("import", str(bad), "-o", str(tmp_path / "x.orgchart"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "bad.graphml" in done.stderr
