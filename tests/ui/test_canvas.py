"""The chart canvas: what the scene draws, how it follows edits, and the
selection kept in step both ways."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from orgchart import edits
from orgchart.layout import LayoutOptions, layout_chart
from orgchart.model import Chart, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart
from tests.ui.views import shown_view
from ui.canvas import ChartView
from ui.canvas.items import TierLabelItem
from ui.canvas.style import LOD_NAME, LOD_TEXT, contrast, text_color_for


@pytest.fixture
def view(qtbot, document, selection):
    return shown_view(qtbot, document, selection, (1000, 700), zoom=1.0)


def center_of(view: ChartView, uid: str) -> QPoint:
    return view.mapFromScene(view.chart_scene.card(uid).sceneBoundingRect().center())


def click(view: ChartView, uid: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, center_of(view, uid))


# -- drawing -------------------------------------------------------------------------


def test_one_card_per_visible_unit_at_the_layouts_boxes(view, document):
    chart, display = document.chart, document.display
    measurer = view.chart_scene.measurer
    expected = layout_chart(chart, lambda u: measurer.content(u, display, chart.languages).size,
                            LayoutOptions(display=display))
    cards = view.chart_scene.cards
    assert set(cards) == set(expected.boxes) == {u.id for u in chart.units}
    for uid, box in expected.boxes.items():
        card = cards[uid]
        assert (card.x(), card.y()) == (box.x, box.y)
        assert (card.rect().width(), card.rect().height()) == (box.w, box.h)


def test_cards_show_the_name_in_both_languages_and_people(view):
    text = view.chart_scene.card("p1").text()
    assert text.splitlines()[:2] == ["甲省", "Province A"]
    assert "王" in text and "Secretary" in text


def test_tier_labels_show_name_and_motto(view):
    label = view.chart_scene.tier_label("t1")
    assert isinstance(label, TierLabelItem)
    assert label.text().splitlines() == ["中央", "Centre", "統籌"]


def test_a_collapsed_unit_hides_its_subtree_and_counts_it(view, document):
    document.push(edits.SetUnitField("p1", "collapsed", True))
    cards = view.chart_scene.cards
    assert "c1" not in cards and "c2" not in cards and "c3" in cards
    assert cards["p1"].hidden_count == 2 and not cards["p1"].badge_rect().isEmpty()
    assert cards["p2"].hidden_count == 0
    document.push(edits.SetUnitField("top", "collapsed", True))
    assert set(cards) == {"top"} and cards["top"].hidden_count == 5
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(cards) == 6 and cards["p1"].hidden_count == 0


def test_a_click_on_the_badge_expands(view, document):
    document.push(edits.SetUnitField("p1", "collapsed", True))
    card = view.chart_scene.card("p1")
    badge = view.mapFromScene(card.mapToScene(card.badge_rect().center()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     badge)
    assert not document.chart.find_unit("p1").collapsed and "c1" in view.chart_scene.cards


def test_links_are_drawn_with_their_label(view):
    labels = view.chart_scene.link_labels
    assert [label.text() for label in labels] == ["help"]


def test_card_text_colour_reads_on_its_fill():
    for fill in ("#1f5f99", "#a15c00", "#f39c12", "#ffeb3b", "#7f8c8d", "#2c3e50"):
        color = QColor(fill)
        assert contrast(color, text_color_for(color)) >= 3.0
    assert text_color_for(QColor("#1f5f99")) == QColor("#ffffff")
    assert text_color_for(QColor("#ffeb3b")) != QColor("#ffffff")


# -- following edits ---------------------------------------------------------------------


def test_a_rename_restyles_one_card_and_keeps_the_others(view, document):
    before = dict(view.chart_scene.cards)
    document.push(edits.rename("unit", document.chart, "p2", "en", "Province Bee"))
    scene = view.chart_scene
    assert dict(scene.cards) == before  # the very same items
    assert all(scene.cards[uid] is card for uid, card in before.items())
    assert scene.last_sync.measured == 1 and scene.last_sync.restyled == 1
    assert scene.last_sync.added == scene.last_sync.removed == 0
    assert "Province Bee" in scene.card("p2").text()
    document.undo_stack.undo()
    assert "Province B" in scene.card("p2").text() and "Bee" not in scene.card("p2").text()
    assert scene.card("p2") is before["p2"]


def test_adding_and_removing_units_make_and_drop_only_their_items(view, document):
    before = dict(view.chart_scene.cards)
    document.push(edits.add_child(document.chart, "p2", "新縣"))
    scene = view.chart_scene
    new = next(uid for uid in scene.cards if uid not in before)
    assert scene.last_sync.added == 1 and scene.last_sync.removed == 0
    assert all(scene.cards[uid] is card for uid, card in before.items())
    assert "新縣" in scene.card(new).text()
    document.undo_stack.undo()
    assert scene.last_sync.removed == 1 and dict(scene.cards) == before


def test_undo_puts_cards_back_where_they_were(view, document):
    where = {uid: card.pos() for uid, card in view.chart_scene.cards.items()}
    document.push(edits.RemoveUnit("p1"))
    assert set(view.chart_scene.cards) == {"top", "p2", "c3"}
    document.undo_stack.undo()
    assert {uid: card.pos() for uid, card in view.chart_scene.cards.items()} == where


def test_another_chart_rebuilds_everything(view, document):
    old = dict(view.chart_scene.cards)
    chart = Chart.new("Other", ["en"])
    chart.tiers = [Tier("a", Text("A"))]
    chart.units = [Unit("top", Text("Alone"), "a")]
    document.replace_chart(chart, None)
    assert set(view.chart_scene.cards) == {"top"}
    assert view.chart_scene.card("top") is not old["top"]
    assert view.chart_scene.card("top").text() == "Alone"


def test_changing_the_display_language_remeasures_every_card(view, document):
    document.set_display("en")
    scene = view.chart_scene
    assert scene.last_sync.measured == 6
    assert scene.card("p1").text().splitlines()[0] == "Province A"
    assert "甲省" not in scene.card("p1").text()
    document.set_display("zh-Hant")
    assert scene.card("p1").text().splitlines()[0] == "甲省"


# -- selection -------------------------------------------------------------------------


def test_the_selection_from_elsewhere_highlights_cards(view, selection):
    selection.set(["p1", "c2", "d1"], initiator="outline")
    selected = {uid for uid, card in view.chart_scene.cards.items() if card.isSelected()}
    assert selected == {"p1", "c2"}
    selection.set(["c3"], initiator="outline")
    selected = {uid for uid, card in view.chart_scene.cards.items() if card.isSelected()}
    assert selected == {"c3"}


def test_click_and_ctrl_click_set_the_selection(view, selection, qtbot):
    with qtbot.waitSignal(selection.changed) as changed:
        click(view, "p1")
    assert selection.ids == ("p1",) and changed.args == [view]
    click(view, "c1", Qt.KeyboardModifier.ControlModifier)
    assert selection.ids == ("p1", "c1") and selection.current == "c1"
    click(view, "p1", Qt.KeyboardModifier.ControlModifier)
    assert selection.ids == ("c1",)
    click(view, "c3")
    assert selection.ids == ("c3",)


def test_a_click_on_empty_paper_clears_the_selection(view, selection):
    selection.set(["p1"])
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(3, 3))
    assert selection.ids == ()


def test_shift_drag_on_empty_paper_selects_with_a_rubber_band(view, selection):
    scene = view.chart_scene
    counties = QRectF(scene.card("c1").sceneBoundingRect()).united(
        scene.card("c3").sceneBoundingRect()).adjusted(-8, -8, 8, 8)
    start, end = view.mapFromScene(counties.topLeft()), view.mapFromScene(counties.bottomRight())
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * (i / 5))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, end)
    assert set(selection.ids) == {"c1", "c2", "c3"}


def test_dragging_empty_paper_pans(view):
    view.set_zoom(3.0)
    bar = view.horizontalScrollBar()
    before = bar.value()
    start = QPoint(5, 5)  # the label column's top-left: no card there
    view.chart_scene.pin_labels(-1e9)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(40 * i, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, start + QPoint(200, 0))
    assert bar.value() < before


def test_arrow_keys_walk_the_hierarchy(view, selection):
    selection.set(["c1"])
    steps = [(Qt.Key.Key_Up, "p1"), (Qt.Key.Key_Up, "top"), (Qt.Key.Key_Up, "top"),
             (Qt.Key.Key_Down, "p1"), (Qt.Key.Key_Right, "p2"), (Qt.Key.Key_Right, "p2"),
             (Qt.Key.Key_Left, "p1"), (Qt.Key.Key_Down, "c1"), (Qt.Key.Key_Right, "c2"),
             # past the last sibling, on along the tier
             (Qt.Key.Key_Right, "c3"), (Qt.Key.Key_Left, "c2")]
    for key, expected in steps:
        QTest.keyClick(view, key)
        assert selection.current == expected, (key, expected)
        assert view.chart_scene.card(expected).isSelected()


def test_arrow_keys_follow_the_left_to_right_orientation(view, selection):
    view.set_orientation("lr")
    selection.set(["p1"])
    for key, expected in [(Qt.Key.Key_Right, "c1"), (Qt.Key.Key_Left, "p1"),
                          (Qt.Key.Key_Down, "p2"), (Qt.Key.Key_Up, "p1"),
                          (Qt.Key.Key_Left, "top")]:
        QTest.keyClick(view, key)
        assert selection.current == expected, (key, expected)


def test_arrow_keys_do_not_enter_a_collapsed_subtree(view, document, selection):
    document.push(edits.SetUnitField("p1", "collapsed", True))
    selection.set(["p1"])
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert selection.current == "p1"


def test_an_arrow_with_nothing_selected_starts_at_the_top(view, selection):
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert selection.ids == ("top",)


# -- zoom ----------------------------------------------------------------------------------


def test_zoom_steps_and_limits(view, qtbot):
    with qtbot.waitSignal(view.zoomChanged) as changed:
        view.set_zoom(2.0)
    assert changed.args == [2.0] and view.zoom() == 2.0
    view.zoom_in()
    assert view.zoom() == pytest.approx(2.5)
    view.zoom_out()
    assert view.zoom() == pytest.approx(2.0)
    view.set_zoom(1000)
    assert view.zoom() == 4.0
    view.set_zoom(0)
    assert view.zoom() == 0.05
    assert view.transform().m11() == pytest.approx(0.05)


def test_fit_shows_the_whole_chart(view):
    view.set_zoom(4.0)
    view.fit()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(view.chart_scene.sceneRect())
    assert view.zoom() <= 1.0


def test_keys_zoom_and_fit(view):
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)
    view.set_zoom(3)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(
        view.chart_scene.sceneRect())


def test_ctrl_wheel_zooms_around_the_cursor(view, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    view.set_zoom(2.0)
    point = center_of(view, "c1")
    under = view.mapToScene(point)
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(event)
    assert view.zoom() == pytest.approx(2.5)
    after = view.mapToScene(point)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2
    assert view.unit_at(point) == "c1"


def test_center_on_a_unit(view):
    view.set_zoom(4.0)
    for uid in ("p1", "c3"):  # as near the centre as scrolling goes
        assert view.center_on(uid)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.contains(view.chart_scene.card(uid).sceneBoundingRect())
    assert abs(center_of(view, "c3").x() - view.viewport().rect().center().x()) > 100
    view.center_on("p1")
    assert abs(center_of(view, "p1").x() - view.viewport().rect().center().x()) <= 2
    assert not view.center_on("nope")


def _render_card(view: ChartView, uid: str, scale: float) -> tuple[QImage, QRectF]:
    card = view.chart_scene.card(uid)
    source = card.sceneBoundingRect()
    image = QImage(int(source.width() * scale) + 1, int(source.height() * scale) + 1,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    view.chart_scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    inner = card.mapRectToScene(card.rect()).translated(-source.topLeft())
    inner = QRectF(inner.left() * scale, inner.top() * scale,
                   inner.width() * scale, inner.height() * scale).adjusted(3, 3, -3, -3)
    return image, inner


def _colours(image: QImage, rect: QRectF) -> set[int]:
    return {image.pixel(x, y) for x in range(int(rect.left()), int(rect.right()))
            for y in range(int(rect.top()), int(rect.bottom()))}


def _text_rows(image: QImage, rect: QRectF, fill: QColor) -> int:
    """How many pixel rows of the card's inside have something besides the fill."""
    rows = 0
    for y in range(int(rect.top()), int(rect.bottom())):
        if any(image.pixel(x, y) != fill.rgb() for x in range(int(rect.left()), int(rect.right()))):
            rows += 1
    return rows


