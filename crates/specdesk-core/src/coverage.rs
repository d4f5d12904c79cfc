//! Requirement coverage: the requirement ids a feature's `spec.md` defines, and the tasks of its
//! `tasks.md` (and the items of its checklists) that cite each of them.
//!
//! Deterministic and explainable: plain text rules, no model, no network, and every finding
//! carries the [`Span`] it came from.
//!
//! - **Requirements** are definitions in `spec.md`: a line starting (after a list marker,
//!   heading marks or a table pipe, and bold) with an id followed by `:`, `—`, ` - ` or a cell
//!   end — `- **FR-001**: System MUST …`, `**SC-001:** …`, `### NFR-002: …`, `| FR-003 | … |`.
//!   The ids are `FR-`, `SC-` and `NFR-` plus whatever prefixes the repository's own
//!   `.specify/templates/spec-template.md` defines that way ([`IdStyle`]); a letter suffix
//!   (`FR-002a`) is part of the id.
//! - **Citations** are those ids anywhere in a task's text (continuation lines included) or a
//!   checklist item: `(FR-003, FR-004)`, `[FR-003]`, `Covers FR-003`, `[Spec §FR-001]`. Ranges
//!   are expanded (`FR-003 through FR-008`, `FR-003–FR-008`, `FR-001..FR-008`, `SC-001 to
//!   SC-007`), as are slash lists (`FR-020/021/023`). An id right after "spec 023" or
//!   "feature 007's" cites another feature and is ignored.
//! - **Traceability lines** in `tasks.md` (outside tasks: a table row, a bullet) that name both
//!   requirement ids and task ids (`| SC-003: … | T039, T040-T042 |`,
//!   `**Validation** (FR-003-FR-008): T005-T014`) link each of those tasks to each requirement.
//!
//! A `tasks.md` that never cites a requirement id is reported as such
//! ([`CoverageState::NoCitations`], `citations_found: false`) rather than as every requirement
//! uncovered.

use crate::plan::Plan;
use crate::repo::{DocumentKind, Feature, Repository};
use crate::span::{LineIndex, Span};
use regex::Regex;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// Where spec-kit keeps a repository's spec template, relative to the root.
pub const SPEC_TEMPLATE: &str = ".specify/templates/spec-template.md";

/// The requirement prefixes recognised in every repository.
pub const DEFAULT_PREFIXES: &[&str] = &["FR", "SC", "NFR"];

/// Ranges longer than this are not expanded (a typo, not a citation of 500 requirements).
const MAX_RANGE: u32 = 200;

/// Which requirement ids a repository uses: their prefixes (`FR`, `SC`, …).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IdStyle {
    /// Sorted, without the dash.
    pub prefixes: Vec<String>,
    /// Prefixes learned from the repository's spec template (beyond the defaults).
    pub from_template: Vec<String>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pattern: Regex,
    /// The number of the feature being read: "spec 023 FR-001" inside feature 023 is its own.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    own_feature: Option<u64>,
}

impl PartialEq for IdStyle {
    fn eq(&self, other: &IdStyle) -> bool {
        self.prefixes == other.prefixes && self.from_template == other.from_template
    }
}

impl Eq for IdStyle {}

impl Default for IdStyle {
    fn default() -> IdStyle {
        IdStyle::with_prefixes(Vec::new())
    }
}

impl IdStyle {
    /// The defaults plus `extra` prefixes (upper-case letters/digits, starting with a letter).
    pub fn with_prefixes(extra: Vec<String>) -> IdStyle {
        let mut prefixes: BTreeSet<String> = DEFAULT_PREFIXES.iter().map(|p| p.to_string()).collect();
        let valid = |p: &String| {
            p.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && p.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        };
        let from_template: Vec<String> = extra
            .into_iter()
            .filter(valid)
            .filter(|p| !prefixes.contains(p))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        prefixes.extend(from_template.iter().cloned());
        let prefixes: Vec<String> = prefixes.into_iter().collect();
        let alternation = prefixes
            .iter()
            .map(|p| regex::escape(p))
            .collect::<Vec<_>>()
            .join("|");
        // `FR-001`, `FR-002a`; not inside a longer word (`NFR-` is not `FR-`).
        let pattern = Regex::new(&format!(r"\b({alternation})-(\d{{1,4}})([a-z])?\b"))
            .unwrap_or_else(|_| Regex::new(r"\b(FR|SC|NFR)-(\d{1,4})([a-z])?\b").expect("constant regex"));
        IdStyle {
            prefixes,
            from_template,
            pattern,
            own_feature: None,
        }
    }

    /// This style, reading the documents of feature `number` (`"023"`): ids after "spec 023"
    /// are then this feature's own, not another's.
    pub fn for_feature(&self, number: &str) -> IdStyle {
        IdStyle {
            own_feature: number.parse().ok(),
            ..self.clone()
        }
    }

    /// Whether the text right before an id names another feature ("spec 022 ", "feature
    /// 007's ").
    fn names_other_feature(&self, before: &str) -> bool {
        foreign_marker()
            .captures(before)
            .and_then(|c| c[1].parse::<u64>().ok())
            .is_some_and(|n| Some(n) != self.own_feature)
    }

