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

# Dialogs' common buttons
dialog-cancel = キャンセル

# Banners over the editor
conflict-text = 未保存の編集があるあいだに、{ $path } がディスク上で変更されました。何も上書きしていません。
conflict-hide-comparison = 比較を隠す
conflict-keep-mine = 自分の変更を保持
conflict-take-theirs = ディスクの内容を使用
conflict-compare-label = 自分の版 (左) とディスク上の版 (右)
conflict-yours = 自分の版 (未保存)
conflict-on-disk = ディスク上
conflict-your-text = 自分のテキスト
conflict-disk-text = ディスク上のテキスト
compare-left = 左のテキスト
compare-right = 右のテキスト
deleted-text = { $path } がディスク上で削除されました。テキストはここに残っています。
deleted-save = 保存 (再作成)
encoding-text = { $file } は UTF-8 ではありません。{ $encoding } としてデコードし、読み取り専用で表示しています。SpecDesk がこのまま書き込むことはありません。
encoding-lossy = 一部のバイトが有効な { $encoding } ではないため、情報を失わずに変換することはできません。
encoding-confirm = { $name } を UTF-8 で書き直しますか? 元のファイルはローカル履歴に残ります。
encoding-convert = 変換
encoding-convert-utf8 = UTF-8 に変換…
encoding-not-converted = 変換できませんでした: { $error }
encoding-converted = { $file } を { $from } から UTF-8 に変換しました。編集できるようになりました。
encoding-undo = 変換を元に戻す
encoding-not-undone = 元に戻せませんでした: { $error }
write-blocked-text = { $file } は読み取り専用で開いています (理由: { $why })。このファイルには何も書き込みません。
write-blocked-read-only-fs = 読み取り専用のファイルシステム上にあります
write-blocked-file = このファイルを変更する権限がありません
write-blocked-folder = 保存に必要な、フォルダー内にファイルを作成する権限がありません
write-refused-text = { $file } を保存できませんでした: { $error }。テキストはここと復旧用の記録に保持されています。権限を修正してもう一度保存する (Ctrl+S) か、別の場所にコピーを保存してください。
write-save-copy = コピーを別名で保存…
write-copy-saved = コピーを { $path } に保存しました。
write-no-copy = コピーを保存できませんでした: { $error }

# Sidebar: deleted files that local history can restore
deleted-section = 削除済み ({ $count })
    .aria-label = 削除済み (復元可能)
deleted-files = ファイル { $count } 件
deleted-restore = 復元
deleted-restore-feature = 機能 { $name } を復元
deleted-restore-document = { $path } を復元
deleted-restored = { $prefix } のファイル { $count } 件を復元しました。
deleted-not-restored = 復元できませんでした: { $error }

# Closing with unsaved changes; unsaved edits of an earlier run
close-title = 閉じる前に変更を保存しますか?
close-text =
    { $count ->
        [1] このドキュメントには未保存の変更があります:
       *[other] { $count } 件のドキュメントに未保存の変更があります:
    }
close-save = 保存
close-discard = 破棄
restore-title = 未保存の編集を復元しますか?
restore-text = SpecDesk は未保存の変更がある状態で終了しました。変更は保持されています。ファイルごとに処理を選んでください。

# Links, demo reset
link-title = このリンクをブラウザーで開きますか?
link-open = ブラウザーで開く
reset-demo-title = デモリポジトリのリセット
reset-demo-text = デモのコピーを SpecDesk がインストールした時点の状態に戻します。コピーに加えた変更はすべて失われます。
reset-demo-text-unsaved = デモのコピーを SpecDesk がインストールした時点の状態に戻します。未保存のドキュメント { $count } 件を含め、コピーに加えた変更はすべて失われます。
reset-demo-not-a-copy = ここで開いているデモはコピーではなく SpecDesk に同梱されたものなので、リセットするものはありません。
reset-demo-failed = リセットできませんでした: { $error }
reset-demo-confirm = デモをリセット

