//! `template` and the template `check` names, on real repositories in temporary folders.

use std::fs;
use std::path::Path;

const LITE: &str = include_str!("../../specdesk-core/templates/plan-template-lite.md");
const CORE: &str = ".specify/templates/plan-template.md";
const WRAP: &str = ".specify/presets/frame/templates/plan-template.md";

mod common;
use common::cli;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

/// A repository whose plan template is a `wrap` preset over the core template, with one plan.
fn stacked_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), CORE, "# Plan: [FEATURE]\n\n## Summary\n[what]\n");
    write(
        dir.path(),
        ".specify/presets/frame/preset.yml",
        "provides:\n  templates:\n    - type: template\n      name: plan-template\n      file: templates/plan-template.md\n      strategy: wrap\n",
    );
    write(dir.path(), WRAP, "{CORE_TEMPLATE}\n## Security\n[threats]");
    write(
        dir.path(),
        "specs/001-a/plan.md",
        "# Plan: A\n\n## Summary\nDone.\n",
    );
    dir
}

#[test]
fn template_prints_the_composed_text_byte_for_byte() {
    let repo = stacked_repo();
    let out = cli().arg("template").arg(repo.path()).output().expect("run");
    assert!(out.status.success(), "{out:?}");
    // No newline added after the wrapper's last line.
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        "# Plan: [FEATURE]\n\n## Summary\n[what]\n\n## Security\n[threats]"
    );
    let out = cli()
        .args(["template", "--sources"])
        .arg(repo.path())
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        format!("{WRAP}\twrap\n{CORE}\treplace\n")
    );
}

#[test]
fn template_without_one_prints_lite_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir_all(dir.path().join("specs")).expect("mkdir");
    let out = cli().arg("template").arg(dir.path()).output().expect("run");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8(out.stdout).expect("utf-8"), LITE);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no plan template"));
    let out = cli()
        .args(["template", "--sources"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("(built-in)\t"));
}

#[test]
fn a_stack_spec_kit_refuses_is_an_error() {
    let repo = stacked_repo();
    write(repo.path(), WRAP, "no placeholder\n");
    for args in [&["template"][..], &["check"][..]] {
        let out = cli().args(args).arg(repo.path()).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("{CORE_TEMPLATE}"), "{stderr}");
    }
}

#[test]
fn check_names_the_stack_in_every_format() {
    let repo = stacked_repo();
    let described = format!("the stack: {WRAP} (wrap) over {CORE}");

    let out = cli().arg("check").arg(repo.path()).output().expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains(&format!("against {described}:")), "{text}");
    // The wrapper's section is required: the plan lacks it.
    assert!(text.contains("Security"), "{text}");

    let out = cli()
        .args(["check", "--format", "json"])
        .arg(repo.path())
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let stack = serde_json::json!({
        "kind": "stack",
        "layers": [
            { "relPath": WRAP, "strategy": "wrap" },
            { "relPath": CORE, "strategy": "replace" },
        ]
    });
    assert_eq!(json["template"], stack);
    assert_eq!(json["plans"][0]["template"], stack);

    let out = cli()
        .args(["check", "--format", "sarif"])
        .arg(repo.path())
        .output()
        .expect("run");
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let run = &sarif["runs"][0];
    assert_eq!(run["properties"]["template"], described.as_str());
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    assert!(results
        .iter()
        .all(|r| r["properties"]["template"] == described.as_str()));
}

#[test]
fn check_names_each_plans_built_in_template_in_a_repository_without_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "specs/001-full/plan.md",
        "# Implementation Plan: Full\n\n## Summary\n\n## Technical Context\n\n## Constitution Check\n\n## Project Structure\n",
    );
    write(dir.path(), "specs/002-lite/plan.md", LITE);
    let out = cli().arg("check").arg(dir.path()).output().expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("specs/001-full/plan.md: checked against the built-in spec-kit template\n"),
        "{text}"
    );
    assert!(
        text.contains("specs/002-lite/plan.md: checked against the built-in Lite template\n"),
        "{text}"
    );
    assert!(text.contains("against the built-in templates"), "{text}");

    let out = cli()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["template"]["kind"], "builtins");
    assert_eq!(json["plans"][0]["template"]["kind"], "builtinFull");
    assert_eq!(json["plans"][1]["template"]["kind"], "builtinLite");

    // A single plan is named in the summary line itself.
    let out = cli()
        .arg("check")
        .arg(dir.path().join("specs/001-full/plan.md"))
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("against the built-in spec-kit template:"), "{text}");
}