    /// The defaults plus the prefixes `template` (a spec template's text) defines ids with.
    pub fn from_template(template: &str) -> IdStyle {
        let plan = Plan::parse(template);
        let mut prefixes = Vec::new();
        for (line, range) in lines_with_ranges(template) {
            if in_any(&plan.code_blocks, range.start) {
                continue;
            }
            if let Some(def) = definition_head(line, generic_id()) {
                prefixes.push(def.prefix.to_string());
            }
        }
        IdStyle::with_prefixes(prefixes)
    }

    /// The style of `repo`: from its `.specify/templates/spec-template.md` when it has one.
    pub fn for_repo(repo: &Repository) -> IdStyle {
        match std::fs::read_to_string(repo.root.join(SPEC_TEMPLATE)) {
            Ok(text) => IdStyle::from_template(&text),
            Err(_) => IdStyle::default(),
        }
    }

    fn kind_of(&self, prefix: &str) -> RequirementKind {
        match prefix {
            "FR" => RequirementKind::Functional,
            "SC" => RequirementKind::SuccessCriterion,
            "NFR" => RequirementKind::NonFunctional,
            _ => RequirementKind::Other,
        }
    }
}

/// Any `ABC-123` id, for learning prefixes from a template.
fn generic_id() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\b([A-Z][A-Z0-9]{0,7})-(\d{1,4})([a-z])?\b").expect("constant regex"))
}

fn task_id_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\bT(\d{3,4})\b").expect("constant regex"))
}

fn checklist_id_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\s*(?:\*\*)?(CHK\d{3,4})\b").expect("constant regex"))
}

/// "spec 023 ", "feature 007's ", "spec #12 own ": what makes the next id another feature's.
fn foreign_marker() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:spec|feature|specs/)\s*#?(\d{3})[\w-]*(?:'s|’s)?(?:\s+own)?(?:[\s`*(\[,/]|[A-Z][A-Z0-9]*-\d+[a-z]?)*$",
        )
            .expect("constant regex")
    })
}

/// Text between two ids that chains them (`FR-001, FR-002`, `FR-001/FR-002`, `FR-001 and …`).
fn chain_separator() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(?:[\s,/&`*\[\]]|and|or)*$").expect("constant regex"))
}

/// Text between two ids that makes a range (`FR-003 through FR-008`, `FR-003–FR-008`).
fn range_separator() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^[\s`*]*(?:-|–|—|\.\.\.?|…|to|through|thru)[\s`*]*$").expect("constant regex")
    })
}

/// `/021/023` right after an id: more ids with the same prefix.
fn slash_numbers() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(?:`?\s*/\s*`?(\d{2,4})\b`?)+").expect("constant regex"))
}

/// What kind of requirement an id names, by its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum RequirementKind {
    /// `FR-`
    Functional,
    /// `SC-`
    SuccessCriterion,
    /// `NFR-`
    NonFunctional,
    /// A prefix of the repository's own style.
    Other,
}

/// A requirement defined in `spec.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    /// `FR-001`.
    pub id: String,
    pub kind: RequirementKind,
    /// The requirement's words (continuation lines joined), bold and table pipes removed.
    pub text: String,
    /// The id in the spec.
    pub id_span: Span,
    /// The whole definition: first line through its last continuation line.
    pub span: Span,
}

/// An id cited in a task, checklist item or traceability line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    pub id: String,
    /// The id as written, or the whole range expression it was expanded from.
    pub span: Span,
    /// Expanded from a range or slash list rather than written out.
    pub expanded: bool,
}

/// A task of `tasks.md` (or an item of a checklist) with the requirement ids it cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CitingItem {
    /// `T012` / `CHK004`, when the item has one.
    pub id: Option<String>,
    /// Index in [`crate::markdown::task_items`] (the same index the status and edit code use).
    pub index: usize,
    pub checked: bool,
    /// The item's first line, without the checkbox.
    pub text: String,
    /// The item's text, continuation lines included.
    pub span: Span,
    pub cites: Vec<Citation>,
}

/// A line outside tasks linking requirement ids to task ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TraceLine {
    pub span: Span,
    pub cites: Vec<Citation>,
    /// Task ids named on the line (ranges expanded).
    pub task_ids: Vec<String>,
}

/// Everything `tasks.md` says about requirements.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TaskCitations {
    pub tasks: Vec<CitingItem>,
    pub trace_lines: Vec<TraceLine>,
}

impl TaskCitations {
    /// Whether any task or traceability line cites a requirement id.
    pub fn citations_found(&self) -> bool {
        self.tasks.iter().any(|t| !t.cites.is_empty()) || !self.trace_lines.is_empty()
    }
}

/// How a task came to cover a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LinkKind {
    /// The task's own text cites the requirement.
    Task,
    /// A traceability line (table row, mapping bullet) names both.
    Traceability,
}

/// A task covering a requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CoveringTask {
    pub task_id: Option<String>,
    pub index: usize,
    pub checked: bool,
    /// 1-based line of the task in tasks.md.
    pub line: u32,
    pub via: LinkKind,
    /// Where the link is written: the citation in the task, or the traceability line.
    pub evidence: Span,
}

/// A checklist item citing a requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CitingChecklistItem {
    /// The checklist, repository-relative.
    pub rel_path: String,
    pub item_id: Option<String>,
    pub checked: bool,
    pub evidence: Span,
}

