//! The CLI on real files: exit codes, output formats, render safety, `new`.

use std::fs;
use std::path::{Path, PathBuf};

const LITE: &str = include_str!("../../specdesk-core/templates/plan-template-lite.md");

mod common;
use common::cli;

/// A plan filled in from the Lite template for feature folder `dir`.
fn filled_plan(dir: &str) -> String {
    LITE.replace("[FEATURE]", "Photo albums")
        .replace("[###-feature-name]", dir)
        .replace("[DATE]", "2026-01-15")
        .replace("[link]", "[spec.md](./spec.md)")
        .replace(
            "[1–2 sentences describing the outcome the feature delivers]",
            "Families share albums.",
        )
        .replace("[Primary actors or personas]", "Parents")
        .replace("[Key flows the feature must enable]", "Create, share")
        .replace(
            "[Performance, security, compliance items that cannot be skipped]",
            "Private by default",
        )
        .replace("[e.g., Python 3.12]", "Rust 1.95")
        .replace("[e.g., FastAPI + SQLAlchemy]", "axum")
        .replace("[e.g., PostgreSQL, S3]", "SQLite")
        .replace("[e.g., pytest + contract tests]", "cargo test")
        .replace("[e.g., Docker + Fly.io]", "Debian package")
        .replace(
            "[Describe the structure – monolith, client/server, service boundaries]",
            "One service",
        )
        .replace("[Component 1]", "albums.rs")
        .replace("[Component 2]", "share.rs")
        .replace("[Responsibility / important files]", "the logic")
        .replace(
            "[One paragraph or bullet flow describing how data moves end-to-end]",
            "Client → API → DB",
        )
        .replace("[Tooling, scaffolding, dependencies]", "cargo new")
        .replace("[Core feature work]", "albums")
        .replace("[Primary validations to implement]", "unit tests")
        .replace("[Docs, cleanup, operational follow-ups]", "docs")
        .replace(
            "[Contract, integration, unit tests to write or extend]",
            "integration tests",
        )
        .replace("[Manual checklist or quickstart steps]", "quickstart")
        .replace("[Logging, monitoring, performance checks if needed]", "logs")
        .replace("[Outstanding clarifications that block work]", "None")
        .replace("[External teams, services, or approvals required]", "None")
        .replace(
            "[What happens if we revert? Minimal is acceptable.]",
            "Drop the table",
        )
}

fn repo_with(plans: &[(&str, String)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (dir, plan) in plans {
        let feature = tmp.path().join("specs").join(dir);
        fs::create_dir_all(&feature).expect("mkdir");
        fs::write(feature.join("plan.md"), plan).expect("write plan");
        fs::write(feature.join("spec.md"), "# Spec\n\n- **FR-001**: thing\n").expect("write spec");
    }
    tmp
}

fn demo_repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo")
}

#[test]
fn clean_plan_exits_zero_and_broken_plan_exits_one() {
    let clean = repo_with(&[("001-photo-albums", filled_plan("001-photo-albums"))]);
    let out = cli().arg("check").arg(clean.path()).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("1 plan checked"), "{stdout}");
    assert!(stdout.contains("0 errors, 0 warnings"), "{stdout}");

    let broken = filled_plan("002-broken").replace("## Validation Strategy", "## Something Else");
    let repo = repo_with(&[("002-broken", broken)]);
    let out = cli().arg("check").arg(repo.path()).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("specs/002-broken/plan.md"), "{stdout}");
    assert!(stdout.contains("Validation Strategy"), "{stdout}");
}

#[test]
fn text_output_points_at_line_and_column_with_a_caret() {
    let plan = filled_plan("001-a").replace("Rust 1.95", "[e.g., Rust]");
    let line = plan
        .lines()
        .position(|l| l.contains("[e.g., Rust]"))
        .expect("line")
        + 1;
    let repo = repo_with(&[("001-a", plan)]);
    let out = cli().args(["check"]).arg(repo.path()).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("specs/001-a/plan.md:{line}:")),
        "{stdout}"
    );
    assert!(stdout.contains('^'), "{stdout}");
}

#[test]
fn json_output_is_stable_and_carries_positions() {
    let plan = filled_plan("001-a").replace("2026-01-15", "[DATE]");
    let repo = repo_with(&[("001-a", plan)]);
    let out = cli()
        .args(["check", "--format", "json"])
        .arg(repo.path())
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["plans"], 1);
    let diags = v["plans"][0]["diagnostics"].as_array().expect("diagnostics");
    let date = diags
        .iter()
        .find(|d| d["message"].as_str().unwrap_or("").contains("[DATE]"))
        .expect("date diag");
    assert_eq!(date["span"]["line"], 3);
    assert!(date["code"].as_str().unwrap_or("").starts_with("SD"));
}

#[test]
fn sarif_output_is_sarif_2_1_0() {
    let repo = repo_with(&[("001-a", LITE.to_string())]);
    let out = cli()
        .args(["check", "--format", "sarif"])
        .arg(repo.path())
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "placeholders are warnings, not errors"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        let id = r["ruleId"].as_str().expect("ruleId");
        assert!(rules.iter().any(|rule| rule["id"] == id), "rule {id} declared");
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().expect("line") >= 1);
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "specs/001-a/plan.md"
        );
    }
}

