<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Application</name>
    <message>
        <source>Imports are not safe here</source>
        <translation>此處匯入不安全</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>“{unit}” already reports to “{parent}”.</source>
        <translation>「{unit}」已隸屬於「{parent}」。</translation>
    </message>
    <message>
        <source>Drop to make “{unit}” report to “{parent}”.</source>
        <translation>放開即讓「{unit}」隸屬於「{parent}」。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
    <message>
        <source>No units yet. Add the top unit with Add Child (Tab).</source>
        <translation>尚無單位。請用「新增下級」（Tab）加入最上層單位。</translation>
    </message>
</context>
<context>
    <name>ChartPrintPreview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>預覽列印 — %1</translation>
    </message>
    <message>
        <source> Chart: </source>
        <translation> 組織圖：</translation>
    </message>
</context>
<context>
    <name>ChartPrinter</name>
    <message>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 列，第 {column} 欄</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>列印組織圖</translation>
    </message>
</context>
<context>
    <name>ChartPropertiesDialog</name>
    <message>
        <source>Chart Properties</source>
        <translation>組織圖屬性</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>組織圖標題</translation>
    </message>
    <message>
        <source>The chart&apos;s title, in each of its languages</source>
        <translation>組織圖的標題，每種語言各一</translation>
    </message>
    <message>
        <source>Languages of the chart</source>
        <translation>組織圖的語言</translation>
    </message>
    <message>
        <source>The first language is the primary one: it is shown on top when both are shown</source>
        <translation>第一種語言為主要語言：同時顯示兩種語言時，它顯示在上方</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>要新增的語言</translation>
    </message>
    <message>
        <source>A language tag such as zh-Hant, zh-Hans or en</source>
        <translation>語言標記，例如 zh-Hant、zh-Hans 或 en</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>新增此語言</translation>
    </message>
    <message>
        <source>Remove the selected language (its texts are kept in the file)</source>
        <translation>移除所選語言（其文字仍保留在檔案中）</translation>
    </message>
    <message>
        <source>Move the language up (the first is primary)</source>
        <translation>將語言上移（第一種為主要語言）</translation>
    </message>
    <message>
        <source>Move the language down</source>
        <translation>將語言下移</translation>
    </message>
    <message>
        <source>Languages, primary first</source>
        <translation>語言（主要語言在前）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>“%s” is not a language tag like zh-Hant or en.</source>
        <translation>「%s」不是 zh-Hant 或 en 這類的語言標記。</translation>
    </message>
    <message>
        <source>The chart already has %s.</source>
        <translation>組織圖已有 %s。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart canvas</source>
        <translation>組織圖畫布</translation>
    </message>
    <message>
        <source>Arrow keys move the selection, F2 renames, Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits the chart.</source>
        <translation>方向鍵移動選取，F2 重新命名，Ctrl+加號與 Ctrl+減號縮放，Ctrl+0 顯示整張組織圖。</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Choose the %s</source>
        <translation>選擇%s</translation>
    </message>
</context>
<context>
    <name>DutiesEditor</name>
    <message>
        <source>Duties</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>The duties, with the role given here</source>
        <translation>各項職責，以及在此擔任的角色</translation>
    </message>
    <message>
        <source>Add a duty here, with the legend&apos;s first role</source>
        <translation>在此新增職責，角色為圖例中的第一個角色</translation>
    </message>
    <message>
        <source>Remove the duty from here (the duty itself goes when nothing else has a role in it)</source>
        <translation>從此處移除職責（若已無其他對象在其中擔任角色，該職責本身也會刪除）</translation>
    </message>
    <message>
        <source>Move the duty up</source>
        <translation>將職責上移</translation>
    </message>
    <message>
        <source>Move the duty down</source>
        <translation>將職責下移</translation>
    </message>
    <message>
        <source>No duties here yet</source>
        <translation>此處尚無職責</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The role given here in this duty</source>
        <translation>在此項職責中於此擔任的角色</translation>
    </message>
</context>
<context>
    <name>DutyFields</name>
    <message>
        <source>Duty</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>What the duty is</source>
        <translation>職責內容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>The group the duty is listed under in the matrix</source>
        <translation>職責在矩陣中所屬的分組</translation>
    </message>
</context>
<context>
    <name>DutyMatrixDialog</name>
    <message>
        <source>Both languages</source>
        <translation>兩種語言</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{chart} - duty matrix</source>
        <translation>{chart} - 職責矩陣</translation>
    </message>
    <message>
        <source>Export Duty Matrix</source>
        <translation>匯出職責矩陣</translation>
    </message>
    <message>
        <source>Export duty matrix to Excel</source>
        <translation>將職責矩陣匯出至 Excel</translation>
    </message>
    <message>
        <source>&amp;Tiers across</source>
        <translation>橫向為層級(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Units of these tiers across:</source>
        <translation>橫向為下列層級的單位(&amp;U)：</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Two columns, one per language</source>
        <translation>兩欄，每種語言一欄</translation>
    </message>
    <message>
        <source>Two lines in one cell</source>
        <translation>同一儲存格內兩行</translation>
    </message>
    <message>
        <source>Both languages as</source>
        <translation>兩種語言的呈現方式</translation>
    </message>
    <message>
        <source>How duty texts and unit names show both languages</source>
        <translation>職責文字與單位名稱如何呈現兩種語言</translation>
    </message>
    <message>
        <source>Tiers whose units go across</source>
        <translation>其單位橫向排列的層級</translation>
    </message>
    <message numerus="yes">
        <source>{tier} (%n unit(s))</source>
        <translation>
            <numerusform>{tier}（%n 個單位）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Both languages &amp;as:</source>
        <translation>兩種語言呈現為(&amp;A)：</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>橫向：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Choose at least one tier.</source>
        <translation>請至少選擇一個層級。</translation>
    </message>
    <message>
        <source>{duties}, {columns}; a drop-down of the legend&apos;s codes in every cell.</source>
        <translation>{duties}，{columns}；每個儲存格都有圖例代碼的下拉選單。</translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s) down</source>
        <translation>
            <numerusform>縱向 %n 項職責</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) across</source>
        <translation>
            <numerusform>橫向 %n 欄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyMatrixExport</name>
    <message>
        <source>Export Duty Matrix</source>
        <translation>匯出職責矩陣</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>「{name}」已存在。要取代嗎？</translation>
    </message>
    <message>
        <source>The duty matrix was not exported.</source>
        <translation>職責矩陣未匯出。</translation>
    </message>
    <message>
        <source>“{name}” is written. Please note:</source>
        <translation>已寫入「{name}」。請注意：</translation>
    </message>
