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
    .placeholder = 例: アルバム共有
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

# Screens and scope (review/ScreenSwitch, review/ScopeSwitch)
review-screen-switch = 画面
review-screen-editor = エディター
    .title = 1 つの機能のドキュメントを編集します
review-screen-review = レビュー
    .title = すべての機能を 1 つの表で表示します (Ctrl+Shift+R)
review-screen-pipeline = パイプライン
    .title = 段階ごとの機能
review-scope-switch = 範囲
branches-scope-checkout = このチェックアウト
    .title = ディスク上のファイルの機能
branches-scope-all = すべてのブランチ
    .title = 進行中のすべての機能: すべてのブランチとワークツリーを git から読み取ります

# The Review screen (review/ReviewView)
review-region = レビュー
review-heading-review = レビュー
review-heading-pipeline = パイプライン
review-updating = 更新中…
review-refresh = 再読み込み
review-export = レポートをエクスポート…
review-dismiss = 閉じる
review-error = レビューを計算できませんでした: { $message }
review-computing = レビューを計算しています…
review-summary-features = 機能
review-summary-failing = 検証不合格
review-summary-diagnostics = エラー · 警告
review-summary-placeholders = プレースホルダー
review-summary-tasks = タスク
review-summary-plan-checklists = 計画チェックリスト
review-summary-checklists = チェックリスト
review-summary-coverage = カバー済みの要件
review-toggle-conflict = { $path } はレビューの表示後に変更されたため、何も書き込みませんでした。レビューは最新の状態に更新されています。
review-toggle-failed = { $path } を更新できませんでした: { $message }
review-export-failed = レポートをエクスポートできませんでした: { $message }

# Filters and sort (review/ReviewFilterBar)
review-filter-bar = 機能の絞り込みと並べ替え
review-filter-text =
    .placeholder = 番号または名前で絞り込み
    .aria-label = 番号または名前で機能を絞り込む
review-filter-incomplete = 未完了
review-filter-errors = エラーあり
review-filter-placeholders = プレースホルダーあり
review-shown-all = { $total } 件の機能
review-shown-some = { $total } 件中 { $shown } 件の機能
review-sort-by = 並べ替え
review-sort-number = 番号
review-sort-progress = 進捗
review-sort-modified = 最終更新
review-sort-descending = 降順、昇順に切り替え
review-sort-ascending = 昇順、降順に切り替え

# The Review table (review/ReviewTable)
review-column-feature = 機能
review-column-stage = 段階
review-column-plan = 計画
review-column-plan-checklist = 計画チェックリスト
    .title = ボックスをクリックすると plan.md でチェックを付けます。Enter または Ctrl+クリックで、その項目の位置で計画を開きます
review-column-tasks = タスク
    .title = 各バーは tasks.md のフェーズです。クリックすると開きます
review-column-checklists = チェックリスト
review-column-coverage = カバレッジ
    .title = タスクでカバーされている spec.md の要件
review-column-modified = 最終更新
review-age-just-now = たった今
review-open-feature = { $path } を開く
review-placeholders = プレースホルダー { $count } 件
review-check-label = { $text }（{ $line } 行目）
review-check-title = { $text } — { $line } 行目。Enter または Ctrl+クリックで計画を開きます
review-phase-untitled = タスク
review-phase-label = { $phase }: { $total } 件中 { $done } 件完了、tasks.md を開く
review-phase-title = { $phase } — { $done }/{ $total }
review-no-tasks = tasks.md なし
review-empty = この条件に一致する機能はありません。
review-stage-specified = 仕様のみ
review-stage-planned = 計画済み
review-stage-tasks-written = タスク作成済み
review-stage-in-progress = 進行中
review-stage-done = 完了
review-validation-no-plan = 計画なし
review-validation-unreadable = 読み取り不可
review-validation-unreadable-file = { $name }: { $reason }
review-validation-clean = 問題なし
review-validation-errors = エラー { $count } 件
review-validation-warnings = 警告 { $count } 件
review-coverage-not-traced = 未追跡
review-coverage-no-tasks = タスクなし
review-coverage-no-ids = ID なし
review-coverage-no-spec = 仕様なし
review-coverage-traced-title = 要件 { $requirements } 件中 { $covered } 件がタスクでカバーされています
review-coverage-no-citations-title = tasks.md は要件 ID を引用していません（spec.md の要件は { $requirements } 件）
review-coverage-no-tasks-title = tasks.md はまだありません（spec.md の要件は { $requirements } 件）
review-coverage-no-requirements-title = spec.md に要件 ID が定義されていません
review-coverage-no-spec-title = spec.md がありません