# New feature dialog (its title is sidebar-new-feature)
new-feature-intro = リポジトリの計画テンプレートから { $plan } を作成して機能フォルダーを作り、ブランチと日付を記入します。
new-feature-title = タイトル
    .placeholder = 例: 家族とアルバムを共有
new-feature-short = 短い名前
    .hint = (省略可、フォルダー名に使用)
    .placeholder = 例: album sharing
new-feature-type-title = タイトルを入力すると、作成されるフォルダーが表示されます。
new-feature-creates = 作成するフォルダー: { $folder }
new-feature-no-specs-dir = リポジトリにはまだ specs フォルダーがありません。{ $folder } を作成します。
new-feature-same-slug = 同じ名前の機能がすでにあります: { $folder }
new-feature-also-create = リポジトリのテンプレートから一緒に作成
new-feature-creating = 作成しています…
new-feature-create = 作成

# Quick open (Ctrl+P)
quick-open-label = クイックオープン
quick-open-input =
    .aria-label = 機能またはドキュメント
    .placeholder = 機能またはドキュメントに移動…
quick-open-matches = 一致した項目
quick-open-none = 一致する項目はありません

# Find in Specs (Ctrl+Shift+F)
search-title = 仕様内を検索
search-close = 検索を閉じる
search-input =
    .aria-label = すべての仕様ドキュメントを検索
    .placeholder = すべての仕様ドキュメントから検索するテキスト…
search-case = 大文字と小文字を区別
    .title = 大文字と小文字を正確に区別します
search-searching = 検索しています…
search-hint = 入力すると、計画、仕様、タスク、チェックリストを検索します。
search-summary = { $documents } 件のドキュメントで { $hits } 件一致
search-more = 残りは表示していません
search-skipped = 読み込めないファイル { $count } 件をスキップしました
search-outside = 機能フォルダー内にありません。SpecDesk で開けるのは機能のドキュメントだけです

# The editor and the preview
editor-source-label = Markdown ソース
editor-source-description = Tab キーでインデントします。エディターの外にフォーカスを移すには、Esc キーを押してから Tab または Shift+Tab を押してください。
preview-alert-note = メモ
preview-alert-tip = ヒント
preview-alert-important = 重要
preview-alert-warning = 警告
preview-alert-caution = 注意
preview-image-blocked = リモート画像は読み込んでいません: { $url }
preview-diagram = 図
preview-diagram-too-large = この図は大きすぎてプレビューに描画できません ({ $length } 文字。上限は { $limit } 文字)。ソースは上に表示しています。
preview-diagram-not-loaded = 図のレンダラーを読み込めませんでした: { $error }
preview-diagram-not-drawn = 図を描画できませんでした。
preview-diagram-error = 図にエラーがあります。

# CodeMirror's own words
cm-find = 検索
cm-replace = 置換
cm-next = 次へ
cm-previous = 前へ
cm-all = すべて
cm-match-case = 大文字と小文字を区別
cm-regexp = 正規表現
cm-by-word = 単語単位
cm-replace-one = 置換
cm-replace-all = すべて置換
cm-close = 閉じる
cm-current-match = 現在の一致
cm-on-line = 行
cm-replaced-matches = { $count } 件を置換しました
cm-replaced-match-on-line = { $line } 行目の一致を置換しました
cm-go-to-line = 行へ移動
cm-go = 移動
cm-diagnostics = 問題
cm-no-diagnostics = 問題はありません
cm-folded-lines = 折りたたんだ行
cm-unfolded-lines = 展開した行
cm-to = ～
cm-folded-code = 折りたたまれたコード
cm-unfold = 展開
cm-fold-line = 行を折りたたむ
cm-unfold-line = 行を展開
cm-control-character = 制御文字
cm-selection-deleted = 選択範囲を削除しました
cm-completions = 補完候補
cm-unchanged-lines = 変更のない行 { $count } 行
cm-accept = 受け入れる
cm-reject = 拒否
cm-revert-chunk = この部分を元に戻す

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