def test_level_of_detail_follows_the_zoom(view):
    fill = QColor("#2e7d4f")
    near, rect = _render_card(view, "p1", 1.0)
    overview, overview_rect = _render_card(view, "p1", (LOD_NAME + LOD_TEXT) / 2)
    far, far_rect = _render_card(view, "p1", LOD_NAME * 0.8)
    # all the text near; only the (enlarged) name in between; plain far out
    assert _text_rows(near, rect, fill) > 0.4 * rect.height()
    assert _text_rows(overview, overview_rect, fill) > 0
    assert _colours(far, far_rect) == {fill.rgb()}


def test_zoomed_out_a_card_shows_its_name_large(view):
    card = view.chart_scene.card("p1")
    text, scale, _ = card.overview()
    assert text == "甲省" and scale > 1.5


def test_chinese_is_on_the_cards_in_a_cjk_font(view):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    card = view.chart_scene.card("c1")
    assert "一縣" in card.text()
    font = card.content.fonts["name"]
    if any("CJK" in family for family in QFontDatabase.families()):
        families = font.families()
        assert any("CJK" in f for f in families) and QFontInfo(font).family() in families


# -- orientation and compact ------------------------------------------------------------


def test_left_to_right_puts_tiers_in_columns(view, document):
    view.set_orientation("lr")
    scene = view.chart_scene
    assert scene.layout.orientation == "lr"
    assert scene.card("p1").x() > scene.card("top").x()
    assert scene.card("p1").x() == scene.card("p2").x()
    for uid, box in scene.layout.boxes.items():
        assert (scene.card(uid).x(), scene.card(uid).y()) == (box.x, box.y)
    label = scene.tier_label("t2")
    assert label.boundingRect().bottom() <= 0  # a header above the columns