# The Pipeline (review/PipelineBoard)
pipeline-fact-tasks = タスク { $progress }
pipeline-fact-plan = 計画 { $progress }
pipeline-fact-checklists = チェックリスト { $progress }
pipeline-show-more = さらに { $count } 件を表示（残り { $remaining } 件）

# All branches (review/BranchTable, review/BranchDocumentView, review/BranchActionDialog)
branches-fetch = フェッチ
branches-fetching = フェッチ中…
branches-error = ブランチを読み取れませんでした: { $message }
branches-reading = すべてのブランチを読み取っています…
branches-summary = { $branches } 個のブランチに { $features } 件の機能
branches-column-feature = 機能
branches-column-from = 取得元
branches-column-stage = 段階
branches-column-plan = 計画
branches-column-plan-checklist = 計画チェックリスト
branches-column-tasks = タスク
branches-column-also-on = 他の場所
branches-column-actions = 操作
branches-from-checkout = { $branch }（このチェックアウト）
branches-from-worktree = { $branch }（ワークツリー { $path }）
branches-read-only = 読み取り専用
    .title = git から読み取り: ここでは編集できません
branches-also-on = { $branches } にもあり
branches-checkout = このブランチをチェックアウト
branches-worktree = ワークツリーで開く
branches-checkout-title = { $branch } をチェックアウトしますか？
branches-checkout-text = ディスク上のこのチェックアウトのファイルが { $branch } のものに置き換わります (git checkout)。仕様ドキュメントにコミットされていない変更がある間は、SpecDesk は実行しません。
branches-checkout-confirm = チェックアウト
branches-worktree-title = { $branch } を新しいワークツリーで開きますか？
branches-worktree-text = 次に選ぶフォルダーに git が { $branch } のワークツリーを追加し、SpecDesk が編集できる状態で開きます。このチェックアウトは変更されません。
branches-worktree-confirm = フォルダーを選択…
branches-cancel = キャンセル
branches-document = { $branch } の読み取り専用ドキュメント
branches-back = ← すべてのブランチ
branches-document-source = 取得元: { $branch } · 読み取り専用
branches-compare = このチェックアウトのバージョンと比較
branches-document-plan-checklist = 計画チェックリスト { $progress }
branches-document-tasks = タスク { $progress }
branches-document-diagnostics = 問題 { $count } 件
branches-compare-checkout = このチェックアウト
branches-compare-checkout-missing = このチェックアウト（ファイルなし）
branches-diff = このチェックアウトのバージョンと { $branch } のバージョン
branches-diff-checkout = このチェックアウトのバージョン
branches-diff-branch = { $branch } のバージョン
branches-document-text = テキスト（読み取り専用）
branches-severity-error = エラー
branches-severity-warning = 警告
branches-severity-info = 情報
branches-diagnostic = { $code } { $line } 行目: { $message }
branches-open-failed = { $branch } の { $path } を読み取れませんでした: { $message }
branches-compare-failed = このチェックアウトの { $path } を読み取れませんでした: { $message }
branches-fetched = すべてのリモートをフェッチしました。
branches-fetch-failed = フェッチに失敗しました: { $message }
branches-checked-out = { $branch } をチェックアウトしました。
branches-checkout-failed = チェックアウトに失敗しました: { $message }
branches-worktree-created = { $branch } のワークツリーを { $folder } に作成しました。
branches-worktree-failed = ワークツリーで開けませんでした: { $message }

