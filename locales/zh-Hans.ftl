# SpecDesk's messages in Simplified Chinese (简体中文): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = 面向 spec-kit 仓库的桌面编辑器：计划、规范和任务，带实时预览和模板检查。
dialog-close = 关闭

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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

