# SpecDesk's messages in Japanese (日本語): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = spec-kit リポジトリのためのデスクトップエディター：計画・仕様・タスクをライブプレビューとテンプレートチェックで扱えます。
dialog-close = 閉じる

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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

