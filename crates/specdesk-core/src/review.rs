//! The review dashboard: every feature of a repository in one row — validation, the plan's
//! checkboxes, task progress per phase, checklists, requirement coverage, last change and the
//! feature's [`Stage`] — computed in one pass over the repository (on all cores), plus the
//! compare-and-swap toggle of one checkbox from that dashboard.
//!
//! The counts are the ones [`crate::check::repository_status`] gives the CLI (the same
//! [`status::feature_status`] over the same texts, the same validator), so the app's dashboard,
//! `specdesk-cli status` and the reports of [`crate::report`] never disagree. Each document is
//! read once; the plan's hash is kept so a toggle can refuse to write over a change made since
//! the dashboard was computed.

use crate::check::plan_context;
use crate::coverage::{self, CoverageState, FeatureTexts, IdStyle};
use crate::diagnostic::DiagnosticCounts;
use crate::edit;
use crate::error::{CoreError, Result};
use crate::repo::{DocumentKind, Feature, Repository};
use crate::status::{
    self, ChecklistStatus, FeatureStatus, NamedChecklist, Progress, ReadProblem, RepoSummary, Unreadable,
};
use crate::store::{Expected, Store, TextFile, WriteOutcome};
use crate::template::{Template, TemplateSource};
use crate::validate::{self, Rule};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// How far along a feature is, judged from its documents alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    /// No plan yet (a spec, or nothing at all).
    Specified,
    /// A plan, but no `tasks.md`.
    Planned,
    /// `tasks.md` written, no task ticked yet.
    TasksWritten,
    /// Some tasks ticked, or all of them with checklist items still open.
    InProgress,
    /// Every task and every checklist item (the plan's and `checklists/*.md`) ticked.
    Done,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 5] = [
        Stage::Specified,
        Stage::Planned,
        Stage::TasksWritten,
        Stage::InProgress,
        Stage::Done,
    ];

    /// The column heading of the stage.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Specified => "Spec only",
            Stage::Planned => "Planned",
            Stage::TasksWritten => "Tasks written",
            Stage::InProgress => "In progress",
            Stage::Done => "Done",
        }
    }

    /// The stage of a feature with this status.
    ///
    /// A plan that could not be read still counts as a plan (the feature has one). Done needs at
    /// least one task: a `tasks.md` without tasks is only "tasks written".
    pub fn of(status: &FeatureStatus, has_plan: bool) -> Stage {
        let Some(tasks) = &status.tasks else {
            return if has_plan || status.plan.is_some() {
                Stage::Planned
            } else {
                Stage::Specified
            };
        };
        let tasks = tasks.progress;
        if tasks.done == 0 {
            return Stage::TasksWritten;
        }
        let checklists_done = all_done(checklist_items(status));
        if tasks.is_complete() && checklists_done {
            Stage::Done
        } else {
            Stage::InProgress
        }
    }
}

/// Every item of the plan's checkboxes and of the checklist files, summed.
fn checklist_items(status: &FeatureStatus) -> Progress {
    let plan = status.plan.as_ref().map(|p| p.progress).unwrap_or_default();
    let files: Progress = status.checklists.iter().map(|c| c.progress).sum();
    [plan, files].into_iter().sum()
}

/// True when nothing is left open (also when there is nothing at all).
fn all_done(p: Progress) -> bool {
    p.done >= p.total
}

/// The validation state of a feature's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Validation {
    /// The feature has no `plan.md`.
    NoPlan,
    /// The plan could not be read (binary, too large, not UTF-8, …).
    Unreadable,
    Clean,
    Warnings,
    Errors,
}

impl Validation {
    /// The state of a plan with these counts (`None`: it could not be read).
    pub fn of(counts: Option<DiagnosticCounts>) -> Validation {
        match counts {
            None => Validation::Unreadable,
            Some(c) if c.errors > 0 => Validation::Errors,
            Some(c) if c.warnings > 0 => Validation::Warnings,
            Some(_) => Validation::Clean,
        }
    }

    /// True for errors and unreadable plans.
    pub fn is_failing(self) -> bool {
        matches!(self, Validation::Errors | Validation::Unreadable)
    }
}

