"""The hostile-input corpus (`tests/corpus/`) through the command line.

Every refused file must end in exit status 2 and one line on stderr that
names the file and says why, within 2 seconds and a bounded amount of
memory, with nothing written; every accepted file (odd encodings, cleaned
text, structural problems the user can fix) must load, and its chart must
then export to every format and read back.

The commands run in child processes forked from one driver that has already
imported the readers, so the 2-second bound measures the reading, not
Python starting up; each child runs `orgchart.cli.main` (what the
`orgchart` command is) under `RLIMIT_AS` with its own stdout and stderr.
The app's side of the same files is `tests/ui/test_corpus_app.py`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart import exchange, fileformat
from orgchart.formats import ExportOptions, safe_xlsx, textfile
from orgchart.formats import graphml_import as graphml_reader

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
#: seconds a refusal may take (the issue's promise), and address space a child may use
SECONDS = 2.0
ADDRESS_SPACE = 1536 * 2**20
#: resident memory a child may reach (it starts with the driver's ~100 MB)
MAX_RSS_KB = 600 * 1024

#: refused files: words their one line of stderr must hold
REFUSED = {
    # .orgchart
    "empty.orgchart": "the file is empty",
    "whitespace.orgchart": "the file is empty",
    "nul-filled.orgchart": "binary file",
    "cut-off.orgchart": "broken JSON",
    "cut-mid-character.orgchart": "not UTF-8",
    "png-image.orgchart": "binary file",
    "workbook-renamed.orgchart": "binary file",
    "html-page.orgchart": "line 1, column 1: broken JSON",
    "latin1.orgchart": "not UTF-8",
    "bad-utf16.orgchart": "broken JSON",
    "nested-100000.orgchart": "nested too deeply",
    "nan.orgchart": "NaN",
    "infinity.orgchart": "Infinity",
    "1e400.orgchart": "too large",
    "5000-digits.orgchart": "thousands of digits",
    "duplicate-keys.orgchart": "appears twice",
    "duplicate-ids.orgchart": "duties[0].id: the id 'p1' is already used by units[1]",
    "duplicate-role-codes.orgchart": "roles[1].code",
    "dangling-parent.orgchart": "units[0].parent: there is no unit 'nobody'",
    "dangling-tier.orgchart": "units[0].tier: there is no tier 't9'",
    "dangling-assignment.orgchart": "no role 'Q'",
    "dangling-link.orgchart": "links[0].target",
    "newer-version.orgchart": "OrgChart Builder 9.0.0 or later",
    "not-a-chart.orgchart": "not an OrgChart Builder chart",
    "json-array.orgchart": "expected an object",
    "wrong-types.orgchart": "units: expected a list",
    "missing-tiers.orgchart": "tiers: missing",
    "bad-colour.orgchart": "expected a colour",
    # .xlsx
    "empty.xlsx": "empty",
    "entity-bomb.xlsx": "document type (DTD)",
    "entity-bomb-utf16.xlsx": "document type (DTD)",
    "external-entity.xlsx": "document type (DTD)",
    "zip-bomb.xlsx": "zip bomb",
    "zip-bomb-lying-sizes.xlsx": "damaged",
    "cell-at-XFD1048576.xlsx": "XFD1048576",
    "legacy.xls": "Excel 97–2003",
    "xls-renamed.xlsx": "Excel 97–2003",
    "html-renamed.xlsx": "web page",
    "truncated.xlsx": "cut short",
    "encrypted.xlsx": "encrypted",
    "opendocument.xlsx": "OpenDocument",
    "word-document.xlsx": "Word document",
    "plain-zip.xlsx": "not an Excel workbook",
    "broken-sheet-xml.xlsx": "the sheet is damaged",
    "no-names-column.xlsx": "no column holds names or ids",
    "matrix-newer-layout.xlsx": "newer OrgChart Builder",
    "matrix-damaged-data.xlsx": "sheet “_orgchart” (the chart data)",
    # .csv
    "empty.csv": "empty",
    "blank-lines.csv": "empty",
    "nul-filled.csv": "binary file",
    "xls-renamed.csv": "Excel 97–2003",
    "zip-bomb-renamed.csv": "zip bomb",
    "no-names-column.csv": "no column holds names or ids",
    "not-utf8-nor-gb18030.csv": "neither UTF-8 nor GB18030",
    "huge-field.csv": "the CSV is broken",
    "bad-utf16.csv": "utf-16",
    # outline .txt
    "empty.txt": "no line",
    "blank-lines.txt": "no line",
    "binary.txt": "binary file",
    "zip-renamed.txt": "zip file",
    "bad-utf16.txt": "utf-16",
    "not-utf8-nor-gb18030.txt": "neither UTF-8 nor GB18030",
    # .graphml
    "empty.graphml": "not well-formed XML",
    "entity-bomb.graphml": "document type or entities",
    "external-entity.graphml": "document type or entities",
    "not-xml.graphml": "not well-formed XML",
    "not-graphml.graphml": "not GraphML",
    "no-nodes.graphml": "no nodes",
    "truncated.graphml": "not well-formed XML",
    "bad-typed-data.graphml": "cannot be read",
}

#: accepted files: the exit status of `validate` (a chart) or `import` (the rest)
ACCEPTED = {
    "utf8-bom.orgchart": 0,
    "utf16-bom.orgchart": 0,
    "utf16-be-no-bom.orgchart": 0,
    "utf32-bom.orgchart": 0,
    "lone-surrogates.orgchart": 0,
    "control-characters.orgchart": 0,
    "rtl-zero-width.orgchart": 0,
    "formula-names.orgchart": 0,
    "dot-injection.orgchart": 0,
    "cycle.orgchart": 1,  # loads, so the user can see and mend it; validate says so
    "csv-renamed.xlsx": 0,  # read by its content, not its name
    "formula-names.csv": 0,
    "rtl-zero-width.csv": 0,
    "cycle.csv": 0,  # imported with the cycle reported
    "hostile-names.txt": 0,
    "hostile-names.graphml": 0,
    "cycle.graphml": 0,
    "infinite-level.graphml": 0,
    "edge-to-nowhere.graphml": 0,
}

#: files over each reader's size limit, made sparse at test time (never read)
OVERSIZE = {
    "huge.orgchart": fileformat.MAX_BYTES, "huge.xlsx": safe_xlsx.MAX_FILE_BYTES,
    "huge.csv": textfile.MAX_TEXT_BYTES, "huge.txt": textfile.MAX_TEXT_BYTES,
    "huge.graphml": graphml_reader.MAX_BYTES,
}

DRIVER = r"""
import json, os, resource, sys, time, traceback
from orgchart import cli
# every reader imported before the first fork: the children time the reading
import orgchart.formats.excel, orgchart.formats.table, orgchart.formats.people
import orgchart.formats.outline, orgchart.formats.graphml, orgchart.hierarchy

