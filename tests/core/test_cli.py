"""The `orgchart` command as a user runs it: exit codes, messages on stderr,
never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart.fileformat import dumps
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.orgchart"))


def orgchart(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgchart", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60, env=env)


@pytest.fixture
def cyclic(tmp_path) -> Path:
    chart = bilingual_chart()
    chart.find_unit("p1").parent = "c2"
    path = tmp_path / "cyclic.orgchart"
    path.write_text(dumps(chart), "utf-8")
    return path


def test_samples_are_valid():
    assert SAMPLES
    for sample in SAMPLES:
        result = orgchart("validate", str(sample))
        assert result.returncode == 0, result.stdout + result.stderr
        assert "0 error(s)" in result.stdout


def test_a_cycle_exits_1_and_is_named(cyclic):
    result = orgchart("validate", str(cyclic))
    assert result.returncode == 1
    assert "Reporting cycle: 甲省 → 二縣 → 甲省" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_truncated_file_exits_2_naming_file_and_position(tmp_path):
    path = tmp_path / "cut.orgchart"
    path.write_text(dumps(bilingual_chart())[:200], "utf-8")
    result = orgchart("validate", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert str(path) in line and "line " in line and "column " in line
    assert "Traceback" not in result.stderr


def test_missing_file_exits_2(tmp_path):
    result = orgchart("validate", str(tmp_path / "nope.orgchart"))
    assert result.returncode == 2 and "nope.orgchart" in result.stderr


def test_the_worst_file_decides_the_exit_code(cyclic, tmp_path):
    assert orgchart("validate", str(SAMPLES[0]), str(cyclic)).returncode == 1
    broken = tmp_path / "b.orgchart"
    broken.write_text("{", "utf-8")
    assert orgchart("validate", str(cyclic), str(broken)).returncode == 2


def test_json_output_lists_each_problem(cyclic):
    result = orgchart("validate", "--json", "--lang", "zh-Hant", str(cyclic))
    report = json.loads(result.stdout)
    assert report["valid"] is False and report["file"] == str(cyclic)
    cycle = next(p for p in report["problems"] if p["code"] == "cycle")
    assert cycle["ids"] == ["p1", "c2"] and "隸屬關係成環" in cycle["message"]


def test_chinese_locale_gets_chinese_messages(cyclic):
    env = {"PATH": "/usr/bin:/bin", "LANG": "zh_TW.UTF-8"}
    result = orgchart("validate", str(cyclic), env=env)
    assert "隸屬關係成環" in result.stdout


def test_export_to_an_unknown_suffix_says_which_ones_exist(tmp_path):
    result = orgchart("export", str(SAMPLES[0]), "-o", str(tmp_path / "x.doc"))
    assert result.returncode == 2 and "cannot export to .doc" in result.stderr
    assert ".xlsx" in result.stderr and not (tmp_path / "x.doc").exists()


def test_export_of_an_unreadable_chart_exits_2(tmp_path):
    broken = tmp_path / "b.orgchart"
    broken.write_text("{", "utf-8")
    result = orgchart("export", str(broken), "-o", str(tmp_path / "x.dot"))
    assert result.returncode == 2 and "b.orgchart" in result.stderr


def test_usage_errors_exit_2():
    result = orgchart("validate")
    assert result.returncode == 2 and "usage:" in result.stderr
