//! The New Feature dialog's back end: a live preview of the folder a title (or short name)
//! gives, and the creation of the feature with its plan and, when the repository has their
//! templates, `spec.md` and `tasks.md` skeletons with the same header tokens filled.
//!
//! Folder naming, numbering and the plan come from [`crate::scaffold`]; nothing existing is ever
//! replaced.

use crate::error::{CoreError, Result};
use crate::repo::Repository;
use crate::scaffold::{self, fill_template, new_feature_named, next_number, slugify, NewFeature};
use serde::{Deserialize, Serialize};
use std::fs;

/// spec-kit's feature spec template, relative to the root.
pub const SPEC_TEMPLATE: &str = ".specify/templates/spec-template.md";

/// spec-kit's task list template, relative to the root.
pub const TASKS_TEMPLATE: &str = ".specify/templates/tasks-template.md";

/// What creating a feature now would produce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FeaturePreview {
    /// `009-share-albums`: also the branch name spec-kit would use.
    pub dir_name: String,
    /// `specs/009-share-albums`.
    pub rel_path: String,
    /// The specs folder it goes into; `created` when it does not exist yet.
    pub specs_dir: String,
    /// The repository has no specs folder: `specs/` will be created.
    pub creates_specs_dir: bool,
    /// The repository has a spec template (offer to create spec.md).
    pub has_spec_template: bool,
    /// The repository has a tasks template (offer to create tasks.md).
    pub has_tasks_template: bool,
    /// An existing feature folder with the same slug (`003-share-albums`), worth a warning.
    pub same_slug: Option<String>,
}

/// What the dialog asks for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FeatureRequest {
    pub title: String,
    /// Folder name words instead of the title's (`photo albums` → `NNN-photo-albums`).
    pub short_name: Option<String>,
    /// Also create spec.md from the spec template (ignored without one).
    pub with_spec: bool,
    /// Also create tasks.md from the tasks template (ignored without one).
    pub with_tasks: bool,
}

/// What was created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CreatedFeature {
    pub feature: NewFeature,
    /// Every document created (repository-relative), the plan first.
    pub documents: Vec<String>,
}

/// The folder a feature titled `title` (slug from `short_name` when given) would get in the
/// repository's first specs folder, as the disk is now.
pub fn preview_feature(repo: &Repository, title: &str, short_name: Option<&str>) -> FeaturePreview {
    let slug = slugify(slug_source(title, short_name));
    let first = repo.specs_dirs.first();
    let number = first.map(next_number).unwrap_or_else(|| "001".to_string());
    let specs_dir = first
        .map(|d| d.rel_path.clone())
        .unwrap_or_else(|| "specs".to_string());
    let dir_name = format!("{number}-{slug}");
    let same_slug = first
        .and_then(|d| d.features.iter().find(|f| f.slug == slug))
        .map(|f| f.dir_name.clone());
    FeaturePreview {
        rel_path: format!("{specs_dir}/{dir_name}"),
        dir_name,
        creates_specs_dir: first.is_none(),
        specs_dir,
        has_spec_template: repo.abs(SPEC_TEMPLATE).is_file(),
        has_tasks_template: repo.abs(TASKS_TEMPLATE).is_file(),
        same_slug,
    }
}

/// Create the feature `request` asks for: the folder and plan.md from `plan_template_text`
/// (see [`scaffold::new_feature`]), then spec.md and tasks.md from the repository's templates
/// when asked for and present. An empty title is [`CoreError::Invalid`]; an existing folder or
/// file is [`CoreError::AlreadyExists`].
pub fn create_feature(
    repo: &Repository,
    request: &FeatureRequest,
    plan_template_text: &str,
    date: chrono::NaiveDate,
) -> Result<CreatedFeature> {
    let feature = new_feature_named(
        repo,
        None,
        &request.title,
        request.short_name.as_deref(),
        plan_template_text,
        date,
    )?;
    let mut documents = vec![feature.plan_rel_path.clone()];
    let companions = [
        (request.with_spec, SPEC_TEMPLATE, "spec.md"),
        (request.with_tasks, TASKS_TEMPLATE, "tasks.md"),
    ];
    for (wanted, template, name) in companions {
        if !wanted {
            continue;
        }
        let template_path = repo.abs(template);
        if !template_path.is_file() {
            continue;
        }
        let text = fs::read_to_string(&template_path).map_err(|e| CoreError::io(&template_path, e))?;
        let filled = fill_companion(&text, &request.title, &feature.dir_name, date);
        let rel = format!("{}/{name}", feature.rel_path);
        scaffold::write_new_file(&repo.abs(&rel), &filled)?;
        documents.push(rel);
    }
    Ok(CreatedFeature { feature, documents })
}

/// The words the slug is made of: the short name when given, else the title.
fn slug_source<'a>(title: &'a str, short_name: Option<&'a str>) -> &'a str {
    short_name.filter(|s| !s.trim().is_empty()).unwrap_or(title)
}

