# SpecDesk's messages in Simplified Chinese (简体中文): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = 面向 spec-kit 仓库的桌面编辑器：计划、规范和任务，带实时预览和模板检查。
dialog-close = 关闭

# Shell: the main window
app-opening-repository = 正在打开仓库…
app-dismiss = 关闭
app-report-saved = 报告已保存到 { $path }
app-export-done = 已导出到 { $path }
app-export-failed = 导出失败：{ $error }
window-title-unsaved = ● { $place }（{ $count } 个未保存）

# Names and counts used in several places
format-documents = { $count } 个文档
format-features = { $count } 个功能
format-feature-label = 功能 { $number }，{ $name }，{ $documents }
format-feature-label-group = 功能 { $number }，{ $name }，位于 { $group }，{ $documents }
format-feature-label-unnumbered = 功能 { $name }，{ $documents }
format-feature-label-unnumbered-group = 功能 { $name }，位于 { $group }，{ $documents }
format-kind-plan = 计划
format-kind-spec = 规范
format-kind-tasks = 任务
format-kind-research = 调研
format-kind-data-model = 数据模型
format-kind-quickstart = 快速入门
format-kind-checklist = 检查清单
format-kind-contract = 契约
format-kind-other = 其他
format-template-builtin-lite = 内置 Lite 模板
format-template-builtin-full = 内置 spec-kit 模板
format-template-builtins = 内置模板（每个计划对照其所遵循的模板）
format-template-stack = 堆叠：{ $layers }
format-template-over = ，其下为{" "}

# Opening a repository failed
open-error-not-found = 找不到仓库
open-error-permission-denied = 权限被拒绝
open-error-not-a-folder = 不是文件夹
open-error-not-allowed = 不允许
open-error-other = 无法打开仓库
open-error-path = 路径：{ $path }
open-error-hint = 请以 spec-kit 仓库的文件夹启动 SpecDesk：{ $command }
open-error-retry = 重试

# Sidebar
sidebar-region = 仓库
sidebar-demo = 演示
    .title = 启动 SpecDesk 时指定路径，即可打开你自己的仓库
sidebar-new-feature = 新建功能
    .title = 新建功能 (Ctrl+N)
sidebar-reload = 重新加载仓库
sidebar-filter = 筛选功能
sidebar-features = 功能
sidebar-no-features = 还没有功能。spec-kit 将每个功能放在类似 { $example } 的文件夹中。
sidebar-filter-empty = 没有与筛选条件匹配的功能。
sidebar-on-branch = 分支 { $branch }
sidebar-group-folder = 文件夹 { $group }
sidebar-plan-progress = 计划 { $progress }
    .title = 计划检查清单
sidebar-tasks-progress = 任务 { $progress }
    .title = 已完成的任务
sidebar-progress = { $done }/{ $total }
sidebar-feature-with-badge = { $feature }，{ $badge }
sidebar-badge-unreadable = plan.md { $reason }
sidebar-badge-no-plan = 无计划
sidebar-badge-errors = { $count } 个错误
sidebar-badge-warnings = { $count } 个警告
sidebar-badge-valid = 无问题
git-uncommitted = 未提交的更改
    .title = 未提交的更改 (git)

# A feature without the editor (no documents, none selected)
detail-documents-in = { $folder } 中的 { $documents }
detail-documents = 文档
detail-select-feature = 选择一个功能以查看其文档。
detail-no-features = 此仓库还没有功能。

# A repository without specs
empty-title = { $folder } 中还没有规范
empty-about = SpecDesk 适用于 { $speckit } 仓库：每个功能位于 { $specs } 下自己的文件夹中（例如 { $example }），包含一个 { $plan }，通常还有 { $spec }、{ $tasks } 和检查清单。
empty-start = 在这里开始第一个功能：SpecDesk 会根据仓库的计划模板（{ $template }，若没有则使用内置 Lite 模板）创建 { $plan }。
empty-feature-title = 功能标题
    .placeholder = 例如：相册
empty-create = 创建第一个功能

# "plan.md was replaced on disk" notices
notice-replaced-title = { $file } 已在磁盘上被替换
notice-replaced-template = 它现在与模板一致：已填写的内容丢失了。
notice-replaced-lines = 有 { $percent } 的行被一次性更改。
notice-restore-conflict = 文件在磁盘上再次更改，未恢复任何内容。请使用“比较”。
notice-compare = 比较
notice-restoring = 正在恢复…
notice-restore-previous = 恢复上一版本
notice-dismiss = 关闭
    .aria-label = 关闭：{ $title }

# Feature view: toolbar, tabs, panes
editor-saving = 正在保存…
editor-not-saved = 未保存：{ $error }
editor-unsaved = 未保存
editor-saved = 已保存
editor-autosave = 自动保存
editor-outline = 大纲
editor-history = 历史记录
editor-coverage = 覆盖率
editor-no-documents = 此功能文件夹中还没有文档。
editor-opening = 正在打开…
view-label = 视图
view-editor = 编辑器
view-split = 分栏
view-preview = 预览
tabs-unsaved = 未保存的更改
outline-empty = 没有标题。
splitter-label = 调整编辑器和预览的大小

# Status bar
status-placeholders =
    { $count ->
        [0] 没有剩余占位符
       *[other] 剩余 { $count } 个占位符
    }
    .title = 下一个占位符 (F8)
