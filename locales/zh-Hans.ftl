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

report-diagrams-progress = 正在绘制报告中的图表… 第 { $done } 个，共 { $total } 个
report-diagram-too-long = 此图表过大，无法绘制（{ $length } 个字符；上限为 { $limit }）。
report-diagram-too-big = 此图表的绘图过大，无法放入报告。

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

