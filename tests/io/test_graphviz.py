"""The Graphviz export: hostile names read back by Graphviz itself, every
sample in every format, the Chinese PDF's fonts, engines and orientations,
missing, failing and slow Graphviz, and the command line."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from orgchart import fileformat, fonts
from orgchart.formats import ExportError, ExportOptions
from orgchart.formats import graphviz as gv
from orgchart.formats.graphviz_graph import DotGraph, Html
from orgchart.formats.graphviz_labels import NAME_COLUMNS, PEOPLE_COLUMNS
from orgchart.formats.graphviz_text import escape, safe_color, wrap
from orgchart.model import Chart, Duty, Link, Person, Role, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.orgchart"))
DOT = shutil.which("dot")
needs_graphviz = pytest.mark.skipif(DOT is None, reason="Graphviz is not installed")

#: Names that break naive DOT or HTML writers, and attempts to make
#: Graphviz read a file.
HOSTILE = [
    'quote " inside', "apostrophe ' inside", "back\\slash", "trailing backslash\\",
    "\\N \\G \\E \\T \\H \\L \\n \\l \\r", "<b>bold</b>", "<TABLE><TR><TD>x</TD></TR></TABLE>",
    "&amp; &lt; & &#92; &#x5C;", "semi;colon", "colon:port", "bracket ] [ }{",
    '"x"]; y [image="/etc/passwd"]', "node", "graph", "edge", "strict", "digraph",
    "subgraph", "-> -- ->", '</TD></TR></TABLE>>]; e [shape=box', "<!-- comment -->",
    'x" URL="http://example.com', "line one\nline two", "tab\there", "中文名稱（全角）",
    "emoji 😀", "%3 %s {x}", "  leading and trailing  ", "]", "\\", '"', "<", ">", "&",
    "control\x01\x02chars", "\ufffe\uffff", "@include /etc/passwd", "-Tpng -o /tmp/x",
]
FILE_ATTRIBUTES = {"image", "href", "url", "shapefile", "fontpath", "imagepath", "src",
                   "imagescale", "labelhref", "tailurl", "headurl", "edgeurl", "labelurl"}


def hostile_chart() -> Chart:
    """One tier; a top unit and one child per hostile name (name only, so a
    card holds only its name); hostile text everywhere else too."""
    chart = Chart(title=Text("Hostile \\ \" <title> ]"), languages=["en"])
    chart.roles = [Role('R"]', Text("role <name> \\"), '#123456"]; x [image="/etc/passwd')]
    chart.tiers = [Tier("t-top", Text('tier "]; <b>'), Text("motto\\")),
                   Tier("t-low", Text("graph"), Text("node"), 'red"]; x [image="/etc/passwd')]
    chart.units = [Unit("top", Text("Top"), "t-top")]
    chart.units += [Unit(f"h{i}", Text(name), "t-low", "top") for i, name in enumerate(HOSTILE)]
    return chart


def run_dot(source: bytes | str, *args: str) -> bytes:
    data = source.encode() if isinstance(source, str) else source
    done = subprocess.run([DOT, *args], input=data, capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def texts(ops: list[dict]) -> list[str]:
    return [op["text"] for op in ops if op.get("op") == "T"]


def expected_lines(text: str, columns: int = NAME_COLUMNS) -> list[str]:
    """What the card shows of a name: cleaned as the export cleans it."""
    return [escape_free(line) for line in wrap(text, columns)]


def escape_free(line: str) -> str:
    return fileformat.clean(line).replace("\t", " ").replace("\ufffe", "\ufffd") \
        .replace("\uffff", "\ufffd")


# --------------------------------------------------------------------------
# Escaping, read back by Graphviz


@needs_graphviz
def test_hostile_names_come_back_as_literal_text(tmp_path):
    chart = hostile_chart()
    out = tmp_path / "hostile.dot"
    gv.export(chart, out, ExportOptions(engine="dot"))
    data = json.loads(run_dot(out.read_bytes(), "-Tjson"))
    nodes = {obj["name"]: obj for obj in data["objects"] if "nodes" not in obj}
    units = {name: obj for name, obj in nodes.items() if name.startswith("u")}
    tiers = {name: obj for name, obj in nodes.items() if name.startswith("t")}
    assert len(units) == len(chart.units)  # one node per unit
    assert len(tiers) == len(chart.tiers)
    assert len(nodes) == len(units) + len(tiers)  # and nothing else
    shown = sorted(tuple(texts(obj["_ldraw_"])) for obj in units.values())
    wanted = sorted(tuple(expected_lines(u.name.get(""))) for u in chart.units)
    assert shown == wanted


@needs_graphviz
def test_hostile_text_wraps_only_at_spaces():
    """Wrapping drops a space, never a character: the lines joined again are
    the name without its spaces (tabs and control characters aside)."""
    for name in HOSTILE:
        lines = expected_lines(name)
        plain = escape_free(name).replace("\n", "").replace(" ", "")
        assert "".join(lines).replace(" ", "") == plain, name


@needs_graphviz
def test_no_attribute_reads_a_file_and_nodes_have_only_ours(tmp_path):
    out = tmp_path / "hostile.dot"
    gv.export(hostile_chart(), out, ExportOptions(engine="dot", duties=True))
    data = json.loads(run_dot(out.read_bytes(), "-Tjson"))
    seen: set[str] = set(data)
    for item in data["objects"] + data.get("edges", []):
        seen |= set(item)
    assert not {key.lower() for key in seen} & FILE_ATTRIBUTES
    allowed = {"name", "_gvid", "label", "shape", "fontname", "pos", "width", "height",
               "_draw_", "_ldraw_", "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_"}
    for obj in data["objects"]:
        if "nodes" not in obj:
            assert set(obj) <= allowed, set(obj) - allowed


@needs_graphviz
def test_hostile_text_elsewhere_is_literal(tmp_path):
    """Tier names and mottos, people, duties, role codes, links and the title."""
    chart = hostile_chart()
    chart.units[0].people = tuple(Person(Text(n), Text("t")) for n in HOSTILE[:12])
    chart.duties = [Duty(f"d{i}", Text(n), assign={"t-top": 'R"]'})
                    for i, n in enumerate(HOSTILE[12:20])]
    chart.links = [Link("k1", "h1", "h2", label=Text(HOSTILE[11]))]
    out = tmp_path / "all.dot"
    gv.export(chart, out, ExportOptions(engine="dot", duties=True))
    data = json.loads(run_dot(out.read_bytes(), "-Tjson"))
    every = texts(data.get("_ldraw_", []))
    for item in data["objects"] + data.get("edges", []):
        every += texts(item.get("_ldraw_", [])) + texts(item.get("_tldraw_", []))
    joined = "\n".join(every)
    for name in HOSTILE[:20]:
        for line in expected_lines(name, PEOPLE_COLUMNS):
            assert line in joined, name
    for literal in ('tier "]; <b>', "motto\\", "graph", "node", 'R"]', "role <name> \\",
                    'Hostile \\ " <title> ]'):
        assert literal in joined


def test_escape_makes_text_literal():
    assert escape('<a href="x">&</a>') == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    assert escape("\\N") == "\\\\N"
    assert escape("a\tb\x00c\r\n") == "a bc "
    assert escape("\ud800") == "\ufffd"


def test_colours_from_the_chart_are_checked():
    assert safe_color("#a1B2c3") == "#a1B2c3"
    assert safe_color('red"]; x [image="/etc/passwd') == "#5d6d7e"
    assert safe_color("#12345") == "#5d6d7e"


def test_dot_writer_refuses_values_it_could_not_quote():
    graph = DotGraph()
    with pytest.raises(ValueError):
        graph.add_node('n"1')
    with pytest.raises(ValueError):
        graph.add_node("n1", color='x"]; y [image="/etc/passwd"')
    with pytest.raises(ValueError):
        graph.add_node("n1", color="x\\")
    graph.add_node("n1", label=Html("<<B>x</B>>"), color="#000000")
    assert 'n1 [label=<<B>x</B>>, color="#000000"];' in graph.to_string()


@needs_graphviz
def test_hostile_font_name_is_refused(tmp_path):
    out = tmp_path / "chart.dot"
    said = gv.export(bilingual_chart(), out, ExportOptions(font='x", image="/etc/passwd'))
    assert any("cannot be used" in warning for warning in said)
    assert "passwd" not in out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------
# The graph


@needs_graphviz
@pytest.mark.parametrize("orientation", ["tb", "lr"])
def test_tiers_are_ranks_and_cells_come_first(tmp_path, orientation):
    chart = bilingual_chart()
    out = tmp_path / "chart.dot"
    gv.export(chart, out, ExportOptions(engine="dot", orientation=orientation))
    source = out.read_text(encoding="utf-8")
    assert source.count("rank=\"same\"") == len(chart.tiers)
    data = json.loads(run_dot(source, "-Tjson"))
    where = {o["name"]: tuple(map(float, o["pos"].split(","))) for o in data["objects"]
             if "pos" in o}
    across, along = (1, 0) if orientation == "tb" else (0, 1)
    rows = {"t0": ["u0"], "t1": ["u1", "u2"], "t2": ["u3", "u4", "u5"]}
    for cell, units in rows.items():
        assert {where[u][across] for u in units} == {where[cell][across]}  # one rank
        first = min(where[u][along] if orientation == "tb" else -where[u][along]
                    for u in units)
        cell_at = where[cell][along] if orientation == "tb" else -where[cell][along]
        assert cell_at < first  # the tier's cell before its units


@needs_graphviz
def test_links_are_dashed_and_do_not_rank(tmp_path):
    out = tmp_path / "chart.dot"
    gv.export(bilingual_chart(), out, ExportOptions(engine="dot"))
    line = next(x for x in out.read_text(encoding="utf-8").splitlines() if "dashed" in x)
    assert line.startswith("u2 -> u3")  # p2 -> c1, in the layout's order
    assert 'constraint="false"' in line


@pytest.mark.parametrize("engine", ["dot", "pinned"])
def test_collapsed_subtrees_are_left_out(tmp_path, engine):
    if engine == "pinned" and DOT is None:
        pytest.skip("pinned needs Graphviz to measure")
    chart = bilingual_chart()
    chart.find_unit("p1").collapsed = True  # hides c1 and c2
    out = tmp_path / "chart.dot"
    gv.export(chart, out, ExportOptions(engine=engine))
    nodes = [line.split()[0] for line in out.read_text(encoding="utf-8").splitlines()
             if line.startswith("u") and "label=" in line]
    assert len(nodes) == 4


def test_auto_engine_picks_pinned_for_large_charts():
    assert gv.choose_engine("auto", gv.AUTO_PINNED_ABOVE) == "dot"
    assert gv.choose_engine("auto", gv.AUTO_PINNED_ABOVE + 1) == "pinned"
    assert gv.choose_engine("dot", 10_000) == "dot"


@needs_graphviz
def test_pinned_dot_file_has_positions_and_polyline_connectors(tmp_path):
    out = tmp_path / "chart.dot"
    gv.export(bilingual_chart(), out, ExportOptions(engine="pinned"))
    source = out.read_text(encoding="utf-8")
    assert source.startswith("// Written by OrgChart Builder. To draw it: neato -n2")
    assert source.count("pos=") == 6 + 3 + 5 + 1  # units, tier cells, connectors, link
    run_dot(source, "-Kneato", "-n2", "-Tsvg")


@needs_graphviz
def test_duties_show_codes_for_the_tier_and_the_unit(tmp_path):
    out = tmp_path / "chart.dot"
    gv.export(bilingual_chart(), out, ExportOptions(engine="dot", duties=True, display="en"))
    data = json.loads(run_dot(out.read_bytes(), "-Tjson"))
    card = next(o for o in data["objects"] if o.get("name") == "u3")  # County 1
    shown = texts(card["_ldraw_"])
    assert shown[:1] == ["County 1"]
    assert "C" in shown and "Implement" in shown  # its own role beats its tier's (R)
    assert "R" not in shown


@pytest.mark.parametrize("bad", [dict(engine="fast"), dict(orientation="bt"), dict(dpi=5),
                                 dict(display="fr"), dict(timeout=0)])
def test_bad_options_are_refused(tmp_path, bad):
    with pytest.raises(ExportError):
        gv.export(bilingual_chart(), tmp_path / "x.png", ExportOptions(**bad))
    assert not list(tmp_path.iterdir())


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(ExportError, match="cannot write .gif"):
        gv.export(bilingual_chart(), tmp_path / "x.gif", ExportOptions())


# --------------------------------------------------------------------------
# Every sample in every format


def check_file(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) > 1000
    if path.suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[-8:-4] == b"IEND"
    elif path.suffix == ".pdf":
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    else:
        root = ElementTree.fromstring(data)
        assert root.tag.endswith("svg")


@needs_graphviz
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_every_sample_exports(tmp_path, sample, suffix):
    out = tmp_path / f"chart{suffix}"
    said = gv.export(fileformat.load(sample), out, ExportOptions(duties=True))
    check_file(out)
    assert not [w for w in said if w.startswith("Graphviz")], said
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


@needs_graphviz
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("orientation", ["tb", "lr"])
def test_every_sample_exports_pinned(tmp_path, sample, orientation):
    out = tmp_path / "chart.png"
    said = gv.export(fileformat.load(sample), out,
                     ExportOptions(engine="pinned", orientation=orientation, display="both"))
    check_file(out)
    assert not said


@needs_graphviz
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_chinese_pdf_embeds_a_cjk_font(tmp_path):
    if fonts.font_covering("中文", fonts.default_families()) is None:
        pytest.skip("no CJK font installed")
    out = tmp_path / "chart.pdf"
    gv.export(fileformat.load(ROOT / "samples" / "poverty-alleviation.orgchart"), out,
              ExportOptions(display="both", duties=True))
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    cjk = [line for line in listing if "CJK" in line or "Han" in line or "Hei" in line]
    assert cjk, listing
    assert all(line.split()[-5] == "yes" for line in listing)  # "emb" for every font


@needs_graphviz
def test_png_resolution_follows_dpi(tmp_path):
    sizes = []
    for dpi in (72, 144):
        out = tmp_path / f"chart{dpi}.png"
        gv.export(bilingual_chart(), out, ExportOptions(dpi=dpi))
        data = out.read_bytes()
        sizes.append(int.from_bytes(data[16:20], "big"))
    assert abs(sizes[1] - 2 * sizes[0]) <= 2


# --------------------------------------------------------------------------
# Fonts


@needs_graphviz
def test_warns_when_no_font_has_the_characters(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "font_covering", lambda text, families: None)
    monkeypatch.setattr(fonts, "missing_characters", lambda text, families=None: "中文")
    said = gv.export(bilingual_chart(), tmp_path / "chart.png", ExportOptions())
    assert any("empty boxes" in w and "fonts-noto-cjk" in w for w in said), said


@needs_graphviz
@pytest.mark.skipif(not fonts.can_check(), reason="fontconfig is not here to ask")
def test_warns_about_characters_no_installed_font_has(tmp_path):
    chart = bilingual_chart()
    chart.units[0].name = Text({"en": "Private \U000f0000 use"})
    said = gv.export(chart, tmp_path / "chart.pdf", ExportOptions(display="en"))
    assert any("\U000f0000" in w and "empty boxes" in w for w in said), said


@needs_graphviz
def test_warns_when_the_chosen_font_is_missing(tmp_path):
    if fonts.font_covering("中文", fonts.default_families()) is None:
        pytest.skip("no CJK font installed")
    said = gv.export(bilingual_chart(), tmp_path / "chart.png",
                     ExportOptions(font="No Such Font Family"))
    assert any("'No Such Font Family' is not installed" in w for w in said), said


# --------------------------------------------------------------------------
# Missing, failing and slow Graphviz; nothing half written


@pytest.fixture
def no_graphviz(tmp_path, monkeypatch):
    """PATH without Graphviz, and an empty programs folder."""
    empty = tmp_path / "programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    return str(empty)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_missing_graphviz_says_how_to_install_it(tmp_path, no_graphviz, suffix):
    out = tmp_path / f"chart{suffix}"
    with pytest.raises(gv.GraphvizMissing) as caught:
        gv.export(bilingual_chart(), out, ExportOptions(programs=no_graphviz))
    assert "graphviz.org" in str(caught.value) or "brew" in str(caught.value)
    if sys.platform.startswith("linux"):
        assert "sudo apt-get install graphviz" in str(caught.value)
    assert ".dot works without it" in str(caught.value)
    assert not out.exists()


def test_missing_graphviz_still_exports_dot(tmp_path, no_graphviz):
    out = tmp_path / "chart.dot"
    said = gv.export(bilingual_chart(), out, ExportOptions(programs=no_graphviz))
    assert said == []
    source = out.read_text(encoding="utf-8")
    assert "digraph chart {" in source and 'rank="same"' in source
    said = gv.export(bilingual_chart(), out, ExportOptions(engine="pinned",
                                                           programs=no_graphviz))
    assert any("wrote a graph for dot instead" in w for w in said)


def test_install_hints_per_platform():
    assert "brew install graphviz" in gv.install_hint("darwin")
    assert "graphviz.org/download" in gv.install_hint("win32")
    assert "sudo apt-get install graphviz" in gv.install_hint("linux")


def fake_dot(folder: Path, script: str) -> str:
    program = folder / "dot"
    program.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return str(folder)


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for dot")
def test_failing_graphviz_gives_its_message_and_keeps_the_old_file(tmp_path):
    programs = fake_dot(tmp_path, 'cat >/dev/null; echo "Error: syntax error in line 3" >&2; '
                                  "exit 1\n")
    out = tmp_path / "out" / "chart.png"
    out.parent.mkdir()
    out.write_bytes(b"old picture")
    with pytest.raises(ExportError, match="syntax error in line 3"):
        gv.export(bilingual_chart(), out, ExportOptions(programs=programs))
    assert out.read_bytes() == b"old picture"
    assert [p.name for p in out.parent.iterdir()] == ["chart.png"]


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for dot")
def test_slow_graphviz_is_stopped(tmp_path):
    programs = fake_dot(tmp_path, "exec sleep 30\n")
    out = tmp_path / "out" / "chart.svg"
    out.parent.mkdir()
    with pytest.raises(ExportError, match="longer than 0.5 seconds"):
        gv.export(bilingual_chart(), out, ExportOptions(programs=programs, timeout=0.5))
    assert not list(out.parent.iterdir())


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for dot")
def test_graphviz_gets_a_fixed_command_and_the_graph_on_its_input(tmp_path):
    """No path or user text on the command line; SERVER_NAME set, so that
    Graphviz refuses to read files a graph names."""
    log = tmp_path / "log"
    sizes = "; ".join(f'echo "node {node} 0 0 1 1 x"'
                      for node in ("u0", "u1", "u2", "u3", "u4", "u5", "t0", "t1", "t2", "title"))
    programs = fake_dot(tmp_path, f'echo "$@ $SERVER_NAME" >> "{log}"; cat >/dev/null; '
                                  f"{sizes}\n")
    out = tmp_path / "out" / "chart.svg"
    out.parent.mkdir()
    gv.export(bilingual_chart(), out, ExportOptions(programs=programs, engine="pinned"))
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls == ["-Kneato -n2 -Tplain orgchart-builder",
                     "-Kneato -n2 -Tsvg orgchart-builder"]


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for dot")
def test_graphviz_that_measures_nothing_is_an_error(tmp_path):
    programs = fake_dot(tmp_path, 'cat >/dev/null; echo "graph 1 1 1"\n')
    with pytest.raises(ExportError, match="did not measure"):
        gv.export(bilingual_chart(), tmp_path / "chart.png", ExportOptions(programs=programs))


def test_write_failure_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        gv.write_atomically(tmp_path / "missing" / "chart.svg", b"x")


def test_written_file_gets_the_usual_permissions(tmp_path):
    out = tmp_path / "chart.dot"
    old = os.umask(0o022)
    try:
        gv.write_atomically(out, b"digraph {}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


# --------------------------------------------------------------------------
# The command line


def orgchart(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgchart", "export", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)


@needs_graphviz
def test_cli_exports_the_trainers_picture(tmp_path):
    out = tmp_path / "chart.png"
    done = orgchart("samples/poverty-alleviation.orgchart", "-o", str(out), "--lang", "both",
                    "--duties", "--engine", "pinned", "--orientation", "tb", "--dpi", "120")
    assert done.returncode == 0, done.stderr
    check_file(out)


def test_cli_unreadable_input_is_exit_2(tmp_path):
    bad = tmp_path / "bad.orgchart"
    bad.write_text("{not json", encoding="utf-8")
    done = orgchart(str(bad), "-o", str(tmp_path / "x.dot"))
    assert done.returncode == 2
    assert "bad.orgchart" in done.stderr


def test_cli_without_graphviz_is_exit_1_with_how_to_install(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}
    done = orgchart("samples/company.orgchart", "-o", str(tmp_path / "x.png"), env=env)
    assert done.returncode == 1
    assert "Graphviz (the dot program) was not found" in done.stderr
    done = orgchart("samples/company.orgchart", "-o", str(tmp_path / "x.dot"), env=env)
    assert done.returncode == 0, done.stderr
