//! Discovery in the real app: features in every specs root (`specs/`, `.specify/specs/`,
//! `docs/specs/`), unnumbered `SPEC-…` folders, grouping folders and nested features are
//! listed, and a specs root created while the app runs appears live.

use crate::harness::{ensure, run, step, wait_for_editor, write_file, App, Check};
use std::fs;
use std::time::{Duration, Instant};

/// The sidebar's specs-root headings and feature labels (accessible names), in order.
async fn sidebar(app: &App) -> Check<(Vec<String>, Vec<String>)> {
    let value = app
        .execute(
            "const texts = (css) => Array.from(document.querySelectorAll(css)).map(e => e.textContent.trim());
             const labels = Array.from(document.querySelectorAll('[data-testid=feature-item]'))
               .map(e => e.getAttribute('aria-label'));
             return [texts('[data-testid=specs-root-heading]'), labels];",
        )
        .await?;
    // Labels end with the validation badge once statuses arrive (", 8 errors"): cut after the
    // document count, which is what discovery decides.
    let cut = |label: &str| -> String {
        match label.find(" document") {
            Some(at) => {
                let end = label[at..].find(',').map_or(label.len(), |i| at + i);
                label[..end].to_string()
            }
            None => label.to_string(),
        }
    };
    let list = |i: usize| -> Vec<String> {
        value[i]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(|s| if i == 1 { cut(s) } else { s.to_string() }))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok((list(0), list(1)))
}