status-uncommitted = 未提交的更改
    .title = 此文档有尚未提交到 git 的更改
status-feature-branch = 已检出此功能的分支
status-branch = 当前 git 分支
status-branch-label = 分支

# Problems panel
problems-title = 问题
problems-errors = { $count } 个错误
problems-warnings = { $count } 个警告
problems-notes = { $count } 条提示
problems-checking = 正在检查…
problems-checked-against = 检查依据：{ $template }
problems-config-error = { $error } — 修复之前将使用默认规则检查。
problems-config = 配置：{ $summary }
problems-not-a-plan = 只有计划会对照模板检查。
problems-none = 没有问题：此计划与其模板一致。
problems-line = 第 { $line } 行
problems-rule-help =
    .title = { $code }（{ $rule }）检查的内容
problems-no-help = 没有 { $code } 的帮助：{ $error }
problems-severity-error = 错误
problems-severity-warning = 警告
problems-severity-info = 信息

# A document that is not opened for editing
read-only-title = 此文档未以编辑模式打开
read-only-text = { $why }未做任何更改，也不会写入任何内容。
read-only-binary = 它看起来是二进制文件（包含 NUL 字节）。
read-only-invalid-utf8 = 它不是有效的 UTF-8 文本。
read-only-too-large = 它超过了 SpecDesk 可编辑的大小（8 MiB）。
read-only-not-found = 它（已）不存在。
read-only-permission-denied = SpecDesk 无权读取它。
read-only-outside-repo = 它位于打开的仓库之外。
read-only-unreadable = 无法读取它。

# Dialogs' common buttons
dialog-cancel = 取消

# Banners over the editor
conflict-text = 你有未保存的编辑时，{ $path } 在磁盘上被更改。没有覆盖任何内容。
conflict-hide-comparison = 隐藏比较
conflict-keep-mine = 保留我的版本
conflict-take-theirs = 使用磁盘上的版本
conflict-compare-label = 你的版本（左）和磁盘上的版本（右）
conflict-yours = 你的版本（未保存）
conflict-on-disk = 磁盘上
conflict-your-text = 你的文本
conflict-disk-text = 磁盘上的文本
compare-left = 左侧文本
compare-right = 右侧文本
deleted-text = { $path } 已在磁盘上被删除。你的文本仍在这里。
deleted-save = 保存（重新创建）
encoding-text = { $file } 不是 UTF-8：它按 { $encoding } 解码后以只读方式显示。SpecDesk 绝不会按原样写入它。
encoding-lossy = 它的部分字节不是有效的 { $encoding }，因此无法无损转换。
encoding-confirm = 将 { $name } 重写为 UTF-8？原始文件会保留在本地历史记录中。
encoding-convert = 转换
encoding-convert-utf8 = 转换为 UTF-8…
encoding-not-converted = 未转换：{ $error }
encoding-converted = 已将 { $file } 从 { $from } 转换为 UTF-8，现在可以编辑了。
encoding-undo = 撤销转换
encoding-not-undone = 未撤销：{ $error }
write-blocked-text = { $file } 以只读方式打开（原因：{ $why }）。不会向其写入任何内容。
write-blocked-read-only-fs = 它位于只读文件系统上
write-blocked-file = 你没有更改此文件的权限
write-blocked-folder = 你没有在其文件夹中创建文件的权限，而保存需要此权限
write-refused-text = { $file } 未保存：{ $error }。你的文本保留在这里和崩溃恢复日志中。请修复权限后再次保存 (Ctrl+S)，或将副本保存到其他位置。
write-save-copy = 另存副本…
write-copy-saved = 已将副本保存到 { $path }。
write-no-copy = 未保存副本：{ $error }

# Sidebar: deleted files that local history can restore
deleted-section = 已删除（{ $count }）
    .aria-label = 已删除，可恢复
deleted-files = { $count } 个文件
deleted-restore = 恢复
deleted-restore-feature = 恢复功能 { $name }
deleted-restore-document = 恢复 { $path }
deleted-restored = 已恢复 { $prefix } 的 { $count } 个文件。
deleted-not-restored = 未恢复：{ $error }

# Closing with unsaved changes; unsaved edits of an earlier run
close-title = 关闭前保存更改？
close-text =
    { $count ->
        [1] 此文档有未保存的更改：
       *[other] { $count } 个文档有未保存的更改：
    }
close-save = 保存
close-discard = 放弃
restore-title = 恢复未保存的编辑？
restore-text = SpecDesk 关闭时有未保存的更改。这些更改已保留；请为每个文件选择处理方式。

# Links, demo reset
link-title = 在浏览器中打开此链接？
link-open = 在浏览器中打开
reset-demo-title = 重置演示仓库
reset-demo-text = 你的演示副本将恢复到 SpecDesk 安装时的状态：你对它所做的所有更改都将丢失。
reset-demo-text-unsaved = 你的演示副本将恢复到 SpecDesk 安装时的状态：你对它所做的所有更改都将丢失，包括 { $count } 个未保存的文档。
reset-demo-not-a-copy = 这里打开的演示是 SpecDesk 自带的原件，而不是副本：没有可重置的内容。
reset-demo-failed = 未重置：{ $error }
reset-demo-confirm = 重置演示