</context>
<context>
    <name>DutyMatrixModel</name>
    <message>
        <source>{0} (whole tier)</source>
        <translation>{0}（整個層級）</translation>
    </message>
    <message>
        <source>Other assignments</source>
        <translation>其他指派</translation>
    </message>
    <message>
        <source>Roles given to tiers or units that are not across; choose what is across to edit them</source>
        <translation>指派給未橫向列出之層級或單位的角色；請選擇橫向內容以編輯它們</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>The duties, grouped by category</source>
        <translation>各項職責，依類別分組</translation>
    </message>
    <message>
        <source>Unit: {0} (tier {1})</source>
        <translation>單位：{0}（層級 {1}）</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>層級：{0}</translation>
    </message>
    <message>
        <source>Other duties</source>
        <translation>其他職責</translation>
    </message>
    <message>
        <source>At most one per duty</source>
        <translation>每項職責至多一個</translation>
    </message>
    <message>
        <source>{0}: not a role of the legend</source>
        <translation>{0}：不是圖例中的角色</translation>
    </message>
    <message>
        <source>No role. Type a code ({0}) or double-click to choose.</source>
        <translation>無角色。請輸入代碼（{0}）或按兩下選擇。</translation>
    </message>
    <message>
        <source>Through its tier: {0} — {1}</source>
        <translation>經由其層級：{0} — {1}</translation>
    </message>
