//! Progress: how far along a feature is, read from its Markdown.
//!
//! - `tasks.md` → [`TasksStatus`]: tasks grouped into phases (the `## Phase N: …` sections),
//!   each task with its spec-kit id (`T001`), `[P]` marker and user story (`[US1]`);
//! - checklists (`checklists/*.md`) → [`ChecklistStatus`] with `CHK001` ids;
//! - the plan's own checkboxes (spec-kit's "Progress Tracking", Lite's "Status Checklist") →
//!   [`plan_checklist`];
//! - one feature → [`FeatureStatus`], a whole repository → [`RepoSummary`];
//! - a document that could not be read → [`Unreadable`], listed with its real state (`plan.md
//!   is not UTF-8 (looks like windows-1251)`) instead of being taken for absent.
//!
//! This module reads text only: callers supply the file contents (or why they could not be
//! read) and validation counts, so it depends on neither the store nor the validator.

use crate::diagnostic::DiagnosticCounts;
use crate::error::CoreError;
use crate::i18n::{Locale, Message};
use crate::markdown::TaskItem;
use crate::plan::{Heading, Plan};
use crate::repo::{Document, DocumentKind, Feature};
use crate::span::Span;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// `done` of `total` items checked.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// Count the `true`s of `checked`.
    pub fn of(checked: impl IntoIterator<Item = bool>) -> Progress {
        checked.into_iter().fold(Progress::default(), |mut p, c| {
            p.total += 1;
            p.done += usize::from(c);
            p
        })
    }

    /// Whole percent done, rounded down (so 100 means everything is done); 0 when empty.
    pub fn percent(&self) -> u32 {
        (self.done.min(self.total) * 100)
            .checked_div(self.total)
            .unwrap_or(0) as u32
    }

    /// True when there is at least one item and all are done.
    pub fn is_complete(&self) -> bool {
        self.total > 0 && self.done >= self.total
    }

    /// Add `other`'s counts to these.
    pub fn add(&mut self, other: Progress) {
        self.done += other.done;
        self.total += other.total;
    }
}

impl std::iter::Sum for Progress {
    fn sum<I: Iterator<Item = Progress>>(iter: I) -> Progress {
        iter.fold(Progress::default(), |mut acc, p| {
            acc.add(p);
            acc
        })
    }
}

/// One task of `tasks.md`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Task {
    /// Index in [`crate::markdown::task_items`] (the preview's `data-task`, the toggle's index).
    pub index: usize,
    /// `T001`, when the line starts with one.
    pub id: Option<String>,
    /// Carries the `[P]` (parallelizable) marker.
    pub parallel: bool,
    /// `US1` from a `[US1]` marker (the first one, when there are several).
    pub story: Option<String>,
    /// Every story marker, in order (`[US2][US3]` → `US2`, `US3`).
    pub stories: Vec<String>,
    /// The description without the id and the markers.
    pub text: String,
    pub checked: bool,
    /// 1-based line of the checkbox.
    pub line: u32,
    /// The `[ ]` / `[x]` mark.
    pub mark: Span,
    /// The sub-heading inside the phase the task sits under (e.g. `Tests for User Story 1`).
    pub group: Option<String>,
}

/// A phase: the outermost heading (level 2 or deeper) above a run of tasks.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Phase {
    /// The heading text, e.g. `Phase 1: Setup`; empty for tasks above every such heading.
    pub title: String,
    /// The heading's level (2 for `##`); 0 for the untitled phase.
    pub level: u8,
    /// 1-based line of the heading (of the first task for the untitled phase).
    pub line: u32,
    pub progress: Progress,
    pub tasks: Vec<Task>,
}

/// Progress of a `tasks.md`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TasksStatus {
    /// Phases holding at least one task, in document order.
    pub phases: Vec<Phase>,
    pub progress: Progress,
}

/// One checkbox of a checklist (or of a plan).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    /// Index in [`crate::markdown::task_items`].
    pub index: usize,
    /// `CHK001`, when the line starts with one.
    pub id: Option<String>,
    /// The item text without the id.
    pub text: String,
    pub checked: bool,
    /// 1-based line of the checkbox.
    pub line: u32,
    /// The H2 the item sits under (e.g. `Status Checklist`), if any.
    pub section: Option<String>,
}