# New feature dialog (its title is sidebar-new-feature)
new-feature-intro = 根据仓库的计划模板创建功能文件夹和其中的 { $plan }，并填好分支和日期。
new-feature-title = 标题
    .placeholder = 例如：与家人共享相册
new-feature-short = 短名称
    .hint = （可选，用于文件夹名称）
    .placeholder = 例如：相册共享
new-feature-type-title = 输入标题即可查看将创建的文件夹。
new-feature-creates = 将创建 { $folder }
new-feature-no-specs-dir = 仓库还没有 specs 文件夹：将创建 { $folder }。
new-feature-same-slug = 已存在同名功能：{ $folder }。
new-feature-also-create = 同时根据仓库模板创建
new-feature-creating = 正在创建…
new-feature-create = 创建

# Quick open (Ctrl+P)
quick-open-label = 快速打开
quick-open-input =
    .aria-label = 功能或文档
    .placeholder = 转到功能或文档…
quick-open-matches = 匹配项
quick-open-none = 无匹配项

# Find in Specs (Ctrl+Shift+F)
search-title = 在规范中查找
search-close = 关闭搜索
search-input =
    .aria-label = 搜索所有规范文档
    .placeholder = 要在所有规范文档中查找的文本…
search-case = 区分大小写
    .title = 严格区分大写和小写
search-searching = 正在搜索…
search-hint = 输入内容即可搜索计划、规范、任务和检查清单。
search-summary = 在 { $documents } 个文档中找到 { $hits } 处匹配
search-more = 更多结果未显示
search-skipped = 跳过了 { $count } 个无法读取的文件
search-outside = 不在功能文件夹中：SpecDesk 只打开功能的文档

# The editor and the preview
editor-source-label = Markdown 源文本
editor-source-description = Tab 键用于缩进。要将焦点移出编辑器，请先按 Esc，再按 Tab 或 Shift+Tab。
preview-alert-note = 备注
preview-alert-tip = 提示
preview-alert-important = 重要
preview-alert-warning = 警告
preview-alert-caution = 注意
preview-image-blocked = 未加载远程图片：{ $url }
preview-diagram = 图表
preview-diagram-too-large = 此图表太大，无法在预览中绘制（{ $length } 个字符，上限为 { $limit }）。其源代码显示在上方。
preview-diagram-not-loaded = 无法加载图表渲染器：{ $error }
preview-diagram-not-drawn = 无法绘制图表。
preview-diagram-error = 图表有错误。

# CodeMirror's own words
cm-find = 查找
cm-replace = 替换
cm-next = 下一个
cm-previous = 上一个
cm-all = 全部
cm-match-case = 区分大小写
cm-regexp = 正则表达式
cm-by-word = 全字匹配
cm-replace-one = 替换
cm-replace-all = 全部替换
cm-close = 关闭
cm-current-match = 当前匹配
cm-on-line = 位于行
cm-replaced-matches = 已替换 { $count } 处匹配
cm-replaced-match-on-line = 已替换第 { $line } 行的匹配
cm-go-to-line = 转到行
cm-go = 转到
cm-diagnostics = 问题
cm-no-diagnostics = 没有问题
cm-folded-lines = 已折叠行
cm-unfolded-lines = 已展开行
cm-to = 至
cm-folded-code = 已折叠的代码
cm-unfold = 展开
cm-fold-line = 折叠行
cm-unfold-line = 展开行
cm-control-character = 控制字符
cm-selection-deleted = 已删除所选内容
cm-completions = 补全
cm-unchanged-lines = { $count } 行未更改
cm-accept = 接受
cm-reject = 拒绝
cm-revert-chunk = 还原此块

## Interface: review, pipeline, branches, history, coverage (B2)

# Screens and scope (review/ScreenSwitch, review/ScopeSwitch)
review-screen-switch = 视图
review-screen-editor = 编辑器
    .title = 编辑一个功能的文档
review-screen-review = 审阅
    .title = 在一个表格中查看所有功能 (Ctrl+Shift+R)
review-screen-pipeline = 流水线
    .title = 按阶段查看功能
review-scope-switch = 范围
branches-scope-checkout = 当前检出
    .title = 磁盘上文件中的功能
branches-scope-all = 所有分支
    .title = 所有进行中的功能：从 git 读取每个分支和工作树

# The Review screen (review/ReviewView)
review-region = 审阅
review-heading-review = 审阅
review-heading-pipeline = 流水线
review-updating = 正在更新…
review-refresh = 刷新
review-export = 导出报告…
review-dismiss = 关闭
review-error = 无法计算审阅：{ $message }
review-computing = 正在计算审阅…
review-summary-features = 功能
review-summary-failing = 验证未通过
review-summary-diagnostics = 错误 · 警告
review-summary-placeholders = 占位符
review-summary-tasks = 任务
review-summary-plan-checklists = 计划检查清单
review-summary-checklists = 检查清单
review-summary-coverage = 已覆盖的需求
review-toggle-conflict = { $path } 在显示审阅后已更改，未写入任何内容。审阅现已更新为最新状态。
review-toggle-failed = 无法更新 { $path }：{ $message }
review-export-failed = 无法导出报告：{ $message }

# Filters and sort (review/ReviewFilterBar)
review-filter-bar = 筛选和排序功能
review-filter-text =
    .placeholder = 按编号或名称筛选
    .aria-label = 按编号或名称筛选功能
