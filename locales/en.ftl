# SpecDesk's messages in English: the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = A desktop editor for spec-kit repositories: plans, specs and tasks with a live preview and template checks.
dialog-close = Close

# Shell: the main window
app-opening-repository = Opening repository…
app-dismiss = Dismiss
# $path: the file written (a path, shown as code).
app-report-saved = Report saved to { $path }
app-export-done = Exported to { $path }
# $error: the reason, from the back end.
app-export-failed = Export failed: { $error }
# The native window's title while documents are unsaved. $place: "001-photo-albums — demo-repo — SpecDesk".
window-title-unsaved = ● { $place } ({ $count } unsaved)

# Names and counts used in several places
format-documents =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    }
format-features =
    { $count ->
        [one] { $count } feature
       *[other] { $count } features
    }
# The accessible name of a feature in the sidebar. $number: "001"; $name: the title from the
# folder name; $group: a grouping folder; $documents: format-documents.
format-feature-label = Feature { $number }, { $name }, { $documents }
format-feature-label-group = Feature { $number }, { $name }, in { $group }, { $documents }
format-feature-label-unnumbered = Feature { $name }, { $documents }
format-feature-label-unnumbered-group = Feature { $name }, in { $group }, { $documents }
format-kind-plan = Plan
format-kind-spec = Spec
format-kind-tasks = Tasks
format-kind-research = Research
format-kind-data-model = Data model
format-kind-quickstart = Quickstart
format-kind-checklist = Checklist
format-kind-contract = Contract
format-kind-other = Other
# The template a plan was checked against ("Checked against …").
format-template-builtin-lite = the built-in Lite template
format-template-builtin-full = the built-in spec-kit template
format-template-builtins = the built-in templates (each plan against the one it follows)
# $layers: the template files, top first, joined by format-template-over.
format-template-stack = the stack: { $layers }
format-template-over = {" "}over{" "}

# Opening a repository failed
open-error-not-found = Repository not found
open-error-permission-denied = Permission denied
open-error-not-a-folder = Not a folder
open-error-not-allowed = Not allowed
open-error-other = Could not open the repository
open-error-path = Path: { $path }
# $command: "specdesk PATH", shown as code.
open-error-hint = Start SpecDesk with the folder of a spec-kit repository: { $command }.
open-error-retry = Try again

# Sidebar
sidebar-region = Repository
sidebar-demo = demo
    .title = Start SpecDesk with a path to open your own repository
sidebar-new-feature = New feature
    .title = New feature (Ctrl+N)
sidebar-reload = Reload repository
sidebar-filter = Filter features
sidebar-features = Features
# $example: "specs/001-name/", shown as code.
sidebar-no-features = No features yet. spec-kit keeps each feature in a folder like { $example }.
sidebar-filter-empty = No feature matches the filter.
sidebar-on-branch = on branch { $branch }
sidebar-group-folder = Folder { $group }
# $progress: sidebar-progress.
sidebar-plan-progress = plan { $progress }
    .title = Plan checklist
sidebar-tasks-progress = tasks { $progress }
    .title = Tasks done
sidebar-progress = { $done }/{ $total }
# $feature: format-feature-label; $badge: one of the sidebar-badge- messages.
sidebar-feature-with-badge = { $feature }, { $badge }
# $reason: why plan.md cannot be read, from the back end.
sidebar-badge-unreadable = plan.md { $reason }
sidebar-badge-no-plan = no plan
sidebar-badge-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
sidebar-badge-warnings =
    { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
sidebar-badge-valid = valid
git-uncommitted = uncommitted changes
    .title = Uncommitted changes (git)

# A feature without the editor (no documents, none selected)
# $documents: format-documents; $folder: the feature's folder, shown as code.
detail-documents-in = { $documents } in { $folder }
detail-documents = Documents
detail-select-feature = Select a feature to see its documents.
detail-no-features = This repository has no features yet.

# A repository without specs
empty-title = No specs in { $folder } yet
# $speckit: "spec-kit" in bold; the others are file and folder names shown as code.
empty-about = SpecDesk works with { $speckit } repositories: each feature lives in its own folder under { $specs }, such as { $example }, holding a { $plan } and usually { $spec }, { $tasks } and checklists.
empty-start = Start the first feature here: SpecDesk creates { $plan } from the repository's plan template ({ $template }, or the built-in Lite template).
empty-feature-title = Feature title
    .placeholder = e.g. Photo albums
empty-create = Create first feature

# "plan.md was replaced on disk" notices
notice-replaced-title = { $file } was replaced on disk
notice-replaced-template = It now matches its template: the filled-in content is gone.
# $percent: "73%".
notice-replaced-lines = { $percent } of its lines changed at once.
notice-restore-conflict = The file changed again on disk: nothing was restored. Use Compare.
notice-compare = Compare
notice-restoring = Restoring…
notice-restore-previous = Restore previous
notice-dismiss = Dismiss
    .aria-label = Dismiss: { $title }

# Feature view: toolbar, tabs, panes
editor-saving = Saving…
# $error: why, from the back end.
editor-not-saved = Not saved: { $error }
editor-unsaved = Unsaved
editor-saved = Saved
editor-autosave = Autosave
editor-outline = Outline
editor-history = History
editor-coverage = Coverage
editor-no-documents = This feature folder has no documents yet.
editor-opening = Opening…
view-label = View
view-editor = Editor
view-split = Split
view-preview = Preview
tabs-unsaved = unsaved changes
outline-empty = No headings.
splitter-label = Resize editor and preview

# Status bar
status-placeholders =
    { $count ->
        [0] No placeholders left
        [one] { $count } placeholder left
       *[other] { $count } placeholders left
    }
    .title = Next placeholder (F8)
status-uncommitted = Uncommitted changes
    .title = This document has changes not committed to git
status-feature-branch = This feature's branch is checked out
status-branch = Current git branch
# Read by screen readers before the branch's name.
status-branch-label = Branch

# Problems panel
problems-title = Problems
problems-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
problems-warnings =
    { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
problems-notes =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
problems-checking = checking…
# $template: one of the format-template- messages, or a template's path.
problems-checked-against = Checked against { $template }
# $error: what is wrong in specdesk.toml, from the back end.
problems-config-error = { $error } — checking with the default rules until it is fixed.
# $summary: "specdesk.toml (SD012 off)", from the back end.
problems-config = Configuration: { $summary }
problems-not-a-plan = Only plans are checked against the template.
problems-none = No problems: this plan matches its template.
problems-line = line { $line }
problems-rule-help =
    .title = What { $code } ({ $rule }) checks
problems-no-help = No help for { $code }: { $error }
problems-severity-error = error
problems-severity-warning = warning
problems-severity-info = info

# A document that is not opened for editing
read-only-title = This document is not opened for editing
# $why: one of the read-only- reasons below.
read-only-text = { $why } Nothing was changed and nothing will be written.
read-only-binary = It looks like a binary file (it contains NUL bytes).
read-only-invalid-utf8 = It is not valid UTF-8 text.
read-only-too-large = It is larger than SpecDesk edits (8 MiB).
read-only-not-found = It does not exist (any more).
read-only-permission-denied = SpecDesk is not allowed to read it.
read-only-outside-repo = It lies outside the open repository.
read-only-unreadable = It could not be read.

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