/// One requirement and what covers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RequirementCoverage {
    pub requirement: Requirement,
    pub tasks: Vec<CoveringTask>,
    pub checklist_items: Vec<CitingChecklistItem>,
}

impl RequirementCoverage {
    /// Whether at least one task covers the requirement.
    pub fn is_covered(&self) -> bool {
        !self.tasks.is_empty()
    }
}

/// Where an unknown id was cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum CitedIn {
    Task,
    Traceability,
    Checklist,
}

/// A citation of an id that `spec.md` doesn't define.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct UnknownCitation {
    pub id: String,
    /// The file citing it, repository-relative.
    pub rel_path: String,
    pub cited_in: CitedIn,
    /// The citing task's or checklist item's id, when it has one.
    pub item_id: Option<String>,
    pub span: Span,
}

/// An id `spec.md` defines more than once (all but the first definition are listed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DuplicateRequirement {
    pub id: String,
    pub first: Span,
    pub again: Span,
}

/// How far coverage can be judged for a feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum CoverageState {
    /// No `spec.md` (or it could not be read).
    NoSpec,
    /// `spec.md` defines no requirement ids.
    NoRequirements,
    /// No `tasks.md` yet.
    NoTasks,
    /// `tasks.md` never cites a requirement id: coverage can't be judged from it.
    NoCitations,
    /// Tasks cite requirements: coverage is meaningful.
    Traced,
}

/// Counts of a coverage report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CoverageCounts {
    /// Tasks in tasks.md.
    pub tasks: usize,
    /// Tasks citing at least one requirement id (directly or through a traceability line).
    pub citing_tasks: usize,
    pub requirements: usize,
    pub covered: usize,
    pub uncovered: usize,
    pub unknown_citations: usize,
    pub duplicates: usize,
}

impl CoverageCounts {
    fn add(&mut self, other: &CoverageCounts) {
        self.tasks += other.tasks;
        self.citing_tasks += other.citing_tasks;
        self.requirements += other.requirements;
        self.covered += other.covered;
        self.uncovered += other.uncovered;
        self.unknown_citations += other.unknown_citations;
        self.duplicates += other.duplicates;
    }
}

/// Coverage of one feature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FeatureCoverage {
    /// `001-photo-albums`.
    pub feature: String,
    /// The feature folder, repository-relative.
    pub rel_path: String,
    pub spec_path: Option<String>,
    pub tasks_path: Option<String>,
    pub state: CoverageState,
    /// Whether any task (or traceability line) cites a requirement id.
    pub citations_found: bool,
    pub requirements: Vec<RequirementCoverage>,
    pub unknown_citations: Vec<UnknownCitation>,
    pub duplicates: Vec<DuplicateRequirement>,
    pub counts: CoverageCounts,
}

impl FeatureCoverage {
    /// The requirements no task covers.
    pub fn uncovered(&self) -> impl Iterator<Item = &RequirementCoverage> {
        self.requirements.iter().filter(|r| !r.is_covered())
    }

    /// Whether `--strict` fails for this feature: it has tasks, and a requirement no task
    /// covers (including when tasks cite no requirement at all).
    pub fn fails_strict(&self) -> bool {
        matches!(self.state, CoverageState::Traced | CoverageState::NoCitations) && self.counts.uncovered > 0
    }
}

/// Coverage of every feature of a repository.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RepoCoverage {
    pub style: IdStyle,
    pub features: Vec<FeatureCoverage>,
    /// Counts over every feature (requirements of features whose tasks cite no ids count as
    /// uncovered here).
    pub summary: CoverageCounts,
    /// Counts over the features whose tasks cite requirement ids: the meaningful coverage.
    pub traced: CoverageCounts,
    /// Features whose tasks cite requirement ids.
    pub traced_features: usize,
}

impl RepoCoverage {
    /// Gather `features` under `style`.
    pub fn of(style: IdStyle, features: Vec<FeatureCoverage>) -> RepoCoverage {
        let mut summary = CoverageCounts::default();
        let mut traced = CoverageCounts::default();
        for f in &features {
            summary.add(&f.counts);
            if f.state == CoverageState::Traced {
                traced.add(&f.counts);
            }
        }
        RepoCoverage {
            traced,
            traced_features: features
                .iter()
                .filter(|f| f.state == CoverageState::Traced)
                .count(),
            style,
            features,
            summary,
        }
    }
}

// ----- extraction ------------------------------------------------------------------------------

/// The requirements `spec_text` defines, in document order (code blocks and HTML comments are
/// skipped).
pub fn extract_requirements(spec_text: &str, style: &IdStyle) -> Vec<Requirement> {
    let index = LineIndex::new(spec_text);
    let plan = Plan::parse_indexed(&index);
    let skip = skipped_ranges(&plan);
    let lines: Vec<(&str, Range<usize>)> = lines_with_ranges(spec_text).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (line, range) = (&lines[i].0, lines[i].1.clone());
        let Some(head) = (!in_any(&skip, range.start))
            .then(|| definition_head(line, &style.pattern))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let mut text = clean_text(&line[head.text_start..], head.table);
        let mut end = range.start + line.trim_end().len();
        let mut j = i + 1;
        while !head.table && j < lines.len() && is_continuation(lines[j].0) {
            let more = lines[j].0.trim();
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&clean_text(more, false));
            end = lines[j].1.start + lines[j].0.trim_end().len();
            j += 1;
        }
        let id_start = range.start + head.id.start;
        out.push(Requirement {
            id: line[head.id.clone()].to_string(),
            kind: style.kind_of(head.prefix),
            text,
            id_span: index.span(id_start..range.start + head.id.end),
            span: index.span(range.start..end),
        });
        i = j;
    }
    out
}