review-filter-incomplete = 未完成
review-filter-errors = 有错误
review-filter-placeholders = 有占位符
review-shown-all = { $total } 个功能
review-shown-some = { $shown } / { $total } 个功能
review-sort-by = 排序方式
review-sort-number = 编号
review-sort-progress = 进度
review-sort-modified = 最近更改
review-sort-descending = 降序，切换为升序
review-sort-ascending = 升序，切换为降序

# The Review table (review/ReviewTable)
review-column-feature = 功能
review-column-stage = 阶段
review-column-plan = 计划
review-column-plan-checklist = 计划检查清单
    .title = 单击复选框即可在 plan.md 中勾选；按 Enter 或 Ctrl+单击可在计划中打开该项
review-column-tasks = 任务
    .title = 每个条形代表 tasks.md 的一个阶段；单击即可打开
review-column-checklists = 检查清单
review-column-coverage = 覆盖率
    .title = spec.md 中被任务覆盖的需求
review-column-modified = 最近更改
review-age-just-now = 刚刚
review-open-feature = 打开 { $path }
review-placeholders = { $count } 个占位符
review-check-label = { $text }（第 { $line } 行）
review-check-title = { $text } — 第 { $line } 行。Enter 或 Ctrl+单击：在计划中打开
review-phase-untitled = 任务
review-phase-label = { $phase }：已完成 { $done }/{ $total }，打开 tasks.md
review-phase-title = { $phase } — { $done }/{ $total }
review-no-tasks = 无 tasks.md
review-empty = 没有符合这些筛选条件的功能。
review-stage-specified = 仅有规范
review-stage-planned = 已计划
review-stage-tasks-written = 已编写任务
review-stage-in-progress = 进行中
review-stage-done = 已完成
review-validation-no-plan = 无计划
review-validation-unreadable = 无法读取
review-validation-unreadable-file = { $name }：{ $reason }
review-validation-clean = 无问题
review-validation-errors = { $count } 个错误
review-validation-warnings = { $count } 个警告
review-coverage-not-traced = 未追踪
review-coverage-no-tasks = 无任务
review-coverage-no-ids = 无 ID
review-coverage-no-spec = 无规范
review-coverage-traced-title = { $requirements } 个需求中有 { $covered } 个已被任务覆盖
review-coverage-no-citations-title = tasks.md 未引用任何需求 ID（spec.md 中有 { $requirements } 个需求）
review-coverage-no-tasks-title = 尚无 tasks.md（spec.md 中有 { $requirements } 个需求）
review-coverage-no-requirements-title = spec.md 未定义需求 ID
review-coverage-no-spec-title = 没有 spec.md

# The Pipeline (review/PipelineBoard)
pipeline-fact-tasks = 任务 { $progress }
pipeline-fact-plan = 计划 { $progress }
pipeline-fact-checklists = 检查清单 { $progress }
pipeline-show-more = 再显示 { $count } 个（剩余 { $remaining } 个）

# All branches (review/BranchTable, review/BranchDocumentView, review/BranchActionDialog)
branches-fetch = 提取
branches-fetching = 正在提取…
branches-error = 无法读取分支：{ $message }
branches-reading = 正在读取所有分支…
branches-summary = { $branches } 个分支上的 { $features } 个功能
branches-column-feature = 功能
branches-column-from = 来源
branches-column-stage = 阶段
branches-column-plan = 计划
branches-column-plan-checklist = 计划检查清单
branches-column-tasks = 任务
branches-column-also-on = 其他位置
branches-column-actions = 操作
branches-from-checkout = { $branch }（当前检出）
branches-from-worktree = { $branch }（工作树 { $path }）
branches-read-only = 只读
    .title = 从 git 读取：无法在此编辑
branches-also-on = 也在 { $branches } 上
branches-checkout = 检出此分支
branches-worktree = 在工作树中打开
branches-checkout-title = 要检出 { $branch } 吗？
branches-checkout-text = 磁盘上当前检出的文件将变为 { $branch } 的文件 (git checkout)。规范文档有未提交的更改时，SpecDesk 会拒绝执行。
branches-checkout-confirm = 检出
branches-worktree-title = 要在新工作树中打开 { $branch } 吗？
branches-worktree-text = git 会在你接下来选择的文件夹中添加 { $branch } 的工作树，SpecDesk 会以可编辑方式打开它。当前检出不受影响。
branches-worktree-confirm = 选择文件夹…
branches-cancel = 取消
branches-document = 来自 { $branch } 的只读文档
branches-back = ← 所有分支
branches-document-source = 来源：{ $branch } · 只读
branches-compare = 与当前检出的版本比较
branches-document-plan-checklist = 计划检查清单 { $progress }
branches-document-tasks = 任务 { $progress }
branches-document-diagnostics = { $count } 个问题
branches-compare-checkout = 当前检出
branches-compare-checkout-missing = 当前检出（无此文件）
branches-diff = 当前检出的版本与 { $branch } 的版本对照
branches-diff-checkout = 当前检出的版本
branches-diff-branch = { $branch } 的版本
branches-document-text = 文本（只读）
branches-severity-error = 错误
branches-severity-warning = 警告
branches-severity-info = 信息
branches-diagnostic = { $code } 第 { $line } 行：{ $message }
branches-open-failed = 无法读取 { $branch } 上的 { $path }：{ $message }
branches-compare-failed = 无法读取当前检出的 { $path }：{ $message }
branches-fetched = 已提取所有远程仓库。
branches-fetch-failed = 提取失败：{ $message }
branches-checked-out = 已检出 { $branch }。
branches-checkout-failed = 检出失败：{ $message }
branches-worktree-created = 已在 { $folder } 中创建 { $branch } 的工作树。
branches-worktree-failed = 在工作树中打开失败：{ $message }

