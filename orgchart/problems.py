"""What validation reports: the `Problem` record and its words in English and
Chinese.

A problem carries a stable `code` and plain `params`, so the app can show it
in the user's language, select the ids it concerns, and tests can assert on
the code rather than on wording. The catalogue below has one sentence per code
in English, Simplified and Traditional Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

#: code -> (severity, English, Simplified Chinese, Traditional Chinese)
CATALOGUE: dict[str, tuple[str, str, str, str]] = {
    "empty-chart": (
        WARNING, "The chart has no units yet.",
        "图中还没有任何单位。", "圖中還沒有任何單位。"),
    "no-top-unit": (
        ERROR, "No unit is at the top: every unit reports to another one.",
        "没有最高层单位：每个单位都隶属于另一个单位。", "沒有最高層單位：每個單位都隸屬於另一個單位。"),
    "several-top-units": (
        ERROR, "{count} units report to nobody ({names}); a chart has one top unit.",
        "有 {count} 个单位不隶属于任何单位（{names}）；一张图只能有一个最高层单位。",
        "有 {count} 個單位不隸屬於任何單位（{names}）；一張圖只能有一個最高層單位。"),
    "cycle": (
        ERROR, "Reporting cycle: {path} (→ reports to).",
        "隶属关系成环：{path}（→ 表示隶属于）。", "隸屬關係成環：{path}（→ 表示隸屬於）。"),
    "missing-parent": (
        ERROR, "{name} reports to {parent}, which is not a unit on this chart.",
        "{name}隶属于{parent}，但图中没有这个单位。", "{name}隸屬於{parent}，但圖中沒有這個單位。"),
    "missing-tier": (
        ERROR, "{name} is on tier {tier}, which does not exist.",
        "{name}所在的层级{tier}不存在。", "{name}所在的層級{tier}不存在。"),
    "tier-not-below-parent": (
        ERROR, "{name} (tier {tier}) reports to {parent} (tier {parent_tier}), "
               "but its tier is not below its parent's.",
        "{name}（层级{tier}）隶属于{parent}（层级{parent_tier}），但它的层级不低于上级。",
        "{name}（層級{tier}）隸屬於{parent}（層級{parent_tier}），但它的層級不低於上級。"),
    "skipped-tier": (
        INFO, "{name} reports to {parent} and skips the tier(s) {skipped}.",
        "{name}隶属于{parent}，跨过了层级{skipped}。", "{name}隸屬於{parent}，跨過了層級{skipped}。"),
    "duplicate-id": (
        ERROR, "The id “{id}” is used {count} times.",
        "编号“{id}”被使用了 {count} 次。", "編號「{id}」被使用了 {count} 次。"),
    "duplicate-role-code": (
        ERROR, "The role code “{code}” appears {count} times in the legend.",
        "图例中角色代码“{code}”出现了 {count} 次。", "圖例中角色代碼「{code}」出現了 {count} 次。"),
    "unit-without-name": (
        WARNING, "A unit on tier {tier} has no name.",
        "层级{tier}上有一个单位没有名称。", "層級{tier}上有一個單位沒有名稱。"),
    "tier-without-name": (
        WARNING, "Tier number {rank} has no name.",
        "第 {rank} 个层级没有名称。", "第 {rank} 個層級沒有名稱。"),
    "duty-without-text": (
        WARNING, "Duty number {number} has no text.",
        "第 {number} 项职责没有内容。", "第 {number} 項職責沒有內容。"),
    "duplicate-sibling-name": (
        WARNING, "{count} units under {parent} are named {name}.",
        "{parent}下有 {count} 个单位都叫{name}。", "{parent}下有 {count} 個單位都叫{name}。"),
    "no-duties": (
        WARNING, "The chart has no duties yet.",
        "图中还没有任何职责。", "圖中還沒有任何職責。"),
    "unassigned-duty": (
        WARNING, "Duty {duty} is not assigned to any tier or unit.",
        "职责{duty}没有分配给任何层级或单位。", "職責{duty}沒有分配給任何層級或單位。"),
    "unknown-target": (
        ERROR, "Duty {duty} is assigned to {target}, which is neither a tier nor a unit.",
        "职责{duty}分配给了{target}，它既不是层级也不是单位。",
        "職責{duty}分配給了{target}，它既不是層級也不是單位。"),
    "unknown-role": (
        ERROR, "Duty {duty} uses the role {role}, which is not in the legend.",
        "职责{duty}使用的角色{role}不在图例中。", "職責{duty}使用的角色{role}不在圖例中。"),
    "unique-role-repeated": (
        ERROR, "Duty {duty} gives the role {role} {count} times; it may be given once per duty.",
        "职责{duty}中角色{role}出现了 {count} 次；每项职责只能有一个。",
        "職責{duty}中角色{role}出現了 {count} 次；每項職責只能有一個。"),
    "tier-without-units": (
        WARNING, "Tier {tier} has no units.",
        "层级{tier}没有单位。", "層級{tier}沒有單位。"),
    "tier-without-duties": (
        WARNING, "Tier {tier} has no duties.",
        "层级{tier}没有职责。", "層級{tier}沒有職責。"),
    "link-missing-unit": (
        ERROR, "A link names “{unit}”, which is not a unit on this chart.",
        "有一条连线指向“{unit}”，但图中没有这个单位。", "有一條連線指向「{unit}」，但圖中沒有這個單位。"),
    "link-to-itself": (
        ERROR, "A link joins {name} to itself.",
        "有一条连线把{name}连到了自己。", "有一條連線把{name}連到了自己。"),
    "link-repeats-reporting-line": (
        WARNING, "The link between {source} and {target} repeats a reporting line.",
        "{source}与{target}之间的连线与隶属关系重复。", "{source}與{target}之間的連線與隸屬關係重複。"),
}

#: Params that hold names; each language quotes them its own way.
_NAME_PARAMS = ("name", "parent", "duty", "tier", "parent_tier", "role", "source", "target")
_QUOTES = {"en": ("“", "”"), "zh-Hans": ("“", "”"), "zh-Hant": ("「", "」")}


def catalogue_language(lang: str) -> str:
    """The catalogue column for a language tag: en, zh-Hans or zh-Hant."""
    lowered = lang.lower()
    if not lowered.startswith("zh"):
        return "en"
    traditional = ("hant", "-tw", "-hk", "-mo")
    return "zh-Hant" if any(mark in lowered for mark in traditional) else "zh-Hans"


@dataclass(frozen=True, eq=True)
class Problem:
    """One finding of validation: what, how bad, and which ids it concerns."""

    severity: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    ids: tuple[str, ...] = ()

    def message(self, lang: str = "en") -> str:
        column = catalogue_language(lang)
        _, en, hans, hant = CATALOGUE[self.code]
        template = {"en": en, "zh-Hans": hans, "zh-Hant": hant}[column]
        opening, closing = _QUOTES[column]
        values = dict(self.params)
        for key in _NAME_PARAMS:
            if key in values:
                values[key] = f"{opening}{values[key]}{closing}"
        return template.format(**values)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"severity": self.severity, "code": self.code, "params": dict(self.params),
                "ids": list(self.ids), "message": self.message(lang)}


def problem(code: str, ids: tuple[str, ...] = (), /, **params: Any) -> Problem:
    """A problem of `code`, with the severity the catalogue gives it."""
    return Problem(CATALOGUE[code][0], code, params, ids)
