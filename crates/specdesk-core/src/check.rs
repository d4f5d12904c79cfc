//! Whole-repository checking: validate every plan and gather every feature's status, reading
//! through the [`Store`] so limits, confinement and clear errors apply.
//!
//! This is what `specdesk-cli check`/`status` print and what the app's sidebar shows; both
//! call it so they can never disagree.

use crate::config::Config;
use crate::diagnostic::{Diagnostic, DiagnosticCounts};
use crate::error::CoreError;
use crate::git;
use crate::repo::{DocumentKind, Feature, Repository};
use crate::status::{self, FeatureStatus, ReadProblem, RepoSummary};
use crate::store::Store;
use crate::template::{Template, TemplateSource};
use crate::validate::{self, PlanContext};
use rayon::prelude::*;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// The outcome of validating one plan.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanCheck {
    /// Repository-relative path of the plan.
    pub rel_path: String,
    /// The feature folder name (`001-photo-albums`).
    pub feature: String,
    pub diagnostics: Vec<Diagnostic>,
    pub counts: DiagnosticCounts,
    /// The template the plan was checked against: the repository's, or in a repository
    /// without one, the built-in template the plan follows. `None` when it could not be read.
    pub template: Option<TemplateSource>,
    /// Set when the plan could not be read (binary, too large, not UTF-8: then it names the
    /// encoding the plan looks like); then there are no diagnostics.
    pub error: Option<CoreError>,
    /// The text that was validated, for rendering snippets: empty when there are no
    /// diagnostics. Not serialized.
    #[serde(skip)]
    pub text: String,
}

/// The outcome of validating every plan of a repository.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepoCheck {
    pub template: TemplateSource,
    /// The configuration the plans were checked with (`specdesk.toml`, or the defaults).
    pub config: Config,
    pub plans: Vec<PlanCheck>,
    pub counts: DiagnosticCounts,
    /// Plans that could not be read.
    pub unreadable: usize,
}

impl RepoCheck {
    /// The check made of `plans`, validated against `template` with `config`, with their totals.
    pub fn of(template: &Template, config: &Config, plans: Vec<PlanCheck>) -> RepoCheck {
        let mut counts = DiagnosticCounts::default();
        for p in &plans {
            counts.errors += p.counts.errors;
            counts.warnings += p.counts.warnings;
            counts.infos += p.counts.infos;
        }
        RepoCheck {
            template: template.source.clone(),
            config: config.clone(),
            unreadable: plans.iter().filter(|p| p.error.is_some()).count(),
            plans,
            counts,
        }
    }

    /// True when there is at least one error diagnostic or an unreadable plan.
    pub fn has_errors(&self) -> bool {
        self.counts.errors > 0 || self.unreadable > 0
    }
}

/// The validation context of a plan in `feature` (without git information), with the rule
/// levels of the repository's configuration.
pub fn plan_context(repo: &Repository, feature: &Feature) -> PlanContext {
    PlanContext {
        feature_dir_name: Some(feature.dir_name.clone()),
        plan_dir: Some(repo.abs(&feature.rel_path)),
        local_branches: None,
        rules: repo.config.rule_levels(),
    }
}

/// Validate the plan at repository-relative `rel_path` of `feature` (with the repository's
/// local git branches, when it has git).
pub fn check_plan(
    repo: &Repository,
    store: &Store,
    template: &Template,
    feature: &Feature,
    rel_path: &str,
) -> PlanCheck {
    let branches = git::local_branches(&repo.root);
    check_plan_with(repo, store, template, feature, rel_path, &branches)
}

/// [`check_plan`] with the local branches already read (once per repository).
fn check_plan_with(
    repo: &Repository,
    store: &Store,
    template: &Template,
    feature: &Feature,
    rel_path: &str,
    branches: &Option<Arc<[String]>>,
) -> PlanCheck {
    // Read only (no hash: `check` never writes the plan back).
    let read = store.read_text(Path::new(rel_path));
    let (text, diagnostics, error, used) = match read {
        Ok(plan_text) => {
            let ctx = plan_context(repo, feature).with_local_branches(branches.clone());
            let used = template.for_plan(&plan_text);
            let diags = validate::validate_plan(&plan_text, used, &ctx);
            // The text serves only the diagnostics' snippets: a clean plan lets it go now, so a
            // repository's worth of plans is never held at once.
            let text = if diags.is_empty() {
                String::new()
            } else {
                plan_text
            };
            (text, diags, None, Some(used.source.clone()))
        }
        Err(e) => (String::new(), Vec::new(), Some(e), None),
    };
    PlanCheck {
        rel_path: rel_path.to_string(),
        feature: feature.dir_name.clone(),
        template: used,
        counts: DiagnosticCounts::of(&diagnostics),
        diagnostics,
        error,
        text,
    }
}

/// Validate every plan of `repo` against `template`, on all cores (plans are independent;
/// the result keeps the repository's feature order).
pub fn check_repository(repo: &Repository, store: &Store, template: &Template) -> RepoCheck {
    let to_check: Vec<(&Feature, &str)> = repo
        .features()
        .filter_map(|feature| {
            let doc = feature.document(DocumentKind::Plan)?;
            Some((feature, doc.rel_path.as_str()))
        })
        .collect();
    let branches = git::local_branches(&repo.root);
    let plans: Vec<PlanCheck> = to_check
        .par_iter()
        .map(|(feature, rel_path)| check_plan_with(repo, store, template, feature, rel_path, &branches))
        .collect();
    RepoCheck::of(template, &repo.config, plans)
}

/// Every feature's status (with its plan's validation counts) and the repository summary.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepoStatus {
    pub features: Vec<FeatureStatus>,
    pub summary: RepoSummary,
}

/// Status of every feature of `repo`; plans are validated against `template` for the counts.
/// Features are read on all cores; the result keeps the repository's order.
pub fn repository_status(repo: &Repository, store: &Store, template: &Template) -> RepoStatus {
    let features: Vec<&Feature> = repo.features().collect();
    let branches = git::local_branches(&repo.root);
    let features: Vec<FeatureStatus> = features
        .par_iter()
        .map(|feature| {
            let counts = feature
                .document(DocumentKind::Plan)
                .map(|doc| check_plan_with(repo, store, template, feature, &doc.rel_path, &branches).counts);
            let read = |rel: &str| {
                store
                    .read(Path::new(rel))
                    .map(|f| f.text)
                    .map_err(ReadProblem::from)
            };
            status::feature_status(feature, read, counts)
        })
        .collect();
    let summary = RepoSummary::of(&features);
    RepoStatus { features, summary }
}