# Local history (HistoryPanel, history.ts)
history-region = { $file } 的历史记录
history-title = 历史记录
history-close = 关闭历史记录
history-empty = 尚未记录任何版本。
history-timeline = 版本（最新的在前）
history-on-disk = 磁盘上的版本
history-deleted-version = 此时文件已被删除：没有可比较的文本。请选择更早的版本。
history-version-of = { $when } 的版本（{ $source }）
history-current-text = 当前文本
history-restore = 恢复此版本
history-restoring = 正在恢复…
history-diff = 所选版本（左）与当前文本（右）
history-diff-selected = 所选版本
history-restored = 已恢复 { $when } 的版本。在编辑器中撤消 (Ctrl+Z) 即可找回你的文本。
history-restore-conflict = { $file } 在你上次查看后已在磁盘上更改：未恢复任何内容。
history-restore-failed = 未恢复：{ $message }
history-source-saved = 在此保存
history-source-disk = 在磁盘上更改
history-source-restored = 已恢复
history-source-deleted = 已删除
history-entry-separator = { "，" }
history-lines-added = 新增 { $count } 行
history-lines-removed = 删除 { $count } 行
history-size-bytes = { $size } B
history-size-kb = { $size } KB
history-size-mb = { $size } MB
history-replaced-title = { $file } 已在磁盘上被替换
history-replaced-template = 它现在与模板一致：已填写的内容已丢失。
history-replaced-lines = { $percent }% 的行被一次性更改。

# Requirement coverage (CoveragePanel, coverage.ts)
coverage-region = 需求覆盖率
coverage-title = 覆盖率
coverage-close = 关闭覆盖率
coverage-computing = 正在计算覆盖率…
coverage-column-requirement = 需求
coverage-column-text = 文本
coverage-column-tasks = 任务
coverage-open-line = 打开 { $file } 第 { $line } 行
coverage-open-task-done = 打开 { $file } 第 { $line } 行（已完成）
coverage-uncovered = 未覆盖
coverage-unknown-heading = 引用了 spec.md 未定义的 ID
coverage-unknown-by-task = — 由 { $file } 第 { $line } 行的 { $task } 引用
coverage-unknown-by-traceability = — 由 { $file } 第 { $line } 行的追溯行引用
coverage-unknown-by-item = — 由 { $file } 第 { $line } 行的条目引用
coverage-task-line = 第 { $line } 行
coverage-note-no-spec = 没有 spec.md：没有需要覆盖的需求。
coverage-note-no-requirements = spec.md 未定义需求 ID（FR-001、SC-001 等）。
coverage-note-no-tasks = { $requirements } 个需求；尚无 tasks.md。
coverage-note-no-citations = { $requirements } 个需求；tasks.md 从未引用需求 ID，因此无法判断覆盖率。
coverage-note-traced = { $requirements } 个需求中有 { $covered } 个已被任务覆盖；{ $uncovered } 个未覆盖。


## Report diagrams (C)

report-diagrams-progress = 正在绘制报告中的图表… 第 { $done } 个，共 { $total } 个
report-diagram-too-long = 此图表过大，无法绘制（{ $length } 个字符；上限为 { $limit }）。
report-diagram-too-big = 此图表的绘图过大，无法放入报告。

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = 简体中文
# How a list of names is joined in a sentence.
lang-list-separator = 、
# How each name of such a list is written (quoted where the language quotes names).
lang-list-item = “{ $item }”

# Counts (also used by the interface).
count-errors = { $count } 个错误
count-warnings = { $count } 个警告
count-infos = { $count } 条信息

