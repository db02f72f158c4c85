<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>Imports are not safe here</source>
        <translation>此处导入不安全</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>“{unit}” already reports to “{parent}”.</source>
        <translation>“{unit}”已隶属于“{parent}”。</translation>
    </message>
    <message>
        <source>Drop to make “{unit}” report to “{parent}”.</source>
        <translation>放开即让“{unit}”隶属于“{parent}”。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>No units yet. Add the top unit with Add Child (Tab).</source>
        <translation>尚无单位。请用“添加下级”（Tab）加入最上层单位。</translation>
    </message>
</context>
<context>
    <name>ChartPrintPreview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source> Chart: </source>
        <translation> 组织图：</translation>
    </message>
</context>
<context>
    <name>ChartPrinter</name>
    <message>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>打印组织图</translation>
    </message>
</context>
<context>
    <name>ChartPropertiesDialog</name>
    <message>
        <source>Chart Properties</source>
        <translation>组织图属性</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>组织图标题</translation>
    </message>
    <message>
        <source>The chart&apos;s title, in each of its languages</source>
        <translation>组织图的标题，每种语言各一</translation>
    </message>
    <message>
        <source>Languages of the chart</source>
        <translation>组织图的语言</translation>
    </message>
    <message>
        <source>The first language is the primary one: it is shown on top when both are shown</source>
        <translation>第一种语言为主要语言：同时显示两种语言时，它显示在上方</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>要添加的语言</translation>
    </message>
    <message>
        <source>A language tag such as zh-Hant, zh-Hans or en</source>
        <translation>语言标记，例如 zh-Hant、zh-Hans 或 en</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>添加此语言</translation>
    </message>
    <message>
        <source>Remove the selected language (its texts are kept in the file)</source>
        <translation>移除所选语言（其文字仍保留在文件中）</translation>
    </message>
    <message>
        <source>Move the language up (the first is primary)</source>
        <translation>将语言上移（第一种为主要语言）</translation>
    </message>
    <message>
        <source>Move the language down</source>
        <translation>将语言下移</translation>
    </message>
    <message>
        <source>Languages, primary first</source>
        <translation>语言（主要语言在前）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>“%s” is not a language tag like zh-Hant or en.</source>
        <translation>“%s”不是 zh-Hant 或 en 这类的语言标记。</translation>
    </message>
    <message>
        <source>The chart already has %s.</source>
        <translation>组织图已有 %s。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart canvas</source>
        <translation>组织图画布</translation>
    </message>
    <message>
        <source>Arrow keys move the selection, F2 renames, Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits the chart.</source>
        <translation>方向键切换选中项，F2 重命名，Ctrl+加号和 Ctrl+减号缩放，Ctrl+0 显示整张组织图。</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Choose the %s</source>
        <translation>选择%s</translation>
    </message>
</context>
<context>
    <name>DutiesEditor</name>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>The duties, with the role given here</source>
        <translation>各项职责，以及在此担任的角色</translation>
    </message>
    <message>
        <source>Add a duty here, with the legend&apos;s first role</source>
        <translation>在此添加职责，角色为图例中的第一个角色</translation>
    </message>
    <message>
        <source>Remove the duty from here (the duty itself goes when nothing else has a role in it)</source>
        <translation>从此处移除职责（若已无其他对象在其中担任角色，该职责本身也会删除）</translation>
    </message>
    <message>
        <source>Move the duty up</source>
        <translation>将职责上移</translation>
    </message>
    <message>
        <source>Move the duty down</source>
        <translation>将职责下移</translation>
    </message>
    <message>
        <source>No duties here yet</source>
        <translation>此处尚无职责</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The role given here in this duty</source>
        <translation>在此项职责中于此担任的角色</translation>
    </message>
</context>
<context>
    <name>DutyFields</name>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>What the duty is</source>
        <translation>职责内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The group the duty is listed under in the matrix</source>
        <translation>职责在矩阵中所属的分组</translation>
    </message>
</context>
<context>
    <name>DutyMatrixDialog</name>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{chart} - duty matrix</source>
        <translation>{chart} - 职责矩阵</translation>
    </message>
    <message>
        <source>Export Duty Matrix</source>
        <translation>导出职责矩阵</translation>
    </message>
    <message>
        <source>Export duty matrix to Excel</source>
        <translation>将职责矩阵导出至 Excel</translation>
    </message>
    <message>
        <source>&amp;Tiers across</source>
        <translation>横向为层级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Units of these tiers across:</source>
        <translation>横向为下列层级的单位(&amp;U)：</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Two columns, one per language</source>
        <translation>两列，每种语言一列</translation>
    </message>
    <message>
        <source>Two lines in one cell</source>
        <translation>同一单元格内两行</translation>
    </message>
    <message>
        <source>Both languages as</source>
        <translation>两种语言的呈现方式</translation>
    </message>
    <message>
        <source>How duty texts and unit names show both languages</source>
        <translation>职责文字与单位名称如何呈现两种语言</translation>
    </message>
    <message>
        <source>Tiers whose units go across</source>
        <translation>其单位横向排列的层级</translation>
    </message>
    <message numerus="yes">
        <source>{tier} (%n unit(s))</source>
        <translation>
            <numerusform>{tier}（%n 个单位）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Both languages &amp;as:</source>
        <translation>两种语言呈现为(&amp;A)：</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>横向：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose at least one tier.</source>
        <translation>请至少选择一个层级。</translation>
    </message>
    <message>
        <source>{duties}, {columns}; a drop-down of the legend&apos;s codes in every cell.</source>
        <translation>{duties}，{columns}；每个单元格都有图例代码的下拉菜单。</translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s) down</source>
        <translation>
            <numerusform>纵向 %n 项职责</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) across</source>
        <translation>
            <numerusform>横向 %n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyMatrixExport</name>
    <message>
        <source>Export Duty Matrix</source>
        <translation>导出职责矩阵</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>“{name}”已存在。要替换吗？</translation>
    </message>
    <message>
        <source>The duty matrix was not exported.</source>
        <translation>职责矩阵未导出。</translation>
    </message>
    <message>
        <source>“{name}” is written. Please note:</source>
        <translation>已写入“{name}”。请注意：</translation>
    </message>
