"""The core is Qt-free: every module of `orgchart` imports, and the command
works, in a Python where PySide6 and the app package cannot be imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = """
import importlib.abc, pkgutil, sys

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):
            raise ImportError(f'the core imported {name}')
        return None

sys.meta_path.insert(0, Block())
import orgchart
for module in pkgutil.walk_packages(orgchart.__path__, 'orgchart.'):
    if module.name != 'orgchart.__main__':  # that one runs the command
        __import__(module.name)
from orgchart.cli import main
sys.exit(main(['validate', 'samples/poverty-alleviation.orgchart']))
"""


def test_core_imports_no_qt_and_no_ui():
    result = subprocess.run([sys.executable, "-c", BLOCKER], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "0 error(s)" in result.stdout