/// A spec or tasks template with its header tokens filled like the plan's, and spec-kit's
/// `$ARGUMENTS` (the user's description) replaced by the title.
fn fill_companion(template: &str, title: &str, dir_name: &str, date: chrono::NaiveDate) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    fill_template(template, &title, dir_name, date).replace("$ARGUMENTS", &title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    const LITE: &str = include_str!("../templates/plan-template-lite.md");
    const SPEC: &str = "# Feature Specification: [FEATURE NAME]\n\n**Feature Branch**: `[###-feature-name]`\n\n**Created**: [DATE]\n\n**Input**: User description: \"$ARGUMENTS\"\n\n## User Scenarios\n\n[Describe the primary user journey]\n";
    const TASKS: &str = "# Tasks: [FEATURE NAME]\n\n**Input**: Design documents from `/specs/[###-feature-name]/`\n\n- [ ] T001 [Describe the first task]\n";

    fn date() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
    }

    fn repo(files: &[(&str, &str)]) -> (tempfile::TempDir, Repository) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(".git")).unwrap();
        for (rel, text) in files {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        let repo = Repository::open(dir.path()).unwrap();
        (dir, repo)
    }

    #[test]
    fn preview_shows_the_next_folder_templates_and_same_slug() {
        let (_d, r) = repo(&[
            ("specs/001-photo-albums/plan.md", "# P\n"),
            ("specs/004-invites/plan.md", "# P\n"),
            (SPEC_TEMPLATE, SPEC),
        ]);
        let p = preview_feature(&r, "Photo albums", None);
        assert_eq!(p.dir_name, "005-photo-albums");
        assert_eq!(p.rel_path, "specs/005-photo-albums");
        assert_eq!(p.same_slug.as_deref(), Some("001-photo-albums"));
        assert!(!p.creates_specs_dir);
        assert!(p.has_spec_template && !p.has_tasks_template);
        let named = preview_feature(&r, "Share the family's albums", Some("family share"));
        assert_eq!(named.dir_name, "005-family-share");
        assert_eq!(named.same_slug, None);
        assert_eq!(preview_feature(&r, "x", Some("  ")).dir_name, "005-x");
    }

    #[test]
    fn preview_without_specs_folder_says_it_will_be_created() {
        let (_d, r) = repo(&[]);
        let p = preview_feature(&r, "Albums", None);
        assert_eq!(p.rel_path, "specs/001-albums");
        assert!(p.creates_specs_dir);
    }

    #[test]
    fn creates_plan_spec_and_tasks_with_filled_headers() {
        let (_d, r) = repo(&[
            ("specs/002-old/plan.md", "# P\n"),
            (SPEC_TEMPLATE, SPEC),
            (TASKS_TEMPLATE, TASKS),
        ]);
        let request = FeatureRequest {
            title: "Share albums".into(),
            short_name: Some("album sharing".into()),
            with_spec: true,
            with_tasks: true,
        };
        let created = create_feature(&r, &request, LITE, date()).unwrap();
        assert_eq!(created.feature.dir_name, "003-album-sharing");
        assert_eq!(
            created.documents,
            [
                "specs/003-album-sharing/plan.md",
                "specs/003-album-sharing/spec.md",
                "specs/003-album-sharing/tasks.md"
            ]
        );
        let plan = fs::read_to_string(r.abs(&created.documents[0])).unwrap();
        assert_eq!(
            Plan::parse(&plan).header_field("Branch").unwrap().value,
            "003-album-sharing"
        );
        let spec = fs::read_to_string(r.abs(&created.documents[1])).unwrap();
        assert!(
            spec.starts_with("# Feature Specification: Share albums\n"),
            "{spec}"
        );
        assert!(spec.contains("`003-album-sharing`") && spec.contains("**Created**: 2026-03-09"));
        assert!(spec.contains("User description: \"Share albums\""));
        assert!(
            spec.contains("[Describe the primary user journey]"),
            "body left for the author"
        );
        let tasks = fs::read_to_string(r.abs(&created.documents[2])).unwrap();
        assert!(tasks.contains("`/specs/003-album-sharing/`"));

        // Not asked for, or no template: only the plan.
        let (_d2, bare) = repo(&[("specs/001-a/plan.md", "# P\n")]);
        let only_plan = create_feature(
            &bare,
            &FeatureRequest {
                title: "B".into(),
                short_name: None,
                with_spec: true,
                with_tasks: false,
            },
            LITE,
            date(),
        )
        .unwrap();
        assert_eq!(only_plan.documents, ["specs/002-b/plan.md"]);
        assert!(!bare.abs("specs/002-b/spec.md").exists());
    }

    #[test]
    fn empty_title_is_refused_and_nothing_is_created() {
        let (d, r) = repo(&[]);
        let request = FeatureRequest {
            title: "  ".into(),
            short_name: Some("x".into()),
            with_spec: false,
            with_tasks: false,
        };
        assert!(matches!(
            create_feature(&r, &request, LITE, date()),
            Err(e) if e.kind() == "invalid"
        ));
        assert!(!d.path().join("specs").exists());
    }
}