</context>
<context>
    <name>DutyMatrixModel</name>
    <message>
        <source>{0} (whole tier)</source>
        <translation>{0}（整个层级）</translation>
    </message>
    <message>
        <source>Other assignments</source>
        <translation>其他分配</translation>
    </message>
    <message>
        <source>Roles given to tiers or units that are not across; choose what is across to edit them</source>
        <translation>分配给未横向列出之层级或单位的角色；请选择横向内容以编辑它们</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>The duties, grouped by category</source>
        <translation>各项职责，按类别分组</translation>
    </message>
    <message>
        <source>Unit: {0} (tier {1})</source>
        <translation>单位：{0}（层级 {1}）</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>层级：{0}</translation>
    </message>
    <message>
        <source>Other duties</source>
        <translation>其他职责</translation>
    </message>
    <message>
        <source>At most one per duty</source>
        <translation>每项职责至多一个</translation>
    </message>
    <message>
        <source>{0}: not a role of the legend</source>
        <translation>{0}：不是图例中的角色</translation>
    </message>
    <message>
        <source>No role. Type a code ({0}) or double-click to choose.</source>
        <translation>无角色。请输入代码（{0}）或双击选择。</translation>
    </message>
    <message>
        <source>Through its tier: {0} — {1}</source>
        <translation>经由其层级：{0} — {1}</translation>
    </message>
</context>
<context>
    <name>DutyMatrixView</name>
    <message>
        <source>Duty matrix</source>
        <translation>职责矩阵</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s).</source>
        <translation>
            <numerusform>已填入 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) as one step.</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格，作为一个步骤。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unknown code(s): {0}{1}. The legend has {2}.</source>
        <translation>
            <numerusform>已跳过 %n 个未知代码：{0}{1}。图例中有 {2}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} and {columns} fell outside the matrix.</source>
        <translation>{rows}、{columns}超出矩阵范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyMatrixWidget</name>
    <message>
        <source>Duty matrix messages</source>
        <translation>职责矩阵信息</translation>
    </message>
    <message>
        <source>Add Duty</source>
        <translation>添加职责</translation>
    </message>
    <message>
        <source>Add a duty below the current one, in its category</source>
        <translation>在当前职责下方添加职责，属于同一类别</translation>
    </message>
    <message>
        <source>Remove Duties</source>
        <translation>移除职责</translation>
    </message>
    <message>
        <source>Remove the selected duties and their roles</source>
        <translation>移除所选职责及其角色</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected duties up within their category</source>
        <translation>在类别内将所选职责上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected duties down within their category</source>
        <translation>在类别内将所选职责下移</translation>
    </message>
    <message>
        <source>Duty matrix</source>
        <translation>职责矩阵</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Put the selected duties in a category</source>
        <translation>将所选职责放入某个类别</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>横向：</translation>
    </message>
    <message>
        <source>What is across</source>
        <translation>横向内容</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Units of tiers</source>
        <translation>层级的单位</translation>
    </message>
    <message>
        <source>Tiers across, or the units of chosen tiers</source>
        <translation>横向为层级，或所选层级的单位</translation>
    </message>
    <message>
        <source>Tiers…</source>
        <translation>层级…</translation>
    </message>
    <message>
        <source>Whose units are across</source>
        <translation>哪些层级的单位横向排列</translation>
    </message>
    <message>
        <source>No Category</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>New Category…</source>
        <translation>新类别…</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Name of the category:</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
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
        <translation>此项职责中的角色</translation>
    </message>
    <message>
        <source>Which tier or unit has which role in this duty</source>
        <translation>此项职责中各层级或单位担任的角色</translation>
    </message>
    <message>
        <source>Nobody has a role in this duty yet</source>
        <translation>此项职责中尚无人担任角色</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
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
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>编辑语言</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete units</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Reorder units</source>
        <translation>调整单位顺序</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Change reporting line</source>
        <translation>更改隶属关系</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>更改层级</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加层级</translation>
    </message>
    <message>
        <source>Delete tier</source>
        <translation>删除层级</translation>
    </message>
    <message>
        <source>Reorder tiers</source>
        <translation>调整层级顺序</translation>
    </message>
    <message>
        <source>Edit tier</source>
        <translation>编辑层级</translation>
    </message>
    <message>
        <source>Add duty</source>
        <translation>添加职责</translation>
    </message>
    <message>
        <source>Delete duty</source>
        <translation>删除职责</translation>
    </message>
    <message>
        <source>Delete duties</source>
        <translation>删除职责</translation>
    </message>
    <message>
        <source>Reorder duties</source>
        <translation>调整职责顺序</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>编辑职责</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>设置类别</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>Clear roles</source>
        <translation>清除角色</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Reorder roles</source>
        <translation>调整角色顺序</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>Change role code</source>
        <translation>更改角色代码</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>添加连线</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>编辑连线</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>DOT graph (no Graphviz needed)</source>
        <translation>DOT 图形（无需 Graphviz）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Graphviz lays out (dot)</source>
        <translation>由 Graphviz 排版（dot）</translation>
    </message>
    <message>
        <source>As on screen (pinned, fast)</source>
        <translation>与画面相同（固定位置，快速）</translation>
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
        <translation>两种语言</translation>
    </message>
    <message>
        <source>Export Image (Graphviz)</source>
        <translation>导出图片（Graphviz）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L)：</translation>
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
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存至(&amp;S)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>PNG for slides, SVG or PDF to scale without blur, DOT to edit the graph yourself</source>
        <translation>PNG 适合演示文稿，SVG 或 PDF 缩放不失真，DOT 可自行编辑图形</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <source>The language of the labels; both stacks the first language over the second</source>
        <translation>标签的语言；“两种语言”会将第一种语言叠在第二种之上</translation>
    </message>
    <message>
        <source>Show each tier&apos;s &amp;duties with their roles</source>
        <translation>显示各层级的职责及其角色(&amp;D)</translation>
    </message>
    <message>
        <source>Show duties</source>
        <translation>显示职责</translation>
    </message>
    <message>
        <source>List on every card the duties of its tier (and its own), with the role codes in their colours</source>
        <translation>在每张卡片上列出其层级（及其本身）的职责，角色代码以各自的颜色显示</translation>
    </message>
    <message>
        <source>Layout engine</source>
        <translation>排版引擎</translation>
    </message>
    <message>
        <source>Automatic: Graphviz lays out charts of up to {n} units; larger ones keep the layout you see, which is fast</source>
        <translation>自动：{n} 个单位以内的组织图由 Graphviz 排版；更大的组织图沿用画面上的排版，速度较快</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Tiers as rows (top to bottom) or as columns (left to right)</source>
        <translation>层级作为行（由上而下）或作为列（由左而右）</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>分辨率（每英寸点数）</translation>
    </message>
    <message>
        <source>PNG only: 96 for the screen, 150 for slides, 300 for print</source>
        <translation>仅限 PNG：屏幕用 96，演示文稿用 150，打印用 300</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>要导出的文件</translation>
    </message>
    <message>
        <source>Where the picture is saved; its ending follows the format</source>
        <translation>图片保存的位置；扩展名随格式而定</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>选择文件夹与文件名</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图片</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>OrgChart files (*.orgchart)</source>
        <translation>OrgChart 文件 (*.orgchart)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a blank chart</source>
        <translation>创建空白组织图</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a chart file</source>
        <translation>打开组织图文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存组织图</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the chart under a new name</source>
        <translation>以新名称保存组织图</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes and reload the file</source>
        <translation>放弃更改并重新加载文件</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Start from a copy of a sample</source>
        <translation>从示例的副本开始</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open a chart used lately</source>
        <translation>打开最近使用的组织图</translation>
    </message>
    <message>
        <source>A new, untitled chart copied from {name}</source>
        <translation>复制自 {name} 的未命名新组织图</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently used files</source>
        <translation>清除最近使用的文件列表</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（只读）</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>正在打开“{name}”…</translation>
    </message>
    <message>
        <source>Drawing “{name}” ({count} units)…</source>
        <translation>正在绘制“{name}”（{count} 个单位）…</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. The chart on screen was not changed.

