//! `coverage`: which tasks cite each requirement, as text, JSON or Markdown.

use specdesk_core::coverage::{
    CitedIn, CoverageState, FeatureCoverage, RepoCoverage, RequirementCoverage, RequirementKind,
};
use specdesk_core::i18n::{Localizer, Message};
use std::fmt::Write as _;

/// Version of the JSON document printed by `coverage --format json` (see docs/cli.md).
pub const JSON_VERSION: u32 = 1;

/// Longest requirement text shown in text and Markdown output.
const EXCERPT_CHARS: usize = 72;

/// Why a feature's coverage is (not) meaningful, in words.
fn state_note(f: &FeatureCoverage, l: &Localizer) -> String {
    let tasks = f.tasks_path.as_deref().map(file_name).unwrap_or("tasks.md");
    let requirements = f.counts.requirements;
    let message = match f.state {
        CoverageState::NoSpec => Message::new("cli-coverage-no-spec"),
        CoverageState::NoRequirements => Message::new("cli-coverage-no-ids"),
        CoverageState::NoTasks => Message::new("cli-coverage-no-tasks").arg("requirements", requirements),
        CoverageState::NoCitations => Message::new("cli-coverage-no-citations")
            .arg("requirements", requirements)
            .arg("tasks", tasks),
        CoverageState::Traced => Message::new("cli-coverage-traced")
            .arg("covered", f.counts.covered)
            .arg("requirements", requirements)
            .arg("kinds", by_kind(&f.requirements, l))
            .arg("citing", f.counts.citing_tasks)
            .arg("total", f.counts.tasks),
    };
    l.format(&message)
}

