//! `specdesk-cli status --format markdown|html`: the review reports, on a copy of the demo
//! repository and on a repository with a hostile title.

use std::fs;
use std::path::Path;

mod common;
use common::cli;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A temporary copy of examples/demo-repo (tests never touch the original).
fn demo_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo"),
        dir.path(),
    );
    dir
}

fn status(repo: &Path, format: &str) -> String {
    let out = cli()
        .args(["status", "--format", format])
        .arg(repo)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

const DEMO_FEATURES: [&str; 8] = [
    "001-photo-albums",
    "002-family-invites",
    "003-face-grouping",
    "004-memories-digest",
    "005-shared-comments",
    "006-offline-sync",
    "007-print-orders",
    "008-app-localization",
];

#[test]
fn markdown_report_has_every_feature_and_the_json_counts() {
    let repo = demo_copy();
    let md = status(repo.path(), "markdown");
    let json: serde_json::Value = serde_json::from_str(&status(repo.path(), "json")).expect("json");
    assert!(md.starts_with("# Spec review: "), "{md}");
    for dir in DEMO_FEATURES {
        assert!(md.contains(&format!("| {dir} | ")), "no row for {dir}:\n{md}");
    }
    assert_eq!(md.matches("\n## ").count(), DEMO_FEATURES.len());
    // The summary line agrees with `status --format json`.
    let s = &json["summary"];
    let tasks = format!(
        "tasks {}/{}",
        s["tasks"]["done"].as_u64().unwrap_or(0),
        s["tasks"]["total"].as_u64().unwrap_or(0)
    );
    assert!(md.contains(&tasks), "{tasks} missing:\n{md}");
    assert!(md.contains(&format!("{} features, {} plans", s["features"], s["plans"])));
    assert!(md.contains(&format!("{} errors", s["errors"])));
    assert!(md.contains("| 001-photo-albums | clean |"), "{md}");
    assert!(md.contains("| 007-print-orders | no plan | Spec only |"), "{md}");
    assert!(
        md.contains("| Unfilled placeholders | 3 |"),
        "004 has three placeholders:\n{md}"
    );
}

#[test]
fn html_report_is_self_contained_and_lists_every_feature() {
    let repo = demo_copy();
    let html = status(repo.path(), "html");
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"));
    assert!(
        !lower.contains("src=")
            && !lower.contains("<link")
            && !lower.contains("http:")
            && !lower.contains("https:")
    );
    assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    for dir in DEMO_FEATURES {
        assert!(
            html.contains(&format!("<tr data-feature=\"{dir}\">")),
            "no row for {dir}"
        );
    }
    assert_eq!(html.matches("<section class=\"feature\"").count(), 8);
}

#[test]
fn titles_are_escaped_in_both_reports() {
    let repo = tempfile::tempdir().expect("tempdir");
    let dir = repo.path().join("specs/001-evil");
    fs::create_dir_all(&dir).expect("mkdir");
    fs::create_dir_all(repo.path().join(".git")).expect("git");
    fs::write(
        dir.join("plan.md"),
        "# Implementation Plan: `<script>alert(1)</script>` | x\n\n## Status Checklist\n\n- [ ] <img src=x onerror=alert(2)>\n",
    )
    .expect("plan");
    let html = status(repo.path(), "html");
    assert!(!html.contains("<script>") && !html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | x"));
    assert!(html.contains("<li>&lt;img src=x onerror=alert(2)&gt;</li>"));
    let md = status(repo.path(), "markdown");
    // Every `<` is backslash-escaped: no Markdown renderer turns it into a tag.
    assert!(
        md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')),
        "{md}"
    );
    assert!(md.contains("- [ ] \\<img src=x onerror=alert(2)\\>"), "{md}");
    assert!(
        md.contains("## 001 \\<script\\>alert(1)\\</script\\> \\| x"),
        "{md}"
    );
}

#[test]
fn diagrams_show_as_sources_in_both_reports() {
    let repo = tempfile::tempdir().expect("tempdir");
    let dir = repo.path().join("specs/001-albums");
    fs::create_dir_all(&dir).expect("mkdir");
    fs::create_dir_all(repo.path().join(".git")).expect("git");
    fs::write(
        dir.join("plan.md"),
        "# Plan\n\n## Architecture\n\n```mermaid\nflowchart LR\n  A[\"<b>```</b>\"] --> B\n```\n",
    )
    .expect("plan");
    fs::write(
        dir.join("data-model.md"),
        "# Model\n\n```mermaid\nerDiagram\n  A ||--o{ B : has\n```\n",
    )
    .expect("model");
    // No web view here: each source in a <pre>, escaped, with one note that the app draws them.
    let html = status(repo.path(), "html");
    assert!(
        !html.contains("<svg") && !html.to_lowercase().contains("<script"),
        "{html}"
    );
    assert_eq!(html.matches("<h3 class=\"diagram-title\">").count(), 2, "{html}");
    assert!(
        html.contains("<h3 class=\"diagram-title\">plan.md — Architecture</h3>"),
        "{html}"
    );
    assert!(
        html.contains("<h3 class=\"diagram-title\">data-model.md — Model</h3>"),
        "{html}"
    );
    assert!(html.contains("<pre class=\"diagram-source\"><code class=\"language-mermaid\">flowchart LR\n  A[&quot;&lt;b&gt;```&lt;/b&gt;&quot;] --&gt; B\n</code></pre>"), "{html}");
    assert_eq!(
        html.matches("SpecDesk draws them in the report it exports")
            .count(),
        1,
        "{html}"
    );
    // Markdown: a fence GitHub draws, longer than the backticks inside.
    let md = status(repo.path(), "markdown");
    assert!(
        md.contains(
            "\n### plan.md — Architecture\n\n````mermaid\nflowchart LR\n  A[\"<b>```</b>\"] --> B\n````\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("\n### data-model.md — Model\n\n```mermaid\nerDiagram\n"),
        "{md}"
    );
}