limit, jobs = json.load(sys.stdin)
results = {}
for job in jobs:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            for fd, name in ((1, job["stdout"]), (2, job["stderr"])):
                os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
            code = cli.main(job["argv"])
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status, usage = os.wait4(pid, 0)
    results[job["id"]] = {"code": os.waitstatus_to_exitcode(status),
                          "seconds": time.perf_counter() - start,
                          "maxrss_kb": usage.ru_maxrss}
json.dump(results, sys.stdout)
"""


def corpus_files() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir()
                  if p.is_file() and p.suffix != ".py" and not p.name.startswith("."))


def run_jobs(jobs: list[dict]) -> dict[str, dict]:
    done = subprocess.run([sys.executable, "-c", DRIVER], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False,
                          input=json.dumps([ADDRESS_SPACE, jobs]))
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    for job in jobs:
        result = results[job["id"]]
        result["stderr"] = Path(job["stderr"]).read_text("utf-8").splitlines()
        result["stdout"] = Path(job["stdout"]).read_text("utf-8")
        result["output"] = job.get("output")
    return results


def commands(source: Path, out: Path) -> list[tuple[str, list[str]]]:
    """The commands each file goes through: a chart is validated and
    exported; anything else is imported."""
    if source.suffix == ".orgchart":
        return [("validate", ["validate", str(source)]),
                ("export", ["export", str(source), "-o", str(out.with_suffix(".xlsx"))])]
    return [("import", ["import", str(source), "-o", str(out)])]


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory):
    """Every corpus file (and the oversized ones) through the CLI, once."""
    if not hasattr(os, "fork"):
        pytest.skip("the driver forks one child per command")
    work = tmp_path_factory.mktemp("cli")
    sources = [CORPUS / name for name in corpus_files()]
    for name, limit in OVERSIZE.items():
        with open(work / name, "wb") as f:
            f.truncate(limit + 2**20)  # sparse: no disk used, nothing to read
        sources.append(work / name)
    jobs = []
    for n, source in enumerate(sources):
        for kind, argv in commands(source, work / f"out-{n}.orgchart"):
            output = argv[-1] if kind != "validate" else None
            jobs.append({"id": f"{source.name} {kind}", "argv": argv, "output": output,
                         "stdout": str(work / f"{n}-{kind}.out"),
                         "stderr": str(work / f"{n}-{kind}.err")})
    return run_jobs(jobs)


def test_the_corpus_covers_every_format_we_read():
    files = corpus_files()
    assert set(files) == set(REFUSED) | set(ACCEPTED), "every file has its expectation"
    assert len(files) >= 40
    suffixes = {Path(f).suffix for f in files}
    assert {".orgchart", ".xlsx", ".xls", ".csv", ".txt", ".graphml"} <= suffixes


@pytest.mark.parametrize("name", sorted(REFUSED) + sorted(OVERSIZE))
def test_a_refused_file_gets_one_clear_line_exit_2_and_nothing_written(cli_results, name):
    words = REFUSED.get(name, "are not read")
    for kind in ("validate", "export", "import"):
        result = cli_results.get(f"{name} {kind}")
        if result is None:
            continue
        assert result["code"] == exchange.EXIT_UNREADABLE, (kind, result)
        line, = result["stderr"]
        assert line.startswith(f"orgchart: {CORPUS / name}: ") or \
            line.startswith("orgchart: ") and f"{name}: " in line, line
        assert words in line, line
        assert "Traceback" not in line and "internal error" not in line
        assert result["stdout"] == ""
        assert result["seconds"] < SECONDS, f"{name} took {result['seconds']:.2f} s"
        assert result["maxrss_kb"] < MAX_RSS_KB, f"{name} used {result['maxrss_kb']} kB"
        if result["output"]:
            assert not Path(result["output"]).exists(), "nothing may be written"


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_an_accepted_file_loads(cli_results, name):
    kind = "validate" if name.endswith(".orgchart") else "import"
    result = cli_results[f"{name} {kind}"]
    assert result["code"] == ACCEPTED[name], result
    assert result["seconds"] < SECONDS
    assert all(line.startswith("orgchart: ") and name in line for line in result["stderr"])
    if kind == "import":
        fileformat.load(result["output"])  # the chart written can be read


# -- what was accepted exports everywhere and reads back ------------------------------

IMAGE_SUFFIXES = {".png", ".svg", ".pdf"}


def accepted_chart(name: str):
    source = CORPUS / name
    if source.suffix == ".orgchart":
        return fileformat.load(source)
    kind = exchange.guess_import_kind(source)
    return exchange.format_module(exchange.IMPORTERS[kind]).import_chart(source).chart


CLEANED = ["lone-surrogates.orgchart", "control-characters.orgchart", "rtl-zero-width.orgchart",
           "formula-names.orgchart", "dot-injection.orgchart", "rtl-zero-width.csv",
           "hostile-names.txt", "hostile-names.graphml"]


@pytest.mark.parametrize("name", CLEANED)
def test_cleaned_text_exports_to_every_format_and_reads_back(tmp_path, name):
    chart = accepted_chart(name)
    fileformat.save(chart, tmp_path / "again.orgchart")
    assert fileformat.load(tmp_path / "again.orgchart") == chart
    has_dot = shutil.which("dot") is not None
    # one image format is enough to prove Graphviz takes the text; the
    # others are the same DOT in another output format
    suffixes = [s for s in sorted(exchange.EXPORTERS)
                if s not in IMAGE_SUFFIXES or (has_dot and s == ".svg")]
    for suffix in suffixes:
        out = tmp_path / f"out{suffix}"
        exchange.exporter(out).export(chart, out, ExportOptions())
        assert out.stat().st_size > 0, suffix
    back = {".csv": "people", ".txt": "outline", ".graphml": "graphml", ".xlsx": "matrix"}
    for suffix, kind in back.items():
        module = exchange.format_module(exchange.IMPORTERS[kind])
        again = module.import_chart(tmp_path / f"out{suffix}").chart
        assert len(again.units) == len(chart.units), suffix
    matrix = exchange.format_module("excel").import_chart(tmp_path / "out.xlsx").chart
    assert matrix == chart  # the duty matrix carries the whole chart, cleaned text and all
