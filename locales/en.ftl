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


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