/// Progress of a checklist file or of a plan's checkboxes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChecklistStatus {
    pub items: Vec<ChecklistItem>,
    pub progress: Progress,
}

/// A checklist file of a feature and its progress.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NamedChecklist {
    /// Path relative to the repository root.
    pub rel_path: String,
    /// The file name without `checklists/` and `.md`, e.g. `requirements`.
    pub name: String,
    pub progress: Progress,
}

/// Why a document could not be read, in the words the status shows (see [`Unreadable`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadProblem {
    /// [`CoreError::kind`]: `invalidUtf8`, `binary`, `tooLarge`, `permissionDenied`, …
    pub code: &'static str,
    /// For a document that is not UTF-8: the encoding it looks like.
    pub encoding: Option<String>,
    /// [`CoreError::reason`]: `not UTF-8 (looks like windows-1251)`.
    pub reason: String,
}

impl From<&CoreError> for ReadProblem {
    fn from(error: &CoreError) -> ReadProblem {
        ReadProblem {
            code: error.kind(),
            encoding: error.encoding().map(str::to_string),
            reason: error.reason(),
        }
    }
}

impl From<CoreError> for ReadProblem {
    fn from(error: CoreError) -> ReadProblem {
        ReadProblem::from(&error)
    }
}

/// A document of a feature that is there but could not be read: a plan in windows-1251 is
/// "plan.md is not UTF-8 (looks like windows-1251)", not "no plan".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Unreadable {
    /// Repository-relative path.
    pub rel_path: String,
    /// Path in the feature folder (`plan.md`, `checklists/ux.md`).
    pub name: String,
    pub kind: DocumentKind,
    /// The error's kind (`invalidUtf8`, `binary`, `tooLarge`, …), as the UI's error codes.
    pub code: String,
    /// For a document that is not UTF-8: the encoding it looks like (`windows-1251`).
    pub encoding: Option<String>,
    /// What is wrong, to follow "plan.md is": `not UTF-8 (looks like windows-1251)`.
    pub reason: String,
}

impl Unreadable {
    /// `document` could not be read because of `problem`.
    pub fn new(document: &Document, problem: ReadProblem) -> Unreadable {
        Unreadable {
            rel_path: document.rel_path.clone(),
            name: document.name.clone(),
            kind: document.kind,
            code: problem.code.to_string(),
            encoding: problem.encoding,
            reason: problem.reason,
        }
    }

    /// `plan.md is not UTF-8 (looks like windows-1251)`.
    pub fn sentence(&self) -> String {
        format!("{} is {}", self.name, self.reason)
    }

    /// [`Unreadable::reason`] in `locale` (English: as it is), from the error's kind and the
    /// numbers of the English reason.
    pub fn reason_in(&self, locale: Locale) -> String {
        if locale == Locale::En {
            return self.reason.clone();
        }
        let numbers: Vec<u64> = self
            .reason
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        let message = match (self.code.as_str(), &self.encoding, numbers.as_slice()) {
            ("invalidUtf8", Some(name), _) => Message::new("error-reason-not-utf8").arg("encoding", name),
            // `not valid UTF-8 (byte 7)`: the last number (the first is UTF-8's).
            ("invalidUtf8", None, [.., offset]) => {
                Message::new("error-reason-invalid-utf8").arg("offset", *offset)
            }
            ("binary", _, _) => Message::new("error-reason-binary"),
            ("tooLarge", _, [size, limit, ..]) => Message::new("error-reason-too-large")
                .arg("size", *size)
                .arg("limit", *limit),
            ("permissionDenied", _, _) => Message::new("error-reason-permission"),
            ("notFound", _, _) => Message::new("error-reason-missing"),
            ("isADirectory", _, _) => Message::new("error-reason-directory"),
            _ => {
                let detail = self
                    .reason
                    .strip_prefix("unreadable (")
                    .and_then(|d| d.strip_suffix(')'))
                    .unwrap_or(&self.reason);
                Message::new("error-reason-unreadable").arg("detail", detail)
            }
        };
        message.to_locale(locale)
    }
}