/// The tasks of `tasks_text` with the requirement ids each cites, and its traceability lines.
pub fn extract_task_citations(tasks_text: &str, style: &IdStyle) -> TaskCitations {
    let index = LineIndex::new(tasks_text);
    let plan = Plan::parse_indexed(&index);
    let items = citing_items(tasks_text, &plan, &index, style, task_item_id);
    let skip = skipped_ranges(&plan);
    let task_ranges: Vec<Range<usize>> = items.iter().map(|t| t.span.range()).collect();
    let mut trace_lines = Vec::new();
    for (line, range) in lines_with_ranges(tasks_text) {
        let in_task = task_ranges
            .iter()
            .any(|r| r.start <= range.end && range.start < r.end.max(r.start + 1));
        if in_any(&skip, range.start) || in_task {
            continue;
        }
        let cites = find_citations(tasks_text, range.clone(), &index, style);
        if cites.is_empty() {
            continue;
        }
        let task_ids = task_ids_in(line);
        if !task_ids.is_empty() {
            trace_lines.push(TraceLine {
                span: index.span(range.start..range.start + line.trim_end().len()),
                cites,
                task_ids,
            });
        }
    }
    TaskCitations {
        tasks: items,
        trace_lines,
    }
}

/// The items of a checklist with the requirement ids each cites.
pub fn extract_checklist_citations(text: &str, style: &IdStyle) -> Vec<CitingItem> {
    let index = LineIndex::new(text);
    let plan = Plan::parse_indexed(&index);
    citing_items(text, &plan, &index, style, |t| {
        checklist_id_pattern().captures(t).map(|c| c[1].to_string())
    })
}

/// The requirement ids cited in `text[range]` (ranges and slash lists expanded, ids after a
/// "spec 023" left out).
pub fn find_citations(
    text: &str,
    range: Range<usize>,
    index: &LineIndex<'_>,
    style: &IdStyle,
) -> Vec<Citation> {
    let slice = &text[range.clone()];
    let matches: Vec<IdMatch> = style
        .pattern
        .captures_iter(slice)
        .filter_map(|c| {
            let whole = c.get(0)?;
            Some(IdMatch {
                range: whole.range(),
                prefix: c.get(1)?.as_str().to_string(),
                digits: c.get(2)?.as_str().to_string(),
                suffix: c.get(3).is_some(),
            })
        })
        .collect();
    let mut out = Vec::new();
    let mut foreign = false;
    for (k, m) in matches.iter().enumerate() {
        let gap_start = if k == 0 { 0 } else { matches[k - 1].range.end };
        let gap = &slice[gap_start..m.range.start];
        let line_start = slice[..m.range.start].rfind('\n').map_or(0, |i| i + 1);
        let before = &slice[line_start.max(gap_start.min(m.range.start))..m.range.start];
        let chained = k > 0 && (chain_separator().is_match(gap) || range_separator().is_match(gap));
        foreign = if chained {
            foreign
        } else {
            style.names_other_feature(before)
        };
        if foreign {
            continue;
        }
        let abs = |r: Range<usize>| index.span(range.start + r.start..range.start + r.end);
        if k > 0 && range_separator().is_match(gap) {
            let prev = &matches[k - 1];
            for id in expand_range(prev, m) {
                out.push(Citation {
                    id,
                    span: abs(prev.range.start..m.range.end),
                    expanded: true,
                });
            }
        }
        out.push(Citation {
            id: slice[m.range.clone()].to_string(),
            span: abs(m.range.clone()),
            expanded: false,
        });
        if let Some(list) = slash_numbers().find(&slice[m.range.end..]) {
            let list_range = m.range.end..m.range.end + list.end();
            for number in task_digits(&slice[list_range.clone()]) {
                if number.len() == m.digits.len() {
                    out.push(Citation {
                        id: format!("{}-{number}", m.prefix),
                        span: abs(m.range.start..list_range.end),
                        expanded: true,
                    });
                }
            }
        }
    }
    dedup_citations(out)
}

struct IdMatch {
    range: Range<usize>,
    prefix: String,
    digits: String,
    suffix: bool,
}

/// The ids strictly between `from` and `to` (same prefix and width, no letter suffixes).
fn expand_range(from: &IdMatch, to: &IdMatch) -> Vec<String> {
    if from.prefix != to.prefix || from.suffix || to.suffix || from.digits.len() != to.digits.len() {
        return Vec::new();
    }
    let (Ok(a), Ok(b)) = (from.digits.parse::<u32>(), to.digits.parse::<u32>()) else {
        return Vec::new();
    };
    if b <= a + 1 || b - a > MAX_RANGE {
        return Vec::new();
    }
    let width = from.digits.len();
    (a + 1..b)
        .map(|n| format!("{}-{n:0width$}", from.prefix))
        .collect()
}

