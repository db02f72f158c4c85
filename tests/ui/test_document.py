"""The document: one door for edits, undo/redo through the core's inverses,
merged keystrokes, the modified flag."""

import copy

from orgchart import edits
from orgchart.text import Text
from tests.charts import bilingual_chart


def test_push_applies_and_undo_redo_are_exact(document, qtbot):
    before = copy.deepcopy(document.chart)
    with qtbot.waitSignal(document.chartChanged):
        assert document.push(edits.RemoveUnit("p1"))
    after = copy.deepcopy(document.chart)
    assert document.chart.find_unit("p1") is None and document.modified
    document.undo_stack.undo()
    assert document.chart == before and not document.modified
    document.undo_stack.redo()
    assert document.chart == after


def test_a_refused_edit_is_reported_and_not_on_the_stack(document, qtbot):
    with qtbot.waitSignal(document.editRefused) as refused:
        assert not document.push(edits.Reparent("p1", "c1"))
    assert "circle" in refused.args[0]
    assert document.undo_stack.count() == 0 and document.chart == bilingual_chart()


def test_typing_in_a_field_is_one_undo_step(document):
    name = document.chart.find_unit("p1").name
    for typed in ("P", "Pr", "Pro"):
        document.push(edits.SetUnitField("p1", "name", name.with_value("en", typed)),
                      typing=True)
    assert document.undo_stack.count() == 1
    assert document.chart.find_unit("p1").name.get("en") == "Pro"
    document.undo_stack.undo()
    assert document.chart.find_unit("p1").name == name


def test_typing_back_to_the_start_leaves_no_step(document):
    name = document.chart.find_unit("p1").name
    document.push(edits.SetUnitField("p1", "name", name.with_value("en", "X")), typing=True)
    document.push(edits.SetUnitField("p1", "name", name), typing=True)
    assert document.undo_stack.count() == 0 and not document.modified


def test_different_fields_and_separate_renames_do_not_merge(document):
    document.push(edits.SetUnitField("p1", "name", Text("a")), typing=True)
    document.push(edits.SetUnitField("p2", "name", Text("b")), typing=True)
    document.push(edits.SetUnitField("p2", "notes", Text("c")), typing=True)
    document.push(edits.SetUnitField("p2", "notes", Text("d")))
    document.push(edits.SetUnitField("p2", "notes", Text("e")))
    assert document.undo_stack.count() == 5


def test_naming_a_unit_just_added_is_part_of_adding_it(document):
    before = copy.deepcopy(document.chart)
    add = edits.add_child(document.chart, "p2", "New unit")
    document.push(add)
    document.push(edits.rename("unit", document.chart, add.item.id, "en", "County 4"))
    assert document.undo_stack.count() == 1
    assert document.chart.find_unit(add.item.id).name.get("en") == "County 4"
    document.undo_stack.undo()
    assert document.chart == before
    document.undo_stack.redo()
    assert document.chart.find_unit(add.item.id).name.get("en") == "County 4"
    document.push(edits.rename("unit", document.chart, "p2", "en", "Other"))
    assert document.undo_stack.count() == 2


def test_save_marks_clean_and_replace_starts_a_new_history(document, tmp_path, qtbot):
    document.push(edits.SetTitle(Text("x")))
    path = tmp_path / "a.orgchart"
    with qtbot.waitSignal(document.modifiedChanged):
        document.save(path)
    assert not document.modified and document.path == path
    with qtbot.waitSignal(document.chartReplaced):
        document.replace_chart(bilingual_chart(), None)
    assert document.undo_stack.count() == 0 and document.path is None