/// Everything the dashboard shows about one feature.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FeatureStatus {
    pub rel_path: String,
    pub dir_name: String,
    pub number: String,
    pub slug: String,
    /// The plan's checkboxes, when the feature has a readable `plan.md`.
    pub plan: Option<ChecklistStatus>,
    /// When the feature has a readable `tasks.md`.
    pub tasks: Option<TasksStatus>,
    /// Readable checklist files, in the feature's document order.
    pub checklists: Vec<NamedChecklist>,
    /// Validation counts of the plan, when the caller has them.
    pub diagnostics: Option<DiagnosticCounts>,
    /// Number of documents in the feature folder.
    pub documents: usize,
    /// Documents (plan, tasks, checklists) that are there but could not be read, and why.
    pub unreadable: Vec<Unreadable>,
}

impl FeatureStatus {
    /// The plan, when it is there but could not be read.
    pub fn unreadable_plan(&self) -> Option<&Unreadable> {
        self.unreadable.iter().find(|u| u.kind == DocumentKind::Plan)
    }

    /// `tasks.md`, when it is there but could not be read.
    pub fn unreadable_tasks(&self) -> Option<&Unreadable> {
        self.unreadable.iter().find(|u| u.kind == DocumentKind::Tasks)
    }
}

/// Totals over a repository's features.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RepoSummary {
    pub features: usize,
    /// Features with a readable plan.
    pub plans: usize,
    pub tasks: Progress,
    pub plan_checklists: Progress,
    pub checklists: Progress,
    pub errors: usize,
    pub warnings: usize,
}

impl RepoSummary {
    /// Add up `features`.
    pub fn of(features: &[FeatureStatus]) -> RepoSummary {
        let diagnostics = || features.iter().filter_map(|f| f.diagnostics);
        RepoSummary {
            features: features.len(),
            plans: features.iter().filter(|f| f.plan.is_some()).count(),
            tasks: features
                .iter()
                .filter_map(|f| f.tasks.as_ref())
                .map(|t| t.progress)
                .sum(),
            plan_checklists: features
                .iter()
                .filter_map(|f| f.plan.as_ref())
                .map(|p| p.progress)
                .sum(),
            checklists: features
                .iter()
                .flat_map(|f| f.checklists.iter())
                .map(|c| c.progress)
                .sum(),
            errors: diagnostics().map(|d| d.errors).sum(),
            warnings: diagnostics().map(|d| d.warnings).sum(),
        }
    }
}

/// Progress of a `tasks.md`: its tasks grouped into phases.
///
/// A task's phase is the outermost heading of level 2 or deeper enclosing it (so tasks under
/// `### Tests for User Story 1` inside `## Phase 3: …` belong to Phase 3, with the H3 as their
/// [`Task::group`]). Tasks above every such heading form an untitled phase (`title == ""`).
pub fn tasks_status(text: &str) -> TasksStatus {
    let plan = Plan::parse(text);
    let stacks = heading_stacks(&plan.headings, &plan.tasks);
    let mut phases: Vec<(Option<usize>, Phase)> = Vec::new();
    for (item, stack) in plan.tasks.iter().zip(&stacks) {
        let phase_at = stack.iter().position(|&h| plan.headings[h].level >= 2);
        let phase_heading = phase_at.map(|p| stack[p]);
        let group = match (phase_at, stack.last()) {
            (Some(p), Some(&last)) if p + 1 < stack.len() => Some(plan.headings[last].text.clone()),
            _ => None,
        };
        let task = parse_task(item, group);
        if phases.last().map(|(key, _)| *key) != Some(phase_heading) {
            phases.push((
                phase_heading,
                new_phase(phase_heading.map(|h| &plan.headings[h]), &task),
            ));
        }
        if let Some((_, phase)) = phases.last_mut() {
            phase.tasks.push(task);
        }
    }
    let phases: Vec<Phase> = phases
        .into_iter()
        .map(|(_, mut p)| {
            p.progress = Progress::of(p.tasks.iter().map(|t| t.checked));
            p
        })
        .collect();
    TasksStatus {
        progress: phases.iter().map(|p| p.progress).sum(),
        phases,
    }
}

fn new_phase(heading: Option<&Heading>, first: &Task) -> Phase {
    Phase {
        title: heading.map(|h| h.text.clone()).unwrap_or_default(),
        level: heading.map_or(0, |h| h.level),
        line: heading.map_or(first.line, |h| h.span.line),
        progress: Progress::default(),
        tasks: Vec::new(),
    }
}

