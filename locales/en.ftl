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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = English
# How a list of names is joined in a sentence.
lang-list-separator = {", "}

# Counts (also used by the interface).
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
count-infos = { $count ->
    [one] { $count } info
   *[other] { $count } infos
}

# Diagnostics of the plan rules (docs/rules.md). The quoted names are the plan's or the
# template's own words, never translated. The English text is also the CLI's JSON: keep it as it is.
diag-sd001-missing-section = Missing section “{ $name }” (required by the template)
fix-insert-section = Insert section “{ $name }” from the template
diag-sd002-belongs-before = Section “{ $name }” is out of the template's order: it belongs before “{ $next }”
diag-sd002-belongs-after = Section “{ $name }” is out of the template's order: it belongs after “{ $previous }”
diag-sd002-out-of-place = Section “{ $name }” is out of the template's order: it is out of place
diag-sd003-unresolved = Unresolved “{ $text }” left in the plan
diag-sd003-example = Example placeholder “{ $text }” is not filled in
diag-sd003-instruction = Template instruction “{ $text }” is not filled in
diag-sd003-placeholder = Unfilled placeholder “{ $text }”
diag-sd004-missing-field = Missing header field “{ $name }” (template: “{ $template }”)
fix-insert-header-field = Insert header field “{ $name }” from the template
diag-sd004-empty-field = Header field “{ $name }” has no value (template: “{ $template }”)
diag-sd005-branch-mismatch = Branch “{ $branch }” does not match the feature folder “{ $folder }”
fix-use-branch = Use branch “{ $branch }”
diag-sd006-invalid-date = Date “{ $value }” is not an ISO 8601 date (YYYY-MM-DD)
fix-write-date = Write the date as { $date }
diag-sd007-not-spec = “{ $field }” does not point at the feature's spec.md
diag-sd007-other-file = “{ $field }” points at “{ $target }”, not the feature's spec.md
diag-sd007-other-feature = “{ $field }” points at “{ $target }”, not this feature's spec.md (expected { $expected })
diag-sd007-no-spec = spec.md does not exist in the feature folder
diag-sd008-table-header = Table header in “{ $section }” differs from the template: expected { $header }
fix-table-header = Use the template's table header
diag-sd009-table-cells = Table row has { $cells } cells; its header has { $header }
diag-sd010-missing-label = Missing “**{ $label }**” in “{ $section }” (required by the template)
diag-sd011-empty-label = “**{ $label }**” is empty
diag-sd012-renamed = Checklist item “{ $item }” was renamed; the template has “{ $expected }”
fix-template-wording = Use the template's wording
diag-sd012-missing = Missing checklist item “{ $item }” in “{ $section }”
fix-add-checklist-item = Add the checklist item
diag-sd013-broken-link = Link target “{ $target }” does not exist
diag-sd014-missing-subsection = Missing subsection “{ $name }” in “{ $parent }” (required by the template)
diag-sd015-missing-title = The plan has no title; the template starts with “# { $title }”
fix-insert-title = Insert the template's title
diag-sd016-unknown-branch = Branch “{ $branch }” does not exist in this git repository
diag-sd017-not-following = Does not follow the template: { $found } of { $required } required sections found; missing { $missing }
diag-sd017-not-following-found = Does not follow the template: { $found } of { $required } required sections found ({ $present }); missing { $missing }

