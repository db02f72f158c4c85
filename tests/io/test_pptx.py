"""The PowerPoint export, read back with python-pptx: one card per visible
unit, connectors glued to the right cards, both languages, East Asian fonts,
the duty slides, the split of a large chart, and (where LibreOffice is
installed) a deck that converts to PDF without errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pptx.oxml.ns import qn

from orgchart.fileformat import dumps, load
from orgchart.formats import ExportError, ExportOptions
from orgchart.formats.pptx import export
from orgchart.formats.pptx_lines import bent_geometry, simplify
from orgchart.formats.pptx_plan import READABLE
from orgchart.model import Chart
from orgchart.text import Text
from tests.bench.charts import company
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "poverty-alleviation.orgchart"


def deck(chart: Chart, tmp_path: Path, **options) -> tuple[Presentation, list[str]]:
    path = tmp_path / "deck.pptx"
    warnings = export(chart, path, ExportOptions(**options))
    return Presentation(str(path)), warnings


def unit_shapes(slide) -> dict[str, object]:  # noqa: ANN001
    return {s.name[len("unit "):]: s for s in slide.shapes if s.name.startswith("unit ")}


def chart_slides(prs) -> list:  # noqa: ANN001
    return [slide for slide in prs.slides if unit_shapes(slide)]


def title_of(slide) -> str:  # noqa: ANN001
    return slide.shapes.title.text_frame.text


@pytest.fixture(scope="module")
def seed_deck(tmp_path_factory):
    chart = load(SEED)
    prs, warnings = deck(chart, tmp_path_factory.mktemp("seed"))
    return chart, prs, warnings


# --------------------------------------------------------------------------
# The seed sample: the "done when" of the issue


def test_seed_chart_is_on_one_slide_with_one_card_per_unit(seed_deck):
    chart, prs, _ = seed_deck
    slides = chart_slides(prs)
    assert len(slides) == 1
    cards = unit_shapes(slides[0])
    assert set(cards) == {u.id for u in chart.units}
    for unit in chart.units:
        text = cards[unit.id].text_frame.text
        assert unit.name.get("zh-Hant") in text and unit.name.get("en") in text


def test_seed_chart_text_is_readable(seed_deck):
    _, prs, _ = seed_deck
    for card in unit_shapes(chart_slides(prs)[0]).values():
        name = card.text_frame.paragraphs[0].runs[0]
        assert name.font.size.pt >= READABLE and name.font.bold


def test_seed_people_left_off_the_dense_slide_go_to_its_notes(seed_deck):
    _, prs, warnings = seed_deck
    slide = chart_slides(prs)[0]
    assert any("notes" in w for w in warnings)
    assert "縣長（第一責任人）" in slide.notes_slide.notes_text_frame.text


def test_connectors_are_glued_to_parent_and_child(seed_deck):
    chart, prs, _ = seed_deck
    slide = chart_slides(prs)[0]
    ids = {card.shape_id: uid for uid, card in unit_shapes(slide).items()}
    glued = {}
    for shape in slide.shapes:
        if shape.name.startswith("reports "):
            cxn = shape._element.nvCxnSpPr.cNvCxnSpPr
            start, end = cxn.find(qn("a:stCxn")), cxn.find(qn("a:endCxn"))
            glued[ids[int(end.get("id"))]] = (ids[int(start.get("id"))], start.get("idx"),
                                              end.get("idx"))
    expected = {u.id: u.parent for u in chart.units if u.parent}
    assert {child: parent for child, (parent, _, _) in glued.items()} == expected
    # from the parent's bottom to the child's top, or its side in a stack
    assert all(begin == "2" and end in ("0", "1", "3") for _, begin, end in glued.values())


def test_connectors_lie_under_the_cards(seed_deck):
    _, prs, _ = seed_deck
    names = [s.name for s in chart_slides(prs)[0].shapes]
    first_card = min(i for i, n in enumerate(names) if n.startswith("unit "))
    assert all(i < first_card for i, n in enumerate(names) if n.startswith("reports "))


def test_tier_names_at_the_side(seed_deck):
    chart, prs, _ = seed_deck
    slide = chart_slides(prs)[0]
    labels = {s.name[len("tier "):]: s for s in slide.shapes
              if s.name.startswith("tier ") and s.has_text_frame and s.text_frame.text}
    assert set(labels) == {t.id for t in chart.tiers}
    card_left = min(c.left for c in unit_shapes(slide).values())
    for tier in chart.tiers:
        assert tier.name.get("zh-Hant") in labels[tier.id].text_frame.text
        assert labels[tier.id].left + labels[tier.id].width <= card_left


def test_a_duty_slide_for_each_tier(seed_deck):
    chart, prs, _ = seed_deck
    slides = list(prs.slides)
    for tier in chart.tiers:
        duty_slides = [s for s in slides if title_of(s).startswith(tier.name.get("zh-Hant"))
                       and "職責" in title_of(s)]
        assert duty_slides, tier.id
        cells = [cell.text for s in duty_slides for shape in s.shapes if shape.has_table
                 for row in shape.table.rows for cell in row.cells]
        for duty in chart.duties:
            if tier.id in duty.assign:
                assert any(duty.text.get("zh-Hant") in c and duty.text.get("en") in c
                           for c in cells), duty.id


def test_title_and_legend_slides(seed_deck):
    chart, prs, _ = seed_deck
    slides = list(prs.slides)
    assert chart.title.get("zh-Hant") in title_of(slides[0])
    assert chart.title.get("en") in title_of(slides[0])
    legend = slides[-1]
    assert "圖例" in title_of(legend) and "Legend" in title_of(legend)
    text = " ".join(cell.text for shape in legend.shapes if shape.has_table
                    for row in shape.table.rows for cell in row.cells)
    for role in chart.roles:
        assert role.name.get("zh-Hant") in text and role.name.get("en") in text


def test_chinese_runs_have_an_east_asian_font(seed_deck):
    _, prs, _ = seed_deck
    runs = [run for slide in prs.slides for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs for run in p.runs
            if any("\u4e00" <= ch <= "\u9fff" for ch in run.text)]
    assert runs
    for run in runs:
        rPr = run._r.find(qn("a:rPr"))
        assert rPr.find(qn("a:ea")).get("typeface") == "Microsoft JhengHei"
        assert rPr.get("lang") == "zh-TW"


def test_the_deck_is_16_by_9(seed_deck):
    _, prs, _ = seed_deck
    assert prs.slide_width * 9 == prs.slide_height * 16


# --------------------------------------------------------------------------
# Other charts and options


def test_one_language(tmp_path):
    chart = load(SEED)
    prs, _ = deck(chart, tmp_path, display="en")
    text = "\n".join(c.text_frame.text for s in chart_slides(prs)
                     for c in unit_shapes(s).values())
    assert "Guizhou Province" in text and "貴州省" not in text


def test_simplified_chinese_gets_a_simplified_face(tmp_path):
    chart = bilingual_chart()
    chart.languages = ["zh-Hans", "en"]
    for unit in chart.units:
        unit.name = unit.name.with_value("zh-Hans", unit.name.get("zh-Hant")) \
            .with_value("zh-Hant", "")
    prs, _ = deck(chart, tmp_path)
    run = unit_shapes(chart_slides(prs)[0])["top"].text_frame.paragraphs[0].runs[0]
    assert run._r.find(qn("a:rPr")).find(qn("a:ea")).get("typeface") == "Microsoft YaHei"


def test_links_are_dashed_connectors_glued_to_their_units(tmp_path):
    prs, _ = deck(bilingual_chart(), tmp_path)
    slide = chart_slides(prs)[0]
    ids = {card.shape_id: uid for uid, card in unit_shapes(slide).items()}
    link = next(s for s in slide.shapes if s.name == "link k1")
    cxn = link._element.nvCxnSpPr.cNvCxnSpPr
    assert ids[int(cxn.find(qn("a:stCxn")).get("id"))] == "p2"
    assert ids[int(cxn.find(qn("a:endCxn")).get("id"))] == "c1"
    assert link.line._ln.find(qn("a:prstDash")).get("val") == "dash"


def test_people_on_cards_when_there_is_room(tmp_path):
    prs, _ = deck(bilingual_chart(), tmp_path)
    assert "Secretary 王" in unit_shapes(chart_slides(prs)[0])["p1"].text_frame.text


def test_collapsed_branches_are_not_drawn(tmp_path):
    chart = bilingual_chart()
    chart.find_unit("p1").collapsed = True
    prs, _ = deck(chart, tmp_path)
    assert set(unit_shapes(chart_slides(prs)[0])) == {"top", "p1", "p2", "c3"}


def test_left_to_right(tmp_path):
    prs, _ = deck(bilingual_chart(), tmp_path, orientation="lr")
    cards = unit_shapes(chart_slides(prs)[0])
    assert cards["top"].left < cards["p1"].left < cards["c1"].left


def test_duty_slides_can_be_left_out(tmp_path):
    prs, _ = deck(load(SEED), tmp_path, duty_slides=False)
    assert not any("職責" in title_of(s) for s in prs.slides)


def test_an_empty_chart_still_makes_a_deck(tmp_path):
    prs, warnings = deck(Chart.new("Empty"), tmp_path)
    assert len(prs.slides) == 2 and warnings


def test_a_large_chart_splits_into_readable_slides(tmp_path):
    chart = company(600)
    prs, warnings = deck(chart, tmp_path)
    slides = chart_slides(prs)
    assert len(slides) > 5 and not warnings
    drawn = set().union(*(unit_shapes(s) for s in slides))
    assert drawn == {u.id for u in chart.units}
    for slide in slides:
        for card in unit_shapes(slide).values():
            assert card.text_frame.paragraphs[0].runs[0].font.size.pt >= READABLE
    # the subtree slides say where they are
    assert any("›" in title_of(s) for s in slides[1:])


def test_overview_cards_jump_to_the_slides_of_their_children(tmp_path):
    chart = company(600)
    prs, _ = deck(chart, tmp_path)
    overview = chart_slides(prs)[0]
    badges = [s for s in overview.shapes if s.name.startswith("continued ")]
    assert badges
    for badge in badges:
        target = badge.click_action.target_slide
        uid = badge.name[len("continued "):]
        shown = set(unit_shapes(target))
        assert {c.id for c in chart.children(uid)} & shown
        assert unit_shapes(overview)[uid].click_action.target_slide == target


def test_text_that_xml_cannot_carry_is_left_out(tmp_path):
    chart = bilingual_chart()
    chart.find_unit("p1").name = Text({"zh-Hant": "甲\x00省", "en": "Prov\ud800ince <&>"})
    prs, _ = deck(chart, tmp_path)
    text = unit_shapes(chart_slides(prs)[0])["p1"].text_frame.text
    assert "甲省" in text and "ince <&>" in text


def test_unknown_display_language_is_refused(tmp_path):
    with pytest.raises(ExportError):
        export(bilingual_chart(), tmp_path / "x.pptx", ExportOptions(display="fr"))
    assert not (tmp_path / "x.pptx").exists()


def test_an_unwritable_folder_is_an_export_error(tmp_path):
    with pytest.raises(ExportError):
        export(bilingual_chart(), tmp_path / "missing" / "x.pptx", ExportOptions())


def test_cli_exports_slides(tmp_path):
    source = tmp_path / "chart.orgchart"
    source.write_text(dumps(bilingual_chart()), "utf-8")
    out = tmp_path / "chart.pptx"
    done = subprocess.run([sys.executable, "-m", "orgchart", "export", str(source), "-o",
                           str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert chart_slides(Presentation(str(out)))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_deck_to_pdf(seed_deck, tmp_path):
    path = tmp_path / "seed.pptx"
    export(load(SEED), path, ExportOptions())
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "seed.pdf"
    assert done.returncode == 0 and pdf.is_file(), done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


# --------------------------------------------------------------------------
# Connector geometry: a bent connector draws the layout's polyline exactly


def _local_path(preset: str, w: float, h: float, adjust: tuple[float, ...]) -> list:
    """The path of a connector preset in its own box (as presetShapeDefinitions say)."""
    a = [v for v in adjust]
    if preset == "straightConnector1":
        return [(0, 0), (w, h)]
    if preset == "bentConnector2":
        return [(0, 0), (w, 0), (w, h)]
    if preset == "bentConnector3":
        return [(0, 0), (a[0] * w, 0), (a[0] * w, h), (w, h)]
    if preset == "bentConnector4":
        return [(0, 0), (a[0] * w, 0), (a[0] * w, a[1] * h), (w, a[1] * h), (w, h)]
    x1, y2, x3 = a[0] * w, a[1] * h, a[2] * w
    return [(0, 0), (x1, 0), (x1, y2), (x3, y2), (x3, h), (w, h)]


def drawn(bent) -> list:  # noqa: ANN001 - a Bent
    """Where the connector's path lands on the slide: flipped, then turned."""
    cx, cy = bent.x + bent.w / 2, bent.y + bent.h / 2
    out = []
    for x, y in _local_path(bent.preset, bent.w, bent.h, bent.adjust):
        x, y = x - bent.w / 2, y - bent.h / 2
        x, y = (-x if bent.flip_h else x), (-y if bent.flip_v else y)
        if bent.rot == 5400000:
            x, y = -y, x
        out.append((cx + x, cy + y))
    return out