/// Progress of a checklist file (`checklists/*.md`).
pub fn checklist_status(text: &str) -> ChecklistStatus {
    plan_checklist(&Plan::parse(text))
}

/// The plan's checkboxes, all of them in order, each with the H2 it sits under.
pub fn plan_checklist(plan: &Plan) -> ChecklistStatus {
    let stacks = heading_stacks(&plan.headings, &plan.tasks);
    let items: Vec<ChecklistItem> = plan
        .tasks
        .iter()
        .zip(&stacks)
        .map(|(item, stack)| {
            let section = stack
                .iter()
                .rev()
                .map(|&h| &plan.headings[h])
                .find(|h| h.level == 2)
                .map(|h| h.text.clone());
            let (id, text) = split_checklist_id(&item.text);
            ChecklistItem {
                index: item.index,
                id,
                text,
                checked: item.checked,
                line: item.mark.line,
                section,
            }
        })
        .collect();
    ChecklistStatus {
        progress: Progress::of(items.iter().map(|i| i.checked)),
        items,
    }
}

/// Status of one feature. `read` returns a document's text given its repository-relative path,
/// or why it could not be read (a document that vanished, `notFound`, counts as absent; any other
/// problem is listed in [`FeatureStatus::unreadable`]); `diagnostics` are the plan's validation
/// counts, if known.
pub fn feature_status(
    feature: &Feature,
    read: impl Fn(&str) -> Result<String, ReadProblem>,
    diagnostics: Option<DiagnosticCounts>,
) -> FeatureStatus {
    let mut unreadable = Vec::new();
    let mut text_of = |document: &Document| match read(&document.rel_path) {
        Ok(text) => Some(text),
        Err(problem) => {
            if problem.code != "notFound" {
                unreadable.push(Unreadable::new(document, problem));
            }
            None
        }
    };
    let plan = feature
        .document(DocumentKind::Plan)
        .and_then(&mut text_of)
        .map(|t| plan_checklist(&Plan::parse(&t)));
    let tasks = feature
        .document(DocumentKind::Tasks)
        .and_then(&mut text_of)
        .map(|t| tasks_status(&t));
    let checklists = feature
        .documents
        .iter()
        .filter(|d| d.kind == DocumentKind::Checklist)
        .filter_map(|d| {
            let text = text_of(d)?;
            Some(NamedChecklist {
                rel_path: d.rel_path.clone(),
                name: checklist_name(&d.name),
                progress: checklist_status(&text).progress,
            })
        })
        .collect();
    FeatureStatus {
        rel_path: feature.rel_path.clone(),
        dir_name: feature.dir_name.clone(),
        number: feature.number.clone(),
        slug: feature.slug.clone(),
        plan,
        tasks,
        checklists,
        diagnostics,
        documents: feature.documents.len(),
        unreadable,
    }
}

/// `checklists/ux.md` → `ux`.
fn checklist_name(name: &str) -> String {
    let n = name.strip_prefix("checklists/").unwrap_or(name);
    n.strip_suffix(".md").unwrap_or(n).to_string()
}

/// For each task, the indices of the headings enclosing it, outermost first.
fn heading_stacks(headings: &[Heading], tasks: &[TaskItem]) -> Vec<Vec<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    let mut next_heading = 0;
    tasks
        .iter()
        .map(|task| {
            while let Some(h) = headings
                .get(next_heading)
                .filter(|h| h.span.start < task.mark.start)
            {
                while stack.last().is_some_and(|&s| headings[s].level >= h.level) {
                    stack.pop();
                }
                stack.push(next_heading);
                next_heading += 1;
            }
            stack.clone()
        })
        .collect()
}