# Diagnostics of the plan rules. The quoted names are the plan's or the template's own words.
diag-sd001-missing-section = 缺少章节“{ $name }”（模板要求）
fix-insert-section = 从模板插入章节“{ $name }”
diag-sd002-belongs-before = 章节“{ $name }”不符合模板顺序：应位于“{ $next }”之前
diag-sd002-belongs-after = 章节“{ $name }”不符合模板顺序：应位于“{ $previous }”之后
diag-sd002-out-of-place = 章节“{ $name }”不符合模板顺序：位置不正确
diag-sd003-unresolved = 计划中留有未解决的“{ $text }”
diag-sd003-example = 示例占位符“{ $text }”未填写
diag-sd003-instruction = 模板说明“{ $text }”未填写
diag-sd003-placeholder = 未填写的占位符“{ $text }”
diag-sd004-missing-field = 缺少标头字段“{ $name }”（模板：“{ $template }”）
fix-insert-header-field = 从模板插入标头字段“{ $name }”
diag-sd004-empty-field = 标头字段“{ $name }”没有值（模板：“{ $template }”）
diag-sd005-branch-mismatch = 分支“{ $branch }”与功能文件夹“{ $folder }”不匹配
fix-use-branch = 使用分支“{ $branch }”
diag-sd006-invalid-date = 日期“{ $value }”不是 ISO 8601 日期（YYYY-MM-DD）
fix-write-date = 将日期改为 { $date }
diag-sd007-not-spec = “{ $field }”未指向功能的 spec.md
diag-sd007-other-file = “{ $field }”指向“{ $target }”，而不是功能的 spec.md
diag-sd007-other-feature = “{ $field }”指向“{ $target }”，而不是本功能的 spec.md（应为 { $expected }）
diag-sd007-no-spec = 功能文件夹中不存在 spec.md
diag-sd008-table-header = “{ $section }”中的表头与模板不同：应为 { $header }
fix-table-header = 使用模板的表头
diag-sd009-table-cells = 表格行有 { $cells } 个单元格，而表头有 { $header } 个
diag-sd010-missing-label = “{ $section }”中缺少“**{ $label }**”（模板要求）
diag-sd011-empty-label = “**{ $label }**”为空
diag-sd012-renamed = 检查清单项“{ $item }”已被改名；模板中为“{ $expected }”
fix-template-wording = 使用模板的措辞
diag-sd012-missing = “{ $section }”中缺少检查清单项“{ $item }”
fix-add-checklist-item = 添加检查清单项
diag-sd013-broken-link = 链接目标“{ $target }”不存在
diag-sd014-missing-subsection = “{ $parent }”中缺少子章节“{ $name }”（模板要求）
diag-sd015-missing-title = 计划没有标题；模板以“# { $title }”开头
fix-insert-title = 插入模板的标题
diag-sd016-unknown-branch = 此 git 仓库中不存在分支“{ $branch }”
diag-sd017-not-following = 未遵循模板：{ $required } 个必需章节中只找到 { $found } 个；缺少 { $missing }
diag-sd017-not-following-found = 未遵循模板：{ $required } 个必需章节中只找到 { $found } 个（{ $present }）；缺少 { $missing }

# The rules: what each checks, in one sentence.
rule-sd001-summary = 缺少模板要求的 H2 章节（模板标为有条件的章节可以省略）。
rule-sd002-summary = 模板章节的位置不符合模板的顺序。
rule-sd003-summary = 留有模板占位符：[FEATURE]、[DATE]、[link]、[e.g., …]、方括号中的模板说明、NEEDS CLARIFICATION，或从模板原样复制的占位文本。
rule-sd004-summary = 模板的标头字段（例如 **Branch**、**Date**）缺失或没有值。
rule-sd005-summary = Branch 的值与本功能的文件夹名称不符。
rule-sd006-summary = Date 的值不是 ISO 8601 日期（YYYY-MM-DD）。
rule-sd007-summary = Spec/Input 字段未指向本功能的 spec.md，或 spec.md 不存在。
rule-sd008-summary = 表格的表头与同一章节中模板表格的表头不同（允许添加额外的列）。
rule-sd009-summary = 表格行的单元格数量与表头不同。
rule-sd010-summary = 章节中缺少模板要求的标签行（例如 **Goal**）。
rule-sd011-summary = 模板的标签行（例如 **Goal**）存在，但内容为空。
rule-sd012-summary = 模板状态检查清单中的某项缺失或已被改名。
rule-sd013-summary = 相对链接指向不存在的文件。
rule-sd014-summary = 章节中缺少模板要求的 H3 子章节。
rule-sd015-summary = 模板有 H1 标题，但计划没有。
rule-sd016-summary = Branch 的值指向本地 git 仓库中不存在的分支（仅在有 git 信息且仓库有本地分支时检查）。
rule-sd017-summary = 计划几乎不包含模板要求的章节：只报告一个问题，说明计划遵循模板的程度，而不是每缺一部分报告一次。
# Severities as the rule documentation names them.
rule-severity-error = 错误
rule-severity-warning = 警告
rule-severity-info = 信息

# Errors, after the path they are about.
error-not-found = { $path }: 未找到
error-permission-denied = { $path }: 权限不足
error-not-utf8 = { $path }: { $reason }；SpecDesk 只能编辑 UTF-8 文本
error-binary = { $path }: 似乎是二进制文件（包含 NUL 字节）
error-too-large = { $path }: 大小为 { $size } 字节，超过 { $limit } 字节的上限
error-outside-repo = { $path }: 不在已打开的仓库中
error-not-a-directory = { $path }: 不是文件夹
error-is-a-directory = { $path }: 是文件夹，不是文件
error-conflict = { $path }: 读取后已在磁盘上被修改
error-already-exists = { $path }: 已存在
error-corrupt = { $path }: 已损坏：{ $detail }
error-invalid = 无效输入：{ $detail }
error-watch = { $path }: 监视文件变更失败：{ $detail }
error-not-allowed = { $path }: SpecDesk 只打开启动时指定的仓库或你选择的仓库
error-internal = 内部错误：{ $detail }
error-uncommitted-specs = 有 { $count } 个规范文档存在未提交的更改（{ $files }）：请先提交或 stash，再检出其他分支
error-not-a-branch = { $branch }: 不是分支名称
error-no-repository = 未打开任何仓库
error-no-demo-copy = 此处打开的是可编辑的内置演示，没有可重置的副本
error-feature-needs-title = 新功能需要标题
error-search-empty = 请输入要搜索的内容
error-search-too-long = 搜索内容只能是一行，最多 { $bytes } 字节
error-not-a-version-id = `{ $id }` 不是版本编号（至少 { $digits } 位十六进制数字，如 history 所列）
error-no-such-version = 此仓库的历史记录中没有版本 `{ $id }`
error-ambiguous-version = 版本编号 `{ $id }` 不唯一：请输入更多位数
error-demo-is-bundled = 打开的演示就是内置演示本身，没有可重置的副本
# Why a document could not be read.
error-reason-not-utf8 = 不是 UTF-8（看起来是 { $encoding }）
error-reason-invalid-utf8 = 不是有效的 UTF-8（第 { $offset } 字节）
error-reason-binary = 是二进制文件（包含 NUL 字节）
error-reason-too-large = 过大（{ $size } 字节，超过 { $limit } 字节的上限）
error-reason-permission = 无法读取（权限不足）
error-reason-missing = 不存在
error-reason-directory = 是文件夹
error-reason-unreadable = 无法读取（{ $detail }）