# Local history (HistoryPanel, history.ts)
history-region = { $file } の履歴
history-title = 履歴
history-close = 履歴を閉じる
history-empty = まだバージョンは記録されていません。
history-timeline = バージョン（新しい順）
history-on-disk = ディスク上
history-deleted-version = この時点でファイルは削除されていたため、比較するテキストがありません。それより前のバージョンを選んでください。
history-version-of = { $when } のバージョン（{ $source }）
history-current-text = 現在のテキスト
history-restore = このバージョンを復元
history-restoring = 復元中…
history-diff = 選択したバージョン（左）と現在のテキスト（右）
history-diff-selected = 選択したバージョン
history-restored = { $when } のバージョンを復元しました。エディターで元に戻す (Ctrl+Z) と、テキストが元に戻ります。
history-restore-conflict = { $file } は最後に確認した後にディスク上で変更されたため、何も復元しませんでした。
history-restore-failed = 復元できませんでした: { $message }
history-source-saved = ここで保存
history-source-disk = ディスク上で変更
history-source-restored = 復元
history-source-deleted = 削除
history-entry-separator = { "、" }
history-lines-added = { $count } 行追加
history-lines-removed = { $count } 行削除
history-size-bytes = { $size } B
history-size-kb = { $size } KB
history-size-mb = { $size } MB
history-replaced-title = { $file } がディスク上で置き換えられました
history-replaced-template = テンプレートと同じ内容になり、記入済みの内容が失われました。
history-replaced-lines = 行の { $percent }% が一度に変更されました。

# Requirement coverage (CoveragePanel, coverage.ts)
coverage-region = 要件カバレッジ
coverage-title = カバレッジ
coverage-close = カバレッジを閉じる
coverage-computing = カバレッジを計算しています…
coverage-column-requirement = 要件
coverage-column-text = テキスト
coverage-column-tasks = タスク
coverage-open-line = { $file } の { $line } 行目を開く
coverage-open-task-done = { $file } の { $line } 行目を開く（完了）
coverage-uncovered = 未カバー
coverage-unknown-heading = spec.md に定義されていない ID の引用
coverage-unknown-by-task = — { $file } の { $line } 行目で { $task } が引用
coverage-unknown-by-traceability = — { $file } の { $line } 行目のトレーサビリティ行で引用
coverage-unknown-by-item = — { $file } の { $line } 行目の項目で引用
coverage-task-line = { $line } 行目
coverage-note-no-spec = spec.md がないため、カバーする要件はありません。
coverage-note-no-requirements = spec.md に要件 ID (FR-001、SC-001 など) が定義されていません。
coverage-note-no-tasks = 要件は { $requirements } 件あります。tasks.md はまだありません。
coverage-note-no-citations = 要件は { $requirements } 件あります。tasks.md が要件 ID を引用していないため、カバレッジを判定できません。
coverage-note-traced = 要件 { $requirements } 件中 { $covered } 件がタスクでカバーされています。未カバーは { $uncovered } 件です。


## Report diagrams (C)

report-diagrams-progress = レポートの図を描画中… { $done } / { $total }
report-diagram-too-long = この図は大きすぎて描画できません（{ $length } 文字、上限は { $limit } 文字）。
report-diagram-too-big = この図の描画結果は大きすぎてレポートに含められません。

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = 日本語
# How a list of names is joined in a sentence.
lang-list-separator = 、
# How each name of such a list is written (quoted where the language quotes names).
lang-list-item = 「{ $item }」

# Counts (also used by the interface).
count-errors = エラー { $count } 件
count-warnings = 警告 { $count } 件
count-infos = 情報 { $count } 件

