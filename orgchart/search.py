"""Finding units by what a person types: a name in any language of the chart.

Owns how a query is compared with a unit's labels. Both sides are folded the
same way before a plain substring test:

- Unicode NFKC, so full-width and half-width forms match (Ｃｏｕｎｔｙ,
  ｶﾀｶﾅ, "（" and "(") and CJK compatibility ideographs meet their unified
  forms;
- `str.casefold`, so case does not matter in any script;
- runs of white space count as one space;
- Traditional Chinese characters fold to their Simplified forms, from a
  built-in table of the characters common in the names of offices, regions
  and people (縣 = 县, 國務院 = 国务院). The table is deliberately small and
  one-to-one in the folding direction; a character it does not know still
  matches itself exactly.

`find_units(chart, query)` is the whole API for one-off searches; a caller
that searches as the user types builds `index_units(chart)` once per chart
change and calls `find_in_index` per keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from orgchart.model import Chart, Unit
from orgchart.text import Text

# Traditional -> Simplified, as "TS" pairs. Several Traditional characters
# may fold to one Simplified character (發, 髮 -> 发); no Simplified
# character is itself a key, so folding twice changes nothing
# (tests/core/test_search.py checks that).
_TRAD_SIMP_PAIRS = """
國国 務务 黨党 會会 員员 縣县 區区 鄉乡 鎮镇 廳厅 處处 辦办 組组 織织 機机 關关 構构
財财 稅税 貿贸 業业 農农 勞劳 動动 衛卫 計计 劃划 發发 髮发 開开 貧贫 領领 導导 責责
負负 總总 統统 籌筹 銜衔 協协 調调 檢检 實实 現现 設设 備备 證证 監监 營营 運运 輸输
鐵铁 電电 訊讯 網网 絡络 資资 產产 銀银 險险 醫医 療疗 藥药 學学 體体 園园 藝艺 術术
圖图 書书 館馆 報报 紙纸 廣广 傳传 聞闻 東东 華华 陽阳 陰阴 雲云 貴贵 龍龙 馬马 長长
門门 間间 問问 題题 頭头 號号 經经 濟济 環环 護护 災灾 應应 軍军 隊队 戰战 審审 議议
論论 說说 話话 語语 請请 讀读 寫写 錄录 檔档 據据 數数 標标 準准 規规 範范 條条 認认
識识 職职 稱称 級级 選选 舉举 權权 義义 對对 爲为 為为 與与 從从 來来 這这 個个 們们
時时 車车 轉转 輛辆 歷历 曆历 歲岁 將将 屬属 獨独 鄧邓 劉刘 陳陈 張张 楊杨 趙赵 黃黄
吳吴 鄭郑 謝谢 許许 馮冯 蔣蒋 蕭萧 韓韩 葉叶 蘇苏 盧卢 羅罗 鍾钟 鐘钟 錢钱 孫孙 湯汤
齊齐 閻阎 龔龚 顧顾 喬乔 賀贺 嚴严 譚谭 記记 幹干 乾干 後后 裡里 裏里 線线 綫线 壓压
廠厂 場场 價价 質质 鹽盐 礦矿 氣气 熱热 燈灯 銅铜 紡纺 紅红 綠绿 藍蓝 漢汉 滿满 維维
壯壮 瑤瑶 納纳 畢毕 節节 肅肃 臨临 積积 貢贡 寧宁 遼辽 閩闽 贛赣 魯鲁 粵粤 瓊琼 陝陕
隴陇 臺台 灣湾 戶户 鄰邻 紀纪 團团 婦妇 聯联 僑侨 參参 謀谋 試试 驗验 測测 繪绘 郵邮
漁渔 煙烟 糧粮 儲储 專专 視视 聽听 殘残 齡龄 殯殡 態态 減减 獄狱 訪访 訓训 層层 帶带
際际 傑杰 優优 儀仪 億亿 兒儿 內内 兩两 劑剂 勝胜 勢势 匯汇 彙汇 單单 圍围 執执 堅坚
夠够 奮奋 寶宝 寬宽 屆届 島岛 幫帮 師师 庫库 廢废 強强 復复 複复 徵征 慶庆 憲宪 擔担
擴扩 擇择 斷断 曉晓 極极 樓楼 樂乐 樣样 歡欢 歸归 決决 沒没 潔洁 無无 爭争 獎奖 畫画
當当 盡尽 盤盘 眾众 礎础 禮礼 種种 穩稳 窮穷 築筑 簡简 約约 細细 終终 結结 絕绝 給给
綜综 緊紧 編编 練练 縮缩 績绩 係系 繫系 續续 罰罚 聖圣 脫脱 興兴 艱艰 莊庄 萬万 蓋盖
蘭兰 補补 製制 見见 覺觉 觀观 訂订 評评 詢询 詳详 誤误 課课 談谈 諮咨 講讲 讓让 變变
貝贝 貨货 購购 貸贷 費费 賓宾 賣卖 趕赶 趨趋 跡迹 踐践 軌轨 軟软 較较 載载 輔辅 輕轻
輪轮 連连 週周 進进 過过 達达 違违 遠远 適适 遺遗 釋释 針针 鋼钢 錯错 鍵键 鎖锁 閉闭
閱阅 陸陆 陣阵 隨随 隱隐 雜杂 雙双 離离 難难 靈灵 響响 項项 順顺 須须 預预 頻频 額额
顏颜 風风 飛飞 養养 餘余 鬥斗 魚鱼 鳥鸟 麼么 點点 佈布 僅仅 傷伤 剛刚 創创 勵励 廈厦
塊块 墾垦 壩坝 奪夺 奧奥 婁娄 嶺岭 巖岩 廬庐 彎弯 徑径 恆恒 戀恋 擬拟 攜携 敵敌 斬斩
樞枢 橋桥 歐欧 殼壳 溝沟 滬沪 濱滨 瀋沈 灘滩 煥焕 犧牺 獲获 瑪玛 畝亩 瘋疯 盜盗 碼码
確确 祿禄 禪禅 穀谷 競竞 筆笔 簽签 籃篮 紐纽 紹绍 綱纲 綿绵 緒绪 縱纵 翹翘 聲声 膽胆
臟脏 艦舰 芻刍 蘆芦 蝦虾 蠶蚕 裝装 襲袭 訴诉 詩诗 誠诚 誕诞 諾诺 謙谦 謹谨 譯译 豐丰
豬猪 貓猫 賊贼 賢贤 賦赋 賬账 贊赞 軸轴 辭辞 遞递 邊边 鄒邹 醬酱 釀酿 鈴铃 銘铭 銷销
鋒锋 鑑鉴 鑒鉴 閒闲 闊阔 隸隶 雞鸡 靜静 韋韦 頒颁 頓顿 顯显 颱台 饑饥 駐驻 騰腾 驚惊
髒脏 鳳凤 鴻鸿 鵬鹏 麗丽 齒齿 於于
"""


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for pair in _TRAD_SIMP_PAIRS.split():
        trad, simp = pair
        table[ord(trad)] = simp
    return table


_FOLD = _fold_table()
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """A string as search compares it: width-, case-, space- and script-folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", folded).translate(_FOLD)


def _texts(unit: Unit, people: bool) -> Iterable[Text]:
    yield unit.name
    if people:
        for person in unit.people:
            yield person.name
            yield person.title


def index_units(chart: Chart, people: bool = True) -> list[tuple[str, str]]:
    """Each unit's id with all its searchable labels folded, in chart order.

    The labels are joined with a line break, which a folded query never
    contains, so a match never runs from one label into the next.
    `people` adds the names and titles of the people on each card.
    """
    index = []
    for unit in chart.units:
        labels = (value for text in _texts(unit, people) for _, value in text.items())
        index.append((unit.id, "\n".join(fold(value) for value in labels)))
    return index


def find_in_index(index: Sequence[tuple[str, str]], query: str) -> list[str]:
    """Ids whose labels contain the query (folded); none for a blank query."""
    needle = fold(query).strip()
    if not needle:
        return []
    return list(dict.fromkeys(uid for uid, haystack in index if needle in haystack))


def find_units(chart: Chart, query: str, people: bool = True) -> list[str]:
    """Ids of the units whose name in any language (and, with `people`, a
    person's name or title) contains `query`, in chart order."""
    return find_in_index(index_units(chart, people), query)