# The native menu bar (the shortcut in parentheses is the editor's own).
menu-file = 文件
menu-edit = 编辑
menu-view = 视图
menu-help = 帮助
menu-language = 语言
menu-language-system = 系统默认
menu-open-folder = 打开文件夹…
menu-quick-open = 快速打开…
menu-save = 保存
menu-close-tab = 关闭标签页
menu-new-feature = 新建功能…
menu-export-report = 导出报告…
menu-export-document = 将文档导出为 HTML…
menu-quit = 退出
menu-undo = 撤销 (Ctrl+Z)
menu-redo = 重做 (Ctrl+Shift+Z)
menu-find = 查找 (Ctrl+F)
menu-find-in-specs = 在规范中查找…
menu-next-placeholder = 下一个占位符 (F8)
menu-previous-placeholder = 上一个占位符 (Shift+F8)
menu-view-editor = 仅编辑器
menu-view-split = 编辑器和预览
menu-view-preview = 仅预览
menu-toggle-problems = 问题
menu-zoom-in = 放大
menu-zoom-out = 缩小
menu-zoom-reset = 实际大小
menu-reload = 重新加载仓库
menu-view-review = 审阅仪表板
menu-view-pipeline = 流水线
menu-help-spec-kit = 关于 spec-kit…
menu-reset-demo = 重置演示仓库…
menu-about = 关于 SpecDesk

# specdesk-cli's text output (its JSON stays English).
cli-error = specdesk-cli: 错误: { $message }
cli-level-error = 错误
cli-level-warning = 警告
cli-level-info = 信息
cli-fix-help = 修复建议: { $title }
cli-unreadable = { $path } { $reason }：无法检查
cli-unreadable-convert = { $path } { $reason }：无法检查（请将其转换为 UTF-8，例如使用 SpecDesk 的“转换为 UTF-8”）
cli-checked-against = { $path }: 检查依据：{ $template }
cli-configuration = 配置: { $config }
cli-check-summary = 已检查 { $root } 中的 { $plans } 个计划（依据：{ $template }）：{ $errors }，{ $warnings }
cli-check-summary-unreadable = 已检查 { $root } 中的 { $plans } 个计划（依据：{ $template }）：{ $errors }，{ $warnings }，{ $unreadable } 个无法读取
cli-template-builtin-lite = 内置 Lite 模板
cli-template-builtin-full = 内置 spec-kit 模板
cli-template-builtins = 内置模板（每个计划按其遵循的模板检查）
cli-template-stack = 模板叠加：{ $layers }
cli-template-stack-over = {" > "}
cli-config-defaults = 默认值（没有 { $file }）
cli-config-defaults-because = 默认值，原因：{ $error }
cli-config-ignores = 忽略 { $paths }
cli-config-roots = 根目录 { $paths }
cli-config-template = 模板 { $path }
cli-no-template = 仓库中没有计划模板：新计划从内置 Lite 模板开始，每个计划按其遵循的内置模板（Lite 或 spec-kit）检查
cli-no-template-note = specdesk-cli: { $root }: { $reason }；以下是内置 Lite 模板
cli-created = 已创建 { $path }
cli-unknown-rule = 没有规则“{ $rule }”；`specdesk-cli rules` 会列出所有规则（SD001 至 { $last }）
cli-status-feature = 功能
cli-status-plan = 计划
cli-status-plan-checklist = 计划检查清单
cli-status-tasks = 任务
cli-status-checklists = 检查清单
cli-status-no-plan = 无计划
cli-status-unreadable = 无法读取
cli-status-clean = 无问题
cli-status-counts = { $errors }，{ $warnings }
cli-status-document-unreadable = { $name } { $reason }
cli-status-summary = { $features } 个功能，{ $plans } 个计划；任务 { $tasks }；计划检查清单 { $checklists }；{ $errors }，{ $warnings }
cli-status-unreadable-documents = { $count } 个文档无法读取：

# The native file dialogs' titles and file types.
menu-dialog-open-repository = 打开 spec-kit 仓库
menu-dialog-export-report = 导出审阅报告
menu-dialog-export-document = 将文档导出为 HTML
menu-dialog-save-copy = 另存副本
menu-dialog-worktree-folder = 用于 { $branch } 工作树的文件夹
menu-filter-html-report = HTML 报告
menu-filter-markdown-report = Markdown 报告
menu-filter-any-file = 所有文件

