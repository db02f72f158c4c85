"""Small charts that tests build on, made through the model (not from files)."""

from __future__ import annotations

from orgchart.model import Chart, Duty, Link, Person, Role, Tier, Unit
from orgchart.text import Text


def bilingual_chart() -> Chart:
    """Three tiers, a top unit, two branches and a few duties; valid, no warnings."""
    chart = Chart.new(Text({"zh-Hant": "示例", "en": "Example"}), ["zh-Hant", "en"])
    chart.roles.append(Role("P", Text({"zh-Hant": "統籌", "en": "Plan"}), "#c0392b"))
    chart.tiers = [
        Tier("t1", Text({"zh-Hant": "中央", "en": "Centre"}), Text({"zh-Hant": "統籌"}), "#1f5f99"),
        Tier("t2", Text({"zh-Hant": "省", "en": "Province"}), Text(), "#2e7d4f"),
        Tier("t3", Text({"zh-Hant": "縣", "en": "County"}), Text(), "#a15c00"),
    ]
    chart.units = [
        Unit("top", Text({"zh-Hant": "中央", "en": "Centre"}), "t1"),
        Unit("p1", Text({"zh-Hant": "甲省", "en": "Province A"}), "t2", "top",
             people=(Person(Text("王"), Text({"en": "Secretary"})),)),
        Unit("p2", Text({"zh-Hant": "乙省", "en": "Province B"}), "t2", "top"),
        Unit("c1", Text({"zh-Hant": "一縣", "en": "County 1"}), "t3", "p1"),
        Unit("c2", Text({"zh-Hant": "二縣", "en": "County 2"}), "t3", "p1"),
        Unit("c3", Text({"zh-Hant": "三縣", "en": "County 3"}), "t3", "p2"),
    ]
    chart.duties = [
        Duty("d1", Text({"zh-Hant": "制定方針", "en": "Set policy"}), Text("Policy"),
             {"t1": "P", "t2": "R"}),
        Duty("d2", Text({"zh-Hant": "落實", "en": "Implement"}), Text(),
             {"t2": "A", "t3": "R", "c1": "C"}),
    ]
    chart.links = [Link("k1", "p2", "c1", "coordination", Text("help"))]
    return chart
