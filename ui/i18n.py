"""The interface language: which one the user gets, and loading it.

Owns the choices of the Preferences (automatic, English, Simplified or
Traditional Chinese), how "automatic" follows the system locale, the
`QTranslator`s installed on the application (the app's own catalogue from
`resources/translations/orgchart_*.qm` and Qt's `qtbase_*.qm`, which
translates the standard dialog buttons), and the language the problem
messages of `orgchart.problems` are shown in.

The `.ts` sources are compiled to `.qm` by the set-up (`make translations`);
a missing `.qm` leaves the interface in English rather than failing.
Switching the language at run time is the application's business (it
rebuilds its windows, see `ui.application`); here a second call of
`install_translator` replaces the translators of the first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from ui.resources import asset_path

AUTO = "auto"
ENGLISH = "en"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
LANGUAGES = (ENGLISH, SIMPLIFIED, TRADITIONAL)

#: The Preferences' choices. A language is named in itself, so that someone
#: who cannot read the interface as it is still finds their own.
CHOICES = {
    AUTO: QT_TRANSLATE_NOOP("i18n", "Automatic (system language)"),
    ENGLISH: "English",
    SIMPLIFIED: "简体中文",
    TRADITIONAL: "繁體中文",
}

#: The column of the problem catalogue (`orgchart.problems`) for each language.
PROBLEM_LANGUAGES = {ENGLISH: "en", SIMPLIFIED: "zh-Hans", TRADITIONAL: "zh-Hant"}

_TRADITIONAL_TERRITORIES = (QLocale.Country.Taiwan, QLocale.Country.HongKong,
                            QLocale.Country.Macao)
#: objectName of our translators, so that the next install finds and removes them
_TRANSLATOR_NAME = "orgchartTranslator"
#: the dynamic property of the QCoreApplication that holds the installed language
_LANGUAGE_PROPERTY = "orgchartUiLanguage"


def choice_name(choice: str) -> str:
    """How the Preferences show a choice."""
    name = CHOICES.get(choice, choice)
    return QCoreApplication.translate("i18n", name) if choice == AUTO else name


def system_language(locale: QLocale | None = None) -> str:
    """The interface language for a locale: Traditional Chinese for zh_TW,
    zh_HK, zh_MO and zh_Hant; Simplified for the other Chinese locales
    (zh_CN, zh_SG, zh_Hans); English for every other language."""
    locale = locale if locale is not None else QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    # Qt fills in the script from the territory (zh_TW is Hant), and an
    # explicit script wins over the territory (zh_Hans_HK is Simplified).
    script = locale.script()
    if script == QLocale.Script.TraditionalHanScript:
        return TRADITIONAL
    if script == QLocale.Script.SimplifiedHanScript:
        return SIMPLIFIED
    return TRADITIONAL if locale.territory() in _TRADITIONAL_TERRITORIES else SIMPLIFIED


def ui_language(choice: str, locale: QLocale | None = None) -> str:
    """The language a Preferences choice stands for: "en", "zh_CN" or "zh_TW"."""
    return choice if choice in LANGUAGES else system_language(locale)


def _catalogues(language: str) -> list[Path]:
    """The .qm files of a language that exist here: Qt's own first, ours last
    (the translator installed last is asked first)."""
    found = []
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_file = qt_folder / f"qtbase_{language}.qm"
    if qt_file.is_file():
        found.append(qt_file)
    ours = asset_path(f"translations/orgchart_{language}.qm")
    if ours is not None:
        found.append(ours)
    return found


def install_translator(app: QCoreApplication, choice: str) -> str:
    """Install the translations for a Preferences choice on `app`, replacing
    those installed before, and return the language ("en", "zh_CN", "zh_TW").

    English loads a catalogue too: it holds the English plural forms
    ("1 unit", "2 units"). Windows built afterwards show the new language;
    the ones already open keep their texts until they are rebuilt.
    """
    language = ui_language(choice)
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setObjectName("")  # not found again before it is deleted
        old.deleteLater()
    for path in _catalogues(language):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(str(path)):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    app.setProperty(_LANGUAGE_PROPERTY, language)
    return language


def current_language(app: QCoreApplication | None = None) -> str:
    """The language installed last ("en" before any install)."""
    app = app if app is not None else QCoreApplication.instance()
    language = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return language if language in LANGUAGES else ENGLISH


def problem_language(language: str | None = None) -> str:
    """The problem catalogue's column for an interface language (by default
    the installed one): "en", "zh-Hans" or "zh-Hant"."""
    return PROBLEM_LANGUAGES[language if language in LANGUAGES else current_language()]
