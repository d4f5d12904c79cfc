//! Hostile Markdown: every payload of `tests/fixtures/xss/` (see its README) is rendered by the
//! core and the HTML is checked structurally (`reliability_support::html_safety`): nothing that
//! could run, load, navigate to Tauri's internals or forge SpecDesk's controls may survive, and
//! the harmless text around the payload must.

mod reliability_support;

use reliability_support::{fixture_dir, html_safety};
use specdesk_core::markdown::task_items;
use specdesk_core::plan::Plan;
use specdesk_core::render::render_document;
use specdesk_core::template::Template;
use specdesk_core::validate::{validate_plan, PlanContext};
use std::fs;
use std::path::PathBuf;

/// The payload files, sorted (the README is documentation, not a payload).
fn payloads() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixture_dir("xss"))
        .expect("tests/fixtures/xss exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

/// `NN` of `NN-name.md`.
fn number_of(path: &std::path::Path) -> String {
    let name = path.file_name().unwrap().to_string_lossy();
    name.split('-').next().unwrap().to_string()
}

#[test]
fn the_corpus_holds_at_least_fifty_payloads() {
    let files = payloads();
    assert!(files.len() >= 50, "only {} payloads", files.len());
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        let n = number_of(file);
        assert!(
            text.starts_with(&format!("SAFE-{n} marker paragraph.")),
            "{}",
            file.display()
        );
    }
}

#[test]
fn no_payload_survives_rendering() {
    let mut failures = Vec::new();
    for file in payloads() {
        let text = fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let rendered = render_document(&text);
        let html = &rendered.html;
        for problem in html_safety::problems(html) {
            failures.push(format!("[{name}] {problem}\n  html: {html}"));
        }
        let n = number_of(&file);
        if !html.contains(&format!("SAFE-{n} marker paragraph.")) {
            failures.push(format!(
                "[{name}] the harmless opening paragraph was lost:\n  {html}"
            ));
        }
        // Checkboxes only where the document really has task items.
        let real_tasks = task_items(&text).len();
        if html_safety::inputs(html) != real_tasks {
            failures.push(format!(
                "[{name}] {} <input>s for {real_tasks} task items:\n  {html}",
                html_safety::inputs(html)
            ));
        }
        // Headings' ids in the outline are prefixed too (the app uses them as anchors).
        for heading in &rendered.headings {
            if !heading.id.starts_with("h-") {
                failures.push(format!("[{name}] outline id {:?} is not prefixed", heading.id));
            }
        }
        // The other readers take the same text without trouble.
        let _ = Plan::parse(&text);
        let _ = validate_plan(&text, &Template::builtin_lite(), &PlanContext::default());
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn closing_paragraphs_survive_every_payload() {
    // No payload may swallow the harmless text after it (an unterminated construct included).
    let mut lost = Vec::new();
    for file in payloads() {
        let text = fs::read_to_string(&file).unwrap();
        let html = render_document(&text).html;
        if !html.contains(&format!("SAFE-{} closing paragraph.", number_of(&file))) {
            lost.push(file.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(lost.is_empty(), "closing paragraph lost in {lost:?}");
}