{error}</source>
        <translation>无法打开“{name}”。画面上的组织图未更改。

{error}</translation>
    </message>
    <message>
        <source>{path}: the chart is open in another OrgChart Builder ({who}); it was not changed. Save under another name with Save As.</source>
        <translation>{path}：此组织图已在另一个 OrgChart Builder 中打开（{who}），文件未更改。请用“另存为”以其他名称保存。</translation>
    </message>
    <message>
        <source>Saving “{name}”…</source>
        <translation>正在保存“{name}”…</translation>
    </message>
    <message>
        <source>Open Chart</source>
        <translation>打开组织图</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>组织图另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>要保存对“{name}”的更改吗？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>若不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload “{name}” from disk? This cannot be undone.</source>
        <translation>要放弃所有未保存的更改，并从磁盘重新加载“{name}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>“{name}”已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>无法保存组织图。</translation>
    </message>
    <message>
        <source>Chart in use</source>
        <translation>组织图正在使用</translation>
    </message>
    <message>
        <source>“{name}” is already open in OrgChart Builder, {who}.</source>
        <translation>“{name}”已在 OrgChart Builder 中打开，{who}。</translation>
    </message>
    <message>
        <source>Open it read-only to look at it, or open a copy to change and save under another name. If that instance has closed without tidying up, open the chart again once it is gone.</source>
        <translation>可以只读方式打开以查看，或打开副本以修改并以其他名称保存。若该程序已退出却未清理干净，请在它确实关闭后重新打开此组织图。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>打开副本(&amp;C)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation>自您打开后，“{name}”已被他人更改。</translation>
    </message>
    <message>
        <source>Overwrite replaces their changes with yours. Save As keeps both. Reload shows their version and drops your unsaved changes.</source>
        <translation>“覆盖”会用您的更改替换对方的更改；“另存为”会保留两者；“重新加载”会显示对方的版本，并放弃您未保存的更改。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find a unit by name…</source>
        <translation>按名称查找单位…</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>查找文字</translation>
    </message>
    <message>
        <source>A part of a unit&apos;s name in any language, or of a person&apos;s name or title. Enter: next, Shift+Enter: previous, Esc: close.</source>
        <translation>单位名称（任何语言）或人员姓名、职务的一部分。Enter：下一个，Shift+Enter：上一个，Esc：关闭。</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>找不到匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <source>unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>Exporting the chart with Graphviz…</source>
        <translation>正在以 Graphviz 导出组织图…</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>You can also give the folder of the Graphviz programs in Preferences.</source>
        <translation>您也可以在“首选项”中指定 Graphviz 程序所在的文件夹。</translation>
    </message>
    <message>
        <source>The chart was exported to {name}.</source>
        <translation>组织图已导出至 {name}。</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The chart could not be exported: {why}</source>
        <translation>无法导出组织图：{why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Duty matrix workbook (exported by OrgChart Builder)</source>
        <translation>职责矩阵工作簿（由 OrgChart Builder 导出）</translation>
    </message>
    <message>
        <source>People list: one row per unit (Visio, draw.io, Lucidchart, OrgChart Now)</source>
        <translation>人员列表：每个单位一行（Visio、draw.io、Lucidchart、OrgChart Now）</translation>
    </message>
    <message>
        <source>Outline: one unit per line, indented under the one it reports to</source>
        <translation>大纲：每行一个单位，缩进于其隶属单位之下</translation>
    </message>
    <message>
        <source>GraphML graph (yEd, Gephi, networkx)</source>
        <translation>GraphML 图（yEd、Gephi、networkx）</translation>
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
        <translation>名称</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Tier or level</source>
        <translation>层级或级别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Dotted-line managers</source>
        <translation>虚线主管</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Pasted Outline</source>
        <translation>导入粘贴的大纲</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>导入组织图</translation>
    </message>
    <message>
        <source>Outline text</source>
        <translation>大纲文字</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>文字的语言</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Preview of the rows and what each column holds</source>
        <translation>各行的预览，以及每一列的内容</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Open in a &amp;new window</source>
        <translation>在新窗口中打开(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace the chart in this window</source>
        <translation>替换此窗口中的组织图(&amp;R)</translation>
    </message>
    <message>
        <source>Say what each column holds; the first row of drop-downs is the guess from the column names.</source>
        <translation>请指出每一列的内容；第一行的下拉菜单是按列名推测的结果。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>文字的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What column {name} holds</source>
        <translation>“{name}”列的内容</translation>
    </message>
    <message>
        <source>“{title}”: {units}, {tiers}, {duties}, {roles}.

Role codes changed in the workbook&apos;s matrix come back; other changes to its sheets are not read (make them in the app).</source>
        <translation>“{title}”：{units}，{tiers}，{duties}，{roles}。

在工作簿矩阵中更改的角色代码会带回；对其工作表的其他更改不会读取（请在本程序中进行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n 个层级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s)</source>
        <translation>
            <numerusform>%n 项职责</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个角色</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”: {units}, {tiers}.</source>
        <translation>“{title}”：{units}，{tiers}。</translation>
    </message>
    <message>
        <source>Cannot import: {reason}</source>
        <translation>无法导入：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Charts from other tools (*.xlsx *.csv *.tsv *.txt *.md *.graphml);;Excel workbooks (*.xlsx);;CSV files (*.csv *.tsv);;Outlines (*.txt *.md);;GraphML (*.graphml);;All files (*)</source>
        <translation>其他工具的图表 (*.xlsx *.csv *.tsv *.txt *.md *.graphml);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.tsv);;大纲 (*.txt *.md);;GraphML (*.graphml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>错误：{0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation>{path}：没有这个文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InPlaceRename</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Show or hide the properties of the selected unit or tier</source>
        <translation>显示或隐藏所选单位或层级的属性</translation>
    </message>
    <message>
        <source>Select a unit, a tier, a duty or a link to see and edit its properties.</source>
        <translation>选择单位、层级、职责或连线，即可查看并编辑其属性。</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Add &amp;Link…</source>
        <translation>添加连线(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a dotted-line, coordination or supervision link between the two selected units</source>
        <translation>在所选的两个单位之间添加虚线隶属、协调或监督连线</translation>
    </message>
    <message>
        <source>Edit Lin&amp;k…</source>
        <translation>编辑连线(&amp;K)…</translation>
    </message>
    <message>
        <source>Change the kind or label of the selected link</source>
        <translation>更改所选连线的类型或标签</translation>
    </message>
    <message>
        <source>Remove Li&amp;nk</source>
        <translation>移除连线(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>移除所选连线</translation>
    </message>
    <message>
        <source>Select exactly two units to link them.</source>
        <translation>请选择恰好两个单位以创建连线。</translation>
    </message>
    <message>
        <source>Select one link (or two units joined by one link).</source>
        <translation>请选择一条连线（或由一条连线相连的两个单位）。</translation>
    </message>
    <message>
        <source>Select a link to remove.</source>
        <translation>请选择要移除的连线。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>编辑连线</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>添加连线</translation>
    </message>
    <message>
        <source>Units the link joins</source>
        <translation>连线所连接的单位</translation>
    </message>
    <message>
        <source>Swap the two ends of the link</source>
        <translation>对调连线的两端</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>连线类型</translation>
    </message>
    <message>
        <source>Dotted-line reporting, coordination or supervision; none of them is a reporting line</source>
        <translation>虚线隶属、协调或监督；都不是正式的隶属关系</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>连线标签</translation>
    </message>
    <message>
        <source>A short label drawn on the link (optional)</source>
        <translation>画在连线上的简短标签（选填）</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>Link</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>Units the link joins</source>
        <translation>连线所连接的单位</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>连线类型</translation>
    </message>
    <message>
        <source>Dotted-line reporting, coordination or supervision</source>
        <translation>虚线隶属、协调或监督</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>连线标签</translation>
    </message>
    <message>
        <source>A short label drawn on the link (optional)</source>
        <translation>画在连线上的简短标签（选填）</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>移除连线</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>Dotted-line reporting</source>
        <translation>虚线隶属</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监督</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <source>Duty Matrix</source>
        <translation>职责矩阵</translation>
    </message>
    <message>
        <source>The organisation chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <source>Every duty, and the role each tier plays in it</source>
        <translation>每项职责，以及各层级在其中担任的角色</translation>
    </message>
    <message>
        <source>Chart and duty matrix</source>
        <translation>组织图与职责矩阵</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Opened chart</source>
        <translation>打开时的组织图</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Every change, oldest first; click a line to go back to it</source>
        <translation>每一项更改，最旧的在前；单击某一行即可回到该状态</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Open another window</source>
        <translation>打开另一个窗口</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Interface language, autosave, labels, export font</source>
        <translation>界面语言、自动保存、标签、导出字体</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close every window</source>
        <translation>关闭所有窗口</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a unit by name, in any language</source>
        <translation>按名称查找单位，任何语言皆可</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>前往下一个匹配项</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>前往上一个匹配项</translation>
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
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Fit Chart</source>
        <translation>显示整张组织图(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>显示整张组织图</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>缩放至 100 %</translation>
    </message>
    <message>
        <source>&amp;About OrgChart Builder</source>
        <translation>关于 OrgChart Builder(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本与许可</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a chart from a people list (CSV or Excel), a duty-matrix workbook, an outline or GraphML</source>
        <translation>从人员列表（CSV 或 Excel）、职责矩阵工作簿、大纲或 GraphML 创建组织图</translation>
    </message>
    <message>
        <source>&amp;Image (Graphviz)…</source>
        <translation>图片（Graphviz）(&amp;I)…</translation>
    </message>
    <message>
        <source>PNG, SVG, PDF or DOT drawn by Graphviz, with duties if you like</source>
        <translation>由 Graphviz 绘制的 PNG、SVG、PDF 或 DOT，可附上职责</translation>
    </message>
    <message>
        <source>&amp;Duty Matrix (Excel)…</source>
        <translation>职责矩阵（Excel）(&amp;D)…</translation>
    </message>
    <message>
        <source>A workbook of every duty and role, ready to print</source>
        <translation>列出所有职责与角色的工作簿，可直接打印</translation>
    </message>
    <message>
        <source>Chart &amp;Properties…</source>
        <translation>组织图属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Title and languages of the chart</source>
        <translation>组织图的标题与语言</translation>
    </message>
    <message>
        <source>Role &amp;Legend…</source>
        <translation>角色图例(&amp;L)…</translation>
    </message>
    <message>
        <source>The roles duties are assigned with: codes, names, colours</source>
        <translation>分配职责所用的角色：代码、名称、颜色</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
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
        <translation>在卡片上显示人员(&amp;P)</translation>
    </message>
    <message>
        <source>List each unit&apos;s people on its card, or names only</source>
        <translation>在卡片上列出各单位的人员，或只显示名称</translation>
    </message>
    <message>
        <source>&amp;Compact Leaves</source>
        <translation>紧凑排列末端单位(&amp;C)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Zoom (type a percentage)</source>
        <translation>缩放（输入百分比）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Which language the labels show</source>
        <translation>标签显示的语言</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>组织图摘要</translation>
    </message>
    <message>
        <source>Units, tiers and duties; errors and warnings</source>
        <translation>单位、层级与职责；错误与警告</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n 个层级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s)</source>
        <translation>
            <numerusform>%n 项职责</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>About OrgChart Builder</source>
        <translation>关于 OrgChart Builder</translation>
    </message>
    <message>
        <source>&lt;p&gt;Organisation charts with tiers, units and duties, checked as a hierarchy, in Chinese and English.&lt;/p&gt;</source>
        <translation>&lt;p&gt;以层级、单位与职责建构组织图，并检查其层级结构；支持中文与英文。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>Why the change was refused</source>
        <translation>更改遭拒的原因</translation>
    </message>
</context>
<context>
    <name>MoveUnitsDialog</name>
    <message>
        <source>Remove Tier</source>
        <translation>移除层级</translation>
    </message>
    <message numerus="yes">
        <source>Tier “%1” still has %n unit(s). Move them to another tier and remove the tier?</source>
        <translation>
            <numerusform>层级“%1”仍有 %n 个单位。要将它们移至另一个层级并移除此层级吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the units to</source>
        <translation>将单位移至</translation>
    </message>
    <message>
        <source>The tier that takes the units</source>
        <translation>接收这些单位的层级</translation>
    </message>
    <message>
        <source>Move Units and Remove Tier</source>
        <translation>移动单位并移除层级</translation>
    </message>
    <message>
        <source>Move the units, then remove the tier (one undo step)</source>
        <translation>先移动单位，再移除层级（一个撤销步骤）</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>There is no other tier to move the units to.</source>
        <translation>没有其他层级可移入这些单位。</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Show or hide the outline of the chart</source>
        <translation>显示或隐藏组织图的大纲</translation>
    </message>
    <message>
        <source>Outline of the chart</source>
        <translation>组织图大纲</translation>
    </message>
    <message>
        <source>The units of the chart by whom they report to. Drag a unit onto another to change whom it reports to.</source>
        <translation>组织图的单位，按隶属关系排列。将一个单位拖到另一个单位上，即可更改其隶属对象。</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>（无层级）</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>层级：{0}</translation>
    </message>
    <message>
        <source>Reports to “{0}”, which is not on the chart.</source>
        <translation>隶属于“{0}”，但该单位不在组织图上。</translation>
    </message>
    <message>
        <source>Its reporting line goes round in a circle.</source>
        <translation>其隶属关系形成了循环。</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
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
        <translation>复制为图片(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the chart, or the selected units, as a picture to paste into slides</source>
        <translation>将组织图或所选单位复制为图片，以粘贴到演示文稿中</translation>
    </message>
    <message>
        <source>Export What You &amp;See…</source>
        <translation>导出画面所见(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the chart as the canvas draws it: PNG, SVG or PDF (no Graphviz needed)</source>
        <translation>按画布所绘保存组织图：PNG、SVG 或 PDF（无需 Graphviz）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chart on one page or over several</source>
        <translation>将组织图打印在一页或多页上</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the printed pages, and set the paper</source>
        <translation>查看打印页面并设置纸张</translation>
    </message>
    <message>
        <source>&amp;Slides (PowerPoint)…</source>
        <translation>演示文稿（PowerPoint）(&amp;S)…</translation>
    </message>
    <message>
        <source>A deck of editable slides: the chart, each tier&apos;s duties and the legend</source>
        <translation>一份可编辑的演示文稿：组织图、各层级的职责与图例</translation>
    </message>
    <message>
        <source>&amp;GraphML (yEd)…</source>
        <translation>GraphML（yEd）(&amp;G)…</translation>
    </message>
    <message>
        <source>The chart for yEd and other graph tools, laid out</source>
        <translation>供 yEd 与其他图形工具使用、已排版的组织图</translation>
    </message>
    <message>
        <source>Copied the selected units as a picture</source>
        <translation>已将所选单位复制为图片</translation>
    </message>
    <message>
        <source>Copied the chart as a picture</source>
        <translation>已将组织图复制为图片</translation>
    </message>
    <message>
        <source>Export What You See</source>
        <translation>导出画面所见</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>组织图</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>已将 %n 页送至打印机</numerusform>
        </translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translation>导出 GraphML</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>The people named on the unit&apos;s card</source>
        <translation>单位卡片上列出的人员</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Move the person up</source>
        <translation>将人员上移</translation>
    </message>
    <message>
        <source>Move the person down</source>
        <translation>将人员下移</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>尚未列出任何人员</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>人员姓名</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>人员的姓名</translation>
    </message>
    <message>
        <source>Person&apos;s title</source>
        <translation>人员职务</translation>
    </message>
    <message>
        <source>The person&apos;s title, such as 縣委書記 / County Party secretary</source>
        <translation>人员的职务，例如 县委书记 / County Party secretary</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Both (primary over secondary)</source>
        <translation>两种语言（主要语言在上）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>显示语言(&amp;D)：</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translation>导出字体(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Graphviz folder:</source>
        <translation>Graphviz 文件夹(&amp;G)：</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default</source>
        <translation>将此页所有设置恢复为默认值</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>自动保存间隔（秒）</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is written; 0 turns autosave off</source>
        <translation>多久写入一次未保存更改的恢复副本；0 表示关闭自动保存</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; Automatic follows the system. Open windows switch at once and keep their charts</source>
        <translation>菜单、面板与信息的语言；“自动”按系统设置。已打开的窗口会立即切换，并保留其组织图</translation>
    </message>
    <message>
        <source>Default display language</source>
        <translation>默认显示语言</translation>
    </message>
    <message>
        <source>The language labels are shown in for new windows and new charts; “Both” stacks the first language over the second</source>
        <translation>新窗口与新组织图的标签语言；“两种语言”会将第一种语言叠在第二种之上</translation>
    </message>
    <message>
        <source>Export font</source>
        <translation>导出字体</translation>
    </message>
    <message>
        <source>The font used in exported images and slides; choose one with Chinese glyphs for Chinese labels</source>
        <translation>导出图片与演示文稿所用的字体；中文标签请选择含中文字形的字体</translation>
    </message>
    <message>
        <source>Find on PATH</source>
        <translation>在 PATH 中查找</translation>
    </message>
    <message>
        <source>Graphviz folder</source>
        <translation>Graphviz 文件夹</translation>
    </message>
    <message>
        <source>The folder with the Graphviz programs (dot); leave empty to find them on PATH</source>
        <translation>Graphviz 程序（dot）所在的文件夹；留空则在 PATH 中查找</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the Graphviz folder</source>
        <translation>浏览 Graphviz 文件夹</translation>
    </message>
    <message>
        <source>Choose the folder with the Graphviz programs</source>
        <translation>选择 Graphviz 程序所在的文件夹</translation>
    </message>
    <message>
        <source>Graphviz status</source>
        <translation>Graphviz 状态</translation>
    </message>
    <message>
        <source>Whether the Graphviz dot program was found, and its version</source>
        <translation>是否找到 Graphviz 的 dot 程序，以及其版本</translation>
    </message>
    <message>
        <source>in this folder or on PATH</source>
        <translation>在此文件夹或 PATH 中</translation>
    </message>
    <message>
        <source>on PATH</source>
        <translation>在 PATH 中</translation>
    </message>
    <message>
        <source>✗ dot was not found {where}. Install Graphviz (graphviz.org) to export images; DOT files export without it.</source>
        <translation>✗ {where}找不到 dot。请安装 Graphviz（graphviz.org）以导出图片；导出 DOT 文件则不需要。</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <source>✓ {version} — {path}</source>
        <translation>✓ {version} — {path}</translation>
    </message>
    <message>
        <source>(not in the chosen folder: found on PATH)</source>
        <translation>（不在所选文件夹中：于 PATH 中找到）</translation>
    </message>
</context>
<context>
    <name>PrintOptionsWidget</name>
    <message>
        <source>Chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translation>缩放至一页</translation>
    </message>
    <message numerus="yes">
        <source>%n pages wide</source>
        <translation>
            <numerusform>宽 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages across</source>
        <translation>横向页数</translation>
    </message>
    <message>
        <source>Print the chart on one page, or larger over several pages side by side</source>
        <translation>将组织图打印在一页上，或放大后并排打印在多页上</translation>
    </message>
    <message>
        <source>Overlap marks</source>
        <translation>拼接标记</translation>
    </message>
    <message>
        <source>Dashed lines where the next page begins, to trim and tape the pages together</source>
        <translation>在下一页开始处画虚线，方便裁切并粘贴拼接页面</translation>
    </message>
    <message>
        <source>Chart on paper:</source>
        <translation>纸上的组织图：</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import Problems</source>
        <translation>导入问题</translation>
    </message>
    <message numerus="yes">
        <source>The file was read, with %n problem(s). Every row that could be read is kept; the chart opens with these problems listed in the Problems panel, to fix there.</source>
        <translation>
            <numerusform>已读取文件，发现 %n 个问题。所有能读取的行都已保留；打开组织图后，这些问题会列在“问题”面板中，可在那里修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Show or hide the problems of the chart</source>
        <translation>显示或隐藏组织图的问题</translation>
    </message>
    <message>
        <source>No problems: the chart is a sound hierarchy.</source>
        <translation>没有问题：组织图的层级结构完整无误。</translation>
    </message>
    <message>
        <source>Problems of the chart</source>
        <translation>组织图的问题</translation>
    </message>
    <message>
        <source>Show or hide the errors</source>
        <translation>显示或隐藏错误</translation>
    </message>
    <message>
        <source>Show or hide the warnings</source>
        <translation>显示或隐藏警告</translation>
    </message>
    <message>
        <source>Show or hide the notes</source>
        <translation>显示或隐藏提示</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
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
        <translation>代码：{0}</translation>
    </message>
    <message>
        <source>Double-click to select it on the chart</source>
        <translation>双击即可在组织图上选择</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved charts</source>
        <translation>恢复未保存的组织图</translation>
    </message>
    <message>
        <source>Some charts were not saved</source>
        <translation>有些组织图未保存</translation>
    </message>
    <message>
        <source>OrgChart Builder did not close properly last time. Recovery copies of these charts were kept. Restore opens each one to review and save.</source>
        <translation>OrgChart Builder 上次未正常关闭，已保留下列组织图的恢复副本。“恢复”会逐一打开，供您检查并保存。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Open the checked charts, each in a window, to review and save</source>
        <translation>打开勾选的组织图（各在一个窗口中），以检查并保存</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the checked recovery copies for good</source>
        <translation>永久删除勾选的恢复副本</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Keep every copy and ask again at the next start</source>
        <translation>保留所有副本，下次启动时再询问</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Recovered charts</source>
        <translation>恢复的组织图</translation>
    </message>
    <message>
        <source>Check the charts to restore or discard</source>
        <translation>勾选要恢复或放弃的组织图</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>Delete this recovery copy?</source>
        <translation>要删除此恢复副本吗？</translation>
    </message>
    <message>
        <source>Delete these {count} recovery copies?</source>
        <translation>要删除这 {count} 份恢复副本吗？</translation>
    </message>
    <message>
        <source>Discard recovery copies</source>
        <translation>放弃恢复副本</translation>
    </message>
    <message>
        <source>Their unsaved changes will be lost.</source>
        <translation>其中未保存的更改将会丢失。</translation>
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
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>RoleLegendDialog</name>
    <message>
        <source>Role Legend</source>
        <translation>角色图例</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Double-click a code or a name to change it</source>
        <translation>双击代码或名称即可修改</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Remove the selected role; its assignments are cleared</source>
        <translation>移除所选角色；其分配将被清除</translation>
    </message>
    <message>
        <source>Move the role up</source>
        <translation>将角色上移</translation>
    </message>
    <message>
        <source>Move the role down</source>
        <translation>将角色下移</translation>
    </message>
    <message>
        <source>A unique role is given at most once in each duty, like RACI&apos;s Accountable.</source>
        <translation>唯一角色在每项职责中至多分配一次，如 RACI 中的“负责”（Accountable）。</translation>
    </message>
    <message>
        <source>Name (%s)</source>
        <translation>名称（%s）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <source>At most one assignment of this role per duty</source>
        <translation>此角色在每项职责中至多分配一次</translation>
    </message>
    <message>
        <source>Not unique</source>
        <translation>不唯一</translation>
    </message>
    <message>
        <source>The code shown in the matrix&apos;s cells</source>
        <translation>显示在矩阵单元格中的代码</translation>
    </message>
    <message>
        <source>The role&apos;s name in %s</source>
        <translation>角色的%s名称</translation>
    </message>
    <message>
        <source>Role colour</source>
        <translation>角色颜色</translation>
    </message>
    <message>
        <source>Colour of role %s</source>
        <translation>角色 %s 的颜色</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>移除角色</translation>
    </message>
    <message numerus="yes">
        <source>Role %1 (%2) is given in %n assignment(s). Removing it clears them; Undo brings them back.</source>
        <translation>
            <numerusform>角色 %1（%2）用于 %n 项分配。移除此角色会清除这些分配；“撤销”可将其恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlidesDialog</name>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>导出演示文稿</translation>
    </message>
    <message>
        <source>Export slides</source>
        <translation>导出演示文稿</translation>
    </message>
    <message>
        <source>A slide of duties for each tier</source>
        <translation>每个层级一张职责幻灯片</translation>
    </message>
    <message>
        <source>Each tier&apos;s duties and the role it plays in them, as a table</source>
        <translation>以表格列出各层级的职责及其担任的角色</translation>
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
        <translation>组织图方向</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <source>The slides are written. Please note:</source>
        <translation>演示文稿已写入。请注意：</translation>
    </message>
</context>
<context>
    <name>TierEditor</name>
    <message>
        <source>Tier name</source>
        <translation>层级名称</translation>
    </message>
    <message>
        <source>The tier&apos;s name, as the chart&apos;s band shows it</source>
        <translation>层级名称，即组织图横带上显示的名称</translation>
    </message>
    <message>
        <source>Tier motto</source>
        <translation>层级定位</translation>
    </message>
    <message>
        <source>A short motto of what the tier does, such as 統籌 / makes overall plans</source>
        <translation>简述层级的职能定位，例如 统筹 / makes overall plans</translation>
    </message>
    <message>
        <source>Tier colour</source>
        <translation>层级颜色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Motto</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>TierPage</name>
    <message>
        <source>Units on this tier</source>
        <translation>此层级的单位</translation>
    </message>
    <message>
        <source>Duties of this tier</source>
        <translation>此层级的职责</translation>
    </message>
    <message>
        <source>Tier: %s</source>
        <translation>层级：%s</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) on this tier</source>
        <translation>
            <numerusform>此层级有 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TiersDock</name>
    <message>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Show or hide the list of tiers</source>
        <translation>显示或隐藏层级列表</translation>
    </message>
    <message>
        <source>The tiers from the top down; drag a tier to change its rank</source>
        <translation>由上而下的层级；拖动层级即可更改其次序</translation>
    </message>
    <message>
        <source>Add a tier below the selected one (or at the bottom)</source>
        <translation>在所选层级下方（或最底部）添加层级</translation>
    </message>
    <message>
        <source>Remove the selected tier (asks where its units go)</source>
        <translation>移除所选层级（会询问其单位的去向）</translation>
    </message>
    <message>
        <source>Move the tier up one rank</source>
        <translation>将层级上移一级</translation>
    </message>
    <message>
        <source>Move the tier down one rank</source>
        <translation>将层级下移一级</translation>
    </message>
    <message>
        <source>Selected tier</source>
        <translation>所选层级</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitActions</name>
    <message>
        <source>Add &amp;Child</source>
        <translation>添加下级(&amp;C)</translation>
    </message>
    <message>
        <source>Add a unit reporting to the selected one, on the next tier down</source>
        <translation>在下一个层级添加隶属于所选单位的单位</translation>
    </message>
    <message>
        <source>Add &amp;Sibling</source>
        <translation>添加同级(&amp;S)</translation>
    </message>
    <message>
        <source>Add a unit beside the selected one</source>
        <translation>在所选单位旁添加单位</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the selected unit&apos;s name</source>
        <translation>编辑所选单位的名称</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected units (asks about the units below them)</source>
        <translation>删除所选单位（会询问其下级单位如何处理）</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>移到前一个同级单位之前</translation>
    </message>
    <message>
        <source>Move Righ&amp;t</source>
        <translation>右移(&amp;T)</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>移到下一个同级单位之后</translation>
    </message>
    <message>
        <source>Collapse / E&amp;xpand</source>
        <translation>折叠/展开(&amp;X)</translation>
    </message>
    <message>
        <source>Hide or show the units below</source>
        <translation>隐藏或显示下级单位</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected units and everything below them</source>
        <translation>剪切所选单位及其所有下级</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected units and everything below them</source>
        <translation>复制所选单位及其所有下级</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied units below the selected unit</source>
        <translation>将复制的单位粘贴到所选单位之下</translation>
    </message>
    <message>
        <source>Move to &amp;Tier</source>
        <translation>移至层级(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The selected unit has units reporting to it.</source>
        <translation>所选单位有下级单位隶属于它。</translation>
    </message>
    <message>
        <source>Some selected units have units reporting to them.</source>
        <translation>部分所选单位有下级单位隶属于它们。</translation>
    </message>
    <message>
        <source>Delete them too, or keep them and let them report to the unit above?</source>
        <translation>要一并删除它们，还是保留它们并改为隶属于上一级单位？</translation>
    </message>
    <message>
        <source>Delete Everything Below</source>
        <translation>删除所有下级</translation>
    </message>
    <message>
        <source>Keep the Units Below</source>
        <translation>保留下级单位</translation>
    </message>
    <message>
        <source>The clipboard holds no units to paste.</source>
        <translation>剪贴板中没有可粘贴的单位。</translation>
    </message>
    <message>
        <source>Select the unit to paste below.</source>
        <translation>请选择要粘贴到其下的单位。</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes about the unit</source>
        <translation>关于此单位的备注</translation>
    </message>
    <message>
        <source>Duties through its tier</source>
        <translation>经由层级承担的职责</translation>
    </message>
    <message>
        <source>The duties of the unit&apos;s tier, with the tier&apos;s role in each; edit them on the tier</source>
        <translation>单位所在层级的职责，及该层级在各职责中的角色；请在层级上编辑</translation>
    </message>
    <message>
        <source>The tier has no duties</source>
        <translation>此层级没有职责</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>Links to other units; double-click one to edit it</source>
        <translation>与其他单位的连线；双击即可编辑</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>没有连线</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>The unit&apos;s name, as its card shows it</source>
        <translation>单位名称，即其卡片上显示的名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>The tier the unit sits on: below the tier of the unit it reports to</source>
        <translation>单位所在的层级：须低于其隶属单位的层级</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>The unit this one reports to (units on a higher tier, not below this one)</source>
        <translation>此单位所隶属的单位（层级较高、且不在此单位之下的单位）</translation>
    </message>
    <message>
        <source>Nobody: the top unit</source>
        <translation>无：最上层单位</translation>
    </message>
    <message>
        <source>Select the unit it reports to</source>
        <translation>选择其隶属的单位</translation>
    </message>
    <message>
        <source>Hide the units below it</source>
        <translation>隐藏其下级单位</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>Draw the unit collapsed, without its subtree</source>
        <translation>将单位折叠显示，不显示其下级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Its own duties</source>
        <translation>其本身的职责</translation>
    </message>
    <message>
        <source>Unit: %s</source>
        <translation>单位：%s</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Selected units</source>
        <translation>所选单位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Put every selected unit on this tier, as one step</source>
        <translation>将所有所选单位放到此层级，作为一个步骤</translation>
    </message>
    <message>
        <source>Several tiers</source>
        <translation>多个层级</translation>
    </message>
    <message>
        <source>Hide the units below them</source>
        <translation>隐藏它们的下级单位</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>Collapse or expand every selected unit</source>
        <translation>折叠或展开所有所选单位</translation>
    </message>
    <message numerus="yes">
        <source>%n units selected</source>
        <translation>
            <numerusform>已选择 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Writing “{name}”…</source>
        <translation>正在写入“{name}”…</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly ({reason}); nothing was written</source>
        <translation>导出意外中止（{reason}），未写入任何内容</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Automatic (system language)</source>
        <translation>自动（系统语言）</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>{folder}: could not write a recovery copy: {reason}</source>
        <translation>{folder}：无法写入恢复副本：{reason}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>A recovery copy could not be read; it was kept in {folder}.</source>
        <translation>无法读取某个恢复副本；它已保留在 {folder} 中。</translation>
    </message>
</context>
</TS>
