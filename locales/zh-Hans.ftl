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

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

