//! `check --format text|json`: rustc-style diagnostics with source snippets, and stable JSON.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use specdesk_core::check::RepoCheck;
use specdesk_core::i18n::{Locale, Localizer, Message};
use specdesk_core::template::TemplateSource;
use specdesk_core::{CoreError, Severity};
use std::path::Path;

/// Version of the JSON document printed by `check --format json` (see docs/cli.md).
pub const JSON_VERSION: u32 = 1;

/// The level of a diagnostic of `severity`, named in `locale` (`error[SD001]`, `오류[SD001]`).
fn level(severity: Severity, l: &Localizer) -> Level<'static> {
    let (level, id) = match severity {
        Severity::Error => (Level::ERROR, "cli-level-error"),
        Severity::Warning => (Level::WARNING, "cli-level-warning"),
        Severity::Info => (Level::INFO, "cli-level-info"),
    };
    level.with_name(Some(l.text(id)))
}

/// Human output in `locale` (with ANSI colours; print it through `anstream`): one rustc-style
/// block per diagnostic, then a summary line with the counts in the locale's plural forms.
pub fn text(result: &RepoCheck, root: &Path, locale: Locale) -> String {
    // Styled always; `anstream` strips the colours when stdout is not a terminal.
    let renderer = Renderer::styled();
    let l = Localizer::new(locale);
    let mut out = String::new();
    for plan in &result.plans {
        if let Some(err) = &plan.error {
            let message = unreadable_message(&plan.rel_path, err, locale);
            let error = l.text("cli-level-error");
            out.push_str(&format!("{error}: {message}\n\n"));
            continue;
        }
        for d in &plan.diagnostics {
            let d = d.localized(locale);
            let span = d.span.start.min(plan.text.len())..d.span.end.min(plan.text.len());
            let label = d
                .fix
                .as_ref()
                .map(|f| l.format(&Message::new("cli-fix-help").arg("title", &f.title)))
                .unwrap_or_default();
            let report = &[level(d.severity, &l)
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
    let (against, per_plan) = templates_used(result, &l);
    out.push_str(&per_plan);
    let c = result.counts;
    if result.config.file.is_some() {
        let config = result.config.describe_in(locale);
        out.push_str(&l.format(&Message::new("cli-configuration").arg("config", config)));
        out.push('\n');
    }
    let id = if result.unreadable > 0 {
        "cli-check-summary-unreadable"
    } else {
        "cli-check-summary"
    };
    let summary = Message::new(id)
        .arg("plans", result.plans.len())
        .arg("root", root.display().to_string())
        .arg("template", against)
        .arg(
            "errors",
            l.format(&Message::new("count-errors").arg("count", c.errors)),
        )
        .arg(
            "warnings",
            l.format(&Message::new("count-warnings").arg("count", c.warnings)),
        )
        .arg("unreadable", result.unreadable);
    out.push_str(&l.format(&summary));
    out.push('\n');
    out
}

/// `specs/002-x/plan.md is not UTF-8 (looks like windows-1251): cannot be checked (convert it
/// to UTF-8: SpecDesk's "Convert to UTF-8")`; other problems: `…/plan.md is binary (…): cannot be
/// checked`. In `locale`.
pub fn unreadable_message(rel_path: &str, err: &CoreError, locale: Locale) -> String {
    let id = match err.encoding() {
        Some(_) => "cli-unreadable-convert",
        None => "cli-unreadable",
    };
    Message::new(id)
        .arg("path", rel_path)
        .arg("reason", err.reason_in(locale))
        .to_locale(locale)
}

/// What the summary line says the plans were checked against, and the per-plan lines that
/// come before it when the plans did not all use the same template (a repository without one,
/// whose plans each follow a built-in template).
fn templates_used(result: &RepoCheck, l: &Localizer) -> (String, String) {
    let locale = l.locale();
    let mut used: Vec<&TemplateSource> = result.plans.iter().filter_map(|p| p.template.as_ref()).collect();
    used.sort_by_key(|t| t.describe());
    used.dedup();
    match used.as_slice() {
        [] => (result.template.describe_in(locale), String::new()),
        [one] => (one.describe_in(locale), String::new()),
        _ => {
            let lines: String = result
                .plans
                .iter()
                .filter_map(|p| {
                    let t = p.template.as_ref()?;
                    let line = Message::new("cli-checked-against")
                        .arg("path", &p.rel_path)
                        .arg("template", t.describe_in(locale));
                    Some(format!("{}\n", l.format(&line)))
                })
                .collect();
            (result.template.describe_in(locale), lines)
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
