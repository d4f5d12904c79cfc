# SpecDesk's messages in Japanese (日本語): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = spec-kit リポジトリのためのデスクトップエディター：計画・仕様・タスクをライブプレビューとテンプレートチェックで扱えます。
dialog-close = 閉じる

# Shell: the main window
app-opening-repository = リポジトリを開いています…
app-dismiss = 閉じる
app-report-saved = レポートを { $path } に保存しました
app-export-done = { $path } にエクスポートしました
app-export-failed = エクスポートに失敗しました: { $error }
window-title-unsaved = ● { $place } (未保存 { $count } 件)

# Names and counts used in several places
format-documents = ドキュメント { $count } 件
format-features = 機能 { $count } 件
format-feature-label = 機能 { $number }、{ $name }、{ $documents }
format-feature-label-group = 機能 { $number }、{ $name }、{ $group } 内、{ $documents }
format-feature-label-unnumbered = 機能 { $name }、{ $documents }
format-feature-label-unnumbered-group = 機能 { $name }、{ $group } 内、{ $documents }
format-kind-plan = 計画
format-kind-spec = 仕様
format-kind-tasks = タスク
format-kind-research = 調査
format-kind-data-model = データモデル
format-kind-quickstart = クイックスタート
format-kind-checklist = チェックリスト
format-kind-contract = コントラクト
format-kind-other = その他
format-template-builtin-lite = 組み込みの Lite テンプレート
format-template-builtin-full = 組み込みの spec-kit テンプレート
format-template-builtins = 組み込みのテンプレート (各計画が従うテンプレート)
format-template-stack = スタック: { $layers }
format-template-over = 、その下に{" "}

# Opening a repository failed
open-error-not-found = リポジトリが見つかりません
open-error-permission-denied = アクセスが拒否されました
open-error-not-a-folder = フォルダーではありません
open-error-not-allowed = 許可されていません
open-error-other = リポジトリを開けませんでした
open-error-path = パス: { $path }
open-error-hint = spec-kit リポジトリのフォルダーを指定して SpecDesk を起動してください: { $command }
open-error-retry = 再試行

# Sidebar
sidebar-region = リポジトリ
sidebar-demo = デモ
    .title = 自分のリポジトリを開くには、パスを指定して SpecDesk を起動してください
sidebar-new-feature = 新しい機能
    .title = 新しい機能 (Ctrl+N)
sidebar-reload = リポジトリを再読み込み
sidebar-filter = 機能を絞り込み
sidebar-features = 機能
sidebar-no-features = 機能はまだありません。spec-kit は各機能を { $example } のようなフォルダーに置きます。
sidebar-filter-empty = 絞り込み条件に一致する機能はありません。
sidebar-on-branch = ブランチ { $branch }
sidebar-group-folder = フォルダー { $group }
sidebar-plan-progress = 計画 { $progress }
    .title = 計画のチェックリスト
sidebar-tasks-progress = タスク { $progress }
    .title = 完了したタスク
sidebar-progress = { $done }/{ $total }
sidebar-feature-with-badge = { $feature }、{ $badge }
sidebar-badge-unreadable = plan.md { $reason }
sidebar-badge-no-plan = 計画なし
sidebar-badge-errors = エラー { $count } 件
sidebar-badge-warnings = 警告 { $count } 件
sidebar-badge-valid = 問題なし
git-uncommitted = 未コミットの変更
    .title = 未コミットの変更 (git)

# A feature without the editor (no documents, none selected)
detail-documents-in = { $folder } の{ $documents }
detail-documents = ドキュメント
detail-select-feature = 機能を選択すると、そのドキュメントが表示されます。
detail-no-features = このリポジトリにはまだ機能がありません。

# A repository without specs
empty-title = { $folder } にはまだ仕様がありません
empty-about = SpecDesk は { $speckit } リポジトリを扱います。各機能は { $specs } の下の専用フォルダー (例: { $example }) にあり、{ $plan } と、通常は { $spec }、{ $tasks }、チェックリストを含みます。
empty-start = ここで最初の機能を始めましょう。SpecDesk がリポジトリの計画テンプレート ({ $template }、なければ組み込みの Lite テンプレート) から { $plan } を作成します。
empty-feature-title = 機能のタイトル
    .placeholder = 例: 写真アルバム
empty-create = 最初の機能を作成

# "plan.md was replaced on disk" notices
notice-replaced-title = { $file } がディスク上で置き換えられました
notice-replaced-template = テンプレートと同じ内容になり、記入した内容が失われました。
notice-replaced-lines = 一度に { $percent } の行が変更されました。
notice-restore-conflict = ファイルがディスク上で再び変更されたため、何も復元していません。「比較」を使ってください。
notice-compare = 比較
notice-restoring = 復元しています…
notice-restore-previous = 以前のバージョンを復元
notice-dismiss = 閉じる
    .aria-label = 閉じる: { $title }

# Feature view: toolbar, tabs, panes
editor-saving = 保存しています…
editor-not-saved = 保存されていません: { $error }
editor-unsaved = 未保存
editor-saved = 保存済み
editor-autosave = 自動保存
editor-outline = アウトライン
editor-history = 履歴
editor-coverage = カバレッジ
editor-no-documents = この機能フォルダーにはまだドキュメントがありません。
editor-opening = 開いています…
view-label = 表示
view-editor = エディター
view-split = 分割
view-preview = プレビュー
tabs-unsaved = 未保存の変更
outline-empty = 見出しがありません。
splitter-label = エディターとプレビューのサイズを変更

# Status bar
status-placeholders =
    { $count ->
        [0] 残りのプレースホルダーはありません
       *[other] 残りのプレースホルダー { $count } 件
    }
    .title = 次のプレースホルダー (F8)
status-uncommitted = 未コミットの変更
    .title = このドキュメントには git に未コミットの変更があります
status-feature-branch = この機能のブランチがチェックアウトされています
status-branch = 現在の git ブランチ
status-branch-label = ブランチ

# Problems panel
problems-title = 問題
problems-errors = エラー { $count } 件
problems-warnings = 警告 { $count } 件
problems-notes = 情報 { $count } 件
problems-checking = チェックしています…
problems-checked-against = チェック基準: { $template }
problems-config-error = { $error } — 修正されるまで既定のルールでチェックします。
problems-config = 設定: { $summary }
problems-not-a-plan = テンプレートに照らしてチェックされるのは計画だけです。
problems-none = 問題はありません。この計画はテンプレートに一致しています。
problems-line = { $line } 行目
problems-rule-help =
    .title = { $code } ({ $rule }) のチェック内容
problems-no-help = { $code } のヘルプはありません: { $error }
problems-severity-error = エラー
problems-severity-warning = 警告
problems-severity-info = 情報

# A document that is not opened for editing
read-only-title = このドキュメントは編集用に開かれていません
read-only-text = { $why }何も変更されておらず、書き込まれることもありません。
read-only-binary = バイナリファイルのようです (NUL バイトを含んでいます)。
read-only-invalid-utf8 = 有効な UTF-8 テキストではありません。
read-only-too-large = SpecDesk で編集できるサイズ (8 MiB) を超えています。
read-only-not-found = ファイルが (もう) 存在しません。
read-only-permission-denied = SpecDesk には読み取る権限がありません。
read-only-outside-repo = 開いているリポジトリの外にあります。
read-only-unreadable = 読み込めませんでした。

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