def orthogonal_polylines():
    lengths = st.integers(min_value=2, max_value=60).flatmap(
        lambda n: st.sampled_from([n, -n]))
    return st.tuples(st.booleans(), st.lists(lengths, min_size=1, max_size=5))


@given(orthogonal_polylines())
@settings(max_examples=300, deadline=None)
def test_bent_geometry_reproduces_the_polyline(case):
    vertical, steps = case
    points, x, y = [(100.0, 100.0)], 100.0, 100.0
    for i, step in enumerate(steps):
        if (i % 2 == 0) == vertical:
            y += step
        else:
            x += step
        points.append((x, y))
    (x0, y0), (x1, y1) = points[0], points[-1]
    if len(steps) > 1 and (abs(x1 - x0) < 1 or abs(y1 - y0) < 1):
        return  # both ends level: drawn with a box at least a point deep
    got = drawn(bent_geometry(points))
    want = simplify(points)
    assert len(got) == len(want)
    for (gx, gy), (wx, wy) in zip(got, want, strict=True):
        assert abs(gx - wx) < 1e-6 and abs(gy - wy) < 1e-6


def test_a_link_between_level_cards_goes_over_them():
    # up, across, down: both ends at the same height
    bent = bent_geometry([(10, 50), (10, 30), (90, 30), (90, 50)])
    got = drawn(bent)
    assert got[0] == pytest.approx((10, 50)) and got[1][1] == pytest.approx(30)
    assert got[-1][0] == pytest.approx(90) and abs(got[-1][1] - 50) <= 1.0
