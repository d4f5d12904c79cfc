# SpecDesk's messages in English: the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = A desktop editor for spec-kit repositories: plans, specs and tasks with a live preview and template checks.
dialog-close = Close

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)

report-diagrams-progress = Drawing the report's diagrams… { $done } of { $total }
report-diagram-too-long = This diagram is too large to draw ({ $length } characters; the limit is { $limit }).
report-diagram-too-big = This diagram's drawing is too large to include in the report.

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

