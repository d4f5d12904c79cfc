//! `status --format text|json|markdown|html`: every feature's progress at a glance. Text and
//! JSON print [`RepoStatus`]; Markdown and HTML are the review reports of
//! [`specdesk_core::report`] (validation, stage, checklists, tasks per phase, coverage).
//! With `--all-branches`, every feature in flight ([`Portfolio`]): text, JSON, and the
//! Markdown of [`report::portfolio_markdown`].

use specdesk_core::branches::Portfolio;
use specdesk_core::check::RepoStatus;
use specdesk_core::report;
use specdesk_core::report_diagrams::{ReportDiagram, ReportDiagrams};
use specdesk_core::review::RepoReview;
use specdesk_core::status::{FeatureStatus, Progress};

fn progress(p: &Progress) -> String {
    if p.total == 0 {
        "—".to_string()
    } else {
        format!("{}/{} ({}%)", p.done, p.total, p.percent())
    }
}

/// `clean`, `2 error(s), 1 warning(s)`, `no plan`, or why the plan could not be read:
/// `plan.md is not UTF-8 (looks like windows-1251)`.
fn validation(f: &FeatureStatus) -> String {
    if let Some(plan) = f.unreadable_plan() {
        return plan.sentence();
    }
    match (&f.plan, f.diagnostics) {
        (None, _) => "no plan".to_string(),
        (Some(_), None) => "unreadable".to_string(),
        (Some(_), Some(c)) if c.errors == 0 && c.warnings == 0 => "clean".to_string(),
        (Some(_), Some(c)) => format!("{} error(s), {} warning(s)", c.errors, c.warnings),
    }
}

fn checklists(f: &FeatureStatus) -> Progress {
    let mut total = Progress::default();
    for c in &f.checklists {
        total.done += c.progress.done;
        total.total += c.progress.total;
    }
    total
}

struct Row {
    feature: String,
    plan: String,
    checklist: String,
    tasks: String,
    checklists: String,
}

fn rows(status: &RepoStatus) -> Vec<Row> {
    status
        .features
        .iter()
        .map(|f| Row {
            feature: f.dir_name.clone(),
            plan: validation(f),
            checklist: f
                .plan
                .as_ref()
                .map(|p| progress(&p.progress))
                .unwrap_or_else(|| "—".into()),
            tasks: match (&f.tasks, f.unreadable_tasks()) {
                (Some(t), _) => progress(&t.progress),
                (None, Some(unreadable)) => unreadable.sentence(),
                (None, None) => "—".into(),
            },
            checklists: progress(&checklists(f)),
        })
        .collect()
}

const HEADERS: [&str; 5] = ["Feature", "Plan", "Plan checklist", "Tasks", "Checklists"];

/// Aligned columns for a terminal.
pub fn text(status: &RepoStatus) -> String {
    let rows: Vec<[String; 5]> = rows(status)
        .into_iter()
        .map(|r| [r.feature, r.plan, r.checklist, r.tasks, r.checklists])
        .collect();
    let mut out = columns(HEADERS, &rows);
    out.push_str(&summary(status));
    out
}

/// `headers` and `rows` in columns padded to their widest cell, two spaces apart.
fn columns<const N: usize>(headers: [&str; N], rows: &[[String; N]]) -> String {
    let mut widths = headers.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cols: &[String; N]| {
        let padded: Vec<String> = cols
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(&headers.map(String::from));
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

/// Every feature in flight, a row each with where it is shown from and where else it is; then
/// the stages and what could not be shown.
pub fn portfolio_text(p: &Portfolio) -> String {
    let rows: Vec<[String; 9]> = p.features.iter().map(|f| report::portfolio_cells(p, f)).collect();
    let mut out = columns(report::PORTFOLIO_HEADERS, &rows);
    let stages: Vec<String> = p
        .stages
        .iter()
        .map(|s| format!("{} {}", s.stage.label(), s.features))
        .collect();
    out.push_str(&format!(
        "\n{} feature(s) on {} branch(es); {}\n",
        p.features.len(),
        p.sources.len(),
        stages.join(" · ")
    ));
    for note in &p.notes {
        out.push_str(&format!("note: {note}\n"));
    }
    out
}

/// `{version, sources[], features[], stages[], notes[]}`: each feature's review row with the
/// index of its source, whether it is editable here and the branches it is also on.
pub fn portfolio_json(p: &Portfolio) -> String {
    let doc = serde_json::json!({
        "version": 1,
        "sources": p.sources,
        "features": p.features,
        "stages": p.stages,
        "notes": p.notes,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn summary(status: &RepoStatus) -> String {
    let s = &status.summary;
    let mut out = format!(
        "\n{} feature(s), {} plan(s); tasks {}; plan checklists {}; {} error(s), {} warning(s)\n",
        s.features,
        s.plans,
        progress(&s.tasks),
        progress(&s.plan_checklists),
        s.errors,
        s.warnings
    );
    // Every document that is there but could not be read, not only plans and tasks.md: a spec
    // or checklist in another encoding is named too.
    let unreadable: Vec<String> = status
        .features
        .iter()
        .flat_map(|f| f.unreadable.iter())
        .map(|u| format!("  {}: {}\n", u.rel_path, u.reason))
        .collect();
    if !unreadable.is_empty() {
        out.push_str(&format!("{} document(s) could not be read:\n", unreadable.len()));
        out.push_str(&unreadable.concat());
    }
    out
}

/// `{version, summary, features[]}`.
pub fn json(status: &RepoStatus) -> String {
    let doc = serde_json::json!({ "version": 1, "summary": status.summary, "features": status.features });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// The review report as Markdown (see [`specdesk_core::report::markdown`]), each feature's
/// Mermaid diagrams as ` ```mermaid ` blocks.
pub fn markdown(review: &RepoReview, diagrams: Vec<ReportDiagram>) -> String {
    report::markdown_with_diagrams(review, None, &ReportDiagrams::sources(diagrams))
}

/// The review report as one self-contained HTML file (see [`specdesk_core::report::html`]).
/// There is no web view to draw Mermaid diagrams here: each shows its source, with a note that
/// the app's Export report draws them.
pub fn html(review: &RepoReview, diagrams: Vec<ReportDiagram>) -> String {
    report::html_with_diagrams(review, None, &ReportDiagrams::sources(diagrams))
}