fn task_digits(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The same id cited twice in one item counts once (the first, written-out citation wins).
fn dedup_citations(mut cites: Vec<Citation>) -> Vec<Citation> {
    cites.sort_by_key(|c| c.expanded);
    let mut seen = HashSet::new();
    cites.retain(|c| seen.insert(c.id.clone()));
    cites.sort_by_key(|c| (c.span.start, c.id.clone()));
    cites
}

/// Task ids named on a line: `T039`, `T005-T020`, `T032–T033` (ranges expanded).
fn task_ids_in(line: &str) -> Vec<String> {
    let matches: Vec<(Range<usize>, &str)> = task_id_pattern()
        .captures_iter(line)
        .filter_map(|c| Some((c.get(0)?.range(), c.get(1)?.as_str())))
        .collect();
    let mut ids = Vec::new();
    for (k, (range, digits)) in matches.iter().enumerate() {
        if k > 0 {
            let (prev_range, prev_digits) = &matches[k - 1];
            let gap = &line[prev_range.end..range.start];
            if range_separator().is_match(gap) && prev_digits.len() == digits.len() {
                if let (Ok(a), Ok(b)) = (prev_digits.parse::<u32>(), digits.parse::<u32>()) {
                    if b > a + 1 && b - a <= MAX_RANGE {
                        let width = digits.len();
                        ids.extend((a + 1..b).map(|n| format!("T{n:0width$}")));
                    }
                }
            }
        }
        ids.push(format!("T{digits}"));
    }
    let mut seen = HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    ids
}

/// The `T012` a task's text starts with (after markers like `[P]`, bold or backticks).
fn task_item_id(text: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^[\s*`~]*(T\d{3,4}[a-z]?)\b").expect("constant regex"));
    re.captures(text).map(|c| c[1].to_string())
}

/// Every checkbox item of `text` with its full text range and the ids it cites.
fn citing_items(
    text: &str,
    plan: &Plan,
    index: &LineIndex<'_>,
    style: &IdStyle,
    item_id: impl Fn(&str) -> Option<String>,
) -> Vec<CitingItem> {
    let starts: Vec<usize> = plan.tasks.iter().map(|t| t.line.start).collect();
    plan.tasks
        .iter()
        .enumerate()
        .map(|(k, item)| {
            let limit = starts.get(k + 1).copied().unwrap_or(text.len());
            let end = item_end(text, item.line.start, limit);
            let range = item.line.start..end;
            CitingItem {
                id: item_id(&item.text),
                index: item.index,
                checked: item.checked,
                text: item.text.clone(),
                span: index.span(range.clone()),
                cites: find_citations(text, range, index, style),
            }
        })
        .collect()
}

/// Where a list item starting at `start` ends: before the first line (up to `limit`) that is
/// blank and followed by a less indented line, or is a heading, or a list item indented no
/// deeper than this one.
fn item_end(text: &str, start: usize, limit: usize) -> usize {
    let first = text[start..].lines().next().unwrap_or("");
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = indentation(&text[line_start..]);
    let mut end = start + first.len();
    let mut offset = start + first.len();
    let mut blank_run = false;
    for line in text[offset..limit].split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            blank_run = true;
            continue;
        }
        let deeper = indentation(content) > indent;
        let new_item = is_list_item(content) && !deeper;
        if content.trim_start().starts_with('#') || new_item || (blank_run && !deeper) {
            break;
        }
        blank_run = false;
        end = line_start + content.len();
    }
    end.min(limit.max(start + first.len()))
}

fn indentation(line: &str) -> usize {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

fn is_list_item(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^\s*(?:[-*+]|\d{1,3}[.)])\s").expect("constant regex"));
    re.is_match(line)
}

/// A definition's head on one line: the id's byte range, its prefix, where the text starts.
struct DefinitionHead<'a> {
    id: Range<usize>,
    prefix: &'a str,
    text_start: usize,
    table: bool,
}

/// Recognise `- **FR-001**: text`, `**FR-001:** text`, `### FR-001 — text`, `| FR-001 | text |`.
fn definition_head<'a>(line: &'a str, pattern: &Regex) -> Option<DefinitionHead<'a>> {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    let lead = LEAD.get_or_init(|| {
        Regex::new(
            r"^\s*(?:(#{1,6})\s+|(\|)\s*|(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)?(?:\*\*|__|\*|_|`|\[)*",
        )
        .expect("constant regex")
    });
    static TAIL: OnceLock<Regex> = OnceLock::new();
    let tail = TAIL.get_or_init(|| {
        Regex::new(r"^(?:\*\*|__|\*|_|`|\])*\s*(?:(\|)|[:：](?:\*\*|__|\*|_)*|\s[—–-]\s|\s*[—–]\s*|(?:\*\*|__)?\s*$)")
            .expect("constant regex")
    });
    let lead_match = lead.captures(line)?;
    let heading = lead_match.get(1).is_some();
    let table = lead_match.get(2).is_some();
    let id_start = lead_match.get(0)?.end();
    let caps = pattern.captures(&line[id_start..])?;
    let whole = caps.get(0)?;
    if whole.start() != 0 {
        return None;
    }
    let prefix = caps.get(1)?.as_str();
    let id = id_start..id_start + whole.end();
    let rest = &line[id.end..];
    let ends_line = rest.trim().trim_matches(['*', '_']).is_empty();
    // A bare id alone on a line is only a definition as a heading (`### FR-001`).
    if ends_line && !heading {
        return None;
    }
    let text_start = match tail.captures(rest) {
        Some(tail_match) => {
            let pipe = tail_match.get(1).is_some();
            if table != pipe {
                return None;
            }
            id.end + tail_match.get(0)?.end()
        }
        // A bold id followed by a note before its text: `- **FR-001** ⚠️ *not in this PR*: …`.
        None => {
            let bold = ["**", "__"]
                .into_iter()
                .find(|b| line[..id.start].ends_with(b) && rest.starts_with(b))?;
            let after = &rest[bold.len()..];
            let words = after.trim_start();
            if table || words.len() == after.len() {
                return None;
            }
            id.end + bold.len() + (after.len() - words.len())
        }
    };
    // `FR-001–FR-012 apply to …` is a range mentioned in prose, not a definition.
    if generic_id()
        .find(&line[text_start..])
        .is_some_and(|m| m.start() == 0)
    {
        return None;
    }
    Some(DefinitionHead {
        id,
        prefix,
        text_start,
        table,
    })
}

