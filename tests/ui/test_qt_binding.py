"""The Qt binding must not corrupt the interpreter: PySide6 6.12.0 lost a
reference to None on every C++ call returning void, which aborted the app
("Fatal Python error: none_dealloc") after seconds of repainting. The check
runs in a child process, so a broken binding fails this test instead of
killing the test run."""

import subprocess
import sys

CHECK = """
import sys
from PySide6.QtGui import QColor
color = QColor()
before = sys.getrefcount(None)
for _ in range(50_000):
    color.setAlphaF(0.5)
print(before - sys.getrefcount(None))
"""


def test_void_calls_keep_the_reference_count_of_none():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout) < 1000  # a leak would lose 50,000
