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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = 日本語
# How a list of names is joined in a sentence.
lang-list-separator = 、

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
menu-find-in-specs = 仕様書内を検索…
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
cli-status-unreadable = 読み取れません
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
report-unreadable = 読み取れません
report-unreadable-plan = { $name } は{ $reason }
report-clean = 問題なし
report-counts = { $errors }、{ $warnings }
report-coverage-traced = { $requirements } 件中 { $covered } 件をカバー
report-coverage-not-traced = 追跡なし（要件 { $requirements } 件）
report-coverage-no-tasks = タスクなし（要件 { $requirements } 件）
report-coverage-no-ids = 要件 ID なし
report-coverage-no-spec = 仕様なし
