//! Validation over real spec-kit repositories (`../shared/corpus`): every plan of every repo is
//! checked against that repo's own template. Asserts robustness (no panic, spans in bounds and
//! on char boundaries, fixes that apply cleanly) and prints a summary of diagnostics by code.
//!
//! Set `SPECDESK_CORPUS_VERBOSE=1` to print every diagnostic.

use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::validate::{validate_plan, PlanContext, Rule};
use specdesk_core::{Diagnostic, Span};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("SPECDESK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    dir.is_dir().then_some(dir)
}

fn plans_of(repo: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(repo.join("specs")) else {
        return out;
    };
    for entry in entries.flatten() {
        let plan = entry.path().join("plan.md");
        if plan.is_file() {
            out.push(plan);
        }
    }
    out.sort();
    out
}

fn assert_span_ok(text: &str, span: &Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: {span:?} out of bounds"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} not on char boundaries"
    );
    assert!(span.line >= 1 && span.column >= 1, "{what}: {span:?}");
}

fn assert_diagnostic_ok(text: &str, d: &Diagnostic, what: &str) {
    assert_span_ok(text, &d.span, what);
    assert!(
        Rule::from_code_or_name(&d.code).is_some(),
        "{what}: unknown code {}",
        d.code
    );
    if let Some(fix) = &d.fix {
        let mut last_end = 0;
        for edit in &fix.edits {
            assert_span_ok(text, &edit.span, what);
            assert!(edit.span.start >= last_end, "{what}: overlapping edits");
            last_end = edit.span.end;
        }
    }
}

#[test]
fn corpus_plans_validate_against_their_own_templates() {
    let Some(corpus) = corpus_dir() else {
        println!("skipping: ../shared/corpus not found (set SPECDESK_CORPUS)");
        return;
    };
    let verbose = std::env::var_os("SPECDESK_CORPUS_VERBOSE").is_some();
    let mut repos: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|it| it.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    repos.sort();
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    let mut plans = 0usize;
    let mut total_time = Duration::ZERO;
    println!("{:<36} {:>5} {:>6} {:>6}", "repo", "plans", "errors", "warns");
    for repo in &repos {
        let template_path = repo.join(".specify/templates/plan-template.md");
        let template = match std::fs::read_to_string(&template_path) {
            Ok(text) => Template::from_text(
                text,
                TemplateSource::Repo {
                    rel_path: ".specify/templates/plan-template.md".into(),
                },
            ),
            Err(_) => Template::builtin_lite(),
        };
        let (mut errors, mut warnings, mut count) = (0, 0, 0);
        for plan_path in plans_of(repo) {
            let Ok(text) = std::fs::read_to_string(&plan_path) else {
                continue;
            };
            let ctx = PlanContext::for_plan_path(&plan_path);
            let started = Instant::now();
            let diagnostics = validate_plan(&text, &template, &ctx);
            total_time += started.elapsed();
            count += 1;
            let rel = plan_path
                .strip_prefix(&corpus)
                .unwrap_or(&plan_path)
                .display()
                .to_string();
            for d in &diagnostics {
                assert_diagnostic_ok(&text, d, &rel);
                *by_code.entry(format!("{} {}", d.code, d.rule)).or_default() += 1;
                match d.severity {
                    specdesk_core::Severity::Error => errors += 1,
                    _ => warnings += 1,
                }
                if verbose {
                    println!(
                        "  {rel}:{}:{} {} {} {}",
                        d.span.line, d.span.column, d.code, d.rule, d.message
                    );
                }
            }
            // Validation is deterministic: a second run gives the same result.
            assert_eq!(validate_plan(&text, &template, &ctx), diagnostics, "{rel}");
        }
        plans += count;
        let name = repo
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!("{name:<36} {count:>5} {errors:>6} {warnings:>6}");
    }
    println!("\n{plans} plans, {:?} validating in total", total_time);
    println!("{:<28} {:>5}", "code", "count");
    for (code, n) in &by_code {
        println!("{code:<28} {n:>5}");
    }
    assert!(plans > 0, "the corpus holds no plans");
}
