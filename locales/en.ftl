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

# Dialogs' common buttons
dialog-cancel = Cancel

# Banners over the editor
# $path: the document, in bold.
conflict-text = { $path } changed on disk while you had unsaved edits. Nothing has been overwritten.
conflict-hide-comparison = Hide comparison
conflict-keep-mine = Keep mine
conflict-take-theirs = Take theirs
conflict-compare-label = Your version (left) and the version on disk (right)
conflict-yours = Yours (unsaved)
conflict-on-disk = On disk
conflict-your-text = Your text
conflict-disk-text = Text on disk
compare-left = Left text
compare-right = Right text
deleted-text = { $path } was deleted on disk. Your text is still here.
deleted-save = Save (re-create)
# $file: the file name, in bold; $encoding: "windows-1251", in bold.
encoding-text = { $file } is not UTF-8: it is shown decoded from { $encoding }, read-only. SpecDesk never writes it as it is.
encoding-lossy = Some of its bytes are not valid { $encoding }, so it cannot be converted without loss.
encoding-confirm = Rewrite { $name } as UTF-8? The original stays in local history.
encoding-convert = Convert
encoding-convert-utf8 = Convert to UTF-8…
encoding-not-converted = Not converted: { $error }
encoding-converted = Converted { $file } from { $from } to UTF-8. It is editable now.
encoding-undo = Undo conversion
encoding-not-undone = Not undone: { $error }
# $why: one of the three write-blocked- reasons.
write-blocked-text = { $file } is open read-only: { $why }. Nothing will be written to it.
write-blocked-read-only-fs = it is on a read-only file system
write-blocked-file = you do not have permission to change this file
write-blocked-folder = you do not have permission to create files in its folder, which saving needs
write-refused-text = { $file } was not saved: { $error }. Your text is kept here and in the crash journal. Fix the permissions and save again (Ctrl+S), or save a copy elsewhere.
write-save-copy = Save a Copy As…
write-copy-saved = Saved a copy to { $path }.
write-no-copy = No copy saved: { $error }

# Sidebar: deleted files that local history can restore
deleted-section = Deleted ({ $count })
    .aria-label = Deleted, can be restored
