# SpecDesk's messages in Japanese (日本語): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = spec-kit リポジトリのためのデスクトップエディター：計画・仕様・タスクをライブプレビューとテンプレートチェックで扱えます。
dialog-close = 閉じる

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)

report-diagrams-progress = レポートの図を描画中… { $done } / { $total }
report-diagram-too-long = この図は大きすぎて描画できません（{ $length } 文字、上限は { $limit } 文字）。
report-diagram-too-big = この図の描画結果は大きすぎてレポートに含められません。

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