/// A phase of `tasks.md` and its progress (without the tasks: the dashboard draws a bar).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PhaseProgress {
    /// `Phase 1: Setup`; empty for tasks above every phase heading.
    pub title: String,
    /// 1-based line of the heading in `tasks.md`.
    pub line: u32,
    pub progress: Progress,
}

/// Requirement coverage of a feature, as counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CoverageSummary {
    pub state: CoverageState,
    /// Requirements at least one task covers.
    pub covered: usize,
    /// Requirements `spec.md` defines.
    pub requirements: usize,
}

/// One feature's row of the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FeatureReview {
    /// The feature folder, repository-relative.
    pub rel_path: String,
    pub dir_name: String,
    pub number: String,
    pub slug: String,
    /// The plan's feature name (its title after `Implementation Plan:`), else the slug in words.
    pub title: String,
    pub stage: Stage,
    pub validation: Validation,
    /// The plan's validation counts (zero for an unreadable plan, as in
    /// [`crate::check::repository_status`]); `None` without a plan.
    pub diagnostics: Option<DiagnosticCounts>,
    /// Unfilled template placeholders the validator found in the plan.
    pub placeholders: usize,
    /// `plan.md`, repository-relative, when the feature has one.
    pub plan_path: Option<String>,
    /// Hash of the plan's bytes as read: the base of a checkbox toggle.
    pub plan_hash: Option<String>,
    /// The plan's checkboxes (each with its task index and line), when the plan was readable.
    pub plan_checklist: Option<ChecklistStatus>,
    /// `tasks.md`, repository-relative, when the feature has one.
    pub tasks_path: Option<String>,
    /// Task progress of `tasks.md`, when it was readable.
    pub tasks: Option<Progress>,
    pub phases: Vec<PhaseProgress>,
    /// Readable checklist files.
    pub checklists: Vec<NamedChecklist>,
    /// The checklist files' items, summed.
    pub checklist_progress: Progress,
    pub coverage: CoverageSummary,
    /// Tasks, plan checkboxes and checklist items together.
    pub overall: Progress,
    /// Newest modification time of the feature's documents, in milliseconds since the epoch.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub modified_ms: Option<u64>,
    /// Number of documents in the feature folder.
    pub documents: usize,
    /// Documents that are there but could not be read, and why (a plan in windows-1251:
    /// "plan.md is not UTF-8 (looks like windows-1251)").
    pub unreadable: Vec<Unreadable>,
}

/// How many features are in each stage, in pipeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StageCount {
    pub stage: Stage,
    pub features: usize,
}

/// The whole repository's review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RepoReview {
    /// The repository root's folder name.
    pub name: String,
    pub template: TemplateSource,
    pub features: Vec<FeatureReview>,
    /// The same totals as `specdesk-cli status`.
    pub summary: RepoSummary,
    pub stages: Vec<StageCount>,
    /// Requirements covered by a task, over the features whose tasks cite requirement ids.
    pub coverage: Progress,
    /// Features whose plan has errors or could not be read.
    pub failing: usize,
    /// Unfilled placeholders over all plans.
    pub placeholders: usize,
}

/// Review every feature of `repo`, validating plans against `template`. Features are read on
/// all cores; the result keeps the repository's order.
pub fn repository_review(repo: &Repository, store: &Store, template: &Template) -> RepoReview {
    let style = IdStyle::for_repo(repo);
    let features: Vec<&Feature> = repo.features().collect();
    let features: Vec<(FeatureReview, FeatureStatus)> = features
        .par_iter()
        .map(|feature| feature_review(repo, store, template, &style, feature))
        .collect();
    let summary = RepoSummary::of(&features.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>());
    let features: Vec<FeatureReview> = features.into_iter().map(|(r, _)| r).collect();
    let stages = Stage::ALL
        .iter()
        .map(|&stage| StageCount {
            stage,
            features: features.iter().filter(|f| f.stage == stage).count(),
        })
        .collect();
    let coverage = features
        .iter()
        .filter(|f| f.coverage.state == CoverageState::Traced)
        .map(|f| Progress {
            done: f.coverage.covered,
            total: f.coverage.requirements,
        })
        .sum();
    RepoReview {
        name: repo
            .root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        template: template.source.clone(),
        failing: features.iter().filter(|f| f.validation.is_failing()).count(),
        placeholders: features.iter().map(|f| f.placeholders).sum(),
        summary,
        stages,
        coverage,
        features,
    }
}