# The rules: what each checks, in one sentence (`specdesk-cli rules`, the Problems panel's help).
rule-sd001-summary = An H2 section the template requires is missing (sections the template marks as conditional may be omitted).
rule-sd002-summary = A template section appears out of the template's order.
rule-sd003-summary = A template placeholder is left: [FEATURE], [DATE], [link], [e.g., …], bracketed template prose, NEEDS CLARIFICATION, or any placeholder text copied verbatim from the template.
rule-sd004-summary = A header field of the template (e.g. **Branch**, **Date**) is missing or has no value.
rule-sd005-summary = The Branch value does not name this feature's folder.
rule-sd006-summary = The Date value is not an ISO 8601 date (YYYY-MM-DD).
rule-sd007-summary = The Spec/Input field does not point at this feature's spec.md, or spec.md does not exist.
rule-sd008-summary = A table's header differs from the template's table in the same section (extra columns are allowed).
rule-sd009-summary = A table row has a different number of cells from its header.
rule-sd010-summary = A labeled line the template requires (e.g. **Goal**) is missing from its section.
rule-sd011-summary = A labeled line of the template (e.g. **Goal**) is present but empty.
rule-sd012-summary = A status-checklist item of the template is missing or was renamed.
rule-sd013-summary = A relative link points at a file that does not exist.
rule-sd014-summary = An H3 subsection the template requires is missing from its section.
rule-sd015-summary = The plan has no H1 title although the template has one.
rule-sd016-summary = The Branch value names a branch that does not exist in the local git repository (checked only when git information is available and the repository has local branches).
rule-sd017-summary = The plan shares almost none of the template's required sections: one diagnostic says how much of the template it follows, instead of one per missing part.
# Severities as the rule documentation names them.
rule-severity-error = error
rule-severity-warning = warning
rule-severity-info = info

# Errors, after the path they are about (`/r/specs/plan.md: not found`).
error-not-found = { $path }: not found
error-permission-denied = { $path }: permission denied
error-not-utf8 = { $path }: { $reason }; SpecDesk only edits UTF-8 text
error-binary = { $path }: looks like a binary file (contains NUL bytes)
error-too-large = { $path }: { $size } bytes is over the { $limit }-byte limit
error-outside-repo = { $path }: outside the opened repository
error-not-a-directory = { $path }: not a directory
error-is-a-directory = { $path }: is a directory, not a file
error-conflict = { $path }: changed on disk since it was read
error-already-exists = { $path }: already exists
error-corrupt = { $path }: corrupt: { $detail }
error-invalid = invalid input: { $detail }
error-watch = { $path }: watcher failed: { $detail }
error-not-allowed = { $path }: SpecDesk only opens the repository it was started with or one you chose
error-internal = internal error: { $detail }
# Why a document could not be read, after "plan.md is".
error-reason-not-utf8 = not UTF-8 (looks like { $encoding })
error-reason-invalid-utf8 = not valid UTF-8 (byte { $offset })
error-reason-binary = binary (contains NUL bytes)
error-reason-too-large = too large ({ $size } bytes, over the { $limit }-byte limit)
error-reason-permission = not readable (permission denied)
error-reason-missing = missing
error-reason-directory = a directory
error-reason-unreadable = unreadable ({ $detail })

# The native menu bar (the shortcut in parentheses is the editor's own).
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-language = Language
menu-language-system = System Default
menu-open-folder = Open Folder…
menu-quick-open = Quick Open…
menu-save = Save
menu-close-tab = Close Tab
menu-new-feature = New Feature…
menu-export-report = Export Report…
menu-export-document = Export Document as HTML…
menu-quit = Quit
menu-undo = Undo (Ctrl+Z)
menu-redo = Redo (Ctrl+Shift+Z)
menu-find = Find (Ctrl+F)
menu-find-in-specs = Find in Specs…
menu-next-placeholder = Next Placeholder (F8)
menu-previous-placeholder = Previous Placeholder (Shift+F8)
menu-view-editor = Editor Only
menu-view-split = Editor and Preview
menu-view-preview = Preview Only
menu-toggle-problems = Problems
menu-zoom-in = Zoom In
menu-zoom-out = Zoom Out
menu-zoom-reset = Actual Size
menu-reload = Reload Repository
menu-view-review = Review Dashboard
menu-view-pipeline = Pipeline
menu-help-spec-kit = About spec-kit…
menu-reset-demo = Reset Demo Repository…
menu-about = About SpecDesk