/// A line continuing the previous definition: indented or plain prose, not a new item,
/// heading, table row or blank.
fn is_continuation(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty()
        && !trimmed.starts_with('#')
        && !trimmed.starts_with('|')
        && !trimmed.starts_with('>')
        && !is_list_item(line)
        && !trimmed.starts_with("**")
}

/// A definition's words without Markdown emphasis (and, in a table, only the next cell).
fn clean_text(text: &str, table: bool) -> String {
    let text = if table {
        text.split('|').next().unwrap_or("")
    } else {
        text
    };
    text.replace("**", "").replace("__", "").trim().to_string()
}

/// Code blocks and HTML comments: no ids are read there.
fn skipped_ranges(plan: &Plan) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = plan.code_blocks.clone();
    ranges.extend(plan.comments.iter().map(|c| c.span.range()));
    ranges
}

fn in_any(ranges: &[Range<usize>], offset: usize) -> bool {
    ranges.iter().any(|r| r.contains(&offset))
}

/// Each line (without its line break) with its byte range.
fn lines_with_ranges(text: &str) -> impl Iterator<Item = (&str, Range<usize>)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        (line, start..start + line.len())
    })
}

// ----- coverage --------------------------------------------------------------------------------

/// The texts coverage reads for one feature. Paths are repository-relative.
#[derive(Debug, Clone, Default)]
pub struct FeatureTexts {
    pub spec: Option<(String, String)>,
    pub tasks: Option<(String, String)>,
    pub checklists: Vec<(String, String)>,
}

impl FeatureTexts {
    /// Read a feature's spec, tasks and checklists with `read` (repository-relative path →
    /// text, `None` when unreadable).
    pub fn read(feature: &Feature, read: impl Fn(&str) -> Option<String>) -> FeatureTexts {
        let doc = |kind| {
            let d = feature.document(kind)?;
            Some((d.rel_path.clone(), read(&d.rel_path)?))
        };
        FeatureTexts {
            spec: doc(DocumentKind::Spec),
            tasks: doc(DocumentKind::Tasks),
            checklists: feature
                .documents
                .iter()
                .filter(|d| d.kind == DocumentKind::Checklist)
                .filter_map(|d| Some((d.rel_path.clone(), read(&d.rel_path)?)))
                .collect(),
        }
    }
}

/// Coverage of one feature from its texts.
pub fn feature_coverage(feature: &Feature, texts: &FeatureTexts, style: &IdStyle) -> FeatureCoverage {
    let style = &style.for_feature(&feature.number);
    let requirements = texts
        .spec
        .as_ref()
        .map(|(_, text)| extract_requirements(text, style))
        .unwrap_or_default();
    let citations = texts
        .tasks
        .as_ref()
        .map(|(_, text)| extract_task_citations(text, style))
        .unwrap_or_default();
    let checklists: Vec<(String, Vec<CitingItem>)> = texts
        .checklists
        .iter()
        .map(|(path, text)| (path.clone(), extract_checklist_citations(text, style)))
        .collect();
    let citations_found = citations.citations_found();
    let state = match (&texts.spec, &texts.tasks) {
        (None, _) => CoverageState::NoSpec,
        _ if requirements.is_empty() => CoverageState::NoRequirements,
        (_, None) => CoverageState::NoTasks,
        _ if !citations_found => CoverageState::NoCitations,
        _ => CoverageState::Traced,
    };
    let (requirements, duplicates) = dedup_requirements(requirements);
    let tasks_path = texts.tasks.as_ref().map(|(p, _)| p.clone());
    let covered = link_tasks(&requirements, &citations);
    let cited_by_checklists = link_checklists(&checklists);
    let known: HashSet<&str> = requirements.iter().map(|r| r.id.as_str()).collect();
    let unknown_citations = if requirements.is_empty() {
        Vec::new()
    } else {
        unknown_citations(&known, tasks_path.as_deref(), &citations, &checklists)
    };
    let requirements: Vec<RequirementCoverage> = requirements
        .into_iter()
        .map(|r| RequirementCoverage {
            tasks: covered.get(&r.id).cloned().unwrap_or_default(),
            checklist_items: cited_by_checklists.get(&r.id).cloned().unwrap_or_default(),
            requirement: r,
        })
        .collect();
    let covered_count = requirements.iter().filter(|r| r.is_covered()).count();
    let counts = CoverageCounts {
        tasks: citations.tasks.len(),
        citing_tasks: citing_tasks(&citations),
        requirements: requirements.len(),
        covered: covered_count,
        uncovered: requirements.len() - covered_count,
        unknown_citations: unknown_citations.len(),
        duplicates: duplicates.len(),
    };
    FeatureCoverage {
        feature: feature.dir_name.clone(),
        rel_path: feature.rel_path.clone(),
        spec_path: texts.spec.as_ref().map(|(p, _)| p.clone()),
        tasks_path,
        state,
        citations_found,
        requirements,
        unknown_citations,
        duplicates,
        counts,
    }
}