# The review report (File ▸ Export Report…): Markdown or HTML.
report-title = 规范审阅：{ $name }
report-generated = 生成于 { $when }
report-diagram-sources-note = 图表源码：SpecDesk 会在其导出的报告中绘制它们（审阅 ▸ 导出报告…）。
report-diagram-not-drawn = 此图表未绘制（导出期间其文档已更改）。
report-diagram-undrawable = 无法绘制此图表。
report-diagram-drawing-too-large = 此图表的绘图过大，无法包含（{ $size }；上限为 { $limit }）。
report-diagram-over-budget = 报告中的图表已达到大小上限（{ $limit }），此图表以源码显示。
report-diagram-label = 图表：{ $title }
report-summary = { $features } 个功能，{ $plans } 个计划；{ $failing } 个未通过验证；{ $errors }，{ $warnings }；任务 { $tasks }；计划检查清单 { $planChecklists }；检查清单 { $checklists }；需求覆盖率 { $coverage }
report-stages = 阶段：{ $stages }
report-stage-specified = 仅有规范
report-stage-planned = 已计划
report-stage-tasks-written = 已编写任务
report-stage-in-progress = 进行中
report-stage-done = 已完成
report-feature = 功能
report-plan = 计划
report-stage = 阶段
report-plan-checklist = 计划检查清单
report-tasks = 任务
report-checklists = 检查清单
report-coverage = 覆盖率
report-last-change = 最后更改
report-progress = 进度
report-validation = 验证
report-placeholders = 未填写的占位符
report-before-any-phase = （任何阶段之前）
report-checklist = 检查清单 { $name }
report-no-tasks-file = 无 tasks.md
report-open-items = 未完成的计划检查清单项：
report-no-plan = 无计划
report-unreadable = 无法读取
report-unreadable-plan = { $name } { $reason }
report-clean = 无问题
report-counts = { $errors }，{ $warnings }
report-coverage-traced = 已覆盖 { $covered }/{ $requirements }
report-coverage-not-traced = 未追踪（{ $requirements } 项需求）
report-coverage-no-tasks = 无任务（{ $requirements } 项需求）
report-coverage-no-ids = 无需求编号
report-coverage-no-spec = 无规范
report-from-checkout = { $name }（此检出）
report-from-worktree = { $name }（工作树 { $path }）

# specdesk-cli coverage and history (text output).
cli-coverage-no-spec = 无 spec.md
cli-coverage-no-ids = spec.md 未定义需求编号
cli-coverage-no-tasks = { $requirements } 项需求；还没有 tasks.md
cli-coverage-no-citations = { $requirements } 项需求；{ $tasks } 从未引用需求编号，无法判断覆盖率
cli-coverage-traced = { $requirements } 项需求中有 { $covered } 项被任务覆盖（{ $kinds }）；{ $total } 个任务中有 { $citing } 个引用了需求编号
cli-coverage-other = 其他
cli-coverage-task = 任务
cli-coverage-traceability-line = 追踪行
cli-coverage-checklist-item = 检查清单项
cli-coverage-uncovered = 未覆盖
cli-coverage-unknown = 未知
cli-coverage-duplicate = 重复
cli-coverage-covered = 已覆盖
cli-coverage-cited-by = 被{ $what }引用，但未在 { $file } 中定义
cli-coverage-defined-at = 已在第 { $line } 行定义
cli-coverage-line = 第 { $line } 行
cli-coverage-summary = { $features } 个功能；其中 { $traced } 个的任务引用了需求编号：{ $requirements } 项需求，{ $covered } 项已覆盖，{ $uncovered } 项未覆盖
cli-coverage-untraced = { $count } 个功能的任务未引用需求编号
cli-coverage-without-tasks = { $count } 个功能没有 tasks.md
cli-coverage-unknown-citations = { $count } 个未知引用
cli-coverage-duplicates = { $count } 个重复定义
cli-coverage-separator = ；
cli-coverage-ids = （编号：{ $prefixes }）

# specdesk-cli status --all-branches (text output).
cli-portfolio-from = 来源
cli-portfolio-also-on = 也在
cli-portfolio-summary = { $branches } 个分支上有 { $features } 个功能；{ $stages }
cli-portfolio-note = 注意：{ $note }
cli-history-saved = 在此保存
cli-history-disk = 磁盘上更改
cli-history-restored = 已恢复
cli-history-deleted = 已删除
cli-history-the-repository = 仓库
cli-history-none = { $path } 没有历史记录（SpecDesk 在应用打开仓库期间记录版本）
cli-history-versions = { $path } — { $count } 个版本
cli-history-versions-gone = { $path } — { $count } 个版本  （不在磁盘上）
cli-history-restore-hint = 恢复某个版本：specdesk-cli history PATH --restore ID
cli-history-nothing-to-restore = 没有需要恢复的内容：所有有历史记录的文件都在磁盘上
cli-history-already = { $path } 已经是版本 { $id }
cli-history-restored-to = 已将 { $path } 恢复到版本 { $id }（{ $when }，{ $source }）
cli-history-undo = 撤销：specdesk-cli history { $path } --restore { $id }
cli-history-no-data-dir = 找不到应用的数据文件夹：请设置 { $variable }（或 HOME）
cli-history-other-file = 版本 { $id } 属于 { $path }，而不是 { $target }