def test_compact_mode_stacks_leaves(view, document):
    view.set_compact("on")
    scene = view.chart_scene
    assert {"c1", "c2"} <= scene.layout.stacked
    assert scene.card("c1").x() == scene.card("c2").x()
    assert scene.card("c1").y() < scene.card("c2").y()


def test_a_stripe_per_tier_covers_its_cards(view):
    scene = view.chart_scene
    rect = scene.sceneRect()
    for uid, card in scene.cards.items():
        assert rect.contains(card.sceneBoundingRect()), uid


def test_every_chart_shows_without_error(qtbot, selection):
    """A chart with no units, one whose unit has an unknown tier, and a unit
    under a parent on the same tier: drawn as the layout says, no exception."""
    from ui.document import ChartDocument

    chart = bilingual_chart()
    chart.units.append(Unit("odd", Text("Odd"), "missing-tier", "top"))
    chart.units.append(Unit("same", Text("Same"), "t2", "p1"))
    for case in (Chart.new(), chart):
        view = ChartView(ChartDocument(copy.deepcopy(case)), selection)
        qtbot.addWidget(view)
        assert "odd" not in view.chart_scene.cards
        assert bool(view.chart_scene.hint) == (not case.units)


def test_cards_can_leave_out_people_for_a_narrower_chart(qtbot, sample_document, selection):
    from ui.canvas import ChartView

    view = ChartView(sample_document, selection)
    qtbot.addWidget(view)
    county = "gz-bijie-hezhang"
    with_people = view.chart_scene.card(county).rect()
    width = view.chart_scene.layout.width
    view.set_show_people(False)
    without = view.chart_scene.card(county).rect()
    assert without.height() < with_people.height()
    assert view.chart_scene.layout.width < width
    view.set_show_people(True)
    assert view.chart_scene.card(county).rect() == with_people
