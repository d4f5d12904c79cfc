//! Reports of a repository review ([`RepoReview`]): what a lead pastes into a review meeting or
//! mails around.
//!
//! - [`markdown`]: a summary line, one overview table (a row per feature), then a section per
//!   feature with a table of its validation, plan checklist, tasks per phase, checklists and
//!   coverage, and the plan checklist items still open.
//! - [`html`]: the same as one self-contained HTML file — inline CSS, no script, no external
//!   resource, every text escaped — with light typography that prints well.
//!
//! - [`portfolio_markdown`]: every feature in flight across branches ([`Portfolio`]) as one
//!   table, each row saying where the feature is shown from and where else it is.
//!
//! All are pure functions of the review (plus an optional "generated" line), so they are
//! deterministic and testable.

use crate::branches::{BranchFeature, Portfolio, SourceKind};
use crate::coverage::CoverageState;
use crate::document_export::EXPORT_CSP;
use crate::error::Result;
use crate::i18n::scoped::{format as trf, text as tr};
use crate::i18n::Message;
use crate::render::escape_html;
use crate::report_diagrams::ReportDiagrams;
use crate::review::{CoverageSummary, FeatureReview, RepoReview, Stage, Validation};
use crate::status::Progress;
use std::fmt::Write as _;
use std::path::Path;

/// `3/5 (60%)`, or `—` when there is nothing to count.
pub fn progress_text(p: Progress) -> String {
    if p.total == 0 {
        "—".to_string()
    } else {
        format!("{}/{} ({}%)", p.done, p.total, p.percent())
    }
}

/// `clean`, `2 errors, 1 warning`, `no plan`, `unreadable`, or why the plan is unreadable:
/// `plan.md is not UTF-8 (looks like windows-1251)`.
pub fn validation_text(f: &FeatureReview) -> String {
    let counts = f.diagnostics.unwrap_or_default();
    match f.validation {
        Validation::NoPlan => tr("report-no-plan"),
        Validation::Unreadable => f
            .unreadable
            .iter()
            .find(|u| u.kind == crate::repo::DocumentKind::Plan)
            .map_or_else(
                || tr("report-unreadable"),
                |u| {
                    let reason = u.reason_in(crate::i18n::scoped::current());
                    trf(&Message::new("report-unreadable-plan")
                        .arg("name", &u.name)
                        .arg("reason", reason))
                },
            ),
        Validation::Clean => tr("report-clean"),
        Validation::Warnings => trf(&Message::new("count-warnings").arg("count", counts.warnings)),
        Validation::Errors if counts.warnings == 0 => {
            trf(&Message::new("count-errors").arg("count", counts.errors))
        }
        Validation::Errors => trf(&Message::new("report-counts")
            .arg(
                "errors",
                trf(&Message::new("count-errors").arg("count", counts.errors)),
            )
            .arg(
                "warnings",
                trf(&Message::new("count-warnings").arg("count", counts.warnings)),
            )),
    }
}

/// `8/9 covered`, or why coverage can't be judged.
pub fn coverage_text(c: &CoverageSummary) -> String {
    match c.state {
        CoverageState::Traced => trf(&Message::new("report-coverage-traced")
            .arg("covered", c.covered)
            .arg("requirements", c.requirements)),
        CoverageState::NoCitations => {
            trf(&Message::new("report-coverage-not-traced").arg("requirements", c.requirements))
        }
        CoverageState::NoTasks => {
            trf(&Message::new("report-coverage-no-tasks").arg("requirements", c.requirements))
        }
        CoverageState::NoRequirements => tr("report-coverage-no-ids"),
        CoverageState::NoSpec => tr("report-coverage-no-spec"),
    }
}

