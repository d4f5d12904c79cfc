//! `coverage`: which tasks cite each requirement, as text, JSON or Markdown.

use specdesk_core::coverage::{
    CitedIn, CoverageState, FeatureCoverage, RepoCoverage, RequirementCoverage, RequirementKind,
};
use std::fmt::Write as _;

/// Version of the JSON document printed by `coverage --format json` (see docs/cli.md).
pub const JSON_VERSION: u32 = 1;

/// Longest requirement text shown in text and Markdown output.
const EXCERPT_CHARS: usize = 72;

/// Why a feature's coverage is (not) meaningful, in words.
fn state_note(f: &FeatureCoverage) -> String {
    let tasks = f.tasks_path.as_deref().map(file_name).unwrap_or("tasks.md");
    match f.state {
        CoverageState::NoSpec => "no spec.md".to_string(),
        CoverageState::NoRequirements => "spec.md defines no requirement ids".to_string(),
        CoverageState::NoTasks => format!("{} requirement(s); no tasks.md yet", f.counts.requirements),
        CoverageState::NoCitations => format!(
            "{} requirement(s); {tasks} never cites a requirement id, so coverage can't be judged",
            f.counts.requirements
        ),
        CoverageState::Traced => format!(
            "{}/{} requirement(s) covered by tasks ({}); {} of {} tasks cite requirement ids",
            f.counts.covered,
            f.counts.requirements,
            by_kind(&f.requirements),
            f.counts.citing_tasks,
            f.counts.tasks
        ),
    }
}

/// `FR 5/6, SC 1/3`.
fn by_kind(requirements: &[RequirementCoverage]) -> String {
    let kinds = [
        (RequirementKind::Functional, "FR"),
        (RequirementKind::NonFunctional, "NFR"),
        (RequirementKind::SuccessCriterion, "SC"),
        (RequirementKind::Other, "other"),
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

fn cited_by(cited_in: CitedIn, item: Option<&String>) -> String {
    let what = match cited_in {
        CitedIn::Task => "task",
        CitedIn::Traceability => "traceability line",
        CitedIn::Checklist => "checklist item",
    };
    match item {
        Some(id) => format!("{what} {id}"),
        None => what.to_string(),
    }
}

/// Human output: per feature a status line, then each finding with its `file:line`.
pub fn text(coverage: &RepoCoverage, verbose: bool) -> String {
    let mut out = String::new();
    for f in &coverage.features {
        let _ = writeln!(out, "{}  {}", f.rel_path, state_note(f));
        let spec = f.spec_path.as_deref().unwrap_or("spec.md");
        if f.state == CoverageState::Traced || verbose {
            for r in f.uncovered().filter(|_| f.state == CoverageState::Traced) {
                let q = &r.requirement;
                let _ = writeln!(
                    out,
                    "  uncovered  {:<8} {}:{}  {}",
                    q.id,
                    spec,
                    q.id_span.line,
                    excerpt(&q.text)
                );
            }
        }
        for u in &f.unknown_citations {
            let _ = writeln!(
                out,
                "  unknown    {:<8} {}:{}  cited by {} but not defined in {}",
                u.id,
                u.rel_path,
                u.span.line,
                cited_by(u.cited_in, u.item_id.as_ref()),
                file_name(spec)
            );
        }
        for d in &f.duplicates {
            let _ = writeln!(
                out,
                "  duplicate  {:<8} {}:{}  already defined at line {}",
                d.id, spec, d.again.line, d.first.line
            );
        }
        if verbose && f.state == CoverageState::Traced {
            for r in f.requirements.iter().filter(|r| r.is_covered()) {
                let tasks: Vec<String> = r
                    .tasks
                    .iter()
                    .map(|t| t.task_id.clone().unwrap_or_else(|| format!("line {}", t.line)))
                    .collect();
                let _ = writeln!(out, "  covered    {:<8} {}", r.requirement.id, tasks.join(", "));
            }
        }
    }
    out.push_str(&summary(coverage));
    out
}

fn summary(coverage: &RepoCoverage) -> String {
    let t = &coverage.traced;
    let count = |state| coverage.features.iter().filter(|f| f.state == state).count();
    let mut line = format!(
        "\n{} feature(s); {} with tasks citing requirement ids: {} requirement(s), {} covered, {} uncovered",
        coverage.features.len(),
        coverage.traced_features,
        t.requirements,
        t.covered,
        t.uncovered
    );
    let untraced = count(CoverageState::NoCitations);
    if untraced > 0 {
        let _ = write!(line, "; {untraced} whose tasks cite no requirement ids");
    }
    let no_tasks = count(CoverageState::NoTasks);
    if no_tasks > 0 {
        let _ = write!(line, "; {no_tasks} without tasks.md");
    }
    let _ = write!(
        line,
        "; {} unknown citation(s)",
        coverage.summary.unknown_citations
    );
    if coverage.summary.duplicates > 0 {
        let _ = write!(line, "; {} duplicate definition(s)", coverage.summary.duplicates);
    }
    let _ = writeln!(line, " (ids: {})", coverage.style.prefixes.join(", "));
    line
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
            escape_cell(&state_note(f))
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
                cited_by(u.cited_in, u.item_id.as_ref()),
                u.rel_path,
                u.span.line,
                file_name(spec)
            );
        }
    }
    out.push_str(&summary(coverage));
    out
}