# Diagnostics of the plan rules. The quoted names are the plan's or the template's own words.
diag-sd001-missing-section = セクション「{ $name }」がありません（テンプレートで必須）
fix-insert-section = テンプレートからセクション「{ $name }」を挿入
diag-sd002-belongs-before = セクション「{ $name }」がテンプレートの順序と異なります：「{ $next }」の前に置いてください
diag-sd002-belongs-after = セクション「{ $name }」がテンプレートの順序と異なります：「{ $previous }」の後に置いてください
diag-sd002-out-of-place = セクション「{ $name }」がテンプレートの順序と異なります：位置が正しくありません
diag-sd003-unresolved = 未解決の「{ $text }」が計画に残っています
diag-sd003-example = 例のプレースホルダー「{ $text }」が記入されていません
diag-sd003-instruction = テンプレートの指示「{ $text }」が記入されていません
diag-sd003-placeholder = 未記入のプレースホルダー「{ $text }」
diag-sd004-missing-field = ヘッダーフィールド「{ $name }」がありません（テンプレート：「{ $template }」）
fix-insert-header-field = テンプレートからヘッダーフィールド「{ $name }」を挿入
diag-sd004-empty-field = ヘッダーフィールド「{ $name }」に値がありません（テンプレート：「{ $template }」）
diag-sd005-branch-mismatch = ブランチ「{ $branch }」が機能フォルダー「{ $folder }」と一致しません
fix-use-branch = ブランチ「{ $branch }」を使用
diag-sd006-invalid-date = 日付「{ $value }」は ISO 8601 形式の日付（YYYY-MM-DD）ではありません
fix-write-date = 日付を { $date } に書き換え
diag-sd007-not-spec = 「{ $field }」が機能の spec.md を指していません
diag-sd007-other-file = 「{ $field }」が機能の spec.md ではなく「{ $target }」を指しています
diag-sd007-other-feature = 「{ $field }」がこの機能の spec.md ではなく「{ $target }」を指しています（想定：{ $expected }）
diag-sd007-no-spec = 機能フォルダーに spec.md がありません
diag-sd008-table-header = 「{ $section }」の表のヘッダーがテンプレートと異なります。想定：{ $header }
fix-table-header = テンプレートの表ヘッダーを使用
diag-sd009-table-cells = 表の行のセルは { $cells } 個ですが、ヘッダーは { $header } 個です
diag-sd010-missing-label = 「{ $section }」に「**{ $label }**」がありません（テンプレートで必須）
diag-sd011-empty-label = 「**{ $label }**」が空です
diag-sd012-renamed = チェックリスト項目「{ $item }」の名前が変わっています。テンプレートでは「{ $expected }」です
fix-template-wording = テンプレートの文言を使用
diag-sd012-missing = 「{ $section }」にチェックリスト項目「{ $item }」がありません
fix-add-checklist-item = チェックリスト項目を追加
diag-sd013-broken-link = リンク先「{ $target }」が存在しません
diag-sd014-missing-subsection = 「{ $parent }」にサブセクション「{ $name }」がありません（テンプレートで必須）
diag-sd015-missing-title = 計画にタイトルがありません。テンプレートは「# { $title }」で始まります
fix-insert-title = テンプレートのタイトルを挿入
diag-sd016-unknown-branch = ブランチ「{ $branch }」はこの git リポジトリに存在しません
diag-sd017-not-following = テンプレートに従っていません：必須セクション { $required } 個のうち { $found } 個しかありません。不足：{ $missing }
diag-sd017-not-following-found = テンプレートに従っていません：必須セクション { $required } 個のうち { $found } 個しかありません（{ $present }）。不足：{ $missing }

# The rules: what each checks, in one sentence.
rule-sd001-summary = テンプレートで必須の H2 セクションがありません（テンプレートで条件付きとされているセクションは省略できます）。
rule-sd002-summary = テンプレートのセクションがテンプレートの順序どおりに並んでいません。
rule-sd003-summary = テンプレートのプレースホルダーが残っています：[FEATURE]、[DATE]、[link]、[e.g., …]、角かっこで囲まれたテンプレートの説明文、NEEDS CLARIFICATION、またはテンプレートからそのままコピーされたプレースホルダーのテキスト。
rule-sd004-summary = テンプレートのヘッダーフィールド（例：**Branch**、**Date**）がないか、値が空です。
rule-sd005-summary = Branch の値がこの機能のフォルダー名と一致しません。
rule-sd006-summary = Date の値が ISO 8601 形式の日付（YYYY-MM-DD）ではありません。
rule-sd007-summary = Spec/Input フィールドがこの機能の spec.md を指していないか、spec.md が存在しません。
rule-sd008-summary = 表のヘッダーが同じセクションにあるテンプレートの表と異なります（列の追加は問題ありません）。
rule-sd009-summary = 表の行のセル数がヘッダーのセル数と異なります。
rule-sd010-summary = テンプレートで必須のラベル行（例：**Goal**）がセクションにありません。
rule-sd011-summary = テンプレートのラベル行（例：**Goal**）はありますが、内容が空です。
rule-sd012-summary = テンプレートのステータスチェックリストの項目がないか、名前が変わっています。
rule-sd013-summary = 相対リンクが存在しないファイルを指しています。
rule-sd014-summary = テンプレートで必須の H3 サブセクションがセクション内にありません。
rule-sd015-summary = テンプレートには H1 タイトルがありますが、計画にはありません。
rule-sd016-summary = Branch の値がローカルの git リポジトリに存在しないブランチを指しています（git の情報があり、リポジトリにローカルブランチがある場合のみチェックします）。
rule-sd017-summary = 計画にテンプレートの必須セクションがほとんどありません：欠けている部分ごとに報告する代わりに、テンプレートにどの程度従っているかを示す問題を 1 件だけ報告します。
# Severities as the rule documentation names them.
rule-severity-error = エラー
rule-severity-warning = 警告
rule-severity-info = 情報