/// The documents of `feature` the review reads, each read once (with why, when it could not be).
fn read_documents(store: &Store, feature: &Feature) -> Documents {
    feature
        .documents
        .iter()
        .filter(|d| is_reviewed(d.kind))
        .map(|d| {
            let read = store.read(Path::new(&d.rel_path)).map_err(ReadProblem::from);
            (d.rel_path.clone(), read)
        })
        .collect()
}

/// A feature's documents as read, by repository-relative path: the text, or why it could not be
/// read.
pub type Documents = HashMap<String, std::result::Result<TextFile, ReadProblem>>;

/// Whether the review reads documents of this kind (the others are only counted).
pub fn is_reviewed(kind: DocumentKind) -> bool {
    matches!(
        kind,
        DocumentKind::Plan | DocumentKind::Tasks | DocumentKind::Spec | DocumentKind::Checklist
    )
}

/// One feature's row, and the status it was made from (for the repository summary).
fn feature_review(
    repo: &Repository,
    store: &Store,
    template: &Template,
    style: &IdStyle,
    feature: &Feature,
) -> (FeatureReview, FeatureStatus) {
    let files = read_documents(store, feature);
    review_documents(
        template,
        style,
        &plan_context(repo, feature),
        feature,
        &files,
        newest_modification(repo, feature),
    )
}

/// One feature's row computed from its documents as read (`files`, see [`is_reviewed`]), the
/// plan validated against `template` in `context`; `modified_ms` is when it last changed. The
/// status it was made from comes along (for a summary). Reads nothing itself: the documents may
/// come from disk or from a git commit.
pub fn review_documents(
    template: &Template,
    style: &IdStyle,
    context: &validate::PlanContext,
    feature: &Feature,
    files: &Documents,
    modified_ms: Option<u64>,
) -> (FeatureReview, FeatureStatus) {
    let read = |rel: &str| match files.get(rel) {
        Some(Ok(file)) => Ok(file.text.clone()),
        Some(Err(problem)) => Err(problem.clone()),
        None => Err(ReadProblem::from(CoreError::NotFound { path: rel.into() })),
    };
    let text = |rel: &str| {
        files
            .get(rel)
            .and_then(|f| f.as_ref().ok())
            .map(|f| f.text.clone())
    };
    let plan_doc = feature.document(DocumentKind::Plan);
    let plan_file = plan_doc.and_then(|d| files.get(&d.rel_path)?.as_ref().ok());
    let diagnostics =
        plan_file.map(|file| validate::validate_plan(&file.text, template.for_plan(&file.text), context));
    let counts = plan_doc.map(|_| {
        diagnostics
            .as_deref()
            .map(DiagnosticCounts::of)
            .unwrap_or_default()
    });
    let status = status::feature_status(feature, read, counts);
    let placeholders = diagnostics
        .iter()
        .flatten()
        .filter(|d| d.code == Rule::UnfilledPlaceholder.code())
        .count();
    let coverage = coverage::feature_coverage(feature, &FeatureTexts::read(feature, text), style);
    let plan_progress = status.plan.as_ref().map(|p| p.progress).unwrap_or_default();
    let checklist_progress: Progress = status.checklists.iter().map(|c| c.progress).sum();
    let tasks = status.tasks.as_ref().map(|t| t.progress);
    let review = FeatureReview {
        rel_path: feature.rel_path.clone(),
        dir_name: feature.dir_name.clone(),
        number: feature.number.clone(),
        slug: feature.slug.clone(),
        title: title_of(feature, plan_file.map(|f| f.text.as_str())),
        stage: Stage::of(&status, plan_doc.is_some()),
        validation: match plan_doc {
            None => Validation::NoPlan,
            Some(_) => Validation::of(diagnostics.as_deref().map(DiagnosticCounts::of)),
        },
        diagnostics: status.diagnostics,
        placeholders,
        plan_path: plan_doc.map(|d| d.rel_path.clone()),
        plan_hash: plan_file.map(|f| f.hash.clone()),
        plan_checklist: status.plan.clone(),
        tasks_path: feature.document(DocumentKind::Tasks).map(|d| d.rel_path.clone()),
        tasks,
        phases: status
            .tasks
            .iter()
            .flat_map(|t| t.phases.iter())
            .map(|p| PhaseProgress {
                title: p.title.clone(),
                line: p.line,
                progress: p.progress,
            })
            .collect(),
        checklists: status.checklists.clone(),
        checklist_progress,
        coverage: CoverageSummary {
            state: coverage.state,
            covered: coverage.counts.covered,
            requirements: coverage.counts.requirements,
        },
        overall: [tasks.unwrap_or_default(), plan_progress, checklist_progress]
            .into_iter()
            .sum(),
        modified_ms,
        documents: feature.documents.len(),
        unreadable: status.unreadable.clone(),
    };
    (review, status)
}

