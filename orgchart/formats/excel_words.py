"""The words of the duty-matrix workbook: its labels in English, Simplified
and Traditional Chinese, and how a chart's bilingual text is laid out in
cells (one language, or both on two lines, or both in two columns).
"""

from __future__ import annotations

from orgchart.model import Chart
from orgchart.problems import catalogue_language
from orgchart.text import BOTH, Text

#: key -> (English, Simplified Chinese, Traditional Chinese)
LABELS: dict[str, tuple[str, str, str]] = {
    "matrix": ("Duty matrix", "职责矩阵", "職責矩陣"),
    "legend": ("Legend", "图例", "圖例"),
    "structure": ("Structure", "组织结构", "組織結構"),
    "tiers": ("Tiers", "层级", "層級"),
    "number": ("No.", "序号", "序號"),
    "duty": ("Duty", "职责", "職責"),
    "other": ("Other assignments", "其他分配", "其他分配"),
    "check": ("Check", "检查", "檢查"),
    "whole-tier": ("{tier} (whole tier)", "{tier}（整个层级）", "{tier}（整個層級）"),
    "no-category": ("Other duties", "其他职责", "其他職責"),
    "no-role": ("no role", "未分配角色", "未分配角色"),
    "repeated": ("{code} more than once", "{code} 重复", "{code} 重複"),
    "roles": ("Roles:", "角色：", "角色："),
    "once": ("once per duty", "每项职责限一个", "每項職責限一個"),
    "code": ("Code", "代码", "代碼"),
    "role": ("Role", "角色", "角色"),
    "colour": ("Colour", "颜色", "顏色"),
    "unique": ("Once per duty", "每项职责限一个", "每項職責限一個"),
    "yes": ("Yes", "是", "是"),
    "id": ("ID", "编号", "編號"),
    "name": ("Name", "名称", "名稱"),
    "tier": ("Tier", "层级", "層級"),
    "reports-to": ("Reports to", "上级", "上級"),
    "people": ("People", "人员", "人員"),
    "notes": ("Notes", "备注", "備註"),
    "order": ("Order", "顺序", "順序"),
    "motto": ("Motto", "定位", "定位"),
    "units": ("Units", "单位数", "單位數"),
    "page": ("Page &P of &N", "第 &P 页，共 &N 页", "第 &P 頁，共 &N 頁"),
    "untitled": ("Organisation chart", "组织图", "組織圖"),
    "pick-code": ("Choose a role code from the legend, or leave the cell empty.",
                  "请从图例中选择角色代码，或留空。", "請從圖例中選擇角色代碼，或留空。"),
    "hint": ("Choose codes from each cell's drop-down list; the Check column flags a duty "
             "with no role, or with a once-per-duty role given more than once.",
             "在每个单元格的下拉列表中选择代码；“检查”一栏标出没有角色的职责，"
             "或同一职责中限一个的角色出现多次。",
             "在每個儲存格的下拉清單中選擇代碼；「檢查」一欄標出沒有角色的職責，"
             "或同一職責中限一個的角色出現多次。"),
}
_COLUMN = {"en": 0, "zh-Hans": 1, "zh-Hant": 2}


class Words:
    """Labels and chart text for one export: `display` is one of the chart's
    languages or `BOTH`; `bilingual` is "columns" or "lines"."""

    def __init__(self, chart: Chart, display: str, bilingual: str = "columns") -> None:
        self.languages = list(chart.languages) or ["en"]
        if display == BOTH and len(self.languages) > 1:
            self.langs = self.languages[:2]
        else:
            self.langs = [self.languages[0] if display == BOTH else display]
        self.columns = len(self.langs) == 2 and bilingual == "columns"

    @property
    def both(self) -> bool:
        return len(self.langs) == 2

    # -- chart text --------------------------------------------------------------

    def text(self, text: Text) -> str:
        """One cell's worth: one language, or both on two lines."""
        return text.show(BOTH if self.both else self.langs[0], self.languages)

    def split(self, text: Text) -> list[str]:
        """One string per text column: two in "columns" mode, else one."""
        if not self.columns:
            return [self.text(text)]
        return [text.pick(self.langs[0], self.languages), text.get(self.langs[1])]

    def line(self, text: Text) -> str:
        """On one line (both languages joined by a slash)."""
        return " / ".join(part for part in self.text(text).split("\n") if part)

    # -- labels ------------------------------------------------------------------

    @staticmethod
    def label_in(key: str, lang: str, **params: str) -> str:
        return LABELS[key][_COLUMN[catalogue_language(lang)]].format(**params)

    def label(self, key: str, sep: str = "\n", **params: str) -> str:
        """The label in each language shown, joined (once when they agree)."""
        parts: list[str] = []
        for lang in self.langs:
            part = self.label_in(key, lang, **params)
            if part not in parts:
                parts.append(part)
        return sep.join(parts)

    def column_labels(self, key: str) -> list[str]:
        """Headers for the text columns of `split`: each in its own language."""
        if not self.columns:
            return [self.label(key)]
        return [self.label_in(key, lang) for lang in self.langs]