# Errors, after the path they are about.
error-not-found = { $path }: 見つかりません
error-permission-denied = { $path }: アクセス権がありません
error-not-utf8 = { $path }: { $reason }。SpecDesk が編集できるのは UTF-8 のテキストだけです
error-binary = { $path }: バイナリファイルのようです（NUL バイトを含みます）
error-too-large = { $path }: { $size } バイトあり、上限の { $limit } バイトを超えています
error-outside-repo = { $path }: 開いているリポジトリの外にあります
error-not-a-directory = { $path }: フォルダーではありません
error-is-a-directory = { $path }: ファイルではなくフォルダーです
error-conflict = { $path }: 読み込んだ後にディスク上で変更されました
error-already-exists = { $path }: すでに存在します
error-corrupt = { $path }: 破損しています：{ $detail }
error-invalid = 無効な入力：{ $detail }
error-watch = { $path }: 変更の監視に失敗しました：{ $detail }
error-not-allowed = { $path }: SpecDesk が開くのは、起動時に指定されたリポジトリか、ユーザーが選んだリポジトリだけです
error-internal = 内部エラー：{ $detail }
error-uncommitted-specs = コミットされていない変更のある仕様書が { $count } 件あります（{ $files }）。別のブランチをチェックアウトする前に、コミットするか stash してください
error-not-a-branch = { $branch }: ブランチ名ではありません
error-no-repository = リポジトリが開かれていません
error-no-demo-copy = ここで開いているデモは編集できる同梱版のため、リセットするコピーはありません
error-feature-needs-title = 新しい機能にはタイトルが必要です
error-search-empty = 検索する文字列を入力してください
error-search-too-long = 検索語は 1 行、最大 { $bytes } バイトまでです
error-not-a-version-id = `{ $id }` はバージョン ID ではありません（history の一覧に表示される 16 進数で { $digits } 桁以上）
error-no-such-version = このリポジトリの履歴にバージョン `{ $id }` はありません
error-ambiguous-version = バージョン ID `{ $id }` に該当するバージョンが複数あります。桁数を増やしてください
error-demo-is-bundled = 開いているデモは同梱版そのものなので、リセットするコピーはありません
# Why a document could not be read.
error-reason-not-utf8 = UTF-8 ではありません（{ $encoding } のようです）
error-reason-invalid-utf8 = 正しい UTF-8 ではありません（{ $offset } バイト目）
error-reason-binary = バイナリです（NUL バイトを含みます）
error-reason-too-large = 大きすぎます（{ $size } バイト、上限 { $limit } バイト）
error-reason-permission = 読み取れません（アクセス権がありません）
error-reason-missing = ありません
error-reason-directory = フォルダーです
error-reason-unreadable = 読み取れません（{ $detail }）

# The native menu bar (the shortcut in parentheses is the editor's own).
menu-file = ファイル
menu-edit = 編集
menu-view = 表示
menu-help = ヘルプ
menu-language = 言語
menu-language-system = システムの既定
menu-open-folder = フォルダーを開く…
menu-quick-open = クイックオープン…
menu-save = 保存
menu-close-tab = タブを閉じる
menu-new-feature = 新しい機能…
menu-export-report = レポートをエクスポート…
menu-export-document = ドキュメントを HTML としてエクスポート…
menu-quit = 終了
menu-undo = 元に戻す (Ctrl+Z)
menu-redo = やり直し (Ctrl+Shift+Z)
menu-find = 検索 (Ctrl+F)
menu-find-in-specs = 仕様内を検索…
menu-next-placeholder = 次のプレースホルダー (F8)
menu-previous-placeholder = 前のプレースホルダー (Shift+F8)
menu-view-editor = エディターのみ
menu-view-split = エディターとプレビュー
menu-view-preview = プレビューのみ
menu-toggle-problems = 問題
menu-zoom-in = 拡大
menu-zoom-out = 縮小
menu-zoom-reset = 実際のサイズ
menu-reload = リポジトリを再読み込み
menu-view-review = レビューダッシュボード
menu-view-pipeline = パイプライン
menu-help-spec-kit = spec-kit について…
menu-reset-demo = デモリポジトリをリセット…
menu-about = SpecDesk について