/// Split a task line into id, `[P]`, story and description. Ids and markers may come in any
/// order before the description; ids may be wrapped in `**…**` or `~~…~~`.
fn parse_task(item: &TaskItem, group: Option<String>) -> Task {
    static ID: OnceLock<Regex> = OnceLock::new();
    static MARKER: OnceLock<Regex> = OnceLock::new();
    let id_re =
        ID.get_or_init(|| Regex::new(r"^(?:\*\*|__|~~)?(T\d+[A-Za-z]?)(?:\*\*|__|~~)?:?(?:\s+|$)").unwrap());
    let marker_re = MARKER.get_or_init(|| Regex::new(r"^\[(P|US\d+(?:-[\w-]+)?)\]\s*").unwrap());
    let mut rest = item.text.as_str();
    let (mut id, mut parallel, mut stories) = (None, false, Vec::new());
    loop {
        if let Some(c) = id_re.captures(rest).filter(|_| id.is_none()) {
            id = Some(c[1].to_string());
            rest = &rest[c[0].len()..];
        } else if let Some(c) = marker_re.captures(rest) {
            match &c[1] {
                "P" => parallel = true,
                s => stories.push(s.to_string()),
            }
            rest = &rest[c[0].len()..];
        } else {
            break;
        }
    }
    Task {
        index: item.index,
        id,
        parallel,
        story: stories.first().cloned(),
        stories,
        text: rest.trim().to_string(),
        checked: item.checked,
        line: item.mark.line,
        mark: item.mark,
        group,
    }
}

