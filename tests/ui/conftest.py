"""Shared set-up for the app's tests: the offscreen platform, settings and
data folders of the test's own (never the user's), the English interface,
and a document to edit."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402

from orgchart.fileformat import load  # noqa: E402
from tests.charts import bilingual_chart  # noqa: E402
from tests.translations import compile_translations  # noqa: E402
from ui.document import ChartDocument  # noqa: E402
from ui.i18n import install_translator  # noqa: E402
from ui.selection import Selection  # noqa: E402

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples")


@pytest.fixture(autouse=True, scope="session")
def clipboard_emptied_at_exit(qapp):
    """The offscreen platform's clipboard crashes at exit while it owns
    QMimeData set by the app (a cut or copy in a test); the real X11 and
    Wayland clipboards do not. Empty it before Qt shuts down."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The interface in English, as the app starts it on an English system:
    with its catalogue, which holds the English plurals ("1 unit", "2 units").
    The .qm files are compiled first when missing or older than the .ts."""
    compile_translations()
    install_translator(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, qapp):
    """QSettings and QStandardPaths point into the test's temporary folder."""
    # In test mode Qt puts data under $HOME/.qttest, ignoring XDG_DATA_HOME.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("OrgChartBuilderTests")
    QCoreApplication.setApplicationName("OrgChart Builder Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    yield
    # Collect the test's Qt wrappers now, while everything they point to is
    # still alive, rather than in an arbitrary order at exit (a large chart's
    # canvas may have set objects aside from the collector: gc.freeze).
    gc.unfreeze()
    gc.collect()


@pytest.fixture
def document(qapp):
    return ChartDocument(bilingual_chart())


@pytest.fixture
def sample_document(qapp):
    return ChartDocument(load(os.path.join(SAMPLES, "poverty-alleviation.orgchart")))


@pytest.fixture
def selection(qapp):
    return Selection()
