//! `check --format text|json`: rustc-style diagnostics with source snippets, and stable JSON.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use specdesk_core::check::RepoCheck;
use specdesk_core::template::TemplateSource;
use specdesk_core::{CoreError, Severity};
use std::path::Path;

/// Version of the JSON document printed by `check --format json` (see docs/cli.md).
pub const JSON_VERSION: u32 = 1;

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// Human output (with ANSI colours; print it through `anstream`): one rustc-style block per diagnostic, then a summary line.
pub fn text(result: &RepoCheck, root: &Path) -> String {
    // Styled always; `anstream` strips the colours when stdout is not a terminal.
    let renderer = Renderer::styled();
    let mut out = String::new();
    for plan in &result.plans {
        if let Some(err) = &plan.error {
            out.push_str(&format!("error: {}\n\n", unreadable_message(&plan.rel_path, err)));
            continue;
        }
        for d in &plan.diagnostics {
            let span = d.span.start.min(plan.text.len())..d.span.end.min(plan.text.len());
            let label = d
                .fix
                .as_ref()
                .map(|f| format!("help: {}", f.title))
                .unwrap_or_default();
            let report = &[level(d.severity)
                .primary_title(d.message.as_str())
                .id(d.code.as_str())
                .element(
                    Snippet::source(plan.text.as_str())
                        .path(plan.rel_path.as_str())
                        .line_start(1)
                        .fold(true)
                        .annotation(AnnotationKind::Primary.span(span).label(label)),
                )];
            out.push_str(&renderer.render(report));
            out.push_str("\n\n");
        }
    }
    let (against, per_plan) = templates_used(result);
    out.push_str(&per_plan);
    let c = result.counts;
    if result.config.file.is_some() {
        out.push_str(&format!("configuration: {}\n", result.config.describe()));
    }
    out.push_str(&format!(
        "{} plan(s) checked in {} against {}: {} error(s), {} warning(s){}\n",
        result.plans.len(),
        root.display(),
        against,
        c.errors,
        c.warnings,
        if result.unreadable > 0 {
            format!(", {} unreadable", result.unreadable)
        } else {
            String::new()
        }
    ));
    out
}

/// `specs/002-x/plan.md is not UTF-8 (looks like windows-1251): cannot be checked (convert it
/// to UTF-8: SpecDesk's "Convert to UTF-8")`; other problems: `…/plan.md is binary (…): cannot be
/// checked`.
pub fn unreadable_message(rel_path: &str, err: &CoreError) -> String {
    let hint = match err.encoding() {
        Some(_) => " (convert it to UTF-8, e.g. with SpecDesk's \"Convert to UTF-8\")",
        None => "",
    };
    format!("{rel_path} is {}: cannot be checked{hint}", err.reason())
}

/// What the summary line says the plans were checked against, and the per-plan lines that
/// come before it when the plans did not all use the same template (a repository without one,
/// whose plans each follow a built-in template).
fn templates_used(result: &RepoCheck) -> (String, String) {
    let mut used: Vec<&TemplateSource> = result.plans.iter().filter_map(|p| p.template.as_ref()).collect();
    used.sort_by_key(|t| t.describe());
    used.dedup();
    match used.as_slice() {
        [] => (result.template.describe(), String::new()),
        [one] => (one.describe(), String::new()),
        _ => {
            let lines: String = result
                .plans
                .iter()
                .filter_map(|p| {
                    let t = p.template.as_ref()?;
                    Some(format!("{}: checked against {}\n", p.rel_path, t.describe()))
                })
                .collect();
            (result.template.describe(), lines)
        }
    }
}

/// Machine output: `{version, template, summary, plans[]}` (each plan with the `template` it was
/// checked against); documented in docs/cli.md.
pub fn json(result: &RepoCheck) -> String {
    let doc = serde_json::json!({
        "version": JSON_VERSION,
        "template": result.template,
        "config": result.config,
        "summary": {
            "plans": result.plans.len(),
            "errors": result.counts.errors,
            "warnings": result.counts.warnings,
            "infos": result.counts.infos,
            "unreadable": result.unreadable,
        },
        "plans": result.plans,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    s.push('\n');
    s
}
