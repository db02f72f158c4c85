"""Graphviz export: a chart as DOT, PNG, SVG or PDF.

Owns the export from options to file: which engine places the cards, which
fonts are asked for (and, for PNG and PDF, which are drawn here, the check
that the installed fonts cover the labels), and the order of the steps.
The graphs come from `graphviz_graph` and `graphviz_drawing`, the labels
from `graphviz_labels`, Graphviz runs through `graphviz_run`, and the file
is written all or nothing by `atomic_write`.

The steps of an image export:

1. Labels for every drawn card and tier cell, measured by Graphviz itself
   (`neato -n2 -Tplain`, every node at the origin), so that everything
   after fits the text exactly as it is drawn; the cards of a tier are then
   padded to one height (left to right: one width), so they line up.
2. Placing the cards, by one of two engines:
   - `dot`: Graphviz lays the chart out (`-Tjson`), tiers as ranks. Its
     time grows faster than the chart: fine up to some hundreds of units.
   - `pinned`: our layout (`orgchart.layout`), as on screen; linear, so a
     chart of 30,000 units exports in seconds.
   - `auto`: `pinned` for more than `AUTO_PINNED_ABOVE` drawn units.
3. Drawing with `neato -n2`: every card where it was placed, the tier cells
   in a column at the side on tinted bands, and connectors that we route,
   orthogonal as on the canvas.

Why we route the connectors even after dot: `splines=ortho` ignores ports,
so its lines left the cards at their sides and ran along them, and it
places no edge labels; `splines=polyline` gave fans of slanted lines. Org
charts read best with a bus per parent, as the canvas draws them; dot's
own route is kept only to get past the tiers a connector skips (see
`graphviz_drawing`).

A .dot export is the ranked graph that `dot` lays out (with the tier cells
and links; it needs no Graphviz to write), or with `pinned` the drawing
with positions for `neato -n2`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from orgchart import fonts
from orgchart.formats import ExportError, ExportOptions
from orgchart.formats.atomic_write import write_atomically
from orgchart.formats.graphviz_drawing import (
    drawing_graph,
    from_dot,
    from_layout,
    pinned_options,
)
from orgchart.formats.graphviz_graph import (
    BAND_PAD,
    GraphStyle,
    measuring_graph,
    node_ids,
    parse_sizes,
    ranked_graph,
    rows,
)
from orgchart.formats.graphviz_labels import Labeller, fit_title, pad_card
from orgchart.formats.graphviz_run import Graphviz, GraphvizMissing, find_program, install_hint
from orgchart.layout import Layout, Sizes, layout_chart
from orgchart.model import Chart
from orgchart.text import BOTH

__all__ = ["AUTO_PINNED_ABOVE", "ENGINES", "FORMATS", "GraphvizMissing", "choose_engine",
           "export", "find_program", "install_hint", "write_atomically"]

#: Suffix -> Graphviz's output format (None: the DOT text itself).
FORMATS: dict[str, str | None] = {".dot": None, ".png": "png:cairo", ".svg": "svg",
                                  ".pdf": "pdf:cairo"}
ENGINES = ("dot", "pinned", "auto")
ORIENTATIONS = ("tb", "lr")
#: `auto` uses `pinned` for charts with more visible units than this.
AUTO_PINNED_ABOVE = 500
MIN_DPI, MAX_DPI = 24, 1200


def export(chart: Chart, path: str | os.PathLike[str], options: ExportOptions) -> list[str]:
    """Write the chart to `path` (.dot, .png, .svg or .pdf); the warnings for
    the user. Raises `ExportError` (`GraphvizMissing` when Graphviz is needed
    and not found); then nothing was written at `path`."""
    path = Path(path)
    fmt = _format(path)
    _check(chart, options)
    job = _Job(chart, options, fmt)
    data = job.run()
    write_atomically(path, data)
    return job.warnings


def choose_engine(engine: str, units: int) -> str:
    """"dot" or "pinned" for a chart of `units` visible units."""
    if engine == "auto":
        return "pinned" if units > AUTO_PINNED_ABOVE else "dot"
    return engine


# --------------------------------------------------------------------------
# Checking the request


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"Graphviz cannot write {suffix or 'a file without a suffix'}; "
                          f"use one of {', '.join(FORMATS)}")
    return suffix[1:]


def _display(chart: Chart, options: ExportOptions) -> str:
    """The display setting; a chart without languages shows its plain text."""
    return options.display_for(chart) if chart.languages or options.display else BOTH


def _check(chart: Chart, options: ExportOptions) -> None:
    display = _display(chart, options)
    if display != BOTH and display not in chart.languages:  # (the CLI checks this too)
        raise ExportError(f"the chart's languages are {', '.join(chart.languages)}; "
                          f"{display!r} is not one of them")
    if options.engine not in ENGINES:
        raise ExportError(f"the engine must be one of {', '.join(ENGINES)}, "
                          f"not {options.engine!r}")
    if options.orientation not in ORIENTATIONS:
        raise ExportError(f"the orientation must be tb or lr, not {options.orientation!r}")
    if not MIN_DPI <= options.dpi <= MAX_DPI:
        raise ExportError(f"the resolution must be {MIN_DPI} to {MAX_DPI} dpi, "
                          f"not {options.dpi}")
    if not options.timeout > 0:
        raise ExportError("the time limit for Graphviz must be more than 0 seconds")


# --------------------------------------------------------------------------
# One export


class _Job:
    """One export: labels, fonts, measuring, placing, drawing."""

    def __init__(self, chart: Chart, options: ExportOptions, fmt: str) -> None:
        self.chart, self.options, self.fmt = chart, options, fmt
        self.warnings: list[str] = []
        self.display = _display(chart, options)
        self.labeller = Labeller(chart, self.display, options.duties)
        self.graphviz = Graphviz(options.programs, options.timeout)
        self.tb = options.orientation == "tb"

    def run(self) -> bytes:
        # which units are drawn, and their order in each tier, do not depend
        # on the sizes of the cards: a first layout with any size tells them
        layout = self._layout(lambda unit: (1.0, 1.0))
        if not layout.boxes:
            self.warnings.append("the chart has no units to draw")
        engine = choose_engine(self.options.engine, len(layout.boxes))
        labels = self._labels(layout)
        title = self.labeller.title()
        links = {line.link: label for line in layout.links
                 if (label := self.labeller.link(line.link))}
        style = GraphStyle(self._fontname(), self.options.orientation,
                           self.options.dpi if self.fmt == "png" else None)
        sizes = self._measure(labels | ({"title": title} if title else {}), style)
        if sizes is not None and title:
            title = fit_title(title, sizes["title"][0])
        if sizes is None:
            if engine == "pinned":
                self.warnings.append("pinned positions need Graphviz to measure the labels; "
                                     "wrote a graph for dot instead")
            graph = ranked_graph(self.chart, layout, style, labels, title, links)
            return self._dot_file(graph.to_string(), "dot")
        cards = _Cards(self.chart, layout, labels, sizes, self.tb)
        if engine == "pinned":
            layout = self._layout(cards.unit_sizes(layout))
            placement = from_layout(self.chart, layout, cards.tier_sizes())
            labels = {**cards.labels, **self._tier_labels(placement.cells)}
        else:
            cells = cards.tier_cells()
            labels = {**cards.labels, **self._tier_labels(cells)}
            if self.fmt == "dot":
                graph = ranked_graph(self.chart, layout, style, labels, title, links)
                return self._dot_file(graph.to_string(), "dot")
            ranked = ranked_graph(self.chart, layout, style, labels, None, links, cells)
            placed, said = self.graphviz.run(["-Kdot", "-Tjson"], ranked.to_string())
            self.warnings += said
            placement = from_dot(self.chart, layout, placed, self.tb, cells)
        source = drawing_graph(placement, style, labels, title, links).to_string()
        if self.fmt == "dot":
            return self._dot_file(source, "pinned")
        return self._render(source)

    def _layout(self, sizes: Sizes) -> Layout:
        return layout_chart(self.chart, sizes,
                            pinned_options(self.options.orientation, self.display))

    def _labels(self, layout: Layout) -> dict[str, str]:
        """Node id -> label: the cards as their text makes them, and the
        tier cells at their natural size."""
        units = {u.id: u for u in reversed(self.chart.units)}
        tiers = {t.id: t for t in reversed(self.chart.tiers)}
        labels = {node: self.labeller.unit(units[uid], tiers.get(units[uid].tier))
                  for uid, node in node_ids(layout).items()}
        return labels | self._tier_labels({})

    def _tier_labels(self, cells: Mapping[str, tuple[float, float]]) -> dict[str, str]:
        return {f"t{i}": self.labeller.tier(tier, *cells.get(f"t{i}", (0, 0)))
                for i, tier in enumerate(self.chart.tiers)}

    def _measure(self, labels: Mapping[str, str],
                 style: GraphStyle) -> dict[str, tuple[float, float]] | None:
        """Label sizes from Graphviz; None for a DOT file when Graphviz is missing."""
        if self.fmt == "dot" and not self.graphviz.found:
            return None
        plain, said = self.graphviz.run(["-Kneato", "-n2", "-Tplain"],
                                        measuring_graph(labels, style))
        self.warnings += said
        sizes = parse_sizes(plain.decode("utf-8", "replace"))
        if not sizes.keys() >= labels.keys():
            raise ExportError("Graphviz did not measure every label; is the dot program "
                              "a Graphviz of version 2.40 or later?")
        return sizes

    def _render(self, source: str) -> bytes:
        data, said = self.graphviz.run(["-Kneato", "-n2", f"-T{FORMATS['.' + self.fmt]}"],
                                       source)
        self.warnings += said
        return data

    @staticmethod
    def _dot_file(source: str, engine: str) -> bytes:
        how = ("neato -n2 -Tpng chart.dot -o chart.png" if engine == "pinned"
               else "dot -Tpng chart.dot -o chart.png")
        return f"// Written by OrgChart Builder. To draw it: {how}\n{source}".encode()

    def _fontname(self) -> str:
        """The font list for Graphviz; for PNG and PDF, which are drawn here,
        after checking that the fonts cover the labels."""
        chosen = self.options.font
        if chosen and not fonts.is_safe_family(chosen):
            self.warnings.append(f"the font name {chosen!r} cannot be used; "
                                 "using the default fonts")
            chosen = None
        languages = self.chart.languages
        shortlist = _unique([chosen, *fonts.default_families(languages, short=True)])
        if self.fmt in ("png", "pdf"):
            text = self.labeller.shown_text
            everyone = _unique([chosen, *fonts.default_families(languages)])
            covering = fonts.font_covering(text, everyone)
            if covering is None:
                self.warnings += _font_warnings(text, everyone)
            elif chosen and covering != chosen:
                self.warnings.append(
                    f"the export font {chosen!r} is not installed or lacks some characters "
                    f"of the labels; {covering!r} is used instead")
            shortlist = _unique([covering, *shortlist])
        return ",".join([*shortlist, "sans-serif"])


class _Cards:
    """The cards of each tier made one depth (top-down: one height; left to
    right: one width), so that they line up; and the tier cells' sizes."""

    def __init__(self, chart: Chart, layout: Layout, labels: Mapping[str, str],
                 sizes: Mapping[str, tuple[float, float]], tb: bool) -> None:
        self.chart, self.sizes, self.tb = chart, sizes, tb
        self.ids = node_ids(layout)
        self.depth: dict[str, float] = {}
        self.labels: dict[str, str] = {}
        self.card: dict[str, tuple[float, float]] = {}
        for tier, row in rows(chart, layout).items():
            nodes = [self.ids[uid] for uid in row]
            deepest = max(self._depth(sizes[n]) for n in nodes)
            self.depth[tier] = deepest
            for node in nodes:
                w, h = sizes[node]
                if tb:
                    self.labels[node] = pad_card(labels[node], w, extra_height=deepest - h)
                    self.card[node] = (w, max(h, deepest))
                else:
                    self.labels[node] = pad_card(labels[node], w, at_least=deepest)
                    self.card[node] = (max(w, deepest), h)

    def _depth(self, size: tuple[float, float]) -> float:
        return size[1] if self.tb else size[0]

    def unit_sizes(self, layout: Layout) -> dict[str, tuple[float, float]]:
        """Unit id -> its card's size, for our layout."""
        return {uid: self.card[node] for uid, node in self.ids.items()}

    def tier_sizes(self) -> list[tuple[float, float]]:
        """Each tier cell's natural size, as measured."""
        return [self.sizes.get(f"t{i}", (0.0, 0.0)) for i in range(len(self.chart.tiers))]

    def tier_cells(self) -> dict[str, tuple[float, float]]:
        """Tier cell id -> the size to give it in the ranked graph: the
        column's breadth, and its row's depth."""
        natural = self.tier_sizes()
        breadth = max((w if self.tb else h for w, h in natural), default=0.0)
        cells = {}
        for i, tier in enumerate(self.chart.tiers):
            w, h = natural[i]
            depth = max(self.depth.get(tier.id, 0.0) + 2 * BAND_PAD, h if self.tb else w)
            cells[f"t{i}"] = (breadth, depth) if self.tb else (depth, breadth)
        return cells


def _font_warnings(text: str, families: Sequence[str]) -> list[str]:
    """No one font has every character: say which characters no installed
    font has (empty boxes), or else which ones none of ours has (drawn in
    some other font). Characters that are in one of our fonts and the rest
    in another need no warning: the renderer takes each from the first
    font of the list that has it."""
    nowhere = fonts.missing_characters(text)
    if nowhere:
        return [f"no installed font has the characters {_sample(nowhere)}: they will show as "
                f"empty boxes. To fix it, {fonts.INSTALL_HINT}"]
    borrowed = fonts.missing_characters(text, families)
    if borrowed:
        return [f"none of the export fonts ({', '.join(families[:3])}…) has the characters "
                f"{_sample(borrowed)}; Graphviz takes them from other installed fonts, "
                f"which may not match the rest"]
    return []


def _sample(chars: str, limit: int = 12) -> str:
    shown = " ".join(chars[:limit])
    return f"“{shown}”" + (f" and {len(chars) - limit} more" if len(chars) > limit else "")


def _unique(items: Sequence[str | None]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return list(seen.values())
