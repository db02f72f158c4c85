"""`python -m tests.bench` (what `make bench` runs): every benchmark, its figures
against their targets, and `docs/performance.md`.

Owns the running and the reporting, not the measuring. A benchmark is a
module `tests/bench/bench_*.py` with

- a docstring, whose first line titles its table and whose first paragraph
  after that introduces it in the report;
- `run() -> list[Result]`, the figures;
- optionally `notes() -> list[str]`, lines for the report (versions of the
  tools compared, the charts used), called after `run()`.

`python -m tests.bench layout` runs only the modules whose name contains
"layout"; `--no-write` leaves `docs/performance.md` alone. The exit status is
1 when a figure misses its target, so a regression is visible, but
benchmarks are not part of the test suite's pass/fail path.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import pkgutil
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "docs" / "performance.md"


@dataclass(frozen=True)
class Result:
    """One measured figure. `target` is how it reads in the report ("< 1.5 s");
    `passed` is None for a figure given for information only."""

    name: str
    value: float
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""

    def shown(self) -> str:
        if self.unit == "s" and self.value < 0.1:
            return f"{self.value * 1000:.1f} ms"
        digits = 3 if abs(self.value) < 10 else 1 if abs(self.value) < 1000 else 0
        return f"{self.value:,.{digits}f} {self.unit}".rstrip()

    def verdict(self) -> str:
        return {None: "", True: "pass", False: "MISSED"}[self.passed]


def machine() -> list[str]:
    """The lines that say where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f
                        if line.startswith("model name")), cpu)
    except OSError:
        pass
    return [
        f"CPU: {cpu}, {os.cpu_count()} cores",
        f"Python: {platform.python_implementation()} {platform.python_version()} "
        f"on {platform.system()} {platform.machine()}",
        f"Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
    ]


def discover(only: Sequence[str]) -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])
                   if m.name.startswith("bench_"))
    names = [n for n in names if not only or any(o in n for o in only)]
    return [importlib.import_module(f"tests.bench.{n}") for n in names]


def _title(module: ModuleType) -> tuple[str, str]:
    doc = (module.__doc__ or module.__name__).strip()
    first, _, rest = doc.partition("\n")
    intro = rest.strip().split("\n\n")[0].replace("\n", " ")
    return first.strip().rstrip("."), intro


def _section(module: ModuleType, results: list[Result], notes: list[str],
             seconds: float) -> list[str]:
    title, intro = _title(module)
    # A module may sum its figures up in a table of its own, shown first.
    summary = list(module.summary()) if hasattr(module, "summary") else []
    # Each section says when it ran: a partial run keeps the others' sections.
    when = f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC"
    lines = [f"## {title}", "", f"`{module.__name__.replace('.', '/')}.py`"
             f" ({seconds:.0f} s, run {when}). {intro}".rstrip(), "",
             *([*summary, ""] if summary else []),
             "| Figure | Value | Target | Result | Note |",
             "| --- | ---: | --- | --- | --- |"]
    lines += [f"| {r.name} | {r.shown()} | {r.target} | {r.verdict()} | {r.note} |"
              for r in results]
    if notes:
        lines += ["", *(f"- {n}" for n in notes)]
    return [*lines, ""]


def _print(results: list[Result]) -> None:
    for r in results:
        target = f"  (target {r.target}: {r.verdict()})" if r.target else ""
        note = f"  [{r.note}]" if r.note else ""
        print(f"  {r.name:<62} {r.shown():>14}{target}{note}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split(
        "\n")[0])
    parser.add_argument("only", nargs="*", help="run only benchmarks whose name contains this")
    parser.add_argument("--no-write", action="store_true", help="do not write the report")
    args = parser.parse_args(argv)
    env = machine()
    print("\n".join(env), flush=True)
    body, missed = [], 0
    for module in discover(args.only):
        print(f"\n{_title(module)[0]} ({module.__name__})", flush=True)
        start = time.perf_counter()
        results = list(module.run())
        notes = list(module.notes()) if hasattr(module, "notes") else []
        _print(results)
        body += _section(module, results, notes, time.perf_counter() - start)
        missed += sum(r.passed is False for r in results)
    if not args.no_write:
        _write(env, body, keep_others=bool(args.only))
    print(f"\n{missed} target(s) missed" if missed else "\nevery target met")
    return 1 if missed else 0


def _write(env: list[str], body: list[str], keep_others: bool = False) -> None:
    """Write the report. A run of some benchmarks only (`keep_others`)
    replaces their sections and keeps the others as they were."""
    if keep_others and REPORT.exists():
        ran = {line for line in body if line.startswith("## ")}
        kept = [s for s in _sections(REPORT.read_text(encoding="utf-8"))
                if s[0] not in ran]
        body = body + [line for section in kept for line in section]
    head = ["# Performance", "",
            "Written by `make bench` (`python -m tests.bench`); rerun it rather than edit this "
            "file. Times are medians of repeated runs, measured on (each section says when "
            "it ran):", "",
            *(f"- {line}" for line in env), ""]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(head + body), encoding="utf-8")
    print(f"wrote {REPORT.relative_to(ROOT)}")


def _sections(text: str) -> list[list[str]]:
    """The report's sections, each a list of lines starting with its heading."""
    sections: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            sections.append([])
        if sections:
            sections[-1].append(line)
    return sections


if __name__ == "__main__":
    sys.exit(main())