/// Coverage of every feature of `repo`, reading documents with `read` (repository-relative
/// path → text).
pub fn repository_coverage(
    repo: &Repository,
    style: IdStyle,
    read: impl Fn(&str) -> Option<String>,
) -> RepoCoverage {
    let features = repo
        .features()
        .map(|f| feature_coverage(f, &FeatureTexts::read(f, &read), &style))
        .collect();
    RepoCoverage::of(style, features)
}

/// Tasks citing a requirement id themselves or named on a traceability line.
fn citing_tasks(citations: &TaskCitations) -> usize {
    let traced: HashSet<&str> = citations
        .trace_lines
        .iter()
        .flat_map(|l| l.task_ids.iter().map(String::as_str))
        .collect();
    citations
        .tasks
        .iter()
        .filter(|t| !t.cites.is_empty() || t.id.as_deref().is_some_and(|id| traced.contains(id)))
        .count()
}

/// Keep the first definition of each id; report the others.
fn dedup_requirements(requirements: Vec<Requirement>) -> (Vec<Requirement>, Vec<DuplicateRequirement>) {
    let mut first: HashMap<String, Span> = HashMap::new();
    let mut kept = Vec::new();
    let mut duplicates = Vec::new();
    for r in requirements {
        match first.get(&r.id) {
            Some(span) => duplicates.push(DuplicateRequirement {
                id: r.id.clone(),
                first: *span,
                again: r.id_span,
            }),
            None => {
                first.insert(r.id.clone(), r.id_span);
                kept.push(r);
            }
        }
    }
    (kept, duplicates)
}

/// Requirement id → the tasks covering it (task citations first, then traceability lines).
fn link_tasks(requirements: &[Requirement], citations: &TaskCitations) -> HashMap<String, Vec<CoveringTask>> {
    let known: HashSet<&str> = requirements.iter().map(|r| r.id.as_str()).collect();
    let mut out: HashMap<String, Vec<CoveringTask>> = HashMap::new();
    for task in &citations.tasks {
        for cite in task.cites.iter().filter(|c| known.contains(c.id.as_str())) {
            out.entry(cite.id.clone())
                .or_default()
                .push(covering(task, LinkKind::Task, cite.span));
        }
    }
    let by_id: HashMap<&str, &CitingItem> = citations
        .tasks
        .iter()
        .filter_map(|t| Some((t.id.as_deref()?, t)))
        .collect();
    for line in &citations.trace_lines {
        for cite in line.cites.iter().filter(|c| known.contains(c.id.as_str())) {
            for task in line.task_ids.iter().filter_map(|id| by_id.get(id.as_str())) {
                let list = out.entry(cite.id.clone()).or_default();
                if !list.iter().any(|c| c.index == task.index) {
                    list.push(covering(task, LinkKind::Traceability, line.span));
                }
            }
        }
    }
    out
}

fn covering(task: &CitingItem, via: LinkKind, evidence: Span) -> CoveringTask {
    CoveringTask {
        task_id: task.id.clone(),
        index: task.index,
        checked: task.checked,
        line: task.span.line,
        via,
        evidence,
    }
}

fn link_checklists(checklists: &[(String, Vec<CitingItem>)]) -> HashMap<String, Vec<CitingChecklistItem>> {
    let mut out: HashMap<String, Vec<CitingChecklistItem>> = HashMap::new();
    for (path, items) in checklists {
        for item in items {
            for cite in &item.cites {
                out.entry(cite.id.clone()).or_default().push(CitingChecklistItem {
                    rel_path: path.clone(),
                    item_id: item.id.clone(),
                    checked: item.checked,
                    evidence: cite.span,
                });
            }
        }
    }
    out
}

