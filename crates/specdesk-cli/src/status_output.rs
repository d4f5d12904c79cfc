//! `status --format text|json|markdown|html`: every feature's progress at a glance. Text and
//! JSON print [`RepoStatus`]; Markdown and HTML are the review reports of
//! [`specdesk_core::report`] (validation, stage, checklists, tasks per phase, coverage).
//! With `--all-branches`, every feature in flight ([`Portfolio`]): text, JSON, and the
//! Markdown of [`report::portfolio_markdown`].

use specdesk_core::branches::Portfolio;
use specdesk_core::check::RepoStatus;
use specdesk_core::i18n::{Locale, Localizer, Message};
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

/// `2 errors, 1 warning` in `l`'s language.
fn counts(l: &Localizer, errors: usize, warnings: usize) -> String {
    l.format(
        &Message::new("cli-status-counts")
            .arg(
                "errors",
                l.format(&Message::new("count-errors").arg("count", errors)),
            )
            .arg(
                "warnings",
                l.format(&Message::new("count-warnings").arg("count", warnings)),
            ),
    )
}

/// `clean`, `2 errors, 1 warning`, `no plan`, or why the plan could not be read:
/// `plan.md is not UTF-8 (looks like windows-1251)`.
fn validation(f: &FeatureStatus, l: &Localizer) -> String {
    if let Some(plan) = f.unreadable_plan() {
        return unreadable_sentence(plan, l);
    }
    match (&f.plan, f.diagnostics) {
        (None, _) => l.text("cli-status-no-plan"),
        (Some(_), None) => l.text("cli-status-unreadable"),
        (Some(_), Some(c)) if c.errors == 0 && c.warnings == 0 => l.text("cli-status-clean"),
        (Some(_), Some(c)) => counts(l, c.errors, c.warnings),
    }
}

/// `plan.md is not UTF-8 (looks like windows-1251)` in `l`'s language.
fn unreadable_sentence(u: &specdesk_core::status::Unreadable, l: &Localizer) -> String {
    l.format(
        &Message::new("cli-status-document-unreadable")
            .arg("name", &u.name)
            .arg("reason", u.reason_in(l.locale())),
    )
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

fn rows(status: &RepoStatus, l: &Localizer) -> Vec<Row> {
    status
        .features
        .iter()
        .map(|f| Row {
            feature: f.dir_name.clone(),
            plan: validation(f, l),
            checklist: f
                .plan
                .as_ref()
                .map(|p| progress(&p.progress))
                .unwrap_or_else(|| "—".into()),
            tasks: match (&f.tasks, f.unreadable_tasks()) {
                (Some(t), _) => progress(&t.progress),
                (None, Some(unreadable)) => unreadable_sentence(unreadable, l),
                (None, None) => "—".into(),
            },
            checklists: progress(&checklists(f)),
        })
        .collect()
}

/// The columns' headers (messages).
const HEADERS: [&str; 5] = [
    "cli-status-feature",
    "cli-status-plan",
    "cli-status-plan-checklist",
    "cli-status-tasks",
    "cli-status-checklists",
];

/// Aligned columns for a terminal, in `locale`.
pub fn text(status: &RepoStatus, locale: Locale) -> String {
    let l = Localizer::new(locale);
    let rows: Vec<[String; 5]> = rows(status, &l)
        .into_iter()
        .map(|r| [r.feature, r.plan, r.checklist, r.tasks, r.checklists])
        .collect();
    let headers = HEADERS.map(|id| l.text(id));
    let mut out = columns(headers.each_ref().map(String::as_str), &rows);
    out.push_str(&summary(status, &l));
    out
}

/// How many terminal columns `text` takes: two for a wide (East Asian) character, one for others.
fn width(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Hangul, CJK ideographs and kana, and full-width forms: the wide characters of the languages
/// SpecDesk speaks (Unicode's East Asian Width `W`/`F` blocks they use).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6)
}

/// `headers` and `rows` in columns padded to their widest cell, two spaces apart.
fn columns<const N: usize>(headers: [&str; N], rows: &[[String; N]]) -> String {
    let mut widths = headers.map(width);
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let line = |cols: &[String; N]| {
        let padded: Vec<String> = cols
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c))))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(&headers.map(String::from));
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

/// The headings of the every-branch table (messages), as [`report::PORTFOLIO_HEADERS`].
const PORTFOLIO_HEADERS: [&str; 9] = [
    "report-feature",
    "cli-portfolio-from",
    "report-stage",
    "report-plan",
    "report-plan-checklist",
    "report-tasks",
    "report-checklists",
    "report-last-change",
    "cli-portfolio-also-on",
];

/// Every feature in flight, a row each with where it is shown from and where else it is; then
/// the stages and what could not be shown. In `locale` (the notes, git's and the reader's own
/// words, stay English).
pub fn portfolio_text(p: &Portfolio, locale: Locale) -> String {
    specdesk_core::i18n::scoped::with_locale(locale, || portfolio_lines(p, &Localizer::new(locale)))
}

fn portfolio_lines(p: &Portfolio, l: &Localizer) -> String {
    let rows: Vec<[String; 9]> = p.features.iter().map(|f| report::portfolio_cells(p, f)).collect();
    let headers = PORTFOLIO_HEADERS.map(|id| l.text(id));
    let mut out = columns(headers.each_ref().map(String::as_str), &rows);
    let stages: Vec<String> = p
        .stages
        .iter()
        .map(|s| format!("{} {}", report::stage_label(s.stage), s.features))
        .collect();
    let summary = Message::new("cli-portfolio-summary")
        .arg("features", p.features.len())
        .arg("branches", p.sources.len())
        .arg("stages", stages.join(" · "));
    out.push_str(&format!("\n{}\n", l.format(&summary)));
    for note in &p.notes {
        out.push_str(&format!(
            "{}\n",
            l.format(&Message::new("cli-portfolio-note").arg("note", note))
        ));
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

fn summary(status: &RepoStatus, l: &Localizer) -> String {
    let s = &status.summary;
    let line = Message::new("cli-status-summary")
        .arg("features", s.features)
        .arg("plans", s.plans)
        .arg("tasks", progress(&s.tasks))
        .arg("checklists", progress(&s.plan_checklists))
        .arg(
            "errors",
            l.format(&Message::new("count-errors").arg("count", s.errors)),
        )
        .arg(
            "warnings",
            l.format(&Message::new("count-warnings").arg("count", s.warnings)),
        );
    let mut out = format!("\n{}\n", l.format(&line));
    // Every document that is there but could not be read, not only plans and tasks.md: a spec
    // or checklist in another encoding is named too.
    let unreadable: Vec<String> = status
        .features
        .iter()
        .flat_map(|f| f.unreadable.iter())
        .map(|u| format!("  {}: {}\n", u.rel_path, u.reason_in(l.locale())))
        .collect();
    if !unreadable.is_empty() {
        let heading = Message::new("cli-status-unreadable-documents").arg("count", unreadable.len());
        out.push_str(&format!("{}\n", l.format(&heading)));
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
