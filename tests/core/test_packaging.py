"""The app works installed from a wheel: samples, icons, the stylesheet and
the compiled translations are package data found through importlib.resources,
not paths into the checkout, and every package is in the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.translations import compile_translations

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("pyproject.toml", "README.md", "orgchart", "ui", "resources", "samples")

CHECK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
import orgchart, ui.resources as r
installed = Path(sys.argv[1]).resolve()
assert Path(orgchart.__file__).resolve().is_relative_to(installed), orgchart.__file__
samples = r.sample_paths()
assert [p.name for p in samples][0] == "poverty-alleviation.orgchart", samples
assert all(p.resolve().is_relative_to(installed) for p in samples), samples
assert r.asset_path("style.qss").resolve().is_relative_to(installed)
assert r.asset_path("translations/orgchart_zh_TW.qm").resolve().is_relative_to(installed)
from PySide6.QtWidgets import QApplication
app = QApplication([])
assert not r.icon("edit-undo").isNull()
from ui.main_window import MainWindow  # every ui module imports from the wheel
print("ok")
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SHIPPED:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, source / name)
    # the .qm files are built, not kept in git (make translations): build them
    # in the copy, so the wheel has them up to date whatever the checkout holds
    compile_translations(source / "resources" / "translations")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", str(source), "-w", str(out)],
                   check=True, capture_output=True, timeout=300)
    [built] = out.glob("*.whl")
    return built


def test_the_wheel_holds_every_package_and_the_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("orgchart", "orgchart/edits", "orgchart/formats", "ui", "ui/canvas",
                    "ui/panels"):
        assert f"{package}/__init__.py" in names, package
    for sample in (ROOT / "samples").glob("*.orgchart"):
        assert f"orgchart/samples/{sample.name}" in names
    for icon in (ROOT / "resources" / "icons").glob("*.svg"):
        assert f"ui/assets/icons/{icon.name}" in names
    assert "ui/assets/style.qss" in names
    for language in ("en", "zh_CN", "zh_TW"):
        assert f"ui/assets/translations/orgchart_{language}.qm" in names


def test_the_installed_app_finds_its_files_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(target), str(wheel)], check=True, capture_output=True,
                   timeout=300)
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", CHECK, str(target)], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
