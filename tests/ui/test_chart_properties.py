"""The chart-properties dialog: the title in each language and the chart's
languages (add, remove, reorder; primary first). OK pushes a change of
languages and a change of title as one undo step each; Cancel changes
nothing."""

import copy

import pytest
from PySide6.QtWidgets import QDialog

from orgchart.text import Text
from ui.chart_properties import ChartPropertiesDialog


@pytest.fixture
def dialog(document, qtbot):
    dialog = ChartPropertiesDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog):
    items = (dialog.language_list.item(r) for r in range(dialog.language_list.count()))
    return [item.text() for item in items]


def test_shows_the_title_and_languages_primary_first(dialog):
    assert dialog.title_fields.editor("zh-Hant").text() == "示例"
    assert dialog.title_fields.editor("en").text() == "Example"
    assert dialog.languages() == ["zh-Hant", "en"]
    assert "primary" in rows(dialog)[0] and "primary" not in rows(dialog)[1]


def test_adding_a_language_is_one_undo_step(dialog, document):
    dialog.new_language.setCurrentText("zh-Hans")
    dialog.add_button.click()
    assert dialog.languages() == ["zh-Hant", "en", "zh-Hans"]
    assert "zh-Hans" in dialog.title_fields.editors  # a title field for it
    assert document.chart.languages == ["zh-Hant", "en"]  # nothing until OK
    depth = document.undo_stack.count()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert document.chart.languages == ["zh-Hant", "en", "zh-Hans"]
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert document.chart.languages == ["zh-Hant", "en"]


def test_reordering_makes_another_language_primary(dialog, document):
    dialog.language_list.setCurrentRow(1)
    dialog.up_button.click()
    assert dialog.languages() == ["en", "zh-Hant"]
    assert "English" in rows(dialog)[0] and "primary" in rows(dialog)[0]
    assert not dialog.up_button.isEnabled()
    dialog.accept()
    assert document.chart.languages == ["en", "zh-Hant"]
    assert document.label(document.chart.title) == "Example\n示例"


def test_removing_a_language_keeps_its_texts(dialog, document):
    dialog.language_list.setCurrentRow(1)
    dialog.remove_button.click()
    assert dialog.languages() == ["zh-Hant"]
    assert not dialog.remove_button.isEnabled()  # a chart keeps one language
    dialog.accept()
    assert document.chart.languages == ["zh-Hant"]
    assert document.chart.title == Text({"zh-Hant": "示例", "en": "Example"})
    assert document.chart.find_unit("p1").name.get("en") == "Province A"


def test_bad_or_repeated_tags_are_explained(dialog):
    assert not dialog.add_language("english!")
    assert "not a language tag" in dialog.message.text()
    assert not dialog.add_language("en")
    assert "already has" in dialog.message.text()
    assert dialog.add_language("fr")
    assert not dialog.message.text() and dialog.languages()[-1] == "fr"


def test_title_and_languages_are_one_undo_step_each(dialog, document, qtbot):
    before = copy.deepcopy(document.chart)
    field = dialog.title_fields.editor("en")
    field.selectAll()
    qtbot.keyClicks(field, "Sample chart")
    dialog.add_language("zh-Hans")
    depth = document.undo_stack.count()
    dialog.accept()
    assert document.chart.title == Text({"zh-Hant": "示例", "en": "Sample chart"})
    assert document.undo_stack.count() == depth + 2
    document.undo_stack.undo()
    assert document.chart.title.get("en") == "Example"
    assert document.chart.languages == ["zh-Hant", "en", "zh-Hans"]
    document.undo_stack.undo()
    assert document.chart == before


def test_cancel_changes_nothing(dialog, document, qtbot):
    before = copy.deepcopy(document.chart)
    qtbot.keyClicks(dialog.title_fields.editor("en"), "!")
    dialog.add_language("fr")
    dialog.reject()
    assert document.chart == before and document.undo_stack.count() == 0


def test_controls_are_named(dialog):
    assert dialog.objectName() == "chartPropertiesDialog"
    for widget in (dialog.add_button, dialog.remove_button, dialog.up_button,
                   dialog.down_button, dialog.language_list, dialog.new_language,
                   *dialog.title_fields.editors.values()):
        assert widget.accessibleName() and widget.toolTip()