/// The plan's feature name, else the slug in words (`photo-albums` → `Photo albums`).
fn title_of(feature: &Feature, plan_text: Option<&str>) -> String {
    let from_plan = plan_text
        .and_then(|t| crate::plan::Plan::parse(t).feature_name)
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    from_plan.unwrap_or_else(|| slug_words(&feature.slug))
}

/// `photo-albums` → `Photo albums`.
pub fn slug_words(slug: &str) -> String {
    let words: Vec<&str> = slug.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    let text = words.join(" ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => slug.to_string(),
    }
}

/// The newest modification time of `feature`'s documents (ms since the epoch), if any is known.
fn newest_modification(repo: &Repository, feature: &Feature) -> Option<u64> {
    feature
        .documents
        .iter()
        .filter_map(|d| std::fs::metadata(repo.abs(&d.rel_path)).ok()?.modified().ok())
        .filter_map(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as u64)
        .max()
}

/// Set checkbox `index` (document order, see [`crate::markdown::task_items`]) of `rel_path` to
/// `checked` — but only if the file still has the hash `expected_hash` the caller showed it
/// with; otherwise [`CoreError::Conflict`] with what is on disk now, and nothing is written.
/// Exactly one byte changes (or none, when the box already is as wanted); the write is the
/// store's atomic compare-and-swap.
pub fn set_checkbox(
    store: &Store,
    rel_path: &str,
    index: usize,
    checked: bool,
    expected_hash: &str,
) -> Result<WriteOutcome> {
    let path = Path::new(rel_path);
    let file = store.read(path)?;
    if file.hash != expected_hash {
        return Err(CoreError::Conflict {
            path: store.resolve(path)?,
            disk_text: Some(file.text),
            disk_hash: Some(file.hash),
        });
    }
    let change = edit::set_task(&file.text, index, checked)?;
    let text = edit::apply_edits(&file.text, &[change])?;
    store.write(path, &text, Expected::Hash(file.hash))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::Document;
    use crate::status::{ChecklistItem, TasksStatus};
    use std::fs;

    fn status(plan: Option<Progress>, tasks: Option<Progress>, checklists: &[Progress]) -> FeatureStatus {
        FeatureStatus {
            rel_path: "specs/001-a".into(),
            dir_name: "001-a".into(),
            number: "001".into(),
            slug: "a".into(),
            plan: plan.map(|progress| ChecklistStatus {
                items: Vec::new(),
                progress,
            }),
            tasks: tasks.map(|progress| TasksStatus {
                phases: Vec::new(),
                progress,
            }),
            checklists: checklists
                .iter()
                .map(|&progress| NamedChecklist {
                    rel_path: "specs/001-a/checklists/x.md".into(),
                    name: "x".into(),
                    progress,
                })
                .collect(),
            diagnostics: None,
            documents: 1,
            unreadable: Vec::new(),
        }
    }

    fn p(done: usize, total: usize) -> Progress {
        Progress { done, total }
    }

    #[test]
    fn stages_follow_the_documents() {
        assert_eq!(Stage::of(&status(None, None, &[]), false), Stage::Specified);
        assert_eq!(Stage::of(&status(None, None, &[]), true), Stage::Planned);
        assert_eq!(Stage::of(&status(Some(p(5, 5)), None, &[]), true), Stage::Planned);
        assert_eq!(
            Stage::of(&status(Some(p(0, 5)), Some(p(0, 0)), &[]), true),
            Stage::TasksWritten
        );
        assert_eq!(
            Stage::of(&status(Some(p(5, 5)), Some(p(0, 9)), &[p(3, 3)]), true),
            Stage::TasksWritten
        );
        assert_eq!(
            Stage::of(&status(Some(p(0, 5)), Some(p(1, 9)), &[]), true),
            Stage::InProgress
        );
        // Every task ticked, but a plan checkbox or a checklist item is still open.
        assert_eq!(
            Stage::of(&status(Some(p(4, 5)), Some(p(9, 9)), &[]), true),
            Stage::InProgress
        );
        assert_eq!(
            Stage::of(&status(Some(p(5, 5)), Some(p(9, 9)), &[p(2, 3)]), true),
            Stage::InProgress
        );
        assert_eq!(
            Stage::of(&status(Some(p(5, 5)), Some(p(9, 9)), &[p(3, 3)]), true),
            Stage::Done
        );
        // Tasks without a plan still move the feature along.
        assert_eq!(Stage::of(&status(None, Some(p(2, 2)), &[]), false), Stage::Done);
        assert!(Stage::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn validation_states() {
        let counts = |errors, warnings| DiagnosticCounts {
            errors,
            warnings,
            infos: 3,
        };
        assert_eq!(Validation::of(None), Validation::Unreadable);
        assert_eq!(Validation::of(Some(counts(0, 0))), Validation::Clean);
        assert_eq!(Validation::of(Some(counts(0, 2))), Validation::Warnings);
        assert_eq!(Validation::of(Some(counts(1, 2))), Validation::Errors);
        assert!(Validation::Unreadable.is_failing() && !Validation::Warnings.is_failing());
    }

    #[test]
    fn slugs_become_words() {
        assert_eq!(slug_words("photo-albums"), "Photo albums");
        assert_eq!(slug_words("élan_vital"), "Élan vital");
        assert_eq!(slug_words(""), "");
    }

    fn demo_copy() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo"),
            dir.path(),
        );
        dir
    }

    fn copy_dir(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), target).unwrap();
            }
        }
    }

    fn review_of(root: &Path) -> (RepoReview, crate::check::RepoStatus) {
        let repo = Repository::open(root).unwrap();
        let store = Store::new(&repo.root).unwrap();
        let template = Template::for_repo(&repo).unwrap();
        (
            repository_review(&repo, &store, &template),
            crate::check::repository_status(&repo, &store, &template),
        )
    }

    #[test]
    fn the_demo_repository_review_agrees_with_the_status() {
        let dir = demo_copy();
        let (review, status) = review_of(dir.path());
        assert_eq!(review.summary, status.summary);
        assert_eq!(review.features.len(), 8);
        for (row, st) in review.features.iter().zip(&status.features) {
            assert_eq!(row.rel_path, st.rel_path);
            assert_eq!(row.diagnostics, st.diagnostics, "{}", row.dir_name);
            assert_eq!(row.plan_checklist, st.plan, "{}", row.dir_name);
            assert_eq!(row.tasks, st.tasks.as_ref().map(|t| t.progress));
            assert_eq!(row.checklists, st.checklists);
            assert!(row.modified_ms.is_some_and(|ms| ms > 1_600_000_000_000));
        }
        let by_dir = |d: &str| review.features.iter().find(|f| f.dir_name == d).unwrap();
        let albums = by_dir("001-photo-albums");
        assert_eq!(albums.validation, Validation::Clean);
        assert_eq!(albums.plan_checklist.as_ref().map(|c| c.progress), Some(p(5, 5)));
        assert!(albums.coverage.requirements > 0);
        assert!(albums.plan_hash.is_some() && !albums.phases.is_empty());
        assert_eq!(by_dir("004-memories-digest").placeholders, 3);
        assert_eq!(by_dir("004-memories-digest").validation, Validation::Warnings);
        assert_eq!(by_dir("003-face-grouping").validation, Validation::Errors);
        assert_eq!(by_dir("001-photo-albums").placeholders, 0);
        let orders = by_dir("007-print-orders");
        assert_eq!(
            (orders.validation, orders.stage),
            (Validation::NoPlan, Stage::Specified)
        );
        assert_eq!(by_dir("004-memories-digest").stage, Stage::Planned);
        assert_eq!(review.stages.iter().map(|s| s.features).sum::<usize>(), 8);
        assert_eq!(
            review.failing,
            review
                .features
                .iter()
                .filter(|f| f.validation.is_failing())
                .count()
        );
        assert_eq!(review.failing, 2);
    }

    #[test]
    fn set_checkbox_changes_one_byte_and_refuses_a_stale_hash() {
        let dir = demo_copy();
        // CRLF line endings on disk: the byte offsets must still be right.
        let rel = "specs/002-family-invites/plan.md";
        let (review, _) = review_of(dir.path());
        let row = review
            .features
            .iter()
            .find(|f| f.dir_name == "002-family-invites")
            .unwrap();
        let item: &ChecklistItem = row
            .plan_checklist
            .as_ref()
            .and_then(|c| c.items.iter().find(|i| !i.checked))
            .unwrap();
        let hash = row.plan_hash.clone().unwrap();
        let before = fs::read(dir.path().join(rel)).unwrap();
        let store = Store::new(dir.path()).unwrap();

        let wrong = set_checkbox(&store, rel, item.index, true, "not-the-hash");
        assert!(matches!(wrong, Err(CoreError::Conflict { disk_hash: Some(ref h), .. }) if *h == hash));
        assert_eq!(fs::read(dir.path().join(rel)).unwrap(), before);

        let written = set_checkbox(&store, rel, item.index, true, &hash).unwrap();
        let after = fs::read(dir.path().join(rel)).unwrap();
        assert_eq!(after.len(), before.len());
        let differing: Vec<usize> = (0..before.len()).filter(|&i| before[i] != after[i]).collect();
        assert_eq!(differing.len(), 1);
        assert_eq!((before[differing[0]], after[differing[0]]), (b' ', b'x'));
        assert_eq!(written.hash, crate::store::content_hash(&after));

        // The old hash is stale now: a second toggle shown from the old state is refused.
        assert!(matches!(
            set_checkbox(&store, rel, item.index, false, &hash),
            Err(CoreError::Conflict { .. })
        ));
        set_checkbox(&store, rel, item.index, false, &written.hash).unwrap();
        assert_eq!(fs::read(dir.path().join(rel)).unwrap(), before);
    }

    #[test]
    fn set_checkbox_rejects_a_missing_item() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.md"), "- [ ] one\n").unwrap();
        let store = Store::new(dir.path()).unwrap();
        let hash = store.read(Path::new("a.md")).unwrap().hash;
        assert!(matches!(
            set_checkbox(&store, "a.md", 3, true, &hash),
            Err(CoreError::Invalid { .. })
        ));
    }

    #[test]
    fn a_plan_title_names_the_feature() {
        let feature = Feature {
            number: "001".into(),
            slug: "photo-albums".into(),
            dir_name: "001-photo-albums".into(),
            numbering: crate::repo::Numbering::Sequential,
            group: None,
            rel_path: "specs/001-photo-albums".into(),
            documents: vec![Document {
                kind: DocumentKind::Plan,
                rel_path: "specs/001-photo-albums/plan.md".into(),
                name: "plan.md".into(),
            }],
        };
        assert_eq!(
            title_of(&feature, Some("# Implementation Plan: Albums `<b>` & more\n")),
            "Albums <b> & more"
        );
        assert_eq!(title_of(&feature, Some("no title\n")), "Photo albums");
        assert_eq!(title_of(&feature, None), "Photo albums");
    }
}