async fn wait_for_sidebar(
    app: &App,
    what: &str,
    done: impl Fn(&[String], &[String]) -> bool,
) -> Check<(Vec<String>, Vec<String>)> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (headings, labels) = sidebar(app).await?;
        if done(&headings, &labels) {
            return Ok((headings, labels));
        }
        if Instant::now() > deadline {
            return Err(format!(
                "{what}: sidebar shows headings {headings:?}, features {labels:?}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn lists_every_specs_root_and_follows_a_new_one_live() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path().to_path_buf();
    fs::create_dir_all(root.join(".git")).unwrap();
    for (rel, text) in [
        ("specs/001-photo-albums/plan.md", "# Plan: Photo albums\n"),
        ("specs/quick/003-fix-hash-unify/tasks.md", "- [ ] T001 Fix\n"),
        ("specs/SPEC-e9854a10/README.md", "A group.\n"),
        ("specs/SPEC-e9854a10/SPEC-4f7a596b/plan.md", "# Plan: Nested\n"),
        (".specify/specs/001-hooks-install/plan.md", "# Plan: Hooks\n"),
        (
            "docs/specs/SPEC-0b6b106c/plan.md",
            "# 実装計画: Unnumbered plan\n",
        ),
        ("services/api/README.md", "A package without specs yet.\n"),
    ] {
        write_file(&root, rel, text).unwrap();
    }
    let path = root.to_str().unwrap().to_string();
    run(
        "lists_every_specs_root_and_follows_a_new_one_live",
        &[&path],
        |app| {
            Box::pin(async move {
                let (headings, labels) =
                    wait_for_sidebar(app, "the first scan", |_, labels| labels.len() == 5).await?;
                ensure(headings == ["specs", ".specify/specs", "docs/specs"], || {
                    format!("specs roots shown: {headings:?}")
                })?;
                let expected = [
                    "Feature 001, Photo albums, 1 document",
                    "Feature 003, Fix hash unify, in quick, 1 document",
                    "Feature SPEC-4f7a596b, in SPEC-e9854a10, 1 document",
                    "Feature 001, Hooks install, 1 document",
                    "Feature SPEC-0b6b106c, 1 document",
                ];
                ensure(labels == expected, || format!("features shown: {labels:?}"))?;

                // The unnumbered feature's plan opens like any plan.
                app.click("[data-testid=feature-item]", 4).await?;
                wait_for_editor(app, "the unnumbered plan", |t| t.contains("Unnumbered plan")).await?;

                // A specs root created in a folder that existed before (not the top level).
                step(
                    "create services/api/specs/20260115-143000-live-root/spec.md",
                    write_file(
                        &root,
                        "services/api/specs/20260115-143000-live-root/spec.md",
                        "# Spec\n",
                    ),
                )?;
                let (headings, labels) =
                    wait_for_sidebar(app, "the new specs root", |_, labels| labels.len() == 6).await?;
                ensure(
                    headings == ["specs", ".specify/specs", "docs/specs", "services/api/specs"],
                    || format!("specs roots after the new one: {headings:?}"),
                )?;
                ensure(
                    labels.last().map(String::as_str)
                        == Some("Feature 20260115-143000, Live root, 1 document"),
                    || format!("features after the new root: {labels:?}"),
                )?;

                // A folder becoming a feature by getting its first document, in a grouping folder.
                step(
                    "write specs/quick/SPEC-new/plan.md",
                    write_file(&root, "specs/quick/SPEC-new/plan.md", "# Plan: New\n"),
                )?;
                let (_, labels) =
                    wait_for_sidebar(app, "the new unnumbered feature", |_, labels| labels.len() == 7)
                        .await?;
                ensure(
                    labels
                        .iter()
                        .any(|l| l == "Feature SPEC-new, in quick, 1 document"),
                    || format!("features after SPEC-new: {labels:?}"),
                )
            })
        },
    )
    .await;
}

/// A template changed by another program (here a project override appearing, in a folder that
/// did not exist) is used at once: the open plan is checked again and says against what.
#[tokio::test]
async fn a_template_override_added_outside_is_used_at_once() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path().to_path_buf();
    fs::create_dir_all(root.join(".git")).unwrap();
    let template = "# Implementation Plan: [FEATURE]\n\n## Summary\n\n[Summary]\n";
    for (rel, text) in [
        (".specify/templates/plan-template.md", template),
        (
            "specs/001-photo-albums/plan.md",
            "# Implementation Plan: Photo albums\n\n## Summary\n\nAlbums.\n",
        ),
    ] {
        write_file(&root, rel, text).unwrap();
    }
    let path = root.to_str().unwrap().to_string();
    run(
        "a_template_override_added_outside_is_used_at_once",
        &[&path],
        |app| {
            Box::pin(async move {
                wait_for_editor(app, "the plan", |t| t.contains("Albums.")).await?;
                let against = app
                    .wait_for_texts("[data-testid=checked-against]", |t| !t.is_empty())
                    .await?;
                ensure(
                    against == ["Checked against .specify/templates/plan-template.md"],
                    || format!("before: {against:?}"),
                )?;
                step(
                    "write an override with a section the plan lacks",
                    write_file(
                        &root,
                        ".specify/templates/overrides/plan-template.md",
                        &format!("{template}\n## Risks\n\n[Risks]\n"),
                    ),
                )?;
                let against = app
                    .wait_for_texts("[data-testid=checked-against]", |t| {
                        t.first().is_some_and(|t| t.contains("overrides"))
                    })
                    .await?;
                ensure(
                    against == ["Checked against .specify/templates/overrides/plan-template.md"],
                    || format!("after: {against:?}"),
                )?;
                let problems = app
                    .wait_for_texts("[data-testid=problem]", |t| t.iter().any(|p| p.contains("Risks")))
                    .await?;
                ensure(!problems.is_empty(), || {
                    "no problem about the override's section".into()
                })?;

                // A finding's code opens what its rule checks.
                app.click("[data-testid=rule-help]", 0).await?;
                let help = app
                    .wait_for_texts("[data-testid=rule-help-dialog]", |t| {
                        t.first().is_some_and(|t| t.contains("What it checks"))
                    })
                    .await?;
                ensure(help[0].contains("Fix"), || format!("rule help: {help:?}"))
            })
        },
    )
    .await;
}