#[test]
fn single_file_and_custom_template() {
    let repo = repo_with(&[("001-a", filled_plan("001-a")), ("002-b", LITE.to_string())]);
    let plan = repo.path().join("specs/001-a/plan.md");
    let out = cli().arg("check").arg(&plan).output().expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let template = repo.path().join("custom.md");
    fs::write(&template, format!("{LITE}\n## Rollout\n- **Flag**: [name]\n")).expect("write template");
    let out = cli()
        .arg("check")
        .arg(&plan)
        .arg("--template")
        .arg(&template)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("Rollout"), "{stdout}");
}

#[test]
fn missing_path_is_an_io_failure_with_exit_two() {
    let out = cli()
        .args(["check", "/definitely/not/here"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not found"));
    let out = cli().args(["check", "--format", "yaml"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn status_formats() {
    let mut plan = filled_plan("001-a");
    plan = plan.replacen("- [ ]", "- [x]", 2);
    let repo = repo_with(&[("001-a", plan)]);
    fs::write(
        repo.path().join("specs/001-a/tasks.md"),
        "# Tasks\n\n## Phase 1: Setup\n- [x] T001 Init\n- [ ] T002 [P] More\n",
    )
    .expect("tasks");
    let out = cli().args(["status"]).arg(repo.path()).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("001-a") && stdout.contains("2/5 (40%)") && stdout.contains("1/2 (50%)"),
        "{stdout}"
    );

    let out = cli()
        .args(["status", "--format", "markdown"])
        .arg(repo.path())
        .output()
        .expect("run");
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("| Feature | Plan |") && md.contains("| 001-a | clean |"),
        "{md}"
    );

    let out = cli()
        .args(["status", "--format", "json"])
        .arg(repo.path())
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["features"][0]["tasks"]["progress"]["done"], 1);
    assert_eq!(v["summary"]["features"], 1);
}

#[test]
fn render_is_sanitized() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("x.md");
    fs::write(
        &file,
        "# Hi\n\n<script>alert(1)</script>\n\n- [ ] task\n\n[x](javascript:alert(1))\n",
    )
    .expect("write");
    let out = cli().arg("render").arg(&file).output().expect("run");
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(html.contains("<h1") && html.contains("data-line=\"1\""), "{html}");
    assert!(
        !html.contains("<script") && !html.contains("javascript:"),
        "{html}"
    );
    assert!(html.contains("data-task=\"0\""), "{html}");
}

#[test]
fn new_creates_the_next_feature_and_never_clobbers() {
    let repo = repo_with(&[("001-a", filled_plan("001-a"))]);
    let out = cli()
        .args(["new", "Photo albums!", "--repo"])
        .arg(repo.path())
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plan = fs::read_to_string(repo.path().join("specs/002-photo-albums/plan.md")).expect("created");
    assert!(plan.contains("`002-photo-albums`"), "{plan}");
    assert!(!plan.contains("[DATE]"));
    let out = cli()
        .args(["new", "Another", "--repo"])
        .arg(repo.path())
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(repo.path().join("specs/003-another/plan.md").is_file());
}

#[test]
fn demo_repo_checks_with_known_errors() {
    let demo = demo_repo();
    if !demo.is_dir() {
        panic!("examples/demo-repo is part of the repository and must exist");
    }
    let out = cli()
        .args(["check", "--format", "json"])
        .arg(&demo)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "the demo repo has deliberately broken plans"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v["summary"]["plans"].as_u64().expect("plans") >= 6);
}

#[test]
fn strict_check_fails_on_warnings_too() {
    // Only warnings: an unfilled placeholder.
    let plan = filled_plan("001-a").replace("2026-01-15", "[DATE]");
    let repo = repo_with(&[("001-a", plan)]);
    let out = cli().arg("check").arg(repo.path()).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("0 errors") && !stdout.contains(" 0 warnings"),
        "{stdout}"
    );
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let out = cli()
        .args(["check", "--strict"])
        .arg(repo.path())
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // A clean plan passes --strict.
    let clean = repo_with(&[("001-a", filled_plan("001-a"))]);
    let out = cli()
        .args(["check", "--strict"])
        .arg(clean.path())
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn the_bare_lite_template_as_a_plan_gets_at_least_ten_diagnostics_and_fails_strict() {
    let repo = repo_with(&[("001-a", LITE.to_string())]);
    let out = cli()
        .args(["check", "--strict", "--format", "json"])
        .arg(repo.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let diagnostics = json["plans"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .len();
    assert!(
        diagnostics >= 10,
        "only {diagnostics} diagnostics on the bare template: {json}"
    );
}

#[test]
fn rules_lists_every_rule_and_explain_prints_one() {
    let out = cli().arg("rules").output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("SD0")).count(),
        17,
        "{stdout}"
    );
    assert!(
        stdout.contains("SD004  warning  missing-header-field"),
        "{stdout}"
    );

    for rule in ["SD004", "missing-header-field", "sd004"] {
        let out = cli().args(["explain", rule]).output().expect("run");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{rule}");
        assert!(stdout.starts_with("# SD004 missing-header-field"), "{stdout}");
        assert!(stdout.contains("## Fix"), "{stdout}");
    }
    let out = cli().args(["explain", "SD999"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("specdesk-cli rules"));
}

#[test]
fn docs_rules_md_is_the_generated_reference() {
    let out = cli()
        .args(["rules", "--format", "markdown"])
        .output()
        .expect("run");
    let generated = String::from_utf8(out.stdout).expect("utf-8");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    if std::env::var_os("UPDATE_RULES_DOC").is_some() {
        fs::write(&path, &generated).expect("write docs/rules.md");
    }
    let on_disk = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/rules.md is out of date: UPDATE_RULES_DOC=1 cargo test -p specdesk-cli --test cli docs_rules"
    );
}