fn unknown_citations(
    known: &HashSet<&str>,
    tasks_path: Option<&str>,
    citations: &TaskCitations,
    checklists: &[(String, Vec<CitingItem>)],
) -> Vec<UnknownCitation> {
    let mut out = Vec::new();
    let mut push = |cite: &Citation, rel_path: &str, cited_in, item_id: Option<&String>| {
        if !known.contains(cite.id.as_str()) {
            out.push(UnknownCitation {
                id: cite.id.clone(),
                rel_path: rel_path.to_string(),
                cited_in,
                item_id: item_id.cloned(),
                span: cite.span,
            });
        }
    };
    if let Some(path) = tasks_path {
        for task in &citations.tasks {
            task.cites
                .iter()
                .for_each(|c| push(c, path, CitedIn::Task, task.id.as_ref()));
        }
        for line in &citations.trace_lines {
            line.cites
                .iter()
                .for_each(|c| push(c, path, CitedIn::Traceability, None));
        }
    }
    for (path, items) in checklists {
        for item in items {
            item.cites
                .iter()
                .for_each(|c| push(c, path, CitedIn::Checklist, item.id.as_ref()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(cites: &[Citation]) -> Vec<String> {
        cites.iter().map(|c| c.id.clone()).collect()
    }

    fn cites(text: &str) -> Vec<String> {
        let index = LineIndex::new(text);
        ids(&find_citations(text, 0..text.len(), &index, &IdStyle::default()))
    }

    #[test]
    fn recognises_definition_heads() {
        let re = &IdStyle::default().pattern;
        let head = |l: &str| {
            definition_head(l, re)
                .map(|h| (l[h.id.clone()].to_string(), l[h.text_start..].trim().to_string()))
        };
        assert_eq!(
            head("- **FR-001**: System MUST x"),
            Some(("FR-001".into(), "System MUST x".into()))
        );
        assert_eq!(head("**SC-002:** Fast"), Some(("SC-002".into(), "Fast".into())));
        assert_eq!(
            head("- **FR-001** ⚠️ *not in this PR*: System MUST x"),
            Some(("FR-001".into(), "⚠️ *not in this PR*: System MUST x".into()))
        );
        assert_eq!(
            head("  - **FR-002a**: nested"),
            Some(("FR-002a".into(), "nested".into()))
        );
        assert_eq!(
            head("### NFR-003: Latency"),
            Some(("NFR-003".into(), "Latency".into()))
        );
        assert_eq!(
            head("| FR-004 | Export | P1 |"),
            Some(("FR-004".into(), "Export | P1 |".into()))
        );
        assert_eq!(
            head("- FR-005 — Import"),
            Some(("FR-005".into(), "Import".into()))
        );
        assert_eq!(
            head("1. FR-006: numbered"),
            Some(("FR-006".into(), "numbered".into()))
        );
        // Mentions are not definitions.
        assert_eq!(head("- What happens? → error (FR-028)"), None);
        assert_eq!(head("FR-001's list-view photo display depends on"), None);
        assert_eq!(head("- FR-030"), None);
        assert_eq!(head("- **A-001**: assumption"), None);
    }

    #[test]
    fn expands_ranges_and_slash_lists() {
        assert_eq!(
            cites("(FR-003 through FR-006)"),
            ["FR-003", "FR-004", "FR-005", "FR-006"]
        );
        assert_eq!(cites("FR-001..FR-003 covered"), ["FR-001", "FR-002", "FR-003"]);
        assert_eq!(cites("(FR-009-FR-011): T024"), ["FR-009", "FR-010", "FR-011"]);
        assert_eq!(cites("SC-001 to SC-003"), ["SC-001", "SC-002", "SC-003"]);
        assert_eq!(cites("`FR-020`/`021`/`023`"), ["FR-020", "FR-021", "FR-023"]);
        assert_eq!(cites("FR-031/SC-008"), ["FR-031", "SC-008"]);
        // Different prefixes or suffixed ids are not ranges.
        assert_eq!(cites("FR-002a–FR-002c"), ["FR-002a", "FR-002c"]);
        assert_eq!(cites("FR-003 - SC-005"), ["FR-003", "SC-005"]);
        // Repeated ids count once.
        assert_eq!(cites("FR-001, FR-001 and FR-002"), ["FR-001", "FR-002"]);
        // NFR-001 is not FR-001.
        assert_eq!(cites("NFR-001"), ["NFR-001"]);
    }

    #[test]
    fn ids_of_other_features_are_not_citations() {
        assert_eq!(
            cites("layout thresholds (spec 023 FR-037, FR-037a) and FR-002"),
            ["FR-002"]
        );
        let own = IdStyle::default().for_feature("023");
        let text = "layout thresholds (spec 023 FR-037, FR-037a) and spec 022 FR-002";
        let found = find_citations(text, 0..text.len(), &LineIndex::new(text), &own);
        assert_eq!(ids(&found), ["FR-037", "FR-037a"]);
        assert_eq!(cites("per feature 007's FR-016a"), Vec::<String>::new());
        assert_eq!(
            cites("spec 021's own D-006, FR-002a/FR-002b) — FR-004"),
            ["FR-004"]
        );
    }

    #[test]
    fn task_ids_with_ranges() {
        assert_eq!(
            task_ids_in("| SC-002 | T032-T034, T037 (tests) |"),
            ["T032", "T033", "T034", "T037"]
        );
        assert_eq!(task_ids_in("T005–T007 and T005"), ["T005", "T006", "T007"]);
        assert_eq!(task_item_id("[P] T012 foo"), None);
        assert_eq!(task_item_id("T012 [P] foo"), Some("T012".into()));
        assert_eq!(task_item_id("**T012** foo"), Some("T012".into()));
    }
}