</context>
<context>
    <name>DutyMatrixView</name>
    <message>
        <source>Duty matrix</source>
        <translation>職責矩陣</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s).</source>
        <translation>
            <numerusform>已填入 %n 個儲存格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) as one step.</source>
        <translation>
            <numerusform>已貼上 %n 個儲存格，作為一個步驟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unknown code(s): {0}{1}. The legend has {2}.</source>
        <translation>
            <numerusform>已略過 %n 個未知代碼：{0}{1}。圖例中有 {2}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} and {columns} fell outside the matrix.</source>
        <translation>{rows}、{columns}超出矩陣範圍。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 欄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyMatrixWidget</name>
    <message>
        <source>Duty matrix messages</source>
        <translation>職責矩陣訊息</translation>
    </message>
    <message>
        <source>Add Duty</source>
        <translation>新增職責</translation>
    </message>
    <message>
        <source>Add a duty below the current one, in its category</source>
        <translation>在目前職責下方新增職責，屬於同一類別</translation>
    </message>
    <message>
        <source>Remove Duties</source>
        <translation>移除職責</translation>
    </message>
    <message>
        <source>Remove the selected duties and their roles</source>
        <translation>移除所選職責及其角色</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected duties up within their category</source>
        <translation>在類別內將所選職責上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected duties down within their category</source>
        <translation>在類別內將所選職責下移</translation>
    </message>
    <message>
        <source>Duty matrix</source>
        <translation>職責矩陣</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Put the selected duties in a category</source>
        <translation>將所選職責放入某個類別</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>橫向：</translation>
    </message>
    <message>
        <source>What is across</source>
        <translation>橫向內容</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Units of tiers</source>
        <translation>層級的單位</translation>
    </message>
    <message>
        <source>Tiers across, or the units of chosen tiers</source>
        <translation>橫向為層級，或所選層級的單位</translation>
    </message>
    <message>
        <source>Tiers…</source>
        <translation>層級…</translation>
    </message>
    <message>
        <source>Whose units are across</source>
        <translation>哪些層級的單位橫向排列</translation>
    </message>
    <message>
        <source>No Category</source>
        <translation>無類別</translation>
    </message>
    <message>
        <source>New Category…</source>
        <translation>新類別…</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>新類別</translation>
    </message>
    <message>
        <source>Name of the category:</source>
        <translation>類別名稱：</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>設定角色</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Clear Roles</source>
        <translation>清除角色</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>Roles in this duty</source>
        <translation>此項職責中的角色</translation>
    </message>
    <message>
        <source>Which tier or unit has which role in this duty</source>
        <translation>此項職責中各層級或單位擔任的角色</translation>
    </message>
    <message>
        <source>Nobody has a role in this duty yet</source>
        <translation>此項職責中尚無人擔任角色</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>EditTitle</name>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>編輯標題</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>編輯語言</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>新增單位</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>刪除單位</translation>
    </message>
    <message>
        <source>Delete units</source>
        <translation>刪除單位</translation>
    </message>
    <message>
        <source>Reorder units</source>
        <translation>調整單位順序</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>編輯單位</translation>
    </message>
    <message>
        <source>Change reporting line</source>
        <translation>變更隸屬關係</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>變更層級</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>收合</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>新增層級</translation>
    </message>
    <message>
        <source>Delete tier</source>
        <translation>刪除層級</translation>
    </message>
    <message>
        <source>Reorder tiers</source>
        <translation>調整層級順序</translation>
    </message>
    <message>
        <source>Edit tier</source>
        <translation>編輯層級</translation>
    </message>
    <message>
        <source>Add duty</source>
        <translation>新增職責</translation>
    </message>
    <message>
        <source>Delete duty</source>
        <translation>刪除職責</translation>
    </message>
    <message>
        <source>Delete duties</source>
        <translation>刪除職責</translation>
    </message>
    <message>
        <source>Reorder duties</source>
        <translation>調整職責順序</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>編輯職責</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>設定類別</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>指派角色</translation>
    </message>
    <message>
        <source>Clear roles</source>
        <translation>清除角色</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>刪除角色</translation>
    </message>
    <message>
        <source>Reorder roles</source>
        <translation>調整角色順序</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>編輯角色</translation>
    </message>
    <message>
        <source>Change role code</source>
        <translation>變更角色代碼</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>刪除連線</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>編輯連線</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>PNG picture</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 向量圖</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>DOT graph (no Graphviz needed)</source>
        <translation>DOT 圖形（不需 Graphviz）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Graphviz lays out (dot)</source>
        <translation>由 Graphviz 排版（dot）</translation>
    </message>
    <message>
        <source>As on screen (pinned, fast)</source>
        <translation>與畫面相同（固定位置，快速）</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>由上而下</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>由左而右</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>兩種語言</translation>
    </message>
    <message>
        <source>Export Image (Graphviz)</source>
        <translation>匯出圖片（Graphviz）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>標籤(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>排版(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解析度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>儲存至(&amp;S)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>PNG for slides, SVG or PDF to scale without blur, DOT to edit the graph yourself</source>
        <translation>PNG 適合簡報，SVG 或 PDF 縮放不失真，DOT 可自行編輯圖形</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>標籤語言</translation>
    </message>
    <message>
        <source>The language of the labels; both stacks the first language over the second</source>
        <translation>標籤的語言；「兩種語言」會將第一種語言疊在第二種之上</translation>
    </message>
    <message>
        <source>Show each tier&apos;s &amp;duties with their roles</source>
        <translation>顯示各層級的職責及其角色(&amp;D)</translation>
    </message>
    <message>
        <source>Show duties</source>
        <translation>顯示職責</translation>
    </message>
    <message>
        <source>List on every card the duties of its tier (and its own), with the role codes in their colours</source>
        <translation>在每張卡片上列出其層級（及其本身）的職責，角色代碼以各自的顏色顯示</translation>
    </message>
    <message>
        <source>Layout engine</source>
        <translation>排版引擎</translation>
    </message>
    <message>
        <source>Automatic: Graphviz lays out charts of up to {n} units; larger ones keep the layout you see, which is fast</source>
        <translation>自動：{n} 個單位以內的組織圖由 Graphviz 排版；更大的組織圖沿用畫面上的排版，速度較快</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Tiers as rows (top to bottom) or as columns (left to right)</source>
        <translation>層級作為列（由上而下）或作為欄（由左而右）</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>解析度（每英吋點數）</translation>
    </message>
    <message>
        <source>PNG only: 96 for the screen, 150 for slides, 300 for print</source>
        <translation>僅限 PNG：螢幕用 96，簡報用 150，列印用 300</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>要匯出的檔案</translation>
    </message>
    <message>
        <source>Where the picture is saved; its ending follows the format</source>
        <translation>圖片儲存的位置；副檔名依格式而定</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>選擇資料夾與檔名</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>匯出圖片</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>OrgChart files (*.orgchart)</source>
        <translation>OrgChart 檔案 (*.orgchart)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>Start a blank chart</source>
        <translation>建立空白組織圖</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a chart file</source>
        <translation>開啟組織圖檔案</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>儲存組織圖</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the chart under a new name</source>
        <translation>以新名稱儲存組織圖</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes and reload the file</source>
        <translation>捨棄變更並重新載入檔案</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>從範本新增(&amp;T)</translation>
    </message>
    <message>
        <source>Start from a copy of a sample</source>
        <translation>從範例的副本開始</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open a chart used lately</source>
        <translation>開啟最近使用的組織圖</translation>
    </message>
    <message>
        <source>A new, untitled chart copied from {name}</source>
        <translation>複製自 {name} 的未命名新組織圖</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除選單(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently used files</source>
        <translation>清除最近使用的檔案清單</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（唯讀）</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>正在開啟「{name}」…</translation>
    </message>
    <message>
        <source>Drawing “{name}” ({count} units)…</source>
        <translation>正在繪製「{name}」（{count} 個單位）…</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. The chart on screen was not changed.

{error}</source>
        <translation>無法開啟「{name}」。畫面上的組織圖未變更。

{error}</translation>
    </message>
    <message>
        <source>{path}: the chart is open in another OrgChart Builder ({who}); it was not changed. Save under another name with Save As.</source>
        <translation>{path}：此組織圖已在另一個 OrgChart Builder 中開啟（{who}），檔案未變更。請用「另存新檔」以其他名稱儲存。</translation>
    </message>
    <message>
        <source>Saving “{name}”…</source>
        <translation>正在儲存「{name}」…</translation>
    </message>
    <message>
        <source>Open Chart</source>
        <translation>開啟組織圖</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>組織圖另存新檔</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>要儲存對「{name}」的變更嗎？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>若不儲存，您的變更將會遺失。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload “{name}” from disk? This cannot be undone.</source>
        <translation>要捨棄所有未儲存的變更，並從磁碟重新載入「{name}」嗎？此動作無法撤銷。</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>取代檔案</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>「{name}」已存在。要取代嗎？</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>無法儲存組織圖。</translation>
    </message>
    <message>
        <source>Chart in use</source>
        <translation>組織圖使用中</translation>
    </message>
    <message>
        <source>“{name}” is already open in OrgChart Builder, {who}.</source>
        <translation>「{name}」已在 OrgChart Builder 中開啟，{who}。</translation>
    </message>
    <message>
        <source>Open it read-only to look at it, or open a copy to change and save under another name. If that instance has closed without tidying up, open the chart again once it is gone.</source>
        <translation>可用唯讀方式開啟以檢視，或開啟副本以修改並以其他名稱儲存。若該程式已結束卻未清理乾淨，請在它確實關閉後重新開啟此組織圖。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以唯讀方式開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>開啟副本(&amp;C)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁碟上的檔案已變更</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation>自您開啟後，「{name}」已被他人變更。</translation>
    </message>
    <message>
        <source>Overwrite replaces their changes with yours. Save As keeps both. Reload shows their version and drops your unsaved changes.</source>
        <translation>「覆寫」會以您的變更取代對方的變更；「另存新檔」會保留兩者；「重新載入」會顯示對方的版本，並捨棄您未儲存的變更。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆寫(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Find a unit by name…</source>
        <translation>依名稱尋找單位…</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>尋找文字</translation>
    </message>
    <message>
        <source>A part of a unit&apos;s name in any language, or of a person&apos;s name or title. Enter: next, Shift+Enter: previous, Esc: close.</source>
        <translation>單位名稱（任何語言）或人員姓名、職務的一部分。Enter：下一個，Shift+Enter：上一個，Esc：關閉。</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一個符合項目（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一個符合項目（F3）</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>符合項目</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>關閉尋找列（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>找不到符合項目</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 個符合項目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <source>unexpected error: {error}</source>
        <translation>未預期的錯誤：{error}</translation>
    </message>
    <message>
        <source>Exporting the chart with Graphviz…</source>
        <translation>正在以 Graphviz 匯出組織圖…</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>匯出圖片</translation>
    </message>
    <message>
        <source>You can also give the folder of the Graphviz programs in Preferences.</source>
        <translation>您也可以在「偏好設定」中指定 Graphviz 程式所在的資料夾。</translation>
    </message>
    <message>
        <source>The chart was exported to {name}.</source>
        <translation>組織圖已匯出至 {name}。</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>開啟資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>The chart could not be exported: {why}</source>
        <translation>無法匯出組織圖：{why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Duty matrix workbook (exported by OrgChart Builder)</source>
        <translation>職責矩陣活頁簿（由 OrgChart Builder 匯出）</translation>
    </message>
    <message>
        <source>People list: one row per unit (Visio, draw.io, Lucidchart, OrgChart Now)</source>
        <translation>人員清單：每個單位一列（Visio、draw.io、Lucidchart、OrgChart Now）</translation>
    </message>
    <message>
        <source>Outline: one unit per line, indented under the one it reports to</source>
        <translation>大綱：每行一個單位，縮排於其隸屬單位之下</translation>
    </message>
    <message>
        <source>GraphML graph (yEd, Gephi, networkx)</source>
        <translation>GraphML 圖（yEd、Gephi、networkx）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>隸屬於</translation>
    </message>
    <message>
        <source>Tier or level</source>
        <translation>層級或級別</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Dotted-line managers</source>
        <translation>虛線主管</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import Pasted Outline</source>
        <translation>匯入貼上的大綱</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>匯入組織圖</translation>
    </message>
    <message>
        <source>Outline text</source>
        <translation>大綱文字</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>檔案類型</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>文字的語言</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Preview of the rows and what each column holds</source>
        <translation>各列的預覽，以及每一欄的內容</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大綱</translation>
    </message>
    <message>
        <source>Open in a &amp;new window</source>
        <translation>在新視窗中開啟(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace the chart in this window</source>
        <translation>取代此視窗中的組織圖(&amp;R)</translation>
    </message>
    <message>
        <source>Say what each column holds; the first row of drop-downs is the guess from the column names.</source>
        <translation>請指出每一欄的內容；第一列的下拉選單是依欄名推測的結果。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>文字的語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>What column {name} holds</source>
        <translation>「{name}」欄的內容</translation>
    </message>
    <message>
        <source>“{title}”: {units}, {tiers}, {duties}, {roles}.

Role codes changed in the workbook&apos;s matrix come back; other changes to its sheets are not read (make them in the app).</source>
        <translation>「{title}」：{units}，{tiers}，{duties}，{roles}。

在活頁簿矩陣中變更的角色代碼會帶回；對其工作表的其他變更不會讀取（請在本程式中進行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 個單位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n 個層級</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s)</source>
        <translation>
            <numerusform>%n 項職責</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 個角色</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”: {units}, {tiers}.</source>
        <translation>「{title}」：{units}，{tiers}。</translation>
    </message>
    <message>
        <source>Cannot import: {reason}</source>
        <translation>無法匯入：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Charts from other tools (*.xlsx *.csv *.tsv *.txt *.md *.graphml);;Excel workbooks (*.xlsx);;CSV files (*.csv *.tsv);;Outlines (*.txt *.md);;GraphML (*.graphml);;All files (*)</source>
        <translation>其他工具的圖表 (*.xlsx *.csv *.tsv *.txt *.md *.graphml);;Excel 活頁簿 (*.xlsx);;CSV 檔案 (*.csv *.tsv);;大綱 (*.txt *.md);;GraphML (*.graphml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>錯誤：{0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation>{path}：沒有這個檔案</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>InPlaceRename</name>
    <message>
        <source>Unit name</source>
        <translation>單位名稱</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Show or hide the properties of the selected unit or tier</source>
        <translation>顯示或隱藏所選單位或層級的屬性</translation>
    </message>
    <message>
        <source>Select a unit, a tier, a duty or a link to see and edit its properties.</source>
        <translation>選取單位、層級、職責或連線，即可檢視並編輯其屬性。</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Add &amp;Link…</source>
        <translation>新增連線(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a dotted-line, coordination or supervision link between the two selected units</source>
        <translation>在所選的兩個單位之間新增虛線隸屬、協調或監督連線</translation>
    </message>
    <message>
        <source>Edit Lin&amp;k…</source>
        <translation>編輯連線(&amp;K)…</translation>
    </message>
    <message>
        <source>Change the kind or label of the selected link</source>
        <translation>變更所選連線的類型或標籤</translation>
    </message>
    <message>
        <source>Remove Li&amp;nk</source>
        <translation>移除連線(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>移除所選連線</translation>
    </message>
    <message>
        <source>Select exactly two units to link them.</source>
        <translation>請選取恰好兩個單位以建立連線。</translation>
    </message>
    <message>
        <source>Select one link (or two units joined by one link).</source>
        <translation>請選取一條連線（或由一條連線相連的兩個單位）。</translation>
    </message>
    <message>
        <source>Select a link to remove.</source>
        <translation>請選取要移除的連線。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>編輯連線</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>Units the link joins</source>
        <translation>連線所連接的單位</translation>
    </message>
    <message>
        <source>Swap the two ends of the link</source>
        <translation>對調連線的兩端</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>連線類型</translation>
    </message>
    <message>
        <source>Dotted-line reporting, coordination or supervision; none of them is a reporting line</source>
        <translation>虛線隸屬、協調或監督；都不是正式的隸屬關係</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>連線標籤</translation>
    </message>
    <message>
        <source>A short label drawn on the link (optional)</source>
        <translation>畫在連線上的簡短標籤（選填）</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>Link</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Units the link joins</source>
        <translation>連線所連接的單位</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>連線類型</translation>
    </message>
    <message>
        <source>Dotted-line reporting, coordination or supervision</source>
        <translation>虛線隸屬、協調或監督</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>連線標籤</translation>
    </message>
    <message>
        <source>A short label drawn on the link (optional)</source>
        <translation>畫在連線上的簡短標籤（選填）</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>移除連線</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>Dotted-line reporting</source>
        <translation>虛線隸屬</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>協調</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>監督</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Both languages</source>
        <translation>兩種語言</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>組織圖</translation>
    </message>
    <message>
        <source>Duty Matrix</source>
        <translation>職責矩陣</translation>
    </message>
    <message>
        <source>The organisation chart</source>
        <translation>組織圖</translation>
    </message>
    <message>
        <source>Every duty, and the role each tier plays in it</source>
        <translation>每項職責，以及各層級在其中擔任的角色</translation>
    </message>
    <message>
        <source>Chart and duty matrix</source>
        <translation>組織圖與職責矩陣</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <source>Opened chart</source>
        <translation>開啟時的組織圖</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤銷歷程</translation>
    </message>
    <message>
        <source>Every change, oldest first; click a line to go back to it</source>
        <translation>每一項變更，最舊的在前；按一下某一行即可回到該狀態</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新視窗(&amp;W)</translation>
    </message>
    <message>
        <source>Open another window</source>
        <translation>開啟另一個視窗</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Interface language, autosave, labels, export font</source>
        <translation>介面語言、自動儲存、標籤、匯出字型</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>關閉視窗(&amp;C)</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>關閉此視窗</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Close every window</source>
        <translation>關閉所有視窗</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a unit by name, in any language</source>
        <translation>依名稱尋找單位，任何語言皆可</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>前往下一個符合項目</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>前往上一個符合項目</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>&amp;Fit Chart</source>
        <translation>顯示整張組織圖(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>顯示整張組織圖</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>縮放至 100 %</translation>
    </message>
    <message>
        <source>&amp;About OrgChart Builder</source>
        <translation>關於 OrgChart Builder(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本與授權</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a chart from a people list (CSV or Excel), a duty-matrix workbook, an outline or GraphML</source>
        <translation>從人員清單（CSV 或 Excel）、職責矩陣活頁簿、大綱或 GraphML 建立組織圖</translation>
    </message>
    <message>
        <source>&amp;Image (Graphviz)…</source>
        <translation>圖片（Graphviz）(&amp;I)…</translation>
    </message>
    <message>
        <source>PNG, SVG, PDF or DOT drawn by Graphviz, with duties if you like</source>
        <translation>由 Graphviz 繪製的 PNG、SVG、PDF 或 DOT，可附上職責</translation>
    </message>
    <message>
        <source>&amp;Duty Matrix (Excel)…</source>
        <translation>職責矩陣（Excel）(&amp;D)…</translation>
    </message>
    <message>
        <source>A workbook of every duty and role, ready to print</source>
        <translation>列出所有職責與角色的活頁簿，可直接列印</translation>
    </message>
    <message>
        <source>Chart &amp;Properties…</source>
        <translation>組織圖屬性(&amp;P)…</translation>
    </message>
    <message>
        <source>Title and languages of the chart</source>
        <translation>組織圖的標題與語言</translation>
    </message>
    <message>
        <source>Role &amp;Legend…</source>
        <translation>角色圖例(&amp;L)…</translation>
    </message>
    <message>
        <source>The roles duties are assigned with: codes, names, colours</source>
        <translation>指派職責所用的角色：代碼、名稱、顏色</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>標籤(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <source>Top to Bottom</source>
        <translation>由上而下</translation>
    </message>
    <message>
        <source>Left to Right</source>
        <translation>由左而右</translation>
    </message>
    <message>
        <source>Show &amp;People on Cards</source>
        <translation>在卡片上顯示人員(&amp;P)</translation>
    </message>
    <message>
        <source>List each unit&apos;s people on its card, or names only</source>
        <translation>在卡片上列出各單位的人員，或只顯示名稱</translation>
    </message>
    <message>
        <source>&amp;Compact Leaves</source>
        <translation>緊湊排列末端單位(&amp;C)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Zoom (type a percentage)</source>
        <translation>縮放（輸入百分比）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Which language the labels show</source>
        <translation>標籤顯示的語言</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>標籤語言</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>組織圖摘要</translation>
    </message>
    <message>
        <source>Units, tiers and duties; errors and warnings</source>
        <translation>單位、層級與職責；錯誤與警告</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 個單位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n 個層級</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s)</source>
        <translation>
            <numerusform>%n 項職責</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>About OrgChart Builder</source>
        <translation>關於 OrgChart Builder</translation>
    </message>
    <message>
        <source>&lt;p&gt;Organisation charts with tiers, units and duties, checked as a hierarchy, in Chinese and English.&lt;/p&gt;</source>
        <translation>&lt;p&gt;以層級、單位與職責建構組織圖，並檢查其層級結構；支援中文與英文。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>Why the change was refused</source>
        <translation>變更遭拒的原因</translation>
    </message>
</context>
<context>
    <name>MoveUnitsDialog</name>
    <message>
        <source>Remove Tier</source>
        <translation>移除層級</translation>
    </message>
    <message numerus="yes">
        <source>Tier “%1” still has %n unit(s). Move them to another tier and remove the tier?</source>
        <translation>
            <numerusform>層級「%1」仍有 %n 個單位。要將它們移至另一個層級並移除此層級嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the units to</source>
        <translation>將單位移至</translation>
    </message>
    <message>
        <source>The tier that takes the units</source>
        <translation>接收這些單位的層級</translation>
    </message>
    <message>
        <source>Move Units and Remove Tier</source>
        <translation>移動單位並移除層級</translation>
    </message>
    <message>
        <source>Move the units, then remove the tier (one undo step)</source>
        <translation>先移動單位，再移除層級（一個撤銷步驟）</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>There is no other tier to move the units to.</source>
        <translation>沒有其他層級可移入這些單位。</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>大綱</translation>
    </message>
    <message>
        <source>Show or hide the outline of the chart</source>
        <translation>顯示或隱藏組織圖的大綱</translation>
    </message>
    <message>
        <source>Outline of the chart</source>
        <translation>組織圖大綱</translation>
    </message>
    <message>
        <source>The units of the chart by whom they report to. Drag a unit onto another to change whom it reports to.</source>
        <translation>組織圖的單位，依隸屬關係排列。將一個單位拖到另一個單位上，即可變更其隸屬對象。</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>（無層級）</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>層級：{0}</translation>
    </message>
    <message>
        <source>Reports to “{0}”, which is not on the chart.</source>
        <translation>隸屬於「{0}」，但該單位不在組織圖上。</translation>
    </message>
    <message>
        <source>Its reporting line goes round in a circle.</source>
        <translation>其隸屬關係形成了循環。</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>GraphML for yEd (*.graphml)</source>
        <translation>yEd 用的 GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>複製為圖片(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the chart, or the selected units, as a picture to paste into slides</source>
        <translation>將組織圖或所選單位複製為圖片，以貼到簡報中</translation>
    </message>
    <message>
        <source>Export What You &amp;See…</source>
        <translation>匯出畫面所見(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the chart as the canvas draws it: PNG, SVG or PDF (no Graphviz needed)</source>
        <translation>依畫布所繪儲存組織圖：PNG、SVG 或 PDF（不需 Graphviz）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chart on one page or over several</source>
        <translation>將組織圖列印在一頁或多頁上</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>See the printed pages, and set the paper</source>
        <translation>檢視列印頁面並設定紙張</translation>
    </message>
    <message>
        <source>&amp;Slides (PowerPoint)…</source>
        <translation>簡報（PowerPoint）(&amp;S)…</translation>
    </message>
    <message>
        <source>A deck of editable slides: the chart, each tier&apos;s duties and the legend</source>
        <translation>一份可編輯的簡報：組織圖、各層級的職責與圖例</translation>
    </message>
    <message>
        <source>&amp;GraphML (yEd)…</source>
        <translation>GraphML（yEd）(&amp;G)…</translation>
    </message>
    <message>
        <source>The chart for yEd and other graph tools, laid out</source>
        <translation>供 yEd 與其他圖形工具使用、已排版的組織圖</translation>
    </message>
    <message>
        <source>Copied the selected units as a picture</source>
        <translation>已將所選單位複製為圖片</translation>
    </message>
    <message>
        <source>Copied the chart as a picture</source>
        <translation>已將組織圖複製為圖片</translation>
    </message>
    <message>
        <source>Export What You See</source>
        <translation>匯出畫面所見</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>組織圖</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>已將 %n 頁送至印表機</numerusform>
        </translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translation>匯出 GraphML</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>The people named on the unit&apos;s card</source>
        <translation>單位卡片上列出的人員</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>移除人員</translation>
    </message>
    <message>
        <source>Move the person up</source>
        <translation>將人員上移</translation>
    </message>
    <message>
        <source>Move the person down</source>
        <translation>將人員下移</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>尚未列出任何人員</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>人員姓名</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>人員的姓名</translation>
    </message>
    <message>
        <source>Person&apos;s title</source>
        <translation>人員職務</translation>
    </message>
    <message>
        <source>The person&apos;s title, such as 縣委書記 / County Party secretary</source>
        <translation>人員的職務，例如 縣委書記 / County Party secretary</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Both (primary over secondary)</source>
        <translation>兩種語言（主要語言在上）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>介面語言(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自動儲存間隔(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>顯示語言(&amp;D)：</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translation>匯出字型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Graphviz folder:</source>
        <translation>Graphviz 資料夾(&amp;G)：</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default</source>
        <translation>將此頁所有設定恢復為預設值</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢復預設值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>自動儲存間隔（秒）</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is written; 0 turns autosave off</source>
        <translation>多久寫入一次未儲存變更的復原副本；0 表示關閉自動儲存</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; Automatic follows the system. Open windows switch at once and keep their charts</source>
        <translation>選單、面板與訊息的語言；「自動」依系統設定。已開啟的視窗會立即切換，並保留其組織圖</translation>
    </message>
    <message>
        <source>Default display language</source>
        <translation>預設顯示語言</translation>
    </message>
    <message>
        <source>The language labels are shown in for new windows and new charts; “Both” stacks the first language over the second</source>
        <translation>新視窗與新組織圖的標籤語言；「兩種語言」會將第一種語言疊在第二種之上</translation>
    </message>
    <message>
        <source>Export font</source>
        <translation>匯出字型</translation>
    </message>
    <message>
        <source>The font used in exported images and slides; choose one with Chinese glyphs for Chinese labels</source>
        <translation>匯出圖片與簡報所用的字型；中文標籤請選擇含中文字形的字型</translation>
    </message>
    <message>
        <source>Find on PATH</source>
        <translation>在 PATH 中尋找</translation>
    </message>
    <message>
        <source>Graphviz folder</source>
        <translation>Graphviz 資料夾</translation>
    </message>
    <message>
        <source>The folder with the Graphviz programs (dot); leave empty to find them on PATH</source>
        <translation>Graphviz 程式（dot）所在的資料夾；留空則在 PATH 中尋找</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the Graphviz folder</source>
        <translation>瀏覽 Graphviz 資料夾</translation>
    </message>
    <message>
        <source>Choose the folder with the Graphviz programs</source>
        <translation>選擇 Graphviz 程式所在的資料夾</translation>
    </message>
    <message>
        <source>Graphviz status</source>
        <translation>Graphviz 狀態</translation>
    </message>
    <message>
        <source>Whether the Graphviz dot program was found, and its version</source>
        <translation>是否找到 Graphviz 的 dot 程式，以及其版本</translation>
    </message>
    <message>
        <source>in this folder or on PATH</source>
        <translation>在此資料夾或 PATH 中</translation>
    </message>
    <message>
        <source>on PATH</source>
        <translation>在 PATH 中</translation>
    </message>
    <message>
        <source>✗ dot was not found {where}. Install Graphviz (graphviz.org) to export images; DOT files export without it.</source>
        <translation>✗ {where}找不到 dot。請安裝 Graphviz（graphviz.org）以匯出圖片；匯出 DOT 檔案則不需要。</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本不明</translation>
    </message>
    <message>
        <source>✓ {version} — {path}</source>
        <translation>✓ {version} — {path}</translation>
    </message>
    <message>
        <source>(not in the chosen folder: found on PATH)</source>
        <translation>（不在所選資料夾中：於 PATH 中找到）</translation>
    </message>
</context>
<context>
    <name>PrintOptionsWidget</name>
    <message>
        <source>Chart</source>
        <translation>組織圖</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translation>縮放至一頁</translation>
    </message>
    <message numerus="yes">
        <source>%n pages wide</source>
        <translation>
            <numerusform>寬 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages across</source>
        <translation>橫向頁數</translation>
    </message>
    <message>
        <source>Print the chart on one page, or larger over several pages side by side</source>
        <translation>將組織圖列印在一頁上，或放大後並排列印在多頁上</translation>
    </message>
    <message>
        <source>Overlap marks</source>
        <translation>拼接標記</translation>
    </message>
    <message>
        <source>Dashed lines where the next page begins, to trim and tape the pages together</source>
        <translation>在下一頁開始處畫虛線，方便裁切並黏貼拼接頁面</translation>
    </message>
    <message>
        <source>Chart on paper:</source>
        <translation>紙上的組織圖：</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import Problems</source>
        <translation>匯入問題</translation>
    </message>
    <message numerus="yes">
        <source>The file was read, with %n problem(s). Every row that could be read is kept; the chart opens with these problems listed in the Problems panel, to fix there.</source>
        <translation>
            <numerusform>已讀取檔案，發現 %n 個問題。所有能讀取的列都已保留；開啟組織圖後，這些問題會列在「問題」面板中，可在那裡修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Show or hide the problems of the chart</source>
        <translation>顯示或隱藏組織圖的問題</translation>
    </message>
    <message>
        <source>No problems: the chart is a sound hierarchy.</source>
        <translation>沒有問題：組織圖的層級結構完整無誤。</translation>
    </message>
    <message>
        <source>Problems of the chart</source>
        <translation>組織圖的問題</translation>
    </message>
    <message>
        <source>Show or hide the errors</source>
        <translation>顯示或隱藏錯誤</translation>
    </message>
    <message>
        <source>Show or hide the warnings</source>
        <translation>顯示或隱藏警告</translation>
    </message>
    <message>
        <source>Show or hide the notes</source>
        <translation>顯示或隱藏提示</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>問題（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 則提示</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts: 2 errors, 1 warning</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Code: {0}</source>
        <translation>代碼：{0}</translation>
    </message>
    <message>
        <source>Double-click to select it on the chart</source>
        <translation>按兩下即可在組織圖上選取</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved charts</source>
        <translation>復原未儲存的組織圖</translation>
    </message>
    <message>
        <source>Some charts were not saved</source>
        <translation>有些組織圖未儲存</translation>
    </message>
    <message>
        <source>OrgChart Builder did not close properly last time. Recovery copies of these charts were kept. Restore opens each one to review and save.</source>
        <translation>OrgChart Builder 上次未正常關閉，已保留下列組織圖的復原副本。「復原」會逐一開啟，供您檢查並儲存。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復原(&amp;R)</translation>
    </message>
    <message>
        <source>Open the checked charts, each in a window, to review and save</source>
        <translation>開啟勾選的組織圖（各在一個視窗中），以檢查並儲存</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the checked recovery copies for good</source>
        <translation>永久刪除勾選的復原副本</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>Keep every copy and ask again at the next start</source>
        <translation>保留所有副本，下次啟動時再詢問</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Recovered charts</source>
        <translation>復原的組織圖</translation>
    </message>
    <message>
        <source>Check the charts to restore or discard</source>
        <translation>勾選要復原或捨棄的組織圖</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>從未儲存</translation>
    </message>
    <message>
        <source>Delete this recovery copy?</source>
        <translation>要刪除此復原副本嗎？</translation>
    </message>
    <message>
        <source>Delete these {count} recovery copies?</source>
        <translation>要刪除這 {count} 份復原副本嗎？</translation>
    </message>
    <message>
        <source>Discard recovery copies</source>
        <translation>捨棄復原副本</translation>
    </message>
    <message>
        <source>Their unsaved changes will be lost.</source>
        <translation>其中未儲存的變更將會遺失。</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>RoleLegendDialog</name>
    <message>
        <source>Role Legend</source>
        <translation>角色圖例</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Double-click a code or a name to change it</source>
        <translation>按兩下代碼或名稱即可修改</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Remove the selected role; its assignments are cleared</source>
        <translation>移除所選角色；其指派將被清除</translation>
    </message>
    <message>
        <source>Move the role up</source>
        <translation>將角色上移</translation>
    </message>
    <message>
        <source>Move the role down</source>
        <translation>將角色下移</translation>
    </message>
    <message>
        <source>A unique role is given at most once in each duty, like RACI&apos;s Accountable.</source>
        <translation>唯一角色在每項職責中至多指派一次，如 RACI 中的「負責」（Accountable）。</translation>
    </message>
    <message>
        <source>Name (%s)</source>
        <translation>名稱（%s）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <source>At most one assignment of this role per duty</source>
        <translation>此角色在每項職責中至多指派一次</translation>
    </message>
    <message>
        <source>Not unique</source>
        <translation>不唯一</translation>
    </message>
    <message>
        <source>The code shown in the matrix&apos;s cells</source>
        <translation>顯示在矩陣儲存格中的代碼</translation>
    </message>
    <message>
        <source>The role&apos;s name in %s</source>
        <translation>角色的%s名稱</translation>
    </message>
    <message>
        <source>Role colour</source>
        <translation>角色顏色</translation>
    </message>
    <message>
        <source>Colour of role %s</source>
        <translation>角色 %s 的顏色</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>移除角色</translation>
    </message>
    <message numerus="yes">
        <source>Role %1 (%2) is given in %n assignment(s). Removing it clears them; Undo brings them back.</source>
        <translation>
            <numerusform>角色 %1（%2）用於 %n 項指派。移除此角色會清除這些指派；「撤銷」可將其復原。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlidesDialog</name>
    <message>
        <source>Both languages</source>
        <translation>兩種語言</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint 簡報 (*.pptx)</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>匯出簡報</translation>
    </message>
    <message>
        <source>Export slides</source>
        <translation>匯出簡報</translation>
    </message>
    <message>
        <source>A slide of duties for each tier</source>
        <translation>每個層級一張職責投影片</translation>
    </message>
    <message>
        <source>Each tier&apos;s duties and the role it plays in them, as a table</source>
        <translation>以表格列出各層級的職責及其擔任的角色</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>由上而下</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>由左而右</translation>
    </message>
    <message>
        <source>Direction of the chart</source>
        <translation>組織圖方向</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>標籤(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>標籤語言</translation>
    </message>
    <message>
        <source>The slides are written. Please note:</source>
        <translation>簡報已寫入。請注意：</translation>
    </message>
</context>
<context>
    <name>TierEditor</name>
    <message>
        <source>Tier name</source>
        <translation>層級名稱</translation>
    </message>
    <message>
        <source>The tier&apos;s name, as the chart&apos;s band shows it</source>
        <translation>層級名稱，即組織圖橫帶上顯示的名稱</translation>
    </message>
    <message>
        <source>Tier motto</source>
        <translation>層級定位</translation>
    </message>
    <message>
        <source>A short motto of what the tier does, such as 統籌 / makes overall plans</source>
        <translation>簡述層級的職能定位，例如 統籌 / makes overall plans</translation>
    </message>
    <message>
        <source>Tier colour</source>
        <translation>層級顏色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Motto</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
</context>
<context>
    <name>TierPage</name>
    <message>
        <source>Units on this tier</source>
        <translation>此層級的單位</translation>
    </message>
    <message>
        <source>Duties of this tier</source>
        <translation>此層級的職責</translation>
    </message>
    <message>
        <source>Tier: %s</source>
        <translation>層級：%s</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) on this tier</source>
        <translation>
            <numerusform>此層級有 %n 個單位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TiersDock</name>
    <message>
        <source>Tiers</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Show or hide the list of tiers</source>
        <translation>顯示或隱藏層級清單</translation>
    </message>
    <message>
        <source>The tiers from the top down; drag a tier to change its rank</source>
        <translation>由上而下的層級；拖曳層級即可變更其順位</translation>
    </message>
    <message>
        <source>Add a tier below the selected one (or at the bottom)</source>
        <translation>在所選層級下方（或最底部）新增層級</translation>
    </message>
    <message>
        <source>Remove the selected tier (asks where its units go)</source>
        <translation>移除所選層級（會詢問其單位的去向）</translation>
    </message>
    <message>
        <source>Move the tier up one rank</source>
        <translation>將層級上移一級</translation>
    </message>
    <message>
        <source>Move the tier down one rank</source>
        <translation>將層級下移一級</translation>
    </message>
    <message>
        <source>Selected tier</source>
        <translation>所選層級</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 個單位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitActions</name>
    <message>
        <source>Add &amp;Child</source>
        <translation>新增下級(&amp;C)</translation>
    </message>
    <message>
        <source>Add a unit reporting to the selected one, on the next tier down</source>
        <translation>在下一個層級新增隸屬於所選單位的單位</translation>
    </message>
    <message>
        <source>Add &amp;Sibling</source>
        <translation>新增同級(&amp;S)</translation>
    </message>
    <message>
        <source>Add a unit beside the selected one</source>
        <translation>在所選單位旁新增單位</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the selected unit&apos;s name</source>
        <translation>編輯所選單位的名稱</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected units (asks about the units below them)</source>
        <translation>刪除所選單位（會詢問其下級單位如何處理）</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>移到前一個同級單位之前</translation>
    </message>
    <message>
        <source>Move Righ&amp;t</source>
        <translation>右移(&amp;T)</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>移到下一個同級單位之後</translation>
    </message>
    <message>
        <source>Collapse / E&amp;xpand</source>
        <translation>收合/展開(&amp;X)</translation>
    </message>
    <message>
        <source>Hide or show the units below</source>
        <translation>隱藏或顯示下級單位</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected units and everything below them</source>
        <translation>剪下所選單位及其所有下級</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected units and everything below them</source>
        <translation>複製所選單位及其所有下級</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied units below the selected unit</source>
        <translation>將複製的單位貼到所選單位之下</translation>
    </message>
    <message>
        <source>Move to &amp;Tier</source>
        <translation>移至層級(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The selected unit has units reporting to it.</source>
        <translation>所選單位有下級單位隸屬於它。</translation>
    </message>
    <message>
        <source>Some selected units have units reporting to them.</source>
        <translation>部分所選單位有下級單位隸屬於它們。</translation>
    </message>
    <message>
        <source>Delete them too, or keep them and let them report to the unit above?</source>
        <translation>要一併刪除它們，還是保留它們並改為隸屬於上一級單位？</translation>
    </message>
    <message>
        <source>Delete Everything Below</source>
        <translation>刪除所有下級</translation>
    </message>
    <message>
        <source>Keep the Units Below</source>
        <translation>保留下級單位</translation>
    </message>
    <message>
        <source>The clipboard holds no units to paste.</source>
        <translation>剪貼簿中沒有可貼上的單位。</translation>
    </message>
    <message>
        <source>Select the unit to paste below.</source>
        <translation>請選取要貼在其下的單位。</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes about the unit</source>
        <translation>關於此單位的備註</translation>
    </message>
    <message>
        <source>Duties through its tier</source>
        <translation>經由層級承擔的職責</translation>
    </message>
    <message>
        <source>The duties of the unit&apos;s tier, with the tier&apos;s role in each; edit them on the tier</source>
        <translation>單位所在層級的職責，及該層級在各職責中的角色；請在層級上編輯</translation>
    </message>
    <message>
        <source>The tier has no duties</source>
        <translation>此層級沒有職責</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Links to other units; double-click one to edit it</source>
        <translation>與其他單位的連線；按兩下即可編輯</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>沒有連線</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>The unit&apos;s name, as its card shows it</source>
        <translation>單位名稱，即其卡片上顯示的名稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>The tier the unit sits on: below the tier of the unit it reports to</source>
        <translation>單位所在的層級：須低於其隸屬單位的層級</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>隸屬於</translation>
    </message>
    <message>
        <source>The unit this one reports to (units on a higher tier, not below this one)</source>
        <translation>此單位所隸屬的單位（層級較高、且不在此單位之下的單位）</translation>
    </message>
    <message>
        <source>Nobody: the top unit</source>
        <translation>無：最上層單位</translation>
    </message>
    <message>
        <source>Select the unit it reports to</source>
        <translation>選取其隸屬的單位</translation>
    </message>
    <message>
        <source>Hide the units below it</source>
        <translation>隱藏其下級單位</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已收合</translation>
    </message>
    <message>
        <source>Draw the unit collapsed, without its subtree</source>
        <translation>將單位收合顯示，不顯示其下級</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Its own duties</source>
        <translation>其本身的職責</translation>
    </message>
    <message>
        <source>Unit: %s</source>
        <translation>單位：%s</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Selected units</source>
        <translation>所選單位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Put every selected unit on this tier, as one step</source>
        <translation>將所有所選單位放到此層級，作為一個步驟</translation>
    </message>
    <message>
        <source>Several tiers</source>
        <translation>多個層級</translation>
    </message>
    <message>
        <source>Hide the units below them</source>
        <translation>隱藏它們的下級單位</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已收合</translation>
    </message>
    <message>
        <source>Collapse or expand every selected unit</source>
        <translation>收合或展開所有所選單位</translation>
    </message>
    <message numerus="yes">
        <source>%n units selected</source>
        <translation>
            <numerusform>已選取 %n 個單位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Writing “{name}”…</source>
        <translation>正在寫入「{name}」…</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly ({reason}); nothing was written</source>
        <translation>匯出意外中止（{reason}），未寫入任何內容</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Automatic (system language)</source>
        <translation>自動（系統語言）</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>{folder}: could not write a recovery copy: {reason}</source>
        <translation>{folder}：無法寫入復原副本：{reason}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <source>A recovery copy could not be read; it was kept in {folder}.</source>
        <translation>無法讀取某個復原副本；它已保留在 {folder} 中。</translation>
    </message>
</context>
</TS>