# specdesk-cli's text output (its JSON stays English).
cli-error = specdesk-cli: エラー: { $message }
cli-level-error = エラー
cli-level-warning = 警告
cli-level-info = 情報
cli-fix-help = 修正案: { $title }
cli-unreadable = { $path } は{ $reason }：チェックできません
cli-unreadable-convert = { $path } は{ $reason }：チェックできません（UTF-8 に変換してください。例：SpecDesk の「UTF-8 に変換」）
cli-checked-against = { $path }: チェックの基準：{ $template }
cli-configuration = 設定: { $config }
cli-check-summary = { $root } の計画 { $plans } 件をチェックしました（基準：{ $template }）：{ $errors }、{ $warnings }
cli-check-summary-unreadable = { $root } の計画 { $plans } 件をチェックしました（基準：{ $template }）：{ $errors }、{ $warnings }、読み取れない計画 { $unreadable } 件
cli-template-builtin-lite = 組み込みの Lite テンプレート
cli-template-builtin-full = 組み込みの spec-kit テンプレート
cli-template-builtins = 組み込みのテンプレート（各計画は従っているテンプレートでチェック）
cli-template-stack = テンプレートの重ね合わせ：{ $layers }
cli-template-stack-over = {" > "}
cli-config-defaults = 既定値（{ $file } なし）
cli-config-defaults-because = 既定値（理由：{ $error }）
cli-config-ignores = 除外 { $paths }
cli-config-roots = ルート { $paths }
cli-config-template = テンプレート { $path }
cli-no-template = リポジトリに計画テンプレートがありません。新しい計画は組み込みの Lite テンプレートから始まり、各計画は従っている組み込みテンプレート（Lite または spec-kit）でチェックされます
cli-no-template-note = specdesk-cli: { $root }: { $reason }。以下は組み込みの Lite テンプレートです
cli-created = 作成しました: { $path }
cli-unknown-rule = ルール「{ $rule }」はありません。`specdesk-cli rules` で一覧を表示できます（SD001〜{ $last }）
cli-status-feature = 機能
cli-status-plan = 計画
cli-status-plan-checklist = 計画のチェックリスト
cli-status-tasks = タスク
cli-status-checklists = チェックリスト
cli-status-no-plan = 計画なし
cli-status-unreadable = 読み取り不可
cli-status-clean = 問題なし
cli-status-counts = { $errors }、{ $warnings }
cli-status-document-unreadable = { $name } は{ $reason }
cli-status-summary = 機能 { $features } 件、計画 { $plans } 件；タスク { $tasks }；計画のチェックリスト { $checklists }；{ $errors }、{ $warnings }
cli-status-unreadable-documents = 読み取れない文書 { $count } 件:

# The native file dialogs' titles and file types.
menu-dialog-open-repository = spec-kit リポジトリを開く
menu-dialog-export-report = レビューレポートをエクスポート
menu-dialog-export-document = ドキュメントを HTML としてエクスポート
menu-dialog-save-copy = コピーを保存
menu-dialog-worktree-folder = { $branch } のワークツリーを置くフォルダー
menu-filter-html-report = HTML レポート
menu-filter-markdown-report = Markdown レポート
menu-filter-any-file = すべてのファイル

# The review report (File ▸ Export Report…): Markdown or HTML.
report-title = 仕様レビュー：{ $name }
report-generated = 作成日時：{ $when }
report-diagram-sources-note = 図のソース: SpecDesk がエクスポートするレポート(レビュー ▸ レポートをエクスポート…)で描画されます。
report-diagram-not-drawn = この図は描画されませんでした(エクスポート中にドキュメントが変更されました)。
report-diagram-undrawable = この図は描画できませんでした。
report-diagram-drawing-too-large = この図の描画は大きすぎるため含められません({ $size }、上限 { $limit })。
report-diagram-over-budget = レポートの図がサイズの上限({ $limit })に達したため、この図はソースで表示します。
report-diagram-label = 図: { $title }
report-summary = 機能 { $features } 件、計画 { $plans } 件；検証エラーのある機能 { $failing } 件；{ $errors }、{ $warnings }；タスク { $tasks }；計画のチェックリスト { $planChecklists }；チェックリスト { $checklists }；要件のカバレッジ { $coverage }
report-stages = 段階：{ $stages }
report-stage-specified = 仕様のみ
report-stage-planned = 計画済み
report-stage-tasks-written = タスク作成済み
report-stage-in-progress = 進行中
report-stage-done = 完了
report-feature = 機能
report-plan = 計画
report-stage = 段階
report-plan-checklist = 計画のチェックリスト
report-tasks = タスク
report-checklists = チェックリスト
report-coverage = カバレッジ
report-last-change = 最終更新
report-progress = 進捗
report-validation = 検証
report-placeholders = 未記入のプレースホルダー
report-before-any-phase = （フェーズより前）
report-checklist = チェックリスト { $name }
report-no-tasks-file = tasks.md なし
report-open-items = 未完了の計画チェックリスト項目：
report-no-plan = 計画なし
report-unreadable = 読み取り不可
report-unreadable-plan = { $name } は{ $reason }
report-clean = 問題なし
report-counts = { $errors }、{ $warnings }
report-coverage-traced = { $requirements } 件中 { $covered } 件をカバー
report-coverage-not-traced = 追跡なし（要件 { $requirements } 件）
report-coverage-no-tasks = タスクなし（要件 { $requirements } 件）
report-coverage-no-ids = 要件 ID なし
report-coverage-no-spec = 仕様なし
report-from-checkout = { $name }（このチェックアウト）
report-from-worktree = { $name }（ワークツリー { $path }）

