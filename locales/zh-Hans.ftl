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

