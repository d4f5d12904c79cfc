# SpecDesk's messages in English: the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = A desktop editor for spec-kit repositories: plans, specs and tasks with a live preview and template checks.
dialog-close = Close

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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

