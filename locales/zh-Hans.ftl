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
    .placeholder = 例如：album sharing
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


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

