# SpecDesk's messages in Simplified Chinese (简体中文): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = 面向 spec-kit 仓库的桌面编辑器：计划、规范和任务，带实时预览和模板检查。
dialog-close = 关闭

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = 简体中文
# How a list of names is joined in a sentence.
lang-list-separator = 、

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
