"""The interface in English, Simplified and Traditional Chinese: the
translation sources are complete, they compile, the language follows the
system locale unless the Preferences say otherwise, and switching it at run
time rebuilds the windows in the new language on the same document."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import orgchart.edits
from orgchart import edits
from orgchart.fileformat import save
from orgchart.filelock import lock_path
from tests.translations import ROOT, SOURCES, compile_translations
from ui import i18n
from ui.application import Application
from ui.commands import EDIT_TITLES
from ui.main_window import MainWindow
from ui.preferences import Preferences, PreferencesDialog

CHINESE = ("zh_CN", "zh_TW")
#: placeholders a translation must keep: {name}, {0}, %1, %n, %s
_PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n|%s")


@pytest.fixture
def interface(qapp):
    """Install an interface language for one test; English again afterwards."""
    yield lambda choice: i18n.install_translator(qapp, choice)
    i18n.install_translator(qapp, "en")


@pytest.fixture
def preferences(qapp):
    return Preferences()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def close(window: MainWindow) -> None:
    window.retire()  # no unsaved-changes prompt in a test


# -- the sources ------------------------------------------------------------------------


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory) -> dict:
    """The messages of ui/ as the code has them now (lupdate into a scratch file)."""
    scratch = tmp_path_factory.mktemp("lupdate") / "now_zh_TW.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-locations", "none", *files, "-ts", str(scratch)],
                   check=True, capture_output=True, timeout=300)
    return messages(scratch)


@pytest.mark.parametrize("language", CHINESE)
def test_every_text_of_the_interface_has_a_finished_translation(current_sources, language):
    committed = messages(SOURCES / f"orgchart_{language}.ts")
    missing = [key[:2] for key in current_sources if key not in committed]
    assert not missing, f"run `make update-translations` and translate: {missing[:10]}"
    for key, message in committed.items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"{translation.get('type')}: {key[:2]}"
        for text in texts(message):
            assert text.strip(), key[:2]
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(key[1])), \
                (key[1], text)
            if re.search(r"&[^&\s]", key[1]):
                assert re.search(r"&[^&\s]", text), f"no shortcut letter: {key[1]} → {text}"


def test_english_gives_every_plural_its_two_forms(current_sources):
    english = messages(SOURCES / "orgchart_en.ts")
    plurals = [key for key, m in current_sources.items() if m.get("numerus") == "yes"]
    assert plurals
    for key in plurals:
        assert key in english, key[:2]
        one, many = texts(english[key])
        assert "%n" in one and "%n" in many and one != many, (one, many)
    for language in CHINESE:  # Chinese has one form
        chinese = messages(SOURCES / f"orgchart_{language}.ts")
        assert all(len(texts(chinese[key])) == 1 for key in plurals)


def test_the_catalogues_compile_and_translate(tmp_path):
    built = compile_translations(SOURCES, tmp_path)
    assert sorted(p.name for p in built) == ["orgchart_en.qm", "orgchart_zh_CN.qm",
                                             "orgchart_zh_TW.qm"]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "orgchart_zh_TW.qm"))
    assert translator.translate("MainWindow", "&File") == "檔案(&F)"
    # (QTranslator gives the form; QCoreApplication.translate puts the number in)
    assert translator.translate("MainWindow", "%n unit(s)", "", 3) == "%n 個單位"
    english = QTranslator()
    assert english.load(str(tmp_path / "orgchart_en.qm"))
    assert english.translate("MainWindow", "%n unit(s)", "", 1) == "%n unit"
    assert english.translate("MainWindow", "%n unit(s)", "", 2) == "%n units"


def test_every_edit_title_of_the_core_is_listed_for_translation():
    kinds = [value for value in vars(orgchart.edits).values()
             if isinstance(value, type) and issubclass(value, edits.Edit)]
    titles = {kind.title for kind in kinds if isinstance(kind.__dict__.get("title"), str)}
    assert titles and titles <= set(EDIT_TITLES)


def test_texts_are_marked_in_ways_lupdate_reads():
    """lupdate files a bare `tr("…")` under no context and ignores helpers such
    as `_tr("…")`; it sees plurals only in `tr(text, comment, n)`, not in
    `QCoreApplication.translate(context, text, comment, n)`."""
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
            bare = isinstance(node.func, ast.Name) and name in ("tr", "_tr", "translate")
            plural = name == "translate" and len(node.args) + len(node.keywords) >= 4
            if bare or plural:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong


# -- choosing the language --------------------------------------------------------------


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_Hans", "zh_CN"), ("zh_Hans_HK", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh_Hant", "zh_TW"),
    ("en_US", "en"), ("de_DE", "en"), ("ja_JP", "en"), ("C", "en"),
])
def test_automatic_follows_the_system_locale(locale, language):
    assert i18n.ui_language("auto", QLocale(locale)) == language


def test_a_chosen_language_wins_over_the_locale():
    assert i18n.ui_language("en", QLocale("zh_TW")) == "en"
    assert i18n.ui_language("zh_TW", QLocale("en_US")) == "zh_TW"
    assert i18n.ui_language("zh_CN", QLocale("zh_TW")) == "zh_CN"


def test_the_preference_is_stored_and_checked(preferences):
    assert preferences.ui_language == "auto"
    preferences.ui_language = "zh_TW"
    assert Preferences().ui_language == "zh_TW"
    preferences.ui_language = "klingon"
    assert preferences.ui_language == "auto"


def test_the_preferences_dialog_offers_the_interface_languages(preferences, qtbot):
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    box = dialog.ui_language_box
    assert [box.itemData(i) for i in range(box.count())] == ["auto", "en", "zh_CN", "zh_TW"]
    assert [box.itemText(i) for i in range(1, box.count())] == ["English", "简体中文", "繁體中文"]
    assert box.currentData() == "auto"
    box.setCurrentIndex(box.findData("zh_CN"))
    dialog.accept()
    assert preferences.ui_language == "zh_CN"


# -- the windows in Chinese -----------------------------------------------------------------


def test_traditional_chinese_menus(interface, sample_document, preferences, qtbot):
    assert interface("zh_TW") == "zh_TW"
    window = MainWindow(sample_document, preferences)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"]
    assert window.units.add_child.text() == "新增下級(&C)"
    assert window.tabs.tabText(1) == "職責矩陣"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # Qt's own
    close(window)


def test_simplified_chinese_menus_and_counts(interface, sample_document, preferences, qtbot):
    interface("zh_CN")
    window = MainWindow(sample_document, preferences)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    units = len(sample_document.chart.units)
    assert window.counts_label.text().startswith(f"{units} 个单位 · ")
    close(window)


def test_english_counts_read_in_the_singular_and_the_plural(document, preferences, qtbot):
    window = MainWindow(document, preferences)
    qtbot.addWidget(window)
    text = window.counts_label.text()
    assert "0 errors" in text and " tiers · " in text and " units · " in text
    assert window.problems.severity_count("error", 1) == "1 error"
    assert window.problems.severity_count("note", 2) == "2 notes"
    close(window)


def test_problem_messages_follow_the_interface_language(interface, document, preferences,
                                                        qtbot):
    document.push(edits.Assign(document.chart.duties[0].id, document.chart.tiers[0].id, None))
    interface("zh_CN")
    window = MainWindow(document, preferences)
    qtbot.addWidget(window)
    window.validator.validate_now()
    dock = window.problems
    assert dock.language == "zh-Hans"
    found = dock.model.problem(dock.model.index(0))
    shown = dock.model.data(dock.model.index(0))
    assert shown == found.message("zh-Hans") and shown != found.message("en")
    assert re.search("[\u4e00-\u9fff]", shown)
    close(window)


def test_the_undo_history_names_edits_in_the_interface_language(interface, document,
                                                                preferences, qtbot):
    interface("zh_TW")
    window = MainWindow(document, preferences)
    qtbot.addWidget(window)
    window.selection.set([document.chart.units[0].id])
    window.units.on_add_child()
    assert document.undo_stack.undoText() == "新增單位"
    assert window.undo_action.text().startswith("撤銷(&U)")
    close(window)


# -- switching at run time ----------------------------------------------------------------


@pytest.fixture
def application(qapp, monkeypatch):
    app = Application(qapp)
    # a prompt would hang the test: switching must never ask
    monkeypatch.setattr("ui.files.FileController.ask_unsaved", lambda self: pytest.fail("asked"))
    yield app
    for window in list(app.windows):
        close(window)
    i18n.install_translator(qapp, "en")


def test_switching_the_language_keeps_the_document_and_rebuilds_the_windows(
        application, sample_document, qtbot):
    old = application.new_window(sample_document)
    first = sample_document.chart.units[0].id
    old.selection.set([first])
    old.units.on_add_child()
    old.view.set_orientation("lr")
    old.tabs.setCurrentIndex(1)
    steps = sample_document.undo_stack.count()
    assert steps == 1 and sample_document.modified
    application.preferences.ui_language = "zh_TW"
    [window] = application.windows
    assert window is not old and not old.isVisible()
    assert window.document is sample_document and sample_document.undo_stack.count() == steps
    assert sample_document.modified and window.isWindowModified()
    assert menu_titles(window) == ["檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"]
    assert window.problems.language == "zh-Hant"
    assert window.view.orientation == "lr" and window.tabs.currentIndex() == 1
    assert window.selection.ids == old.selection.ids
    # the unsaved changes keep a recovery copy: the new window's, not the old one's
    assert window.autosaver.chart_path.exists() and not old.autosaver.chart_path.exists()
    sample_document.undo_stack.undo()  # the history is the same one
    assert sample_document.undo_stack.count() == steps and not sample_document.modified
    application.preferences.ui_language = "zh_CN"
    [again] = application.windows
    assert menu_titles(again) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    application.preferences.ui_language = "en"
    assert menu_titles(application.windows[0]) == ["&File", "&Edit", "&View", "&Help"]


def test_a_switch_keeps_the_hold_on_the_file(application, sample_document, tmp_path, qtbot):
    path = tmp_path / "plan.orgchart"
    save(sample_document.chart, path)
    old = application.new_window()
    assert old.files.open_path(path)
    assert lock_path(path).exists()
    application.preferences.ui_language = "zh_TW"
    [window] = application.windows
    assert lock_path(path).exists()  # the old window's close left it to the new one
    assert window.document.path == path.absolute()
    close(window)
    assert not lock_path(path).exists()


def test_a_switch_from_the_preferences_dialog(application, sample_document, qtbot):
    """The dialog's OK switches while the dialog still runs its own event loop,
    as a child of the window it replaces: that window goes once it is done."""
    old = application.new_window(sample_document)

    def choose_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.ui_language_box.setCurrentIndex(dialog.ui_language_box.findData("zh_TW"))
        dialog.accept()

    QTimer.singleShot(0, choose_and_accept)
    old.preferences_action.trigger()
    [window] = application.windows
    assert window is not old and menu_titles(window)[0] == "檔案(&F)"
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    assert window.isVisible() and window.document is sample_document