/// `2026-03-01 14:05 UTC`, or `—`.
pub fn time_text(ms: Option<u64>) -> String {
    ms.and_then(|ms| chrono::DateTime::from_timestamp_millis(ms as i64))
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| "—".to_string())
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The one-line summary of the whole repository.
pub fn summary_line(review: &RepoReview) -> String {
    let s = &review.summary;
    trf(&Message::new("report-summary")
        .arg("features", s.features)
        .arg("plans", s.plans)
        .arg("failing", review.failing)
        .arg(
            "errors",
            trf(&Message::new("count-errors").arg("count", s.errors)),
        )
        .arg(
            "warnings",
            trf(&Message::new("count-warnings").arg("count", s.warnings)),
        )
        .arg("tasks", progress_text(s.tasks))
        .arg("planChecklists", progress_text(s.plan_checklists))
        .arg("checklists", progress_text(s.checklists))
        .arg("coverage", progress_text(review.coverage)))
}

/// `Spec only 1 · Planned 2 · …`.
fn stages_line(review: &RepoReview) -> String {
    review
        .stages
        .iter()
        .map(|s| format!("{} {}", stage_label(s.stage), s.features))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The title of a feature as a heading: `001 Photo albums`.
fn heading(f: &FeatureReview) -> String {
    format!("{} {}", f.number, f.title)
}

// ----- Markdown --------------------------------------------------------------------------------

/// Escape `text` for a Markdown table cell or heading: Markdown punctuation is backslash-escaped
/// (so `<script>` stays text and `|` doesn't end the cell), line breaks become spaces.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn md_row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

fn md_header(cells: &[&str]) -> String {
    format!("| {} |\n|{}\n", cells.join(" | "), " --- |".repeat(cells.len()))
}

/// The review as Markdown. `generated` (e.g. a date) is printed under the title when given.
pub fn markdown(review: &RepoReview, generated: Option<&str>) -> String {
    markdown_with_diagrams(review, generated, &ReportDiagrams::none())
}

/// [`markdown`] with each feature's Mermaid diagrams as fenced sources ([`crate::report_diagrams`]).
pub fn markdown_with_diagrams(
    review: &RepoReview,
    generated: Option<&str>,
    diagrams: &ReportDiagrams,
) -> String {
    let title = trf(&Message::new("report-title").arg("name", escape_markdown(&review.name)));
    let mut out = format!("# {title}\n\n");
    if let Some(when) = generated {
        let generated = trf(&Message::new("report-generated").arg("when", escape_markdown(when)));
        let _ = writeln!(out, "_{generated}_\n");
    }
    let _ = writeln!(out, "**{}**\n", escape_markdown(&summary_line(review)));
    let stages = trf(&Message::new("report-stages").arg("stages", stages_line(review)));
    let _ = writeln!(out, "{stages}\n");
    let headers = OVERVIEW_HEADERS.map(tr);
    out.push_str(&md_header(&headers.each_ref().map(String::as_str)));
    for f in &review.features {
        out.push_str(&md_row(&[
            escape_markdown(&f.dir_name),
            escape_markdown(&validation_text(f)),
            stage_label(f.stage).to_string(),
            progress_text(plan_progress(f)),
            f.tasks
                .map(progress_text)
                .unwrap_or_else(|| tr("report-no-tasks-file")),
            progress_text(f.checklist_progress),
            escape_markdown(&coverage_text(&f.coverage)),
            time_text(f.modified_ms),
        ]));
    }
    for f in &review.features {
        out.push('\n');
        out.push_str(&markdown_feature(f));
        out.push_str(&diagrams.markdown_section(f));
    }
    out
}

fn plan_progress(f: &FeatureReview) -> Progress {
    f.plan_checklist.as_ref().map(|c| c.progress).unwrap_or_default()
}

/// One feature's section: a table of what is known about it, then its open plan items.
fn markdown_feature(f: &FeatureReview) -> String {
    let mut out = format!("## {}\n\n", escape_markdown(&heading(f)));
    let _ = writeln!(
        out,
        "`{}` · {}\n",
        f.rel_path.replace('`', "'"),
        stage_label(f.stage)
    );
    out.push_str(&md_header(&["", &tr("report-progress")]));
    for (what, value) in feature_facts(f) {
        out.push_str(&md_row(&[escape_markdown(&what), escape_markdown(&value)]));
    }
    let open: Vec<_> = open_plan_items(f).collect();
    if !open.is_empty() {
        let _ = writeln!(out, "\n{}\n", tr("report-open-items"));
        for text in open {
            let _ = writeln!(out, "- [ ] {}", escape_markdown(text));
        }
    }
    out
}

/// The rows of a feature's table: (what, value).
fn feature_facts(f: &FeatureReview) -> Vec<(String, String)> {
    let mut facts = vec![(tr("report-validation"), validation_text(f))];
    if f.placeholders > 0 {
        facts.push((tr("report-placeholders"), f.placeholders.to_string()));
    }
    facts.push((tr("report-plan-checklist"), progress_text(plan_progress(f))));
    facts.push((
        tr("report-tasks"),
        f.tasks
            .map(progress_text)
            .unwrap_or_else(|| tr("report-no-tasks-file")),
    ));
    for phase in &f.phases {
        let title = if phase.title.is_empty() {
            tr("report-before-any-phase")
        } else {
            phase.title.clone()
        };
        facts.push((format!("· {title}"), progress_text(phase.progress)));
    }
    for c in &f.checklists {
        facts.push((
            trf(&Message::new("report-checklist").arg("name", &c.name)),
            progress_text(c.progress),
        ));
    }
    facts.push((tr("report-coverage"), coverage_text(&f.coverage)));
    facts.push((tr("report-last-change"), time_text(f.modified_ms)));
    facts
}

fn open_plan_items(f: &FeatureReview) -> impl Iterator<Item = &str> {
    f.plan_checklist
        .iter()
        .flat_map(|c| c.items.iter())
        .filter(|i| !i.checked)
        .map(|i| i.text.as_str())
}

// ----- HTML ------------------------------------------------------------------------------------

const CSS: &str = "
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --bar: #0969da; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
h1 { font-size: 1.6rem; font-weight: 600; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; font-weight: 600; margin: 0 0 .25rem; }
.meta, .path { color: var(--muted); font-size: .9rem; }
.summary { margin: .75rem 0; font-weight: 500; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: var(--soft); }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
.clean { color: var(--ok); } .warnings { color: var(--warn); } .errors, .unreadable { color: var(--bad); }
.noPlan { color: var(--muted); }
.bar { display: inline-block; width: 5rem; height: .5rem; margin-right: .4rem; border: 1px solid var(--line);
  border-radius: 3px; vertical-align: middle; overflow: hidden; background: var(--soft); }
.bar > span { display: block; height: 100%; background: var(--bar); }
.feature { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1.25rem; break-inside: avoid; }
.feature table { width: auto; min-width: 26rem; }
ul.open { margin: .25rem 0 0; padding-left: 1.2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  .bar, .bar > span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .feature { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
";

/// A progress cell: a small bar and `3/5 (60%)`.
fn html_progress(p: Progress) -> String {
    if p.total == 0 {
        return "—".to_string();
    }
    format!(
        "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{}%\"></span></span>{}",
        p.percent(),
        escape_html(&progress_text(p))
    )
}

fn validation_class(v: Validation) -> &'static str {
    match v {
        Validation::NoPlan => "noPlan",
        Validation::Unreadable => "unreadable",
        Validation::Clean => "clean",
        Validation::Warnings => "warnings",
        Validation::Errors => "errors",
    }
}

/// An `id` for a feature's section, from its folder (only `[A-Za-z0-9-_]` kept).
fn anchor(f: &FeatureReview) -> String {
    let safe: String = f
        .rel_path
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("f-{safe}")
}

/// The review as one self-contained HTML document. `generated` is printed under the title.
pub fn html(review: &RepoReview, generated: Option<&str>) -> String {
    html_with_diagrams(review, generated, &ReportDiagrams::none())
}

/// [`html`] with each feature's Mermaid diagrams in its section ([`crate::report_diagrams`]).
pub fn html_with_diagrams(review: &RepoReview, generated: Option<&str>, diagrams: &ReportDiagrams) -> String {
    let title = trf(&Message::new("report-title").arg("name", &review.name));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{EXPORT_CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"SpecDesk\">\n<title>{}</title>\n<style>{CSS}</style>\n{}</head>\n<body>\n",
        crate::i18n::scoped::current().tag(),
        escape_html(&title),
        diagrams.html_head()
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&title));
    if let Some(when) = generated {
        let generated = trf(&Message::new("report-generated").arg("when", when));
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape_html(&generated));
    }
    let _ = writeln!(
        out,
        "<p class=\"summary\">{}</p>",
        escape_html(&summary_line(review))
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&trf(
            &Message::new("report-stages").arg("stages", stages_line(review))
        ))
    );
    out.push_str(&html_overview(review));
    for f in &review.features {
        out.push_str(&html_feature(f, diagrams));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn html_overview(review: &RepoReview) -> String {
    let headers: String = OVERVIEW_HEADERS
        .iter()
        .map(|id| format!("<th>{}</th>", escape_html(&tr(id))))
        .collect();
    let mut out = format!("<table class=\"overview\">\n<thead><tr>{headers}</tr></thead>\n<tbody>\n");
    for f in &review.features {
        let _ = writeln!(
            out,
            "<tr data-feature=\"{}\"><td><a href=\"#{}\">{}</a></td><td class=\"{}\">{}</td><td>{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            escape_html(&f.dir_name),
            anchor(f),
            escape_html(&heading(f)),
            validation_class(f.validation),
            escape_html(&validation_text(f)),
            stage_label(f.stage),
            html_progress(plan_progress(f)),
            f.tasks.map(html_progress).unwrap_or_else(|| tr("report-no-tasks-file")),
            html_progress(f.checklist_progress),
            escape_html(&coverage_text(&f.coverage)),
            escape_html(&time_text(f.modified_ms)),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn html_feature(f: &FeatureReview, diagrams: &ReportDiagrams) -> String {
    let mut out = format!(
        "<section class=\"feature\" id=\"{}\">\n<h2>{}</h2>\n<p class=\"path\">{} · {}</p>\n<table>\n<tbody>\n",
        anchor(f),
        escape_html(&heading(f)),
        escape_html(&f.rel_path),
        stage_label(f.stage),
    );
    let _ = writeln!(
        out,
        "<tr><th scope=\"row\">{}</th><td class=\"{}\">{}</td></tr>",
        escape_html(&tr("report-validation")),
        validation_class(f.validation),
        escape_html(&validation_text(f))
    );
    for (what, value) in feature_facts(f).into_iter().skip(1) {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>",
            escape_html(&what),
            escape_html(&value)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let open: Vec<_> = open_plan_items(f).collect();
    if !open.is_empty() {
        let heading = escape_html(&tr("report-open-items"));
        let _ = writeln!(out, "<p class=\"meta\">{heading}</p>\n<ul class=\"open\">");
        for text in open {
            let _ = writeln!(out, "<li>{}</li>", escape_html(text));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&diagrams.html_section(f));
    out.push_str("</section>\n");
    out
}

/// The cells of one portfolio row (every branch): feature, where it is shown from, stage, plan
/// validation, plan checklist, tasks, checklists, last change, also on. Plain text: the Markdown
/// report escapes them, the CLI's text output pads them.
pub fn portfolio_cells(p: &Portfolio, f: &BranchFeature) -> [String; 9] {
    let source = p.source_of(f);
    let from = match (source.kind, &source.worktree) {
        (SourceKind::Checkout, _) => trf(&Message::new("report-from-checkout").arg("name", &source.name)),
        (SourceKind::Local, Some(path)) => trf(&Message::new("report-from-worktree")
            .arg("name", &source.name)
            .arg("path", path)),
        _ => source.name.clone(),
    };
    let r = &f.review;
    [
        r.dir_name.clone(),
        from,
        stage_label(r.stage),
        validation_text(r),
        progress_text(plan_progress(r)),
        progress_text(r.tasks.unwrap_or_default()),
        progress_text(r.checklist_progress),
        time_text(r.modified_ms),
        if f.also_on.is_empty() {
            "—".to_string()
        } else {
            f.also_on.join(", ")
        },
    ]
}

/// The column headings of [`portfolio_cells`].
pub const PORTFOLIO_HEADERS: [&str; 9] = [
    "Feature",
    "From",
    "Stage",
    "Plan",
    "Plan checklist",
    "Tasks",
    "Checklists",
    "Last change",
    "Also on",
];

/// Every feature in flight (`status --all-branches --format markdown`): one table, a row per
/// feature with the branch it is shown from and the others it is also on, then the stages and
/// what could not be shown.
pub fn portfolio_markdown(name: &str, p: &Portfolio) -> String {
    let mut out = format!(
        "# Features in flight: {}

",
        escape_markdown(name)
    );
    let stages: Vec<String> = p
        .stages
        .iter()
        .map(|s| format!("{} {}", s.stage.label(), s.features))
        .collect();
    let _ = writeln!(
        out,
        "**{} on {}** — {}
",
        plural(p.features.len(), "feature"),
        match p.sources.len() {
            1 => "1 branch".to_string(),
            n => format!("{n} branches"),
        },
        stages.join(" · ")
    );
    out.push_str(&md_header(&PORTFOLIO_HEADERS));
    for f in &p.features {
        let cells = portfolio_cells(p, f).map(|c| escape_markdown(&c));
        out.push_str(&md_row(&cells));
    }
    if !p.notes.is_empty() {
        out.push('\n');
        for note in &p.notes {
            let _ = writeln!(out, "> {}", escape_markdown(note));
        }
    }
    out
}

/// The stage's name in this thread's language (English: [`Stage::label`]).
pub fn stage_label(stage: Stage) -> String {
    let id = match stage {
        Stage::Specified => "report-stage-specified",
        Stage::Planned => "report-stage-planned",
        Stage::TasksWritten => "report-stage-tasks-written",
        Stage::InProgress => "report-stage-in-progress",
        Stage::Done => "report-stage-done",
    };
    tr(id)
}

/// The overview table's column headings (messages).
const OVERVIEW_HEADERS: [&str; 8] = [
    "report-feature",
    "report-plan",
    "report-stage",
    "report-plan-checklist",
    "report-tasks",
    "report-checklists",
    "report-coverage",
    "report-last-change",
];

/// The report format of a file name: `.md`/`.markdown` → Markdown, anything else → HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Markdown,
    Html,
}

impl ReportFormat {
    /// The format a report saved at `path` should have, by its extension.
    pub fn for_path(path: &Path) -> ReportFormat {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if ext == "md" || ext == "markdown" {
            ReportFormat::Markdown
        } else {
            ReportFormat::Html
        }
    }

    /// The report of `review` in this format.
    pub fn render(self, review: &RepoReview, generated: Option<&str>) -> String {
        match self {
            ReportFormat::Markdown => markdown(review, generated),
            ReportFormat::Html => html(review, generated),
        }
    }
}

/// Write a report to `path` (a place the user chose, usually outside any repository)
/// atomically: a temporary file in the same folder, flushed to disk, then renamed over `path`.
/// A reader never sees half a report, and a failed write leaves `path` as it was.
pub fn write_report(path: &Path, text: &str) -> Result<()> {
    crate::store::write_chosen(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::DiagnosticCounts;
    use crate::review::{PhaseProgress, StageCount};
    use crate::status::{ChecklistItem, ChecklistStatus, NamedChecklist, RepoSummary};
    use crate::template::TemplateSource;

    fn p(done: usize, total: usize) -> Progress {
        Progress { done, total }
    }

    fn feature(number: &str, title: &str, validation: Validation, errors: usize) -> FeatureReview {
        FeatureReview {
            rel_path: format!("specs/{number}-x"),
            dir_name: format!("{number}-x"),
            number: number.into(),
            slug: "x".into(),
            title: title.into(),
            stage: Stage::InProgress,
            validation,
            diagnostics: Some(DiagnosticCounts {
                errors,
                warnings: 1,
                infos: 0,
            }),
            placeholders: 2,
            plan_path: Some(format!("specs/{number}-x/plan.md")),
            plan_hash: Some("h".into()),
            plan_checklist: Some(ChecklistStatus {
                items: vec![
                    item(0, "Summary written", true),
                    item(1, "Risks <logged> & owned", false),
                ],
                progress: p(1, 2),
            }),
            tasks_path: None,
            tasks: Some(p(3, 12)),
            phases: vec![PhaseProgress {
                title: "Phase 1: Setup".into(),
                line: 5,
                progress: p(3, 4),
            }],
            checklists: vec![NamedChecklist {
                rel_path: format!("specs/{number}-x/checklists/ux.md"),
                name: "ux".into(),
                progress: p(2, 7),
            }],
            checklist_progress: p(2, 7),
            coverage: CoverageSummary {
                state: CoverageState::Traced,
                covered: 8,
                requirements: 9,
            },
            overall: p(6, 21),
            modified_ms: Some(1_772_323_200_000),
            documents: 4,
            unreadable: Vec::new(),
        }
    }

    fn item(index: usize, text: &str, checked: bool) -> ChecklistItem {
        ChecklistItem {
            index,
            id: None,
            text: text.into(),
            checked,
            line: index as u32 + 10,
            section: Some("Status Checklist".into()),
        }
    }

    fn review() -> RepoReview {
        let features = vec![
            feature("001", "Photo albums", Validation::Clean, 0),
            feature(
                "002",
                "<script>alert('x')</script> | pipes",
                Validation::Errors,
                2,
            ),
            feature("003", "Third", Validation::Warnings, 0),
        ];
        RepoReview {
            name: "demo".into(),
            template: TemplateSource::BuiltinLite,
            summary: RepoSummary {
                features: 3,
                plans: 3,
                tasks: p(9, 36),
                plan_checklists: p(3, 6),
                checklists: p(6, 21),
                errors: 2,
                warnings: 3,
            },
            stages: vec![StageCount {
                stage: Stage::InProgress,
                features: 3,
            }],
            coverage: p(24, 27),
            failing: 1,
            placeholders: 6,
            features,
        }
    }

    #[test]
    fn markdown_lists_every_feature_with_its_counts() {
        let md = markdown(&review(), Some("2026-03-01"));
        assert!(md.starts_with("# Spec review: demo\n"));
        assert!(md.contains("_Generated 2026-03-01_"));
        assert!(
            md.contains("3 features, 3 plans; 1 failing validation; 2 errors, 3 warnings; tasks 9/36 (25%)")
        );
        assert!(md.contains("| Feature | Plan | Stage |"));
        assert!(
            md.contains("\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"),
            "{md}"
        );
        assert!(md.contains("\n|  | Progress |\n| --- | --- |\n"), "{md}");
        for n in ["001", "002", "003"] {
            assert!(md.contains(&format!("| {n}-x | ")), "{n} row");
            assert!(md.contains(&format!("\n## {n} ")), "{n} section");
        }
        assert!(
            md.contains("| 001-x | clean | In progress | 1/2 (50%) | 3/12 (25%) | 2/7 (28%) | 8/9 covered |")
        );
        assert!(md.contains("| 002-x | 2 errors, 1 warning |"));
        assert!(md.contains("| 003-x | 1 warning |"));
        assert!(md.contains("| · Phase 1: Setup | 3/4 (75%) |"));
        assert!(md.contains("| Checklist ux | 2/7 (28%) |"));
        assert!(md.contains("| Unfilled placeholders | 2 |"));
        assert!(md.contains("- [ ] Risks \\<logged\\> \\& owned"));
        assert!(!md.contains("- [ ] Summary written"));
        assert!(md.contains("2026-03-01 00:00 UTC"));
    }

    #[test]
    fn markdown_escapes_html_and_table_syntax() {
        let md = markdown(&review(), None);
        assert!(!md.contains("<script>"));
        assert!(md.contains("## 002 \\<script\\>alert('x')\\</script\\> \\| pipes"));
        // Rendered by a CommonMark renderer without a sanitizer, the title stays text.
        let mut html = String::new();
        pulldown_cmark::html::push_html(
            &mut html,
            pulldown_cmark::Parser::new_ext(&md, crate::markdown::options()),
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert"));
        // Every overview row has the table's 8 cells, also the one with a `|` in its data.
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| 00")).collect();
        assert_eq!(rows.len(), 3);
        for row in rows {
            let cells = row.replace("\\|", "").matches('|').count();
            assert_eq!(cells, 9, "{row}");
        }
    }

    #[test]
    fn html_is_self_contained_escaped_and_complete() {
        let doc = html(&review(), Some("today <b>"));
        assert!(doc.starts_with("<!DOCTYPE html>"));
        assert!(doc.contains("<style>") && doc.ends_with("</html>\n"));
        let lower = doc.to_lowercase();
        assert!(!lower.contains("<script"), "no script may appear");
        for external in ["src=", "http://", "https://", "<link", "@import", "url("] {
            assert!(!lower.contains(external), "external resource: {external}");
        }
        assert!(doc.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | pipes"));
        assert!(doc.contains("Generated today &lt;b&gt;"));
        for n in ["001", "002", "003"] {
            assert!(doc.contains(&format!("<tr data-feature=\"{n}-x\">")));
            assert!(doc.contains(&format!("<section class=\"feature\" id=\"f-specs-{n}-x\">")));
        }
        assert_eq!(doc.matches("<tr data-feature=").count(), 3);
        assert!(doc.contains("<td class=\"errors\">2 errors, 1 warning</td>"));
        assert!(doc.contains("style=\"width:25%\""));
        assert!(doc.contains("<li>Risks &lt;logged&gt; &amp; owned</li>"));
        assert!(doc.contains("@media print"));
    }

    #[test]
    fn reports_are_written_whole_and_formats_follow_the_extension() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("review.html");
        std::fs::write(&path, "old").unwrap();
        write_report(&path, "<!DOCTYPE html>new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "<!DOCTYPE html>new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
        assert!(write_report(&dir.path().join("missing/r.html"), "x").is_err());
        assert_eq!(
            ReportFormat::for_path(Path::new("a/r.MD")),
            ReportFormat::Markdown
        );
        assert_eq!(ReportFormat::for_path(Path::new("r.html")), ReportFormat::Html);
        assert_eq!(ReportFormat::for_path(Path::new("report")), ReportFormat::Html);
        assert!(ReportFormat::Markdown
            .render(&review(), None)
            .starts_with("# Spec review"));
    }

    #[test]
    fn texts_of_states() {
        let mut f = feature("001", "A", Validation::NoPlan, 0);
        assert_eq!(validation_text(&f), "no plan");
        f.validation = Validation::Unreadable;
        assert_eq!(validation_text(&f), "unreadable");
        f.unreadable.push(crate::status::Unreadable {
            rel_path: "specs/001-x/plan.md".into(),
            name: "plan.md".into(),
            kind: crate::repo::DocumentKind::Plan,
            code: "invalidUtf8".into(),
            encoding: Some("Shift_JIS".into()),
            reason: "not UTF-8 (looks like Shift_JIS)".into(),
        });
        assert_eq!(validation_text(&f), "plan.md is not UTF-8 (looks like Shift_JIS)");
        let c = |state, covered, requirements| CoverageSummary {
            state,
            covered,
            requirements,
        };
        assert_eq!(
            coverage_text(&c(CoverageState::NoCitations, 0, 1)),
            "not traced (1 requirement)"
        );
        assert_eq!(coverage_text(&c(CoverageState::NoSpec, 0, 0)), "no spec");
        assert_eq!(progress_text(p(0, 0)), "—");
        assert_eq!(time_text(None), "—");
    }
}