/// `CHK001 Text` → (`CHK001`, `Text`).
fn split_checklist_id(text: &str) -> (Option<String>, String) {
    static ID: OnceLock<Regex> = OnceLock::new();
    let re = ID.get_or_init(|| Regex::new(r"^(?:\*\*|__)?(CHK\d+)(?:\*\*|__)?:?(?:\s+|$)").unwrap());
    match re.captures(text) {
        Some(c) => (Some(c[1].to_string()), text[c[0].len()..].trim().to_string()),
        None => (None, text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::Document;

    const TASKS: &str = "\
# Tasks: Photo Albums

- [x] T000 Loose task before any phase

## Format: `[ID] [P?] [Story] Description`

- **[P]**: Can run in parallel

## Phase 1: Setup

- [x] T001 Create project structure in src/
- [ ] T002 [P] Configure linting in .eslintrc

## Phase 3: User Story 1 - Albums (Priority: P1) 🎯 MVP

### Tests for User Story 1

- [X] T010 [P] [US1] Contract test in tests/contract/test_albums.py

### Implementation for User Story 1

- [ ] T011 [US1] [P] Create Album model in src/models/album.py
  - [ ] sub-step without id
- [ ] ~~T012~~ **Deleted** — not needed
- [x] T013a [US2][US3] Shared validation
- [ ] T014 [US1-blocking] Wire settings

```
- [ ] T999 inside a code block
```

## Dependencies

Nothing here.
";

    #[test]
    fn tasks_group_into_phases_with_ids_and_markers() {
        let s = tasks_status(TASKS);
        let titles: Vec<_> = s.phases.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "",
                "Phase 1: Setup",
                "Phase 3: User Story 1 - Albums (Priority: P1) 🎯 MVP"
            ]
        );
        assert_eq!(s.progress, Progress { done: 4, total: 9 });
        assert_eq!(s.phases[0].line, 3);
        assert_eq!(s.phases[1].line, 9);
        assert_eq!(s.phases[1].level, 2);
        assert_eq!(s.phases[1].progress, Progress { done: 1, total: 2 });
        let t2 = &s.phases[1].tasks[1];
        assert_eq!(t2.id.as_deref(), Some("T002"));
        assert!(t2.parallel && t2.story.is_none());
        assert_eq!(t2.text, "Configure linting in .eslintrc");
        assert_eq!(t2.line, 12);
        assert_eq!(&TASKS[t2.mark.range()], "[ ]");

        let p3 = &s.phases[2];
        assert_eq!(p3.progress, Progress { done: 2, total: 6 });
        let t10 = &p3.tasks[0];
        assert_eq!(
            (t10.id.as_deref(), t10.parallel, t10.story.as_deref()),
            (Some("T010"), true, Some("US1"))
        );
        assert!(t10.checked);
        assert_eq!(t10.group.as_deref(), Some("Tests for User Story 1"));
        let t11 = &p3.tasks[1];
        assert_eq!(
            (t11.id.as_deref(), t11.parallel, t11.story.as_deref()),
            (Some("T011"), true, Some("US1"))
        );
        assert_eq!(t11.text, "Create Album model in src/models/album.py");
        assert_eq!(t11.group.as_deref(), Some("Implementation for User Story 1"));
        assert_eq!(
            (p3.tasks[2].id.as_deref(), p3.tasks[2].text.as_str()),
            (None, "sub-step without id")
        );
        assert_eq!(p3.tasks[3].id.as_deref(), Some("T012"));
        assert_eq!(p3.tasks[3].text, "**Deleted** — not needed");
        let t13 = &p3.tasks[4];
        assert_eq!(
            (t13.id.as_deref(), t13.story.as_deref()),
            (Some("T013a"), Some("US2"))
        );
        assert_eq!(t13.stories, ["US2", "US3"]);
        assert_eq!(t13.text, "Shared validation");
        let t14 = &p3.tasks[5];
        assert_eq!(
            (t14.story.as_deref(), t14.text.as_str()),
            (Some("US1-blocking"), "Wire settings")
        );
        let indices: Vec<_> = s
            .phases
            .iter()
            .flat_map(|p| p.tasks.iter().map(|t| t.index))
            .collect();
        assert_eq!(indices, (0..9).collect::<Vec<_>>());
    }

    #[test]
    fn empty_and_taskless_documents_have_no_phases() {
        assert_eq!(tasks_status(""), TasksStatus::default());
        assert!(tasks_status("# T\n\n## Phase 1\n\ntext\n").phases.is_empty());
    }

    #[test]
    fn checklist_items_have_ids_and_sections() {
        let text = "# Checklist\n\n## Content Quality\n\n- [x] CHK001 No implementation details\n- [ ] CHK002 Focused on value\n\n## Notes\n\n- [X] plain item\n";
        let s = checklist_status(text);
        assert_eq!(s.progress, Progress { done: 2, total: 3 });
        assert_eq!(s.items[0].id.as_deref(), Some("CHK001"));
        assert_eq!(s.items[0].text, "No implementation details");
        assert_eq!(s.items[1].line, 6);
        assert_eq!(s.items[1].section.as_deref(), Some("Content Quality"));
        assert_eq!(
            (s.items[2].id.as_deref(), s.items[2].text.as_str()),
            (None, "plain item")
        );
        assert_eq!(s.items[2].section.as_deref(), Some("Notes"));
    }

    #[test]
    fn plan_checklist_takes_every_checkbox_with_its_h2() {
        let text = "# Plan\n\n## Summary\n\n- [ ] early box\n\n## Status Checklist\n\n### Sub\n\n- [x] Summary done\n- [ ] Risks logged\n";
        let s = plan_checklist(&Plan::parse(text));
        let sections: Vec<_> = s.items.iter().map(|i| i.section.as_deref()).collect();
        assert_eq!(
            sections,
            [
                Some("Summary"),
                Some("Status Checklist"),
                Some("Status Checklist")
            ]
        );
        assert_eq!(s.progress, Progress { done: 1, total: 3 });
    }

    #[test]
    fn percent_rounds_down_and_handles_empty() {
        assert_eq!(Progress { done: 0, total: 0 }.percent(), 0);
        assert_eq!(Progress { done: 2, total: 3 }.percent(), 66);
        assert_eq!(
            Progress {
                done: 199,
                total: 200
            }
            .percent(),
            99
        );
        assert_eq!(Progress { done: 5, total: 5 }.percent(), 100);
        assert!(Progress { done: 5, total: 5 }.is_complete());
        assert!(!Progress::default().is_complete());
    }

    #[test]
    fn unreadable_reasons_in_other_languages() {
        let document = |reason: &str, code: &str, encoding: Option<&str>| Unreadable {
            rel_path: "specs/001-a/plan.md".into(),
            name: "plan.md".into(),
            kind: DocumentKind::Plan,
            code: code.into(),
            encoding: encoding.map(str::to_string),
            reason: reason.into(),
        };
        let error = CoreError::TooLarge {
            path: "plan.md".into(),
            size: 20_000_000,
            limit: 10_485_760,
        };
        let big = document(&error.reason(), "tooLarge", None);
        assert_eq!(big.reason_in(Locale::En), error.reason());
        assert_eq!(big.reason_in(Locale::Ko), error.reason_in(Locale::Ko));
        let encoded = document("not UTF-8 (looks like EUC-KR)", "invalidUtf8", Some("EUC-KR"));
        assert_eq!(
            encoded.reason_in(Locale::Ja),
            "UTF-8 ではありません（EUC-KR のようです）"
        );
        let damaged = document("not valid UTF-8 (byte 7)", "invalidUtf8", None);
        assert_eq!(damaged.reason_in(Locale::ZhHans), "不是有效的 UTF-8（第 7 字节）");
    }

    fn missing(rel: &str) -> ReadProblem {
        ReadProblem::from(CoreError::NotFound { path: rel.into() })
    }

    #[test]
    fn a_plan_that_is_not_utf8_is_unreadable_not_absent() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("specs/001-albums")).unwrap();
        for name in ["plan.md", "tasks.md"] {
            std::fs::write(dir.path().join("specs/001-albums").join(name), "x").unwrap();
        }
        let repo = crate::repo::Repository::scan(dir.path().to_path_buf()).unwrap();
        let feature = repo.features().next().unwrap();
        let read = |p: &str| match p {
            "specs/001-albums/plan.md" => Err(ReadProblem::from(CoreError::InvalidUtf8 {
                path: p.into(),
                offset: 2,
                encoding: Some("windows-1251".into()),
            })),
            _ => Ok("- [x] T001 one\n".to_string()),
        };
        let fs = feature_status(feature, read, None);
        assert!(fs.plan.is_none());
        assert_eq!(fs.tasks.as_ref().map(|t| t.progress.done), Some(1));
        let plan = fs.unreadable_plan().expect("the plan is listed as unreadable");
        assert_eq!(plan.sentence(), "plan.md is not UTF-8 (looks like windows-1251)");
        assert_eq!(
            (plan.code.as_str(), plan.encoding.as_deref()),
            ("invalidUtf8", Some("windows-1251"))
        );
        assert!(fs.unreadable_tasks().is_none());
        let json = serde_json::to_value(&fs).unwrap();
        assert_eq!(json["unreadable"][0]["relPath"], "specs/001-albums/plan.md");
    }

    fn doc(kind: DocumentKind, name: &str) -> Document {
        Document {
            kind,
            rel_path: format!("specs/001-albums/{name}"),
            name: name.to_string(),
        }
    }

    #[test]
    fn feature_status_reads_through_the_callback_and_sums() {
        let feature = Feature {
            number: "001".into(),
            slug: "albums".into(),
            dir_name: "001-albums".into(),
            numbering: crate::repo::Numbering::Sequential,
            group: None,
            rel_path: "specs/001-albums".into(),
            documents: vec![
                doc(DocumentKind::Plan, "plan.md"),
                doc(DocumentKind::Tasks, "tasks.md"),
                doc(DocumentKind::Checklist, "checklists/ux.md"),
                doc(DocumentKind::Checklist, "checklists/missing.md"),
            ],
        };
        let read = |p: &str| match p {
            "specs/001-albums/plan.md" => Ok("# P\n\n## Status Checklist\n- [x] a\n- [ ] b\n".to_string()),
            "specs/001-albums/tasks.md" => Ok(TASKS.to_string()),
            "specs/001-albums/checklists/ux.md" => Ok("- [x] CHK001 one\n".to_string()),
            _ => Err(missing(p)),
        };
        let counts = DiagnosticCounts {
            errors: 2,
            warnings: 1,
            infos: 0,
        };
        let fs = feature_status(&feature, read, Some(counts));
        assert_eq!(
            fs.plan.as_ref().map(|p| p.progress),
            Some(Progress { done: 1, total: 2 })
        );
        assert_eq!(fs.tasks.as_ref().map(|t| t.progress.total), Some(9));
        assert_eq!(fs.checklists.len(), 1);
        assert_eq!(fs.checklists[0].name, "ux");
        assert_eq!(fs.documents, 4);

        assert!(
            fs.unreadable.is_empty(),
            "a vanished checklist is absent, not unreadable"
        );
        let bare = feature_status(&feature, |p| Err(missing(p)), None);
        assert!(bare.plan.is_none() && bare.tasks.is_none() && bare.checklists.is_empty());

        let sum = RepoSummary::of(&[fs.clone(), bare, fs]);
        assert_eq!(sum.features, 3);
        assert_eq!(sum.plans, 2);
        assert_eq!(sum.tasks, Progress { done: 8, total: 18 });
        assert_eq!(sum.plan_checklists, Progress { done: 2, total: 4 });
        assert_eq!(sum.checklists, Progress { done: 2, total: 2 });
        assert_eq!((sum.errors, sum.warnings), (4, 2));
        let json = serde_json::to_value(&sum).unwrap();
        assert_eq!(json["planChecklists"]["done"], 2);
    }
}