/// `FR 5/6, SC 1/3`.
fn by_kind(requirements: &[RequirementCoverage], l: &Localizer) -> String {
    let other = l.text("cli-coverage-other");
    let kinds = [
        (RequirementKind::Functional, "FR"),
        (RequirementKind::NonFunctional, "NFR"),
        (RequirementKind::SuccessCriterion, "SC"),
        (RequirementKind::Other, other.as_str()),
    ];
    kinds
        .iter()
        .filter_map(|(kind, name)| {
            let of_kind: Vec<_> = requirements
                .iter()
                .filter(|r| r.requirement.kind == *kind)
                .collect();
            (!of_kind.is_empty()).then(|| {
                let covered = of_kind.iter().filter(|r| r.is_covered()).count();
                format!("{name} {covered}/{}", of_kind.len())
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

fn cited_by(cited_in: CitedIn, item: Option<&String>, l: &Localizer) -> String {
    let what = l.text(match cited_in {
        CitedIn::Task => "cli-coverage-task",
        CitedIn::Traceability => "cli-coverage-traceability-line",
        CitedIn::Checklist => "cli-coverage-checklist-item",
    });
    match item {
        Some(id) => format!("{what} {id}"),
        None => what,
    }
}

/// A finding's label (`uncovered`, …) padded to the column the English labels make.
fn label(l: &Localizer, id: &str) -> String {
    let text = l.text(id);
    let width: usize = text
        .chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum();
    format!("{text}{}", " ".repeat(9usize.saturating_sub(width)))
}

/// Human output in `l`'s language: per feature a status line, then each finding with its
/// `file:line`.
pub fn text(coverage: &RepoCoverage, verbose: bool, l: &Localizer) -> String {
    let mut out = String::new();
    for f in &coverage.features {
        let _ = writeln!(out, "{}  {}", f.rel_path, state_note(f, l));
        let spec = f.spec_path.as_deref().unwrap_or("spec.md");
        if f.state == CoverageState::Traced || verbose {
            for r in f.uncovered().filter(|_| f.state == CoverageState::Traced) {
                let q = &r.requirement;
                let _ = writeln!(
                    out,
                    "  {}  {:<8} {}:{}  {}",
                    label(l, "cli-coverage-uncovered"),
                    q.id,
                    spec,
                    q.id_span.line,
                    excerpt(&q.text)
                );
            }
        }
        for u in &f.unknown_citations {
            let why = Message::new("cli-coverage-cited-by")
                .arg("what", cited_by(u.cited_in, u.item_id.as_ref(), l))
                .arg("file", file_name(spec));
            let _ = writeln!(
                out,
                "  {}  {:<8} {}:{}  {}",
                label(l, "cli-coverage-unknown"),
                u.id,
                u.rel_path,
                u.span.line,
                l.format(&why)
            );
        }
        for d in &f.duplicates {
            let first = Message::new("cli-coverage-defined-at").arg("line", d.first.line);
            let _ = writeln!(
                out,
                "  {}  {:<8} {}:{}  {}",
                label(l, "cli-coverage-duplicate"),
                d.id,
                spec,
                d.again.line,
                l.format(&first)
            );
        }
        if verbose && f.state == CoverageState::Traced {
            for r in f.requirements.iter().filter(|r| r.is_covered()) {
                let tasks: Vec<String> = r
                    .tasks
                    .iter()
                    .map(|t| {
                        t.task_id.clone().unwrap_or_else(|| {
                            l.format(&Message::new("cli-coverage-line").arg("line", t.line))
                        })
                    })
                    .collect();
                let covered = label(l, "cli-coverage-covered");
                let _ = writeln!(out, "  {covered}  {:<8} {}", r.requirement.id, tasks.join(", "));
            }
        }
    }
    out.push_str(&summary(coverage, l));
    out
}

fn summary(coverage: &RepoCoverage, l: &Localizer) -> String {
    let t = &coverage.traced;
    let count = |state| coverage.features.iter().filter(|f| f.state == state).count();
    let mut parts = vec![l.format(
        &Message::new("cli-coverage-summary")
            .arg("features", coverage.features.len())
            .arg("traced", coverage.traced_features)
            .arg("requirements", t.requirements)
            .arg("covered", t.covered)
            .arg("uncovered", t.uncovered),
    )];
    let untraced = count(CoverageState::NoCitations);
    if untraced > 0 {
        parts.push(l.format(&Message::new("cli-coverage-untraced").arg("count", untraced)));
    }
    let no_tasks = count(CoverageState::NoTasks);
    if no_tasks > 0 {
        parts.push(l.format(&Message::new("cli-coverage-without-tasks").arg("count", no_tasks)));
    }
    let unknown = coverage.summary.unknown_citations;
    parts.push(l.format(&Message::new("cli-coverage-unknown-citations").arg("count", unknown)));
    if coverage.summary.duplicates > 0 {
        let duplicates = coverage.summary.duplicates;
        parts.push(l.format(&Message::new("cli-coverage-duplicates").arg("count", duplicates)));
    }
    let ids = Message::new("cli-coverage-ids").arg("prefixes", coverage.style.prefixes.join(", "));
    let separator = l.text("cli-coverage-separator");
    format!("\n{} {}\n", parts.join(&separator), l.format(&ids))
}

/// `{version, style, summary, features[]}`: everything, spans included.
pub fn json(coverage: &RepoCoverage) -> String {
    let doc = serde_json::json!({
        "version": JSON_VERSION,
        "style": coverage.style,
        "summary": coverage.summary,
        "traced": coverage.traced,
        "tracedFeatures": coverage.traced_features,
        "features": coverage.features,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn escape_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A table per repository and a list of findings, for a review comment.
pub fn markdown(coverage: &RepoCoverage) -> String {
    // The Markdown report stays English, as the CLI's other reports.
    let english = Localizer::new(specdesk_core::i18n::Locale::En);
    let mut out = String::from("# Requirement coverage\n\n");
    out.push_str("| Feature | Requirements | Covered | Uncovered | Unknown citations | Note |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- |\n");
    for f in &coverage.features {
        let traced = f.state == CoverageState::Traced;
        let dash = |n: usize| if traced { n.to_string() } else { "—".to_string() };
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            f.feature,
            f.counts.requirements,
            dash(f.counts.covered),
            dash(f.counts.uncovered),
            f.counts.unknown_citations,
            escape_cell(&state_note(f, &english))
        );
    }
    let findings: Vec<&FeatureCoverage> = coverage
        .features
        .iter()
        .filter(|f| {
            (f.state == CoverageState::Traced && f.counts.uncovered > 0) || !f.unknown_citations.is_empty()
        })
        .collect();
    if !findings.is_empty() {
        out.push_str("\n## Findings\n");
    }
    for f in findings {
        let _ = writeln!(out, "\n### `{}`\n", f.feature);
        let spec = f.spec_path.as_deref().unwrap_or("spec.md");
        for r in f.uncovered().filter(|_| f.state == CoverageState::Traced) {
            let q = &r.requirement;
            let _ = writeln!(
                out,
                "- **{}** has no task (`{}:{}`): {}",
                q.id,
                spec,
                q.id_span.line,
                escape_cell(&excerpt(&q.text))
            );
        }
        for u in &f.unknown_citations {
            let _ = writeln!(
                out,
                "- **{}** is cited by {} (`{}:{}`) but not defined in `{}`",
                u.id,
                cited_by(u.cited_in, u.item_id.as_ref(), &english),
                u.rel_path,
                u.span.line,
                file_name(spec)
            );
        }
    }
    out.push_str(&summary(coverage, &english));
    out
}