deleted-files =
    { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
deleted-restore = Restore
deleted-restore-feature = Restore feature { $name }
deleted-restore-document = Restore { $path }
# $prefix: the folder or document restored.
deleted-restored =
    { $count ->
        [one] Restored { $count } file of { $prefix }.
       *[other] Restored { $count } files of { $prefix }.
    }
deleted-not-restored = Not restored: { $error }

# Closing with unsaved changes; unsaved edits of an earlier run
close-title = Save changes before closing?
close-text =
    { $count ->
        [one] This document has unsaved changes:
       *[other] { $count } documents have unsaved changes:
    }
close-save = Save
close-discard = Discard
restore-title = Restore unsaved edits?
restore-text = SpecDesk closed with unsaved changes. They were kept; choose what to do with each file.

# Links, demo reset
link-title = Open this link in your browser?
link-open = Open in browser
reset-demo-title = Reset the demo repository
reset-demo-text = Your copy of the demo goes back to how SpecDesk installed it: every change you made to it is lost.
reset-demo-text-unsaved =
    { $count ->
        [one] Your copy of the demo goes back to how SpecDesk installed it: every change you made to it is lost, including { $count } unsaved document.
       *[other] Your copy of the demo goes back to how SpecDesk installed it: every change you made to it is lost, including { $count } unsaved documents.
    }
reset-demo-not-a-copy = The demo open here is the one SpecDesk ships, not a copy: there is nothing to reset.
reset-demo-failed = Not reset: { $error }
reset-demo-confirm = Reset Demo

# New feature dialog (its title is sidebar-new-feature)
# $plan: "plan.md", shown as code.
new-feature-intro = Creates the feature folder with a { $plan } from the repository's plan template, Branch and Date filled in.
new-feature-title = Title
    .placeholder = e.g. Share albums with family
new-feature-short = Short name
    .hint = (optional, for the folder name)
    .placeholder = e.g. album sharing
new-feature-type-title = Type a title to see the folder it gets.
# $folder: the folder to be created, shown as code.
new-feature-creates = Creates { $folder }
new-feature-no-specs-dir = The repository has no specs folder yet: { $folder } will be created.
new-feature-same-slug = A feature with this name already exists: { $folder }.
new-feature-also-create = Also create, from the repository's templates
new-feature-creating = Creating…
new-feature-create = Create

# Quick open (Ctrl+P)
quick-open-label = Quick open
quick-open-input =
    .aria-label = Feature or document
    .placeholder = Go to a feature or document…
quick-open-matches = Matches
quick-open-none = No match

# Find in Specs (Ctrl+Shift+F)
search-title = Find in specs
search-close = Close search
search-input =
    .aria-label = Search all spec documents
    .placeholder = Text to find in every spec document…
search-case = Match case
    .title = Match upper and lower case exactly
search-searching = Searching…
search-hint = Type to search plans, specs, tasks and checklists.
search-summary =
    { $hits ->
        [one] { $hits } match
       *[other] { $hits } matches
    } in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
search-more = more not shown
search-skipped =
    { $count ->
        [one] { $count } unreadable file skipped
       *[other] { $count } unreadable files skipped
    }
search-outside = Not in a feature folder: SpecDesk opens documents of features only

# The editor and the preview
editor-source-label = Markdown source
editor-source-description = Tab indents. To move the focus out of the editor, press Escape, then Tab or Shift+Tab.
# GitHub's alerts (> [!NOTE]) in the preview.
preview-alert-note = Note
preview-alert-tip = Tip
preview-alert-important = Important
preview-alert-warning = Warning
preview-alert-caution = Caution
preview-image-blocked = Remote image not loaded: { $url }
preview-diagram = Diagram
preview-diagram-too-large = This diagram is too large to draw in the preview ({ $length } characters; the limit is { $limit }). Its source is shown above.
preview-diagram-not-loaded = The diagram renderer could not be loaded: { $error }
preview-diagram-not-drawn = The diagram could not be drawn.
preview-diagram-error = The diagram has an error.

# CodeMirror's own words (EditorState.phrases): the search panel, Go to line, lint, folding,
# the compare view. Where CodeMirror puts a number in, it passes "$" as the variable.
cm-find = Find
cm-replace = Replace
cm-next = next
cm-previous = previous
cm-all = all
cm-match-case = match case
cm-regexp = regexp
cm-by-word = by word
cm-replace-one = replace
cm-replace-all = replace all
cm-close = close
# Announced: "current match. <text> on line 5."
cm-current-match = current match
cm-on-line = on line
cm-replaced-matches = replaced { $count } matches
cm-replaced-match-on-line = replaced match on line { $line }
cm-go-to-line = Go to line
cm-go = go
cm-diagnostics = Diagnostics
cm-no-diagnostics = No diagnostics
# Announced: "Folded lines 3 to 7."
cm-folded-lines = Folded lines
cm-unfolded-lines = Unfolded lines
cm-to = to
cm-folded-code = folded code
cm-unfold = unfold
cm-fold-line = Fold line
cm-unfold-line = Unfold line
cm-control-character = Control character
cm-selection-deleted = Selection deleted
cm-completions = Completions
cm-unchanged-lines = { $count } unchanged lines
cm-accept = Accept
cm-reject = Reject
cm-revert-chunk = Revert this chunk

## Interface: review, pipeline, branches, history, coverage (B2)

# Screens and scope (review/ScreenSwitch, review/ScopeSwitch)
review-screen-switch = Screen
review-screen-editor = Editor
    .title = Edit one feature's documents
review-screen-review = Review
    .title = Every feature in one table (Ctrl+Shift+R)
review-screen-pipeline = Pipeline
    .title = Features by stage
review-scope-switch = Scope
branches-scope-checkout = This checkout
    .title = The features of the files on disk
branches-scope-all = All branches
    .title = Every feature in flight: every branch and worktree, read from git

# The Review screen (review/ReviewView)
review-region = Review
review-heading-review = Review
review-heading-pipeline = Pipeline
review-updating = Updating…
review-refresh = Refresh
review-export = Export report…
review-dismiss = Dismiss
review-error = Could not compute the review: { $message }
review-computing = Computing the review…
review-summary-features = Features
review-summary-failing = Failing validation
review-summary-diagnostics = Errors · warnings
review-summary-placeholders = Placeholders
review-summary-tasks = Tasks
review-summary-plan-checklists = Plan checklists
review-summary-checklists = Checklists
review-summary-coverage = Requirements covered
# What the Review store says about a checkbox it could not write, or a report it could not export.
review-toggle-conflict = { $path } changed since the review was shown; nothing was written. The review is up to date now.
review-toggle-failed = Could not update { $path }: { $message }
review-export-failed = Could not export the report: { $message }

# Filters and sort (review/ReviewFilterBar)
review-filter-bar = Filter and sort features
review-filter-text =
    .placeholder = Filter by number or name
    .aria-label = Filter features by number or name
review-filter-incomplete = Incomplete
review-filter-errors = Has errors
review-filter-placeholders = Has placeholders
review-shown-all =
    { $total ->
        [one] { $total } feature
       *[other] { $total } features
    }
review-shown-some =
    { $total ->
        [one] { $shown } of { $total } feature
       *[other] { $shown } of { $total } features
    }
review-sort-by = Sort by
review-sort-number = Number
review-sort-progress = Progress
review-sort-modified = Last change
review-sort-descending = Descending, switch to ascending
review-sort-ascending = Ascending, switch to descending

# The Review table (review/ReviewTable)
review-column-feature = Feature
review-column-stage = Stage
review-column-plan = Plan
review-column-plan-checklist = Plan checklist
    .title = Click a box to tick it in plan.md; Enter or Ctrl+click opens the plan at that item
review-column-tasks = Tasks
    .title = Each bar is a phase of tasks.md; click one to open it
review-column-checklists = Checklists
review-column-coverage = Coverage
    .title = Requirements of spec.md covered by a task
review-column-modified = Last change
review-age-just-now = just now
review-open-feature = Open { $path }
review-placeholders =
    { $count ->
        [one] { $count } placeholder
       *[other] { $count } placeholders
    }
review-check-label = { $text } (line { $line })
review-check-title = { $text } — line { $line }. Enter or Ctrl+click: open in plan
review-phase-untitled = Tasks
review-phase-label = { $phase }: { $done } of { $total } done, open tasks.md
review-phase-title = { $phase } — { $done }/{ $total }
review-no-tasks = no tasks.md
review-empty = No feature matches these filters.
review-stage-specified = Spec only
review-stage-planned = Planned
review-stage-tasks-written = Tasks written
review-stage-in-progress = In progress
review-stage-done = Done
review-validation-no-plan = no plan
review-validation-unreadable = unreadable
# An unreadable plan: its file name, then the back end's reason ("not UTF-8 (looks like windows-1251)").
review-validation-unreadable-file = { $name } { $reason }
review-validation-clean = clean
review-validation-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
review-validation-warnings =
    { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
review-coverage-not-traced = not traced
review-coverage-no-tasks = no tasks
review-coverage-no-ids = no ids
review-coverage-no-spec = no spec
review-coverage-traced-title =
    { $requirements ->
        [one] { $covered } of { $requirements } requirement covered by a task
       *[other] { $covered } of { $requirements } requirements covered by a task
    }
review-coverage-no-citations-title =
    { $requirements ->
        [one] tasks.md cites no requirement ids ({ $requirements } requirement in spec.md)
       *[other] tasks.md cites no requirement ids ({ $requirements } requirements in spec.md)
    }
review-coverage-no-tasks-title =
    { $requirements ->
        [one] no tasks.md yet ({ $requirements } requirement in spec.md)
       *[other] no tasks.md yet ({ $requirements } requirements in spec.md)
    }
review-coverage-no-requirements-title = spec.md defines no requirement ids
review-coverage-no-spec-title = no spec.md

# The Pipeline (review/PipelineBoard)
pipeline-fact-tasks = tasks { $progress }
pipeline-fact-plan = plan { $progress }
pipeline-fact-checklists = checklists { $progress }
pipeline-show-more = Show { $count } more of { $remaining }

# All branches (review/BranchTable, review/BranchDocumentView, review/BranchActionDialog)
branches-fetch = Fetch
branches-fetching = Fetching…
branches-error = Could not read the branches: { $message }
branches-reading = Reading every branch…
branches-summary =
    { $features ->
        [one] { $features } feature
       *[other] { $features } features
    } on { $branches ->
        [one] { $branches } branch
       *[other] { $branches } branches
    }
branches-column-feature = Feature
branches-column-from = From
branches-column-stage = Stage
branches-column-plan = Plan
branches-column-plan-checklist = Plan checklist
branches-column-tasks = Tasks
branches-column-also-on = Also on
branches-column-actions = Actions
branches-from-checkout = { $branch } (this checkout)
branches-from-worktree = { $branch } (worktree { $path })
branches-read-only = read-only
    .title = Read from git: not editable here
# $branches: the other branches' names as a list ("004-x and origin/main").
branches-also-on = also on { $branches }
branches-checkout = Check out this branch
branches-worktree = Open in a worktree
branches-checkout-title = Check out { $branch }?
branches-checkout-text = The files of this checkout on disk become those of { $branch } (git checkout). SpecDesk refuses while spec documents have uncommitted changes.
branches-checkout-confirm = Check out
branches-worktree-title = Open { $branch } in a new worktree?
branches-worktree-text = git adds a worktree of { $branch } in a folder you pick next, and SpecDesk opens it, editable. This checkout is not touched.
branches-worktree-confirm = Pick a folder…
branches-cancel = Cancel
branches-document = Read-only document from { $branch }
branches-back = ← All branches
branches-document-source = on { $branch } · read-only
branches-compare = Compare with this checkout's version
branches-document-plan-checklist = Plan checklist { $progress }
branches-document-tasks = Tasks { $progress }
branches-document-diagnostics =
    { $count ->
        [one] { $count } diagnostic
       *[other] { $count } diagnostics
    }
branches-compare-checkout = This checkout
branches-compare-checkout-missing = This checkout (no such file)
branches-diff = This checkout's version beside { $branch }'s
branches-diff-checkout = This checkout's version
branches-diff-branch = { $branch }'s version
branches-document-text = Text (read-only)
branches-severity-error = error
branches-severity-warning = warning
branches-severity-info = info
branches-diagnostic = { $code } line { $line }: { $message }
# What the All-branches store says after an action.
branches-open-failed = Could not read { $path } on { $branch }: { $message }
branches-compare-failed = Could not read this checkout's { $path }: { $message }
branches-fetched = Fetched every remote.
branches-fetch-failed = Fetch failed: { $message }
branches-checked-out = Checked out { $branch }.
branches-checkout-failed = Check out failed: { $message }
branches-worktree-created = Worktree of { $branch } created in { $folder }.
branches-worktree-failed = Open in a worktree failed: { $message }

# Local history (HistoryPanel, history.ts)
history-region = History of { $file }
history-title = History
history-close = Close history
history-empty = No versions recorded yet.
history-timeline = Versions, newest first
history-on-disk = on disk
history-deleted-version = The file was deleted at this point: there is no text to compare. Pick an earlier version.
history-version-of = Version of { $when } ({ $source })
history-current-text = Current text
history-restore = Restore this version
history-restoring = Restoring…
history-diff = The selected version (left) and the current text (right)
history-diff-selected = Selected version
history-restored = Restored the version of { $when }. Undo (Ctrl+Z) in the editor brings your text back.
history-restore-conflict = { $file } changed on disk since you last saw it: nothing was restored.
history-restore-failed = Not restored: { $message }
history-source-saved = saved here
history-source-disk = changed on disk
history-source-restored = restored
history-source-deleted = deleted
# Between the parts of a timeline entry read out by screen readers (time, source, size, lines).
history-entry-separator = { ", " }
history-lines-added =
    { $count ->
        [one] { $count } line added
       *[other] { $count } lines added
    }
history-lines-removed =
    { $count ->
        [one] { $count } line removed
       *[other] { $count } lines removed
    }
history-size-bytes = { $size } B
history-size-kb = { $size } KB
history-size-mb = { $size } MB
history-replaced-title = { $file } was replaced on disk
history-replaced-template = It now matches its template: the filled-in content is gone.
history-replaced-lines = { $percent }% of its lines changed at once.

# Requirement coverage (CoveragePanel, coverage.ts)
coverage-region = Requirement coverage
coverage-title = Coverage
coverage-close = Close coverage
coverage-computing = Computing coverage…
coverage-column-requirement = Requirement
coverage-column-text = Text
coverage-column-tasks = Tasks
coverage-open-line = Open { $file } at line { $line }
coverage-open-task-done = Open { $file } at line { $line } (done)
coverage-uncovered = Uncovered
coverage-unknown-heading = Citations of ids spec.md does not define
# After the cited id: "FR-009 cited by T004 in tasks.md, line 12".
coverage-unknown-by-task = cited by { $task } in { $file }, line { $line }
coverage-unknown-by-traceability = cited by a traceability line in { $file }, line { $line }
coverage-unknown-by-item = cited by an item in { $file }, line { $line }
coverage-task-line = line { $line }
coverage-note-no-spec = No spec.md: no requirements to cover.
coverage-note-no-requirements = spec.md defines no requirement ids (FR-001, SC-001, …).
coverage-note-no-tasks =
    { $requirements ->
        [one] { $requirements } requirement; no tasks.md yet.
       *[other] { $requirements } requirements; no tasks.md yet.
    }
coverage-note-no-citations =
    { $requirements ->
        [one] { $requirements } requirement; tasks.md never cites a requirement id, so coverage can't be judged.
       *[other] { $requirements } requirements; tasks.md never cites a requirement id, so coverage can't be judged.
    }
coverage-note-traced =
    { $requirements ->
        [one] { $covered } of { $requirements } requirement covered by tasks; { $uncovered } uncovered.
       *[other] { $covered } of { $requirements } requirements covered by tasks; { $uncovered } uncovered.
    }


## Report diagrams (C)

report-diagrams-progress = Drawing the report's diagrams… { $done } of { $total }
report-diagram-too-long = This diagram is too large to draw ({ $length } characters; the limit is { $limit }).
report-diagram-too-big = This diagram's drawing is too large to include in the report.

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = English
# How a list of names is joined in a sentence.
lang-list-separator = {", "}
# How each name of such a list is written (quoted where the language quotes names).
lang-list-item = { $item }

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
error-uncommitted-specs = { $count } spec document(s) have uncommitted changes ({ $files }): commit or stash them before checking out another branch
error-not-a-branch = { $branch }: not a branch name
error-no-repository = no repository is open
error-no-demo-copy = the demo open here is the bundled one, which you may edit: there is no copy to reset
error-feature-needs-title = a new feature needs a title
error-search-empty = type something to search for
error-search-too-long = a search is one line of at most { $bytes } bytes
error-not-a-version-id = `{ $id }` is not a version id (at least { $digits } hex digits, as listed by history)
error-no-such-version = no version `{ $id }` in this repository's history
error-ambiguous-version = version id `{ $id }` is ambiguous: give more digits
error-demo-is-bundled = the demo opened is the bundled one itself; there is no copy to reset
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
report-diagram-sources-note = Diagram sources: SpecDesk draws them in the report it exports (Review ▸ Export Report…).
report-diagram-not-drawn = This diagram was not drawn (its document changed during the export).
report-diagram-undrawable = This diagram could not be drawn.
report-diagram-drawing-too-large = This diagram's drawing is too large to include ({ $size }; the limit is { $limit }).
report-diagram-over-budget = The report's diagrams reached their size limit ({ $limit }); this one is shown as its source.
report-diagram-label = Diagram: { $title }
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
report-from-checkout = { $name } (this checkout)
report-from-worktree = { $name } (worktree { $path })

# specdesk-cli coverage and history (text output).
cli-coverage-no-spec = no spec.md
cli-coverage-no-ids = spec.md defines no requirement ids
cli-coverage-no-tasks = { $requirements } requirement(s); no tasks.md yet
cli-coverage-no-citations = { $requirements } requirement(s); { $tasks } never cites a requirement id, so coverage can't be judged
cli-coverage-traced = { $covered }/{ $requirements } requirement(s) covered by tasks ({ $kinds }); { $citing } of { $total } tasks cite requirement ids
cli-coverage-other = other
cli-coverage-task = task
cli-coverage-traceability-line = traceability line
cli-coverage-checklist-item = checklist item
cli-coverage-uncovered = uncovered
cli-coverage-unknown = unknown
cli-coverage-duplicate = duplicate
cli-coverage-covered = covered
cli-coverage-cited-by = cited by { $what } but not defined in { $file }
cli-coverage-defined-at = already defined at line { $line }
cli-coverage-line = line { $line }
cli-coverage-summary = { $features } feature(s); { $traced } with tasks citing requirement ids: { $requirements } requirement(s), { $covered } covered, { $uncovered } uncovered
cli-coverage-untraced = { $count } whose tasks cite no requirement ids
cli-coverage-without-tasks = { $count } without tasks.md
cli-coverage-unknown-citations = { $count } unknown citation(s)
cli-coverage-duplicates = { $count } duplicate definition(s)
cli-coverage-separator = {"; "}
cli-coverage-ids = (ids: { $prefixes })

# specdesk-cli status --all-branches (text output).
cli-portfolio-from = From
cli-portfolio-also-on = Also on
cli-portfolio-summary = { $features } feature(s) on { $branches } branch(es); { $stages }
cli-portfolio-note = note: { $note }
cli-history-saved = saved here
cli-history-disk = changed on disk
cli-history-restored = restored
cli-history-deleted = deleted
cli-history-the-repository = the repository
cli-history-none = no history for { $path } (SpecDesk records versions while the app has the repository open)
cli-history-versions = { $path } — { $count } version(s)
cli-history-versions-gone = { $path } — { $count } version(s)  (not on disk)
cli-history-restore-hint = restore one with: specdesk-cli history PATH --restore ID
cli-history-nothing-to-restore = nothing to restore: every file with history is on disk
cli-history-already = { $path } already holds version { $id }
cli-history-restored-to = restored { $path } to version { $id } ({ $when }, { $source })
cli-history-undo = undo with: specdesk-cli history { $path } --restore { $id }
cli-history-no-data-dir = cannot find the app's data folder: set { $variable } (or HOME)
cli-history-other-file = version { $id } is of { $path }, not of { $target }