# specdesk-cli's text output (its JSON stays English).
cli-error = specdesk-cli: error: { $message }
cli-level-error = error
cli-level-warning = warning
cli-level-info = info
cli-fix-help = help: { $title }
cli-unreadable = { $path } is { $reason }: cannot be checked
cli-unreadable-convert = { $path } is { $reason }: cannot be checked (convert it to UTF-8, e.g. with SpecDesk's "Convert to UTF-8")
cli-checked-against = { $path }: checked against { $template }
cli-configuration = configuration: { $config }
cli-check-summary = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    } checked in { $root } against { $template }: { $errors }, { $warnings }
cli-check-summary-unreadable = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    } checked in { $root } against { $template }: { $errors }, { $warnings }, { $unreadable } unreadable
cli-template-builtin-lite = the built-in Lite template
cli-template-builtin-full = the built-in spec-kit template
cli-template-builtins = the built-in templates (each plan against the one it follows)
cli-template-stack = the stack: { $layers }
cli-template-stack-over = {" over "}
cli-config-defaults = the defaults (no { $file })
cli-config-defaults-because = the defaults, because { $error }
cli-config-ignores = ignores { $paths }
cli-config-roots = roots { $paths }
cli-config-template = template { $path }
cli-no-template = no plan template in the repository: new plans start from the built-in Lite template, and each plan is checked against the built-in template it follows (Lite or spec-kit's)
cli-no-template-note = specdesk-cli: { $root }: { $reason }; this is the built-in Lite template
cli-created = created { $path }
cli-unknown-rule = no rule “{ $rule }”; `specdesk-cli rules` lists them (SD001 to { $last })
cli-status-feature = Feature
cli-status-plan = Plan
cli-status-plan-checklist = Plan checklist
cli-status-tasks = Tasks
cli-status-checklists = Checklists
cli-status-no-plan = no plan
cli-status-unreadable = unreadable
cli-status-clean = clean
cli-status-counts = { $errors }, { $warnings }
cli-status-document-unreadable = { $name } is { $reason }
cli-status-summary = { $features ->
        [one] { $features } feature
       *[other] { $features } features
    }, { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }; tasks { $tasks }; plan checklists { $checklists }; { $errors }, { $warnings }
cli-status-unreadable-documents = { $count ->
        [one] { $count } document could not be read:
       *[other] { $count } documents could not be read:
    }

# The native file dialogs' titles and file types.
menu-dialog-open-repository = Open a spec-kit repository
menu-dialog-export-report = Export review report
menu-dialog-export-document = Export document as HTML
menu-dialog-save-copy = Save a copy as
menu-dialog-worktree-folder = Folder for the worktree of { $branch }
menu-filter-html-report = HTML report
menu-filter-markdown-report = Markdown report
menu-filter-any-file = Any file

# The review report (File ▸ Export Report…): Markdown or HTML.
report-title = Spec review: { $name }
report-generated = Generated { $when }
report-summary = { $features ->
        [one] { $features } feature
       *[other] { $features } features
    }, { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }; { $failing } failing validation; { $errors }, { $warnings }; tasks { $tasks }; plan checklists { $planChecklists }; checklists { $checklists }; requirements covered { $coverage }
report-stages = Stages: { $stages }
report-stage-specified = Spec only
report-stage-planned = Planned
report-stage-tasks-written = Tasks written
report-stage-in-progress = In progress
report-stage-done = Done
report-feature = Feature
report-plan = Plan
report-stage = Stage
report-plan-checklist = Plan checklist
report-tasks = Tasks
report-checklists = Checklists
report-coverage = Coverage
report-last-change = Last change
report-progress = Progress
report-validation = Validation
report-placeholders = Unfilled placeholders
report-before-any-phase = (before any phase)
report-checklist = Checklist { $name }
report-no-tasks-file = no tasks.md
report-open-items = Open plan checklist items:
report-no-plan = no plan
report-unreadable = unreadable
report-unreadable-plan = { $name } is { $reason }
report-clean = clean
report-counts = { $errors }, { $warnings }
report-coverage-traced = { $covered }/{ $requirements } covered
report-coverage-not-traced = not traced ({ $requirements ->
        [one] { $requirements } requirement
       *[other] { $requirements } requirements
    })
report-coverage-no-tasks = no tasks ({ $requirements ->
        [one] { $requirements } requirement
       *[other] { $requirements } requirements
    })
report-coverage-no-ids = no requirement ids
report-coverage-no-spec = no spec