# specdesk-cli coverage and history (text output).
cli-coverage-no-spec = spec.md なし
cli-coverage-no-ids = spec.md に要件 ID が定義されていません
cli-coverage-no-tasks = 要件 { $requirements } 件、tasks.md はまだありません
cli-coverage-no-citations = 要件 { $requirements } 件。{ $tasks } が要件 ID を引用していないため、カバレッジを判断できません
cli-coverage-traced = 要件 { $requirements } 件中 { $covered } 件をタスクがカバー（{ $kinds }）。タスク { $total } 件中 { $citing } 件が要件 ID を引用
cli-coverage-other = その他
cli-coverage-task = タスク
cli-coverage-traceability-line = トレーサビリティ行
cli-coverage-checklist-item = チェックリスト項目
cli-coverage-uncovered = 未カバー
cli-coverage-unknown = 不明
cli-coverage-duplicate = 重複
cli-coverage-covered = カバー済み
cli-coverage-cited-by = { $what } が引用していますが、{ $file } に定義されていません
cli-coverage-defined-at = { $line } 行目ですでに定義されています
cli-coverage-line = { $line } 行目
cli-coverage-summary = 機能 { $features } 件、要件 ID を引用するタスクのある機能 { $traced } 件：要件 { $requirements } 件、カバー済み { $covered } 件、未カバー { $uncovered } 件
cli-coverage-untraced = タスクが要件 ID を引用していない機能 { $count } 件
cli-coverage-without-tasks = tasks.md のない機能 { $count } 件
cli-coverage-unknown-citations = 不明な引用 { $count } 件
cli-coverage-duplicates = 重複定義 { $count } 件
cli-coverage-separator = ；
cli-coverage-ids = （ID：{ $prefixes }）

# specdesk-cli status --all-branches (text output).
cli-portfolio-from = 取得元
cli-portfolio-also-on = 他の場所
cli-portfolio-summary = ブランチ { $branches } 個に機能 { $features } 件；{ $stages }
cli-portfolio-note = 注意：{ $note }
cli-history-saved = ここで保存
cli-history-disk = ディスク上で変更
cli-history-restored = 復元
cli-history-deleted = 削除
cli-history-the-repository = リポジトリ
cli-history-none = { $path } の履歴はありません（SpecDesk は、アプリでリポジトリを開いている間にバージョンを記録します）
cli-history-versions = { $path } — { $count } 個のバージョン
cli-history-versions-gone = { $path } — { $count } 個のバージョン  （ディスク上にありません）
cli-history-restore-hint = 復元するには：specdesk-cli history PATH --restore ID
cli-history-nothing-to-restore = 復元するものはありません。履歴のあるファイルはすべてディスク上にあります
cli-history-already = { $path } はすでにバージョン { $id } です
cli-history-restored-to = { $path } をバージョン { $id } に復元しました（{ $when }、{ $source }）
cli-history-undo = 元に戻すには：specdesk-cli history { $path } --restore { $id }
cli-history-no-data-dir = アプリのデータフォルダーが見つかりません。{ $variable }（または HOME）を設定してください
cli-history-other-file = バージョン { $id } は { $target } ではなく { $path } のものです
