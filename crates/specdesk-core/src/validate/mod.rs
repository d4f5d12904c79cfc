//! Validation: check a plan against a [`Template`] and report [`Diagnostic`]s with stable codes.
//!
//! Every rule is a [`Rule`] with a stable code (`SD001`…), a kebab-case name, a default severity
//! and a description (the CLI documents them from [`Rule::ALL`]). [`validate_plan`] parses the
//! plan once and runs every rule; each diagnostic points at the exact bytes concerned (for a
//! missing section: the empty span where it should go) and carries a fix when one is obvious.
//!
//! The rules only know what the template says: section names, labels, tables and checklist
//! items all come from [`crate::template::Expected`], so templates in any language work.

use crate::config::RuleLevels;
use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::error::{CoreError, Result};
use crate::plan::{classify_placeholder, HeaderField, PlaceholderKind, Plan, Section, Table};
use crate::repo::folder_name::FolderName;
use crate::span::LineIndex;
use crate::template::{
    document_language, in_ranges, is_link_syntax, label_lines, loose_key, name_key, ExpectedField,
    ExpectedSection, ExpectedTable, FieldRole, LabelLine, Template,
};
use crate::vocabulary::{ConceptId, ConceptKind, Vocabulary};
use regex::Regex;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// A validation rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    MissingSection,
    SectionOrder,
    UnfilledPlaceholder,
    MissingHeaderField,
    BranchMismatch,
    InvalidDate,
    SpecLink,
    TableHeader,
    TableCells,
    MissingLabel,
    EmptyLabel,
    ChecklistItem,
    BrokenLink,
    MissingSubsection,
    MissingTitle,
    UnknownBranch,
    NotFollowingTemplate,
}

impl Rule {
    /// Every rule, in code order.
    pub const ALL: [Rule; 17] = [
        Rule::MissingSection,
        Rule::SectionOrder,
        Rule::UnfilledPlaceholder,
        Rule::MissingHeaderField,
        Rule::BranchMismatch,
        Rule::InvalidDate,
        Rule::SpecLink,
        Rule::TableHeader,
        Rule::TableCells,
        Rule::MissingLabel,
        Rule::EmptyLabel,
        Rule::ChecklistItem,
        Rule::BrokenLink,
        Rule::MissingSubsection,
        Rule::MissingTitle,
        Rule::UnknownBranch,
        Rule::NotFollowingTemplate,
    ];

    /// The stable code, e.g. `SD001`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::MissingSection => "SD001",
            Rule::SectionOrder => "SD002",
            Rule::UnfilledPlaceholder => "SD003",
            Rule::MissingHeaderField => "SD004",
            Rule::BranchMismatch => "SD005",
            Rule::InvalidDate => "SD006",
            Rule::SpecLink => "SD007",
            Rule::TableHeader => "SD008",
            Rule::TableCells => "SD009",
            Rule::MissingLabel => "SD010",
            Rule::EmptyLabel => "SD011",
            Rule::ChecklistItem => "SD012",
            Rule::BrokenLink => "SD013",
            Rule::MissingSubsection => "SD014",
            Rule::MissingTitle => "SD015",
            Rule::UnknownBranch => "SD016",
            Rule::NotFollowingTemplate => "SD017",
        }
    }

    /// The kebab-case name, e.g. `missing-section`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::MissingSection => "missing-section",
            Rule::SectionOrder => "section-order",
            Rule::UnfilledPlaceholder => "unfilled-placeholder",
            Rule::MissingHeaderField => "missing-header-field",
            Rule::BranchMismatch => "branch-mismatch",
            Rule::InvalidDate => "invalid-date",
            Rule::SpecLink => "spec-link",
            Rule::TableHeader => "table-header",
            Rule::TableCells => "table-cells",
            Rule::MissingLabel => "missing-label",
            Rule::EmptyLabel => "empty-label",
            Rule::ChecklistItem => "checklist-item",
            Rule::BrokenLink => "broken-link",
            Rule::MissingSubsection => "missing-subsection",
            Rule::MissingTitle => "missing-title",
            Rule::UnknownBranch => "unknown-branch",
            Rule::NotFollowingTemplate => "not-following-template",
        }
    }

    /// The severity policy (docs/rules.md): an error means the plan is broken for its readers
    /// or tools (no title, a required section truly absent, a malformed table, a plan that does
    /// not follow the template at all); what is left to fill or tidy is a warning; a fact worth
    /// knowing that may be fine (a branch deleted after merging) is information.
    pub fn default_severity(self) -> Severity {
        match self {
            Rule::MissingSection | Rule::TableCells | Rule::MissingTitle | Rule::NotFollowingTemplate => {
                Severity::Error
            }
            Rule::UnknownBranch => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// One sentence saying what the rule checks.
    pub fn description(self) -> &'static str {
        match self {
            Rule::MissingSection => {
                "An H2 section the template requires is missing (sections the template marks as conditional may be omitted)."
            }
            Rule::SectionOrder => "A template section appears out of the template's order.",
            Rule::UnfilledPlaceholder => {
                "A template placeholder is left: [FEATURE], [DATE], [link], [e.g., …], bracketed template prose, NEEDS CLARIFICATION, or any placeholder text copied verbatim from the template."
            }
            Rule::MissingHeaderField => {
                "A header field of the template (e.g. **Branch**, **Date**) is missing or has no value."
            }
            Rule::BranchMismatch => "The Branch value does not name this feature's folder.",
            Rule::InvalidDate => "The Date value is not an ISO 8601 date (YYYY-MM-DD).",
            Rule::SpecLink => {
                "The Spec/Input field does not point at this feature's spec.md, or spec.md does not exist."
            }
            Rule::TableHeader => {
                "A table's header differs from the template's table in the same section (extra columns are allowed)."
            }
            Rule::TableCells => "A table row has a different number of cells from its header.",
            Rule::MissingLabel => "A labeled line the template requires (e.g. **Goal**) is missing from its section.",
            Rule::EmptyLabel => "A labeled line of the template (e.g. **Goal**) is present but empty.",
            Rule::ChecklistItem => "A status-checklist item of the template is missing or was renamed.",
            Rule::BrokenLink => "A relative link points at a file that does not exist.",
            Rule::MissingSubsection => "An H3 subsection the template requires is missing from its section.",
            Rule::MissingTitle => "The plan has no H1 title although the template has one.",
            Rule::UnknownBranch => {
                "The Branch value names a branch that does not exist in the local git repository (checked only when git information is available and the repository has local branches)."
            }
            Rule::NotFollowingTemplate => {
                "The plan shares almost none of the template's required sections: one diagnostic says how much of the template it follows, instead of one per missing part."
            }
        }
    }

    /// The rule's documentation (Markdown: what it checks, why, an example and the fix), from
    /// `crates/specdesk-core/rules/<code>.md`: what `specdesk-cli explain` prints and
    /// `docs/rules.md` collects.
    pub fn documentation(self) -> &'static str {
        match self {
            Rule::MissingSection => include_str!("../rules/SD001.md"),
            Rule::SectionOrder => include_str!("../rules/SD002.md"),
            Rule::UnfilledPlaceholder => include_str!("../rules/SD003.md"),
            Rule::MissingHeaderField => include_str!("../rules/SD004.md"),
            Rule::BranchMismatch => include_str!("../rules/SD005.md"),
            Rule::InvalidDate => include_str!("../rules/SD006.md"),
            Rule::SpecLink => include_str!("../rules/SD007.md"),
            Rule::TableHeader => include_str!("../rules/SD008.md"),
            Rule::TableCells => include_str!("../rules/SD009.md"),
            Rule::MissingLabel => include_str!("../rules/SD010.md"),
            Rule::EmptyLabel => include_str!("../rules/SD011.md"),
            Rule::ChecklistItem => include_str!("../rules/SD012.md"),
            Rule::BrokenLink => include_str!("../rules/SD013.md"),
            Rule::MissingSubsection => include_str!("../rules/SD014.md"),
            Rule::MissingTitle => include_str!("../rules/SD015.md"),
            Rule::UnknownBranch => include_str!("../rules/SD016.md"),
            Rule::NotFollowingTemplate => include_str!("../rules/SD017.md"),
        }
    }

    /// Every rule's documentation in one Markdown page (`docs/rules.md`, `specdesk-cli rules
    /// --format markdown`).
    pub fn reference_page() -> String {
        let mut page = String::from(
            "# Plan rules\n\nWhat `specdesk-cli check` and the app's Problems panel report, rule by rule \
             (`specdesk-cli explain SD004` prints one). An error means the plan is broken for its \
             readers or tools; unfilled placeholders and open questions are warnings \
             (`check --strict` fails on them too). Generated from `crates/specdesk-core/rules/`.\n\n\
             A plan can turn rules off where it needs to, as markdownlint does: \
             `<!-- specdesk-disable SD012 -->` from there on (all rules without a code), \
             `<!-- specdesk-enable SD012 -->` back on, `<!-- specdesk-disable-line SD003 -->` for its \
             own line and `<!-- specdesk-disable-next-line SD003 -->` for the next one. Codes or \
             names, separated by spaces or commas.\n",
        );
        for rule in Rule::ALL {
            // One level down: the rule's title becomes an H2, its parts H3 (not the headings
            // inside its examples).
            let mut doc = rule.documentation().replacen("# ", "## ", 1);
            for part in RULE_DOC_PARTS {
                doc = doc.replace(&format!("\n## {part}\n"), &format!("\n### {part}\n"));
            }
            page.push('\n');
            page.push_str(&doc);
        }
        page
    }

    /// The rule with this code (`SD001`) or name (`missing-section`), case-insensitive.
    pub fn from_code_or_name(s: &str) -> Option<Rule> {
        Rule::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(s) || r.name().eq_ignore_ascii_case(s))
    }
}

/// The parts of every rule's documentation, in order.
const RULE_DOC_PARTS: [&str; 4] = ["What it checks", "Why", "Example", "Fix"];

/// Where the plan lives, for the rules that look beyond its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanContext {
    /// The feature folder's name, e.g. `001-photo-albums` (branch and spec-link checks).
    pub feature_dir_name: Option<String>,
    /// The absolute folder of the plan (relative links and spec.md are resolved against it).
    pub plan_dir: Option<PathBuf>,
    /// The git repository's local branches (see [`crate::git::local_branches`]), for the
    /// unknown-branch rule; `None` (no git information) keeps that rule silent.
    pub local_branches: Option<Arc<[String]>>,
    /// The rule levels of the repository's `specdesk.toml` ([`crate::config`]).
    pub rules: RuleLevels,
}

impl PlanContext {
    /// The context of a plan file at `path`: its folder, and the folder's name when it is a
    /// feature folder (`NNN-slug`).
    pub fn for_plan_path(path: &Path) -> PlanContext {
        let plan_dir = path.parent().map(Path::to_path_buf);
        let feature_dir_name = plan_dir
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| FolderName::parse(n).is_numbered());
        PlanContext {
            feature_dir_name,
            plan_dir,
            local_branches: None,
            rules: RuleLevels::default(),
        }
    }

    /// This context with the rule levels of the repository's configuration.
    pub fn with_rules(mut self, rules: RuleLevels) -> PlanContext {
        self.rules = rules;
        self
    }

    /// This context with the git repository's local branches (`None`: no git information).
    pub fn with_local_branches(mut self, branches: Option<Arc<[String]>>) -> PlanContext {
        self.local_branches = branches;
        self
    }
}

/// Check `text` (a plan) against `template`. Diagnostics are sorted by position, then code;
/// those the plan's `specdesk-disable` comments turn off are left out ([`crate::suppress`]),
/// and the configuration's rule levels are applied ([`PlanContext::rules`]).
pub fn validate_plan(text: &str, template: &Template, ctx: &PlanContext) -> Vec<Diagnostic> {
    let mut check = Check::new(text, template, ctx);
    check.run();
    let out = crate::suppress::apply(&check.plan.comments, check.out);
    let mut out = ctx.rules.apply(out);
    out.sort_by(|a, b| (a.span.start, &a.code, a.span.end).cmp(&(b.span.start, &b.code, b.span.end)));
    out
}

/// Read the plan at `path` and validate it with the context of its location.
pub fn validate_file(path: &Path, template: &Template) -> Result<Vec<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|e| CoreError::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| CoreError::not_utf8(path, e.as_bytes()))?;
    Ok(validate_plan(&text, template, &PlanContext::for_plan_path(path)))
}

struct Check<'a> {
    text: &'a str,
    index: LineIndex<'a>,
    plan: Plan,
    labels: Vec<LabelLine>,
    comments: Vec<Range<usize>>,
    template: &'a Template,
    ctx: &'a PlanContext,
    vocabulary: &'static Vocabulary,
    /// The plan's language, when its headings and fields are recognised.
    language: Option<u16>,
    crlf: bool,
    /// Byte offsets of every backtick, for [`Check::in_inline_code`].
    backticks: Vec<usize>,
    /// What [`Check::probe`] found, so a plan linking `./spec.md` thrice asks the disk once.
    probed: Vec<(PathBuf, Probe)>,
    out: Vec<Diagnostic>,
}

/// What is at a path a plan refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probe {
    Missing,
    File,
    Other,
}

impl<'a> Check<'a> {
    fn new(text: &'a str, template: &'a Template, ctx: &'a PlanContext) -> Self {
        let index = LineIndex::new(text);
        let plan = Plan::parse_indexed(&index);
        let labels = label_lines(text, &plan, &index);
        let comments = plan.comments.iter().map(|c| c.span.range()).collect();
        let language = document_language(&plan, &labels);
        Check {
            text,
            index,
            plan,
            labels,
            comments,
            template,
            ctx,
            vocabulary: Vocabulary::get(),
            language,
            crlf: text.contains("\r\n"),
            backticks: text.match_indices('`').map(|(i, _)| i).collect(),
            probed: Vec::new(),
            out: Vec::new(),
        }
    }

    fn run(&mut self) {
        self.check_title();
        let expected = &self.template.expected.sections;
        let found = self.plan.sections.clone();
        let matches = match_sections(expected, &found, &|e, f| self.may_pair(e, f));
        let follows = self.check_follows_template(&matches);
        self.check_header(follows);
        if follows {
            self.check_sections(&found, &matches);
        }
        self.check_table_cells();
        self.check_placeholders();
        self.check_links();
    }

    fn push(&mut self, rule: Rule, message: String, range: Range<usize>, fix: Option<Fix>) {
        self.out.push(Diagnostic {
            code: rule.code().to_string(),
            rule: rule.name().to_string(),
            severity: rule.default_severity(),
            message,
            span: self.index.span(range),
            fix,
        });
    }

    fn insert_fix(&self, title: String, at: usize, insert: String) -> Fix {
        let insert = if self.crlf {
            insert.replace('\n', "\r\n")
        } else {
            insert
        };
        Fix {
            title,
            edits: vec![TextEdit {
                span: self.index.span(at..at),
                insert,
            }],
        }
    }

    fn replace_fix(&self, title: String, range: Range<usize>, insert: String) -> Fix {
        Fix {
            title,
            edits: vec![TextEdit {
                span: self.index.span(range),
                insert,
            }],
        }
    }

    // ---- title and header -------------------------------------------------------------

    fn check_title(&mut self) {
        let Some(expected) = self.template.expected.title.clone() else {
            return;
        };
        if self.plan.title.is_some() {
            return;
        }
        let at = self
            .plan
            .front_matter
            .as_ref()
            .map(|f| self.line_after(f.span.end))
            .unwrap_or(0);
        let fix = self.insert_fix(
            "Insert the template's title".to_string(),
            at,
            format!("# {expected}\n\n"),
        );
        self.push(
            Rule::MissingTitle,
            format!("The plan has no title; the template starts with “# {expected}”"),
            at..at,
            Some(fix),
        );
    }

    /// A name of the template as the plan would write it: the template's own word, or in a
    /// plan written in another language, the vocabulary's word in that language with the
    /// template's after it (“기술 컨텍스트 (Technical Context)”).
    fn shown(&self, template_name: &str, concept: Option<ConceptId>) -> String {
        let translated = match (concept, self.language) {
            (Some(c), Some(lang)) if self.language != self.template.expected.language => {
                self.vocabulary.term(c, lang)
            }
            _ => None,
        };
        match translated {
            Some(word) if name_key(word) != name_key(template_name) => format!("{word} ({template_name})"),
            _ => template_name.to_string(),
        }
    }

    /// False, after one [`Rule::NotFollowingTemplate`] diagnostic, when the plan has fewer
    /// than a third of the template's required sections (of at least three): the per-section
    /// and per-field reports would only repeat it.
    fn check_follows_template(&mut self, matches: &[Option<usize>]) -> bool {
        let expected = &self.template.expected.sections;
        let required: Vec<usize> = (0..expected.len()).filter(|&i| expected[i].required).collect();
        let found: Vec<usize> = required
            .iter()
            .copied()
            .filter(|&i| matches[i].is_some())
            .collect();
        if required.len() < 3 || found.len() * 3 >= required.len() {
            return true;
        }
        let names = |list: &mut dyn Iterator<Item = usize>| -> Vec<String> {
            list.map(|i| self.shown(&expected[i].name, expected[i].concept))
                .collect()
        };
        let present = names(&mut found.iter().copied());
        let missing = names(&mut required.iter().copied().filter(|i| !found.contains(i)));
        let present = if present.is_empty() {
            String::new()
        } else {
            format!(" ({})", present.join(", "))
        };
        let range = self.plan.title.as_ref().map(|t| t.span.range()).unwrap_or(0..0);
        self.push(
            Rule::NotFollowingTemplate,
            format!(
                "Does not follow the template: {} of {} required sections found{present}; missing {}",
                found.len(),
                required.len(),
                missing.join(", ")
            ),
            range,
            None,
        );
        false
    }

    /// True when a plan section whose heading the vocabulary does not know may stand, by its
    /// place, for the template's `exp`: it is a translation — the plan is written in another
    /// language than the template, or the heading in another script (`## 技術方針` for
    /// `## Technical Context`) — and has the template section's shape. An English heading in
    /// an English template's place is a rename, not a translation.
    fn may_pair(&self, exp: &ExpectedSection, found: &Section) -> bool {
        let plan_translated = self.language.is_some() && self.language != self.template.expected.language;
        let translated = plan_translated || script_of(&found.heading.text) != script_of(&exp.name);
        translated && self.shape_fits(exp, found)
    }

    /// True when a plan section has the shape of the template's: H3 children when the template
    /// has some, a table when it has one, labeled lines (or a table) when it has some.
    fn shape_fits(&self, exp: &ExpectedSection, found: &Section) -> bool {
        let scope = found.span.range();
        let has_table = self.plan.tables.iter().any(|t| scope.contains(&t.span.start));
        let has_label = self.labels.iter().any(|l| scope.contains(&l.line.start));
        (exp.children.is_empty() || !found.children.is_empty())
            && (exp.tables.is_empty() || has_table)
            && (exp.labels.is_empty() || has_label || has_table)
    }

    /// The header fields; missing ones are reported only when `report_missing`.
    fn check_header(&mut self, report_missing: bool) {
        let expected: Vec<ExpectedField> = self.template.expected.header_fields.clone();
        for field in &expected {
            match self.header_field(field).cloned() {
                None if field.required && report_missing => self.report_missing_field(field),
                None => {}
                Some(found) if found.value.trim().is_empty() && field.required => self.push(
                    Rule::MissingHeaderField,
                    format!(
                        "Header field “{}” has no value (template: “{}”)",
                        found.name, field.template_value
                    ),
                    found.span.range(),
                    None,
                ),
                Some(found) if found.value.trim().is_empty() => {}
                Some(found) => match field.role {
                    FieldRole::Branch => {
                        self.check_branch(&found, field);
                        self.check_branch_exists(&found);
                    }
                    FieldRole::Date => self.check_date(&found),
                    FieldRole::Spec => self.check_spec_link(&found),
                    FieldRole::Other => {}
                },
            }
        }
        self.check_spec_exists(&expected);
    }

    /// The plan's header field for the template's `field`: the same name, else a name of the
    /// same concept in any language (`**브랜치**` for `**Branch**`).
    fn header_field(&self, field: &ExpectedField) -> Option<&HeaderField> {
        let fields = &self.plan.header_fields;
        fields
            .iter()
            .find(|f| name_key(&f.name) == field.key)
            .or_else(|| {
                let concept = field.concept?;
                fields
                    .iter()
                    .find(|f| self.vocabulary.concept(ConceptKind::Field, &f.name) == Some(concept))
            })
    }

    fn report_missing_field(&mut self, field: &ExpectedField) {
        // The field goes on its own paragraph after the last header line (or the title).
        let anchor = self
            .plan
            .header_fields
            .last()
            .map(|f| f.span.end)
            .or(self.plan.title.as_ref().map(|t| t.span.end))
            .unwrap_or(0);
        let at = self.line_end(anchor);
        let fix = self.insert_fix(
            format!("Insert header field “{}” from the template", field.name),
            at,
            format!("\n\n{}", field.template_source.trim_end()),
        );
        self.push(
            Rule::MissingHeaderField,
            format!(
                "Missing header field “{}” (template: “{}”)",
                self.shown(&field.name, field.concept),
                field.template_source
            ),
            at..at,
            Some(fix),
        );
    }

    fn check_branch(&mut self, found: &HeaderField, field: &ExpectedField) {
        let Some(dir) = self.ctx.feature_dir_name.clone() else {
            return;
        };
        if self.has_placeholder_in(found.value_span.range()) {
            return;
        }
        let Some(token) = branch_token(self.text, found.value_span.range()) else {
            return;
        };
        let branch = &self.text[token.clone()];
        if branch_matches(branch, &dir) {
            return;
        }
        let suggested = suggested_branch(&field.template_value, &dir);
        let fix = self.replace_fix(format!("Use branch “{suggested}”"), token.clone(), suggested);
        self.push(
            Rule::BranchMismatch,
            format!("Branch “{branch}” does not match the feature folder “{dir}”"),
            token,
            Some(fix),
        );
    }

    /// The unknown-branch rule: the Branch value names no local git branch. Silent without git
    /// information, in a repository without any local branch (a detached CI checkout), and for
    /// values that are not a single branch-like word.
    fn check_branch_exists(&mut self, found: &HeaderField) {
        let Some(branches) = self.ctx.local_branches.clone() else {
            return;
        };
        if branches.is_empty() || self.has_placeholder_in(found.value_span.range()) {
            return;
        }
        let Some(token) = branch_token(self.text, found.value_span.range()) else {
            return;
        };
        let branch = self.text[token.clone()].to_string();
        if !looks_like_branch_name(&branch) || branches.contains(&branch) {
            return;
        }
        self.push(
            Rule::UnknownBranch,
            format!("Branch “{branch}” does not exist in this git repository"),
            token,
            None,
        );
    }

    fn check_date(&mut self, found: &HeaderField) {
        let range = found.value_span.range();
        if self.has_placeholder_in(range.clone()) || leading_iso_date(&found.value) {
            return;
        }
        let fix = reformat_date(&found.value)
            .map(|iso| self.replace_fix(format!("Write the date as {iso}"), range.clone(), iso));
        self.push(
            Rule::InvalidDate,
            format!("Date “{}” is not an ISO 8601 date (YYYY-MM-DD)", found.value),
            range,
            fix,
        );
    }

    fn check_spec_link(&mut self, found: &HeaderField) {
        let range = found.value_span.range();
        if self.has_placeholder_in(range.clone()) {
            return;
        }
        let (problem, at) = match self.spec_target(&range) {
            None => (Some("does not point at the feature's spec.md".to_string()), range),
            Some((dest, at)) => (
                spec_target_problem(&dest, self.ctx.feature_dir_name.as_deref()),
                at,
            ),
        };
        if let Some(problem) = problem {
            self.push(Rule::SpecLink, format!("“{}” {problem}", found.name), at, None);
        }
    }

    /// Report a missing spec.md once, at the first spec field that is otherwise fine.
    fn check_spec_exists(&mut self, expected: &[ExpectedField]) {
        let Some(dir) = self.ctx.plan_dir.as_ref() else {
            return;
        };
        if self.probe(dir.join("spec.md")) == Probe::File {
            return;
        }
        let first = expected
            .iter()
            .filter(|f| f.role == FieldRole::Spec)
            .filter_map(|f| self.header_field(f))
            .find(|f| !f.value.trim().is_empty() && !self.has_placeholder_in(f.value_span.range()))
            .map(|f| f.value_span.range());
        if let Some(range) = first {
            self.push(
                Rule::SpecLink,
                "spec.md does not exist in the feature folder".to_string(),
                range,
                None,
            );
        }
    }

    /// The link destination (or quoted path) in a header value, with its byte range.
    fn spec_target(&self, range: &Range<usize>) -> Option<(String, Range<usize>)> {
        let first = self.plan.links.partition_point(|l| l.span.start < range.start);
        if let Some(link) = self.plan.links.get(first).filter(|l| l.span.end <= range.end) {
            return Some((link.destination.clone(), link.span.range()));
        }
        let value = &self.text[range.clone()];
        if let Some(open) = value.find('`') {
            if let Some(len) = value[open + 1..].find('`') {
                let start = range.start + open + 1;
                return Some((value[open + 1..open + 1 + len].to_string(), start..start + len));
            }
        }
        let mut offset = range.start;
        for word in value.split_inclusive(char::is_whitespace) {
            let w = word.trim_end();
            if w.ends_with(".md") {
                return Some((w.to_string(), offset..offset + w.len()));
            }
            offset += word.len();
        }
        if value.trim_end().ends_with("spec.md") || value.contains('/') {
            return Some((value.trim().to_string(), range.clone()));
        }
        None
    }

    fn has_placeholder_in(&self, range: Range<usize>) -> bool {
        let i = self
            .plan
            .placeholders
            .partition_point(|p| p.span.end <= range.start);
        if self
            .plan
            .placeholders
            .get(i)
            .is_some_and(|p| p.span.start < range.end)
        {
            return true;
        }
        let slice = &self.text[range];
        self.template.find_template_placeholders(slice).next().is_some()
    }

    // ---- sections -----------------------------------------------------------------------

    fn check_sections(&mut self, found: &[Section], matches: &[Option<usize>]) {
        let expected = &self.template.expected.sections;
        self.check_order(expected, found, matches);
        let points = insertion_points(found, matches, self.default_section_point());
        for (i, exp) in expected.iter().enumerate() {
            match matches[i] {
                Some(f) => self.check_section_content(exp, &found[f]),
                None if exp.required => {
                    self.report_missing(exp, points[i], Rule::MissingSection, None);
                }
                None => {}
            }
        }
    }

    /// Where a section goes when no template section is present: before the first H2, else at
    /// the end of the document.
    fn default_section_point(&self) -> usize {
        self.plan
            .sections
            .first()
            .map(|s| s.span.start)
            .unwrap_or(self.text.len())
    }

    fn report_missing(&mut self, exp: &ExpectedSection, at: usize, rule: Rule, parent: Option<&str>) {
        let skeleton = self.template.skeleton_of(exp);
        let insert = self.framed_insertion(at, &skeleton);
        let fix = self.insert_fix(
            format!("Insert section “{}” from the template", exp.name),
            at,
            insert,
        );
        let name = self.shown(&exp.name, exp.concept);
        let message = match parent {
            Some(p) => format!("Missing subsection “{name}” in “{p}” (required by the template)"),
            None => format!("Missing section “{name}” (required by the template)"),
        };
        self.push(rule, message, at..at, Some(fix));
    }

    /// `skeleton` with the blank lines it needs to sit at `at`.
    fn framed_insertion(&self, at: usize, skeleton: &str) -> String {
        let before = &self.text[..at];
        let mut s = String::new();
        if !before.is_empty() && !before.ends_with('\n') {
            s.push_str("\n\n");
        } else if !before.is_empty() && !before.ends_with("\n\n") && !before.ends_with("\n\r\n") {
            s.push('\n');
        }
        s.push_str(skeleton);
        if at < self.text.len() {
            s.push('\n');
        }
        s
    }

    fn check_order(&mut self, expected: &[ExpectedSection], found: &[Section], matches: &[Option<usize>]) {
        // Template indices in plan order; the longest increasing run is "in order".
        let mut present: Vec<(usize, usize)> = matches
            .iter()
            .enumerate()
            .filter_map(|(t, f)| f.map(|f| (found[f].span.start, t)))
            .collect();
        present.sort();
        let seq: Vec<usize> = present.iter().map(|&(_, t)| t).collect();
        let keep = longest_increasing(&seq);
        for (k, &(_, t)) in present.iter().enumerate() {
            if keep[k] {
                continue;
            }
            let next = seq
                .iter()
                .zip(&keep)
                .filter(|(&s, &kept)| kept && s > t)
                .map(|(&s, _)| s)
                .min();
            let prev = seq
                .iter()
                .zip(&keep)
                .filter(|(&s, &kept)| kept && s < t)
                .map(|(&s, _)| s)
                .max();
            let hint = match (next, prev) {
                (Some(n), _) => format!("it belongs before “{}”", expected[n].name),
                (None, Some(p)) => format!("it belongs after “{}”", expected[p].name),
                (None, None) => "it is out of place".to_string(),
            };
            let Some(f) = matches[t] else { continue };
            self.push(
                Rule::SectionOrder,
                format!(
                    "Section “{}” is out of the template's order: {hint}",
                    expected[t].name
                ),
                found[f].heading.span.range(),
                None,
            );
        }
    }

    fn check_section_content(&mut self, exp: &ExpectedSection, found: &Section) {
        let scope = found.span.range();
        self.check_tables(exp, &exp.tables, scope.clone());
        self.check_labels(exp, scope.clone());
        self.check_checklist(exp, found, scope);
        if exp.children.is_empty() {
            return;
        }
        let matches = match_sections(&exp.children, &found.children, &|e, f| self.may_pair(e, f));
        self.check_order(&exp.children, &found.children, &matches);
        let points = insertion_points(&found.children, &matches, found.span.end);
        for (i, child) in exp.children.iter().enumerate() {
            match matches[i] {
                Some(f) => {
                    let c = &found.children[f];
                    let scope = c.span.range();
                    self.check_tables(child, &child.tables, scope.clone());
                    self.check_labels(child, found.span.range());
                    self.check_checklist(child, c, scope);
                }
                None if child.required => {
                    self.report_missing(child, points[i], Rule::MissingSubsection, Some(&exp.name));
                }
                None => {}
            }
        }
    }

    fn check_tables(&mut self, exp: &ExpectedSection, tables: &[ExpectedTable], scope: Range<usize>) {
        if tables.is_empty() {
            return;
        }
        let in_scope: Vec<Table> = self
            .plan
            .tables
            .iter()
            .filter(|t| scope.contains(&t.span.start))
            .cloned()
            .collect();
        let mut used = vec![false; in_scope.len()];
        let mut unmatched = Vec::new();
        for want in tables {
            match in_scope
                .iter()
                .enumerate()
                .find(|(k, t)| !used[*k] && header_fits(want, t))
            {
                Some((k, _)) => used[k] = true,
                None => unmatched.push(want),
            }
        }
        for want in unmatched {
            // Only a table sharing most columns with the template's is the template's table
            // edited; a table with other columns is the author's own and is left alone.
            let Some(k) = (0..in_scope.len()).find(|&k| !used[k] && shares_columns(want, &in_scope[k]))
            else {
                continue;
            };
            used[k] = true;
            let table = &in_scope[k];
            let line = self.line_range_at(table.span.start);
            let expected_row = format!("| {} |", want.header.join(" | "));
            let fix = (table.header.len() == want.header.len()).then(|| {
                self.replace_fix(
                    "Use the template's table header".to_string(),
                    line.clone(),
                    expected_row.clone(),
                )
            });
            self.push(
                Rule::TableHeader,
                format!(
                    "Table header in “{}” differs from the template: expected {expected_row}",
                    exp.name
                ),
                line,
                fix,
            );
        }
    }

    fn check_labels(&mut self, exp: &ExpectedSection, scope: Range<usize>) {
        if exp.labels.is_empty() {
            return;
        }
        let first = self.labels.partition_point(|l| l.line.start < scope.start);
        let last = self.labels.partition_point(|l| l.line.start < scope.end);
        let in_scope = &self.labels[first..last];
        // A Technical Context written as a table: `| **Language/Version** | Rust 1.80 |`.
        let row_names: Vec<&str> = self
            .plan
            .tables
            .iter()
            .filter(|t| scope.contains(&t.span.start))
            .flat_map(|t| t.rows.iter().filter_map(|r| r.cells.first()))
            .map(|c| c.text.as_str())
            .collect();
        let mut reports = Vec::new();
        for want in &exp.labels {
            let same_key = |key: &str| key == want.key;
            let same_concept = |name: &str| {
                want.concept.is_some() && self.vocabulary.concept(ConceptKind::Label, name) == want.concept
            };
            let found = in_scope
                .iter()
                .find(|l| same_key(&l.key))
                .or_else(|| in_scope.iter().find(|l| same_concept(&l.label)))
                .or_else(|| in_scope.iter().find(|l| keys_resemble(&l.key, &want.key)));
            let in_table = || {
                row_names.iter().any(|name| {
                    let key = name_key(name);
                    same_key(&key) || same_concept(name) || keys_resemble(&key, &want.key)
                })
            };
            if found.is_none() && in_table() {
                continue;
            }
            match found {
                None if want.required => reports.push((
                    Rule::MissingLabel,
                    format!(
                        "Missing “**{}**” in “{}” (required by the template)",
                        self.shown(&want.label, want.concept),
                        exp.name
                    ),
                    self.heading_range_at(scope.start),
                )),
                Some(l) if l.value.is_empty() && !l.has_body => reports.push((
                    Rule::EmptyLabel,
                    format!("“**{}**” is empty", want.label),
                    l.line.clone(),
                )),
                _ => {}
            }
        }
        for (rule, message, range) in reports {
            self.push(rule, message, range, None);
        }
    }

    fn check_checklist(&mut self, exp: &ExpectedSection, found: &Section, scope: Range<usize>) {
        if exp.checklist.is_empty() || exp.own_checklist {
            return;
        }
        let first = self.plan.tasks.partition_point(|t| t.mark.start < scope.start);
        let last = self.plan.tasks.partition_point(|t| t.mark.start < scope.end);
        let tasks = &self.plan.tasks[first..last];
        let keys: Vec<String> = tasks.iter().map(|t| name_key(&t.text)).collect();
        let mut used = vec![false; tasks.len()];
        let mut missing: Vec<&String> = Vec::new();
        for want in &exp.checklist {
            let key = name_key(want);
            match keys.iter().enumerate().find(|(k, t)| !used[*k] && **t == key) {
                Some((k, _)) => used[k] = true,
                None => missing.push(want),
            }
        }
        let insert_at = tasks
            .last()
            .map(|t| self.line_after(t.line.end))
            .unwrap_or_else(|| self.section_body_end(found));
        let mut reports = Vec::new();
        for want in missing {
            let best = (0..tasks.len())
                .filter(|&k| !used[k])
                .map(|k| (k, similarity(want, &tasks[k].text)))
                .filter(|&(_, s)| s >= 0.5)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((k, _)) => {
                    used[k] = true;
                    let t = &tasks[k];
                    let range = trim_text_range(self.text, t.mark.end..t.line.end);
                    let fix = self.replace_fix(
                        "Use the template's wording".to_string(),
                        range.clone(),
                        want.clone(),
                    );
                    reports.push((
                        format!(
                            "Checklist item “{}” was renamed; the template has “{want}”",
                            t.text
                        ),
                        range,
                        Some(fix),
                    ));
                }
                None => {
                    let fix = self.insert_fix(
                        "Add the checklist item".to_string(),
                        insert_at,
                        format!("- [ ] {want}\n"),
                    );
                    reports.push((
                        format!("Missing checklist item “{want}” in “{}”", exp.name),
                        insert_at..insert_at,
                        Some(fix),
                    ));
                }
            }
        }
        for (message, range, fix) in reports {
            self.push(Rule::ChecklistItem, message, range, fix);
        }
    }

    /// The end of a section's content (before trailing blank lines).
    fn section_body_end(&self, section: &Section) -> usize {
        let range = section.span.range();
        let body = &self.text[range.clone()];
        let end = range.start + body.trim_end().len();
        self.line_after(end)
    }

    // ---- tables, placeholders, links -------------------------------------------------

    fn check_table_cells(&mut self) {
        let mut reports = Vec::new();
        for table in &self.plan.tables {
            let want = table.header.len();
            for row in &table.rows {
                if row.written_cells != want {
                    reports.push((
                        format!("Table row has {} cells; its header has {want}", row.written_cells),
                        row.span.range(),
                    ));
                }
            }
        }
        for (message, range) in reports {
            self.push(Rule::TableCells, message, range, None);
        }
    }

    fn check_placeholders(&mut self) {
        let mut found: Vec<(Range<usize>, Option<PlaceholderKind>)> = Vec::new();
        for p in &self.plan.placeholders {
            let r = p.span.range();
            // In inline code only tokens (`/specs/[###-feature-name]/`) are placeholders;
            // other bracketed text there is code.
            if p.kind != PlaceholderKind::Token && self.in_inline_code(r.start) {
                continue;
            }
            if p.kind == PlaceholderKind::NeedsClarification && self.mentions_clarification(&r) {
                continue;
            }
            if p.kind == PlaceholderKind::Prose && !self.stands_alone(&r) {
                continue;
            }
            found.push((r, Some(p.kind)));
        }
        found.sort_by_key(|(r, _)| r.start);
        let mut extra = Vec::new();
        for r in self.template.find_template_placeholders(self.text) {
            let overlaps = {
                let i = found.partition_point(|(f, _)| f.end <= r.start);
                found.get(i).is_some_and(|(f, _)| f.start < r.end)
            };
            if overlaps
                || in_ranges(&self.plan.code_blocks, r.start)
                || in_ranges(&self.comments, r.start)
                || is_link_syntax(self.text, &r)
            {
                continue;
            }
            let kind =
                classify_placeholder(&self.text[r.start + 1..r.end.saturating_sub(1).max(r.start + 1)]);
            if kind != Some(PlaceholderKind::Token) && self.in_inline_code(r.start) {
                continue;
            }
            extra.push((r, kind));
        }
        found.extend(extra);
        // The template's own code-block placeholders, left verbatim in a code block.
        let code_blocks = &self.plan.code_blocks;
        found.extend(
            self.template
                .find_template_code_placeholders(self.text)
                .filter(|r| in_ranges(code_blocks, r.start))
                .map(|r| (r, Some(PlaceholderKind::Token))),
        );
        for (range, kind) in found {
            let written = self.text[range.clone()].to_string();
            let message = match kind {
                Some(PlaceholderKind::NeedsClarification) => {
                    format!("Unresolved “{written}” left in the plan")
                }
                Some(PlaceholderKind::Example) => format!("Example placeholder “{written}” is not filled in"),
                Some(PlaceholderKind::Prose) => format!("Template instruction “{written}” is not filled in"),
                Some(PlaceholderKind::Token) | None => format!("Unfilled placeholder “{written}”"),
            };
            self.push(Rule::UnfilledPlaceholder, message, range, None);
        }
    }

    /// True when `offset` is inside an inline code span (an odd number of backticks before it
    /// on its line).
    fn in_inline_code(&self, offset: usize) -> bool {
        let line = self.line_range_at(offset);
        // Counted with the backtick index: scanning the line each time is quadratic on long lines.
        let before = |at: usize| self.backticks.partition_point(|b| *b < at);
        (before(offset) - before(line.start.min(offset))) % 2 == 1
    }

    /// True when a `NEEDS CLARIFICATION` at `range` is talked about rather than left: quoted
    /// in inline code, or in a sentence about markers ("no NEEDS CLARIFICATION remain",
    /// "any [NEEDS CLARIFICATION] markers"). A marker with a reason (`[NEEDS
    /// CLARIFICATION: auth method?]`) is always real.
    fn mentions_clarification(&self, range: &Range<usize>) -> bool {
        if self.text[range.clone()].contains(':') {
            return false;
        }
        if self.in_inline_code(range.start) {
            return true;
        }
        let line = self.line_range_at(range.start);
        let before = &self.text[line.start..range.start];
        let after = &self.text[range.end..line.end.max(range.end)];
        crate::vocabulary::mentions_clarification(before.trim_end_matches(['*', '_', ' ']), after)
    }

    /// True when the bracket group at `range` is a whole value, as template placeholders are:
    /// nothing before it on its line but a list marker, a label or a table pipe. Bracketed
    /// asides inside a sentence (`new [list-only]`) are the author's text.
    fn stands_alone(&self, range: &Range<usize>) -> bool {
        let line = self.line_range_at(range.start);
        let before = self.text[line.start..range.start].trim_end();
        let before = before.trim_end_matches("**").trim_end();
        before.is_empty()
            || before.ends_with([':', '|', '：', '→'])
            || before
                .split_whitespace()
                .all(|w| matches!(w, "-" | "*" | "+" | ">" | "[" | "]" | "[ ]" | "[x]") || is_ordinal(w))
    }

    fn check_links(&mut self) {
        let Some(dir) = self.ctx.plan_dir.clone() else {
            return;
        };
        let spec_values: Vec<Range<usize>> = self
            .template
            .expected
            .header_fields
            .iter()
            .filter(|f| f.role == FieldRole::Spec)
            .filter_map(|f| self.header_field(f))
            .map(|f| f.value_span.range())
            .collect();
        let local: Vec<(PathBuf, usize)> = self
            .plan
            .links
            .iter()
            .enumerate()
            .filter(|(_, link)| !spec_values.iter().any(|r| r.contains(&link.span.start)))
            .filter_map(|(i, link)| Some((dir.join(local_link_path(&link.destination)?), i)))
            .collect();
        for (path, i) in local {
            if self.probe(path) == Probe::Missing {
                let link = &self.plan.links[i];
                let message = format!("Link target “{}” does not exist", link.destination);
                let range = link.span.range();
                self.push(Rule::BrokenLink, message, range, None);
            }
        }
    }

    /// What is at `path` (following symlinks), asked of the disk once per plan. Paths compare
    /// by component, so `./spec.md` and `spec.md` are one probe.
    fn probe(&mut self, path: PathBuf) -> Probe {
        if let Some((_, found)) = self.probed.iter().find(|(p, _)| *p == path) {
            return *found;
        }
        let found = match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() => Probe::File,
            Ok(_) => Probe::Other,
            Err(_) => Probe::Missing,
        };
        self.probed.push((path, found));
        found
    }

    // ---- positions ----------------------------------------------------------------------

    /// The byte range of the line holding `offset` (without its terminator).
    fn line_range_at(&self, offset: usize) -> Range<usize> {
        let line = self.index.line_of(offset);
        self.index.line_range(line).unwrap_or(offset..offset)
    }

    /// The end of the line holding `offset` (before its terminator).
    fn line_end(&self, offset: usize) -> usize {
        self.line_range_at(offset).end
    }

    /// The start of the line after the one holding `offset` (or the end of the text).
    fn line_after(&self, offset: usize) -> usize {
        let line = self.index.line_of(offset);
        self.index.line_start(line + 1).unwrap_or(self.text.len())
    }

    /// The heading line of the section starting at `offset`.
    fn heading_range_at(&self, offset: usize) -> Range<usize> {
        self.line_range_at(offset)
    }
}

/// Pair each expected section with a found one: exact keys first, then keys without
/// parenthesised parts, then headings that extend the template's. Each found section is used
/// once (the first occurrence).
/// Which plan section (index into `found`) is each expected section, by, in turn: the same
/// heading; the same concept in any language ([`Vocabulary`]); the heading without its
/// parenthesised parts; the heading extended by more words; and by structure, the one unknown
/// heading of the same shape in the expected section's place between two that were found.
fn match_sections(
    expected: &[ExpectedSection],
    found: &[Section],
    may_pair: &dyn Fn(&ExpectedSection, &Section) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; found.len()];
    let mut out = vec![None; expected.len()];
    let found_keys: Vec<String> = found.iter().map(|s| name_key(&s.heading.text)).collect();
    for (i, exp) in expected.iter().enumerate() {
        if let Some(f) = (0..found.len()).find(|&f| !used[f] && found_keys[f] == exp.key) {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    let vocabulary = Vocabulary::get();
    let found_concepts: Vec<Option<ConceptId>> = found
        .iter()
        .map(|s| vocabulary.concept(ConceptKind::Section, &s.heading.text))
        .collect();
    for (i, exp) in expected.iter().enumerate() {
        let Some(concept) = exp.concept.filter(|_| out[i].is_none()) else {
            continue;
        };
        if let Some(f) = (0..found.len()).find(|&f| !used[f] && found_concepts[f] == Some(concept)) {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    let loose_found: Vec<String> = found.iter().map(|s| loose_key(&s.heading.text)).collect();
    for (i, exp) in expected.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        let loose = loose_key(&exp.name);
        if loose.is_empty() {
            continue;
        }
        let hit = (0..found.len()).find(|&f| {
            !used[f] && (loose_found[f] == loose || found_keys[f] == loose || loose_found[f] == exp.key)
        });
        if let Some(f) = hit {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    // An extended heading: `Technical Context & Decisions` for `Technical Context`.
    for (i, exp) in expected.iter().enumerate() {
        if out[i].is_some() || exp.key.is_empty() {
            continue;
        }
        let prefix = format!("{} ", exp.key);
        if let Some(f) = (0..found.len()).find(|&f| !used[f] && found_keys[f].starts_with(&prefix)) {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    match_by_structure(expected, found, &found_concepts, may_pair, &mut used, &mut out);
    out
}

/// An expected section still unmatched takes the plan section in its place: between the plan
/// sections of its nearest matched neighbours on both sides (in template order; one side for
/// the template's first or last section) there is exactly one unused
/// section, its heading names no other concept of the vocabulary, and it has the template
/// section's shape and is a translation (`may_pair`, see [`Check::may_pair`]). A plan that
/// shares little with the template is not paired up by position alone.
fn match_by_structure(
    expected: &[ExpectedSection],
    found: &[Section],
    found_concepts: &[Option<ConceptId>],
    may_pair: &dyn Fn(&ExpectedSection, &Section) -> bool,
    used: &mut [bool],
    out: &mut [Option<usize>],
) {
    // The nearest matched plan section before and after each expected one, in one pass each
    // way (searching per section is quadratic when many are missing). A structural match does
    // not move them: it only takes the one candidate between them.
    let mut prev_of = vec![None; expected.len()];
    let mut next_of = vec![None; expected.len()];
    for i in 1..expected.len() {
        prev_of[i] = out[i - 1].or(prev_of[i - 1]);
    }
    for i in (0..expected.len().saturating_sub(1)).rev() {
        next_of[i] = out[i + 1].or(next_of[i + 1]);
    }
    for i in 0..expected.len() {
        if out[i].is_some() {
            continue;
        }
        let (prev, next): (Option<usize>, Option<usize>) = (prev_of[i], next_of[i]);
        // Both neighbours, or for the template's first (last) section the next (previous).
        let anchored = (prev.is_some() || i == 0) && (next.is_some() || i + 1 == expected.len());
        if !anchored || (prev.is_none() && next.is_none()) {
            continue;
        }
        let lo = prev.map_or(0, |p| p + 1);
        let hi = next.unwrap_or(found.len());
        if lo >= hi {
            continue;
        }
        let candidates: Vec<usize> = (lo..hi).filter(|&f| !used[f]).collect();
        let [f] = candidates.as_slice() else { continue };
        if found_concepts[*f].is_none() && may_pair(&expected[i], &found[*f]) {
            used[*f] = true;
            out[i] = Some(*f);
        }
    }
}

/// The writing system most letters of `text` belong to: Latin (with Greek), Cyrillic, Hangul,
/// kana, Han, or another (by its Unicode block); `None` without letters.
fn script_of(text: &str) -> Option<u32> {
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let script = match c as u32 {
            0..=0x03ff | 0x1e00..=0x1eff => 0,
            0x0400..=0x052f => 1,
            0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => 2,
            0x3040..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => 3,
            0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff => 4,
            other => 0x100 + (other >> 8),
        };
        *counts.entry(script).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map(|(script, _)| script)
}

/// Where each expected section should be inserted: after the previous template section that
/// is present, else before the next one that is, else at `fallback`. Computed for all sections
/// in one pass each way (searching per section was quadratic with many missing sections).
fn insertion_points(found: &[Section], matches: &[Option<usize>], fallback: usize) -> Vec<usize> {
    let mut next_start = vec![None; matches.len()];
    let mut next = None;
    for i in (0..matches.len()).rev() {
        next_start[i] = next;
        if let Some(f) = matches[i] {
            next = Some(found[f].span.start);
        }
    }
    let mut prev_end = None;
    let mut points = Vec::with_capacity(matches.len());
    for (i, matched) in matches.iter().enumerate() {
        points.push(prev_end.or(next_start[i]).unwrap_or(fallback));
        if let Some(f) = matched {
            prev_end = Some(found[*f].span.end);
        }
    }
    points
}

/// Marks the elements of the longest strictly increasing subsequence of `seq`.
fn longest_increasing(seq: &[usize]) -> Vec<bool> {
    // Patience sorting with back-pointers: O(n log n).
    let mut tails: Vec<usize> = Vec::new(); // indices into seq
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &v) in seq.iter().enumerate() {
        let pos = tails.partition_point(|&t| seq[t] < v);
        prev[i] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

/// True when a plan table's header holds the template's columns in order (extra columns are
/// fine; a column may extend the template's name, e.g. `Violation / Deviation`).
fn header_fits(want: &ExpectedTable, table: &Table) -> bool {
    let mut have = table.header.iter().map(|c| name_key(&c.text));
    want.keys.iter().all(|k| have.any(|h| keys_resemble(&h, k)))
}

/// True when the plan table is recognisably the template's: at least half of the template's
/// columns resemble one of its columns.
fn shares_columns(want: &ExpectedTable, table: &Table) -> bool {
    let have: Vec<String> = table.header.iter().map(|c| name_key(&c.text)).collect();
    let shared = want
        .keys
        .iter()
        .filter(|k| have.iter().any(|h| keys_resemble(h, k)))
        .count();
    shared > 0 && shared * 2 >= want.keys.len()
}

/// Two keys name the same thing: equal, one's words all among the other's (`performance` vs
/// `performance goals`), or very similar spelling.
fn keys_resemble(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let words_a: Vec<&str> = a.split(' ').collect();
    let words_b: Vec<&str> = b.split(' ').collect();
    let within = |x: &[&str], y: &[&str]| x.iter().all(|w| y.contains(w));
    within(&words_a, &words_b) || within(&words_b, &words_a) || similarity(a, b) >= 0.8
}

/// The branch name inside a header value: the first backquoted part, else the first word.
fn branch_token(text: &str, value: Range<usize>) -> Option<Range<usize>> {
    let v = &text[value.clone()];
    if let Some(open) = v.find('`') {
        let len = v[open + 1..].find('`')?;
        let start = value.start + open + 1;
        return (len > 0).then_some(start..start + len);
    }
    let word = v.split_whitespace().next()?;
    let start = value.start + v.find(word)?;
    Some(start..start + word.len())
}

/// Whether `word` could be a git branch name (not prose like `N/A` or `(none)`).
fn looks_like_branch_name(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with(['-', '/', '.', '('])
        && !word.ends_with(['/', '.', ')', ','])
        && !word.contains("..")
        && !word.eq_ignore_ascii_case("n/a")
        && word
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"~^:?*[\\".contains(c))
}

/// Accepted forms of a branch for feature folder `dir` (as seen in real spec-kit repos):
/// `001-photo-albums`, `feature/001-photo-albums`, `feature/photo-albums`, or the trunk
/// (`main`, …) for teams that plan without feature branches.
fn branch_matches(branch: &str, dir: &str) -> bool {
    let branch = branch.trim().to_lowercase();
    let dir = dir.to_lowercase();
    let last = branch.rsplit('/').next().unwrap_or(&branch);
    let slug = FolderName::parse(&dir).slug;
    last == dir || last == slug || matches!(branch.as_str(), "main" | "master" | "trunk" | "develop")
}

/// The branch the template's form gives for `dir` (`feature/[###-feature-name]` →
/// `feature/001-x`).
fn suggested_branch(template_value: &str, dir: &str) -> String {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    let re = TOKEN.get_or_init(|| Regex::new(r"\[[^\]]*\]").unwrap());
    let v = template_value.trim().trim_matches('`');
    if re.is_match(v) {
        re.replace(v, regex::NoExpand(dir)).into_owned()
    } else {
        dir.to_string()
    }
}

/// True when `value` starts with a valid `YYYY-MM-DD` date (a note may follow:
/// `2026-07-21 (revised 2026-07-22)`).
fn leading_iso_date(value: &str) -> bool {
    let v = value.trim().trim_matches('`');
    let Some(date) = v.get(..10) else { return false };
    let rest = &v[10..];
    let shaped = date.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    shaped
        && chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
        && !rest.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// `value` as an ISO date, when it is an unambiguous date in another common format.
fn reformat_date(value: &str) -> Option<String> {
    let v = value.trim().trim_matches('`').trim();
    const FORMATS: [&str; 7] = [
        "%Y/%m/%d",
        "%Y.%m.%d",
        "%B %d, %Y",
        "%b %d, %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%Y%m%d",
    ];
    FORMATS
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(v, f).ok())
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// What is wrong with `dest` as the link to this feature's spec.md, if anything.
fn spec_target_problem(dest: &str, feature_dir: Option<&str>) -> Option<String> {
    let path = dest.split(['#', '?']).next().unwrap_or("");
    let path = percent_decode(path);
    let parts: Vec<&str> = path
        .split(['/', '\\'])
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    let Some(file) = parts.last() else {
        return Some("does not point at the feature's spec.md".to_string());
    };
    if !file.eq_ignore_ascii_case("spec.md") {
        return Some(format!("points at “{dest}”, not the feature's spec.md"));
    }
    if parts.len() == 1 {
        return (path.starts_with('/')).then(|| format!("points at “{dest}”, not the feature's spec.md"));
    }
    let parent = parts[parts.len() - 2];
    match feature_dir {
        Some(dir) if parent != dir => Some(format!(
            "points at “{dest}”, not this feature's spec.md (expected {dir}/spec.md)"
        )),
        _ => None,
    }
}

/// `1.` / `2)`: an ordered-list marker.
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(['.', ')']);
    digits.len() < word.len() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The local file a link points at, relative to the plan's folder; `None` for web links,
/// other schemes, in-page anchors and repository-absolute paths.
fn local_link_path(destination: &str) -> Option<String> {
    static SCHEME: OnceLock<Regex> = OnceLock::new();
    let scheme = SCHEME.get_or_init(|| Regex::new(r"^[A-Za-z][A-Za-z0-9+.-]*:").unwrap());
    let d = destination.trim();
    if d.is_empty() || d.starts_with('#') || d.starts_with('/') || scheme.is_match(d) || d.contains('[') {
        return None;
    }
    let path = d.split(['#', '?']).next().unwrap_or("");
    (!path.is_empty()).then(|| percent_decode(path))
}

/// `%XX` escapes decoded (invalid UTF-8 replaced).
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn trim_text_range(text: &str, range: Range<usize>) -> Range<usize> {
    crate::template::trim_range(text, range)
}

/// Dice similarity of the character bigrams of two texts (letters and digits only, lower
/// case): 1.0 for the same text, 0.0 for nothing in common. Works for any script.
pub fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| {
        let chars: Vec<char> = name_key(s).chars().filter(|c| !c.is_whitespace()).collect();
        let mut g: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
        g.sort_unstable();
        g
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return if name_key(a) == name_key(b) { 1.0 } else { 0.0 };
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < ga.len() && j < gb.len() {
        match ga[i].cmp(&gb[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    2.0 * common as f64 / (ga.len() + gb.len()) as f64
}

#[cfg(test)]
mod rule_documentation_tests {
    use super::*;

    #[test]
    fn every_rule_is_documented_under_its_code_name_and_severity() {
        for rule in Rule::ALL {
            let doc = rule.documentation();
            let severity = rule.default_severity().as_str();
            assert!(
                doc.starts_with(&format!("# {} {}\n", rule.code(), rule.name())),
                "{doc}"
            );
            assert!(
                doc.contains(&format!("Default severity: {severity}.")),
                "{}",
                rule.code()
            );
            let mut at = 0;
            for part in RULE_DOC_PARTS {
                let found = doc[at..].find(&format!("\n## {part}\n"));
                assert!(found.is_some(), "{}: no `## {part}` in order", rule.code());
                at += found.unwrap_or(0) + 1;
            }
        }
    }

    #[test]
    fn the_reference_page_has_every_rule_once_and_keeps_example_headings() {
        let page = Rule::reference_page();
        for rule in Rule::ALL {
            assert_eq!(
                page.matches(&format!("\n## {} {}\n", rule.code(), rule.name()))
                    .count(),
                1
            );
        }
        assert!(
            page.contains("\n## Summary\n"),
            "an example's heading was rewritten"
        );
        assert_eq!(page.matches("\n### Fix\n").count(), Rule::ALL.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_stable() {
        let mut codes: Vec<_> = Rule::ALL.iter().map(|r| r.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), Rule::ALL.len());
        assert_eq!(Rule::MissingSection.code(), "SD001");
        assert_eq!(Rule::from_code_or_name("table-cells"), Some(Rule::TableCells));
        assert_eq!(Rule::from_code_or_name("sd003"), Some(Rule::UnfilledPlaceholder));
        assert!(Rule::ALL
            .iter()
            .all(|r| r.name().chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    }

    #[test]
    fn lis_keeps_the_longest_ordered_run() {
        assert_eq!(longest_increasing(&[0, 1, 2]), [true, true, true]);
        assert_eq!(
            longest_increasing(&[4, 0, 1, 2, 3]),
            [false, true, true, true, true]
        );
        assert_eq!(
            longest_increasing(&[0, 2, 1, 3]).iter().filter(|k| !**k).count(),
            1
        );
    }

    #[test]
    fn branch_forms() {
        assert!(branch_matches("001-photo-albums", "001-photo-albums"));
        assert!(branch_matches("feature/001-photo-albums", "001-photo-albums"));
        assert!(branch_matches("feature/photo-albums", "001-photo-albums"));
        assert!(branch_matches("main", "001-photo-albums"));
        assert!(!branch_matches("002-other", "001-photo-albums"));
        assert_eq!(
            suggested_branch("feature/[###-feature-name]", "001-x"),
            "feature/001-x"
        );
    }

    #[test]
    fn dates() {
        assert!(leading_iso_date("2025-01-02"));
        assert!(leading_iso_date("2026-07-21 (revised 2026-07-22)"));
        assert!(leading_iso_date("2026-08-03, revised 2026-08-05"));
        assert!(!leading_iso_date("2025-02-30"));
        assert!(!leading_iso_date("Jan 2, 2025"));
        assert_eq!(reformat_date("Jan 2, 2025").as_deref(), Some("2025-01-02"));
        assert_eq!(reformat_date("2025/01/02").as_deref(), Some("2025-01-02"));
        assert_eq!(reformat_date("02/01/2025"), None);
    }

    #[test]
    fn spec_targets() {
        assert_eq!(spec_target_problem("./spec.md", Some("001-a")), None);
        assert_eq!(spec_target_problem("/specs/001-a/spec.md", Some("001-a")), None);
        assert_eq!(spec_target_problem("specs/001-a/spec.md", Some("001-a")), None);
        assert!(spec_target_problem("../002-b/spec.md", Some("001-a")).is_some());
        assert!(spec_target_problem("./plan.md", Some("001-a")).is_some());
    }

    #[test]
    fn similarity_is_symmetric_and_graded() {
        assert_eq!(
            similarity("Technical snapshot finalized", "Technical snapshot finalized"),
            1.0
        );
        let s = similarity(
            "Technical snapshot finalized with chosen tools",
            "Technical snapshot final",
        );
        assert!(s > 0.5 && s < 1.0, "{s}");
        assert!(similarity("요약이 목표를 담음", "전혀 다른 항목") < 0.3);
    }

    mod robustness {
        use super::super::*;
        use crate::template::TemplateSource;
        use proptest::prelude::*;

        const FRAGMENTS: &[&str] = &[
            "# Plan: [FEATURE]\n",
            "## Summary\n",
            "## 요약\n",
            "### 준비\n",
            "## Status Checklist\n",
            "- **Goal**: x\n",
            "- **Goal**:\n",
            "**Users**:",
            "| a | b |\n",
            "|---|---|\n",
            "| 1 | 2 | 3 |\n",
            "- [ ] item\n",
            "- [x] Summary captures\n",
            "```\n",
            "[e.g., x]",
            "NEEDS CLARIFICATION",
            "`",
            "**Branch**: `x` | **Date**: 2025-13-01\n",
            "**Spec**: [s](../x/spec.md)\n",
            "\r\n",
            "\n",
            "\n\n",
            "한글",
            "😀",
            "[",
            "]",
            "(",
            ")",
            "<!-- ",
            " -->",
            "---\n",
            "> **Fill ONLY if**\n",
            "*",
            "|",
            "[link]",
            "[주요 사용자]",
            "[x](./missing.md)",
            "  ",
            "1. ",
            "\\",
        ];

        fn assert_valid(text: &str, ds: &[Diagnostic]) {
            for d in ds {
                let spans = std::iter::once(&d.span)
                    .chain(d.fix.iter().flat_map(|f| f.edits.iter().map(|e| &e.span)));
                for span in spans {
                    assert!(span.start <= span.end && span.end <= text.len(), "{d:?}");
                    assert!(
                        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                        "{d:?}"
                    );
                }
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]
            #[test]
            fn never_panics_and_spans_stay_valid(
                parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60),
                noise in "\\PC{0,20}",
            ) {
                let text = format!("{}{noise}", parts.concat());
                let korean = Template::from_text(
                    "# 계획: [기능 이름]\n\n**날짜**: [YYYY-MM-DD]\n\n## 요약\n- **목표**: [목표]\n\n### 준비\n[준비]\n\n## 상태 점검표\n- [ ] 요약 완료\n".into(),
                    TemplateSource::BuiltinLite,
                );
                let ctx = PlanContext {
                    feature_dir_name: Some("001-a".into()),
                    plan_dir: Some(std::env::temp_dir().join("specdesk-no-such-dir")),
                    local_branches: None,
                    rules: Default::default(),
                };
                for template in [Template::builtin_lite(), korean] {
                    let ds = validate_plan(&text, &template, &ctx);
                    assert_valid(&text, &ds);
                    let template_ds = validate_plan(&template.text, &template, &ctx);
                    assert_valid(&template.text, &template_ds);
                }
            }
        }
    }

    #[test]
    fn links_that_are_not_local_files() {
        assert_eq!(local_link_path("https://x.dev/a"), None);
        assert_eq!(local_link_path("mailto:a@b"), None);
        assert_eq!(local_link_path("#summary"), None);
        assert_eq!(local_link_path("/specs/x.md"), None);
        assert_eq!(
            local_link_path("./research%20notes.md#top").as_deref(),
            Some("./research notes.md")
        );
    }

    #[test]
    fn inline_code_lookup_is_fast_on_a_long_line() {
        // Found by tests/reliability_pathological.rs: each placeholder counted the backticks
        // from the start of its line, so a long line of placeholders took quadratic time.
        let mut text = String::from("# Plan\n\n");
        text.push_str(&"`[NEEDS CLARIFICATION]` [NEEDS CLARIFICATION] ".repeat(20_000));
        let started = std::time::Instant::now();
        let ds = validate_plan(&text, &Template::builtin_lite(), &PlanContext::default());
        let flagged = ds
            .iter()
            .filter(|d| d.code == Rule::UnfilledPlaceholder.code() && d.message.starts_with("Unresolved"))
            .count();
        assert_eq!(flagged, 20_000, "only the markers outside code spans count");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn many_missing_sections_are_placed_in_linear_time() {
        // Found by tests/reliability_pathological.rs: the insertion point of each missing
        // section was searched from scratch (a template of 20,000 sections: 6 s in debug).
        let template_text: String = (0..20_000)
            .map(|i| format!("## Section {i}\n\ntext\n\n"))
            .collect();
        let template = Template::from_text(
            template_text,
            crate::template::TemplateSource::Repo {
                rel_path: "t.md".into(),
            },
        );
        // Sections 5, 7 and the second half: enough of the template that the plan follows it.
        let second_half: String = (10_000..20_000).map(|i| format!("## Section {i}\n\n")).collect();
        let plan = format!("# Plan\n\n## Section 5\n\nbody\n\n## Section 7\n\nbody\n\n{second_half}");
        let plan = plan.as_str();
        let started = std::time::Instant::now();
        let ds = validate_plan(plan, &template, &PlanContext::default());
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        let missing: Vec<&Diagnostic> = ds
            .iter()
            .filter(|d| d.code == Rule::MissingSection.code())
            .collect();
        assert_eq!(missing.len(), 9_998);
        // Sections before 5 go before it, 6 between 5 and 7, the rest after 7.
        let s5 = plan.find("## Section 5").unwrap();
        let s7 = plan.find("## Section 7").unwrap();
        let at = |name: &str| {
            let d = missing
                .iter()
                .find(|d| d.message.contains(&format!("“{name}”")))
                .unwrap();
            d.fix.as_ref().unwrap().edits[0].span.start
        };
        assert!(at("Section 0") <= s5, "{}", at("Section 0"));
        assert!(at("Section 6") > s5 && at("Section 6") <= s7);
        assert!(at("Section 9") > s7 && at("Section 9") <= plan.find("## Section 10000").unwrap());
    }

    #[test]
    fn insertion_points_prefer_the_previous_present_section() {
        let blank = " ".repeat(100);
        let index = LineIndex::new(&blank);
        let section = |start: usize, end: usize| Section {
            heading: crate::plan::Heading {
                level: 2,
                text: String::new(),
                span: index.span(start..start),
            },
            span: index.span(start..end),
            children: Vec::new(),
        };
        let found = [section(10, 20), section(30, 40)];
        let matches = [None, Some(0), None, None, Some(1), None];
        assert_eq!(insertion_points(&found, &matches, 99), [10, 30, 20, 20, 20, 40]);
        assert_eq!(insertion_points(&found, &[None, None], 99), [99, 99]);
    }

    fn unknown_branch_diagnostics(plan: &str, branches: Option<&[&str]>) -> Vec<Diagnostic> {
        let ctx = PlanContext {
            feature_dir_name: Some("002-share-albums".to_string()),
            plan_dir: None,
            local_branches: None,
            rules: Default::default(),
        }
        .with_local_branches(branches.map(|b| b.iter().map(|s| s.to_string()).collect()));
        validate_plan(plan, &Template::builtin_lite(), &ctx)
            .into_iter()
            .filter(|d| d.code == Rule::UnknownBranch.code())
            .collect()
    }

    #[test]
    fn unknown_branch_is_reported_only_with_git_information() {
        let plan = |branch: &str| {
            format!("# Implementation Plan (Lite): Share\n\n**Branch**: {branch} | **Date**: 2026-03-09 | **Spec**: [spec.md](./spec.md)\n")
        };
        let local: &[&str] = &["001-albums", "main"];
        let found = unknown_branch_diagnostics(&plan("`002-share-albums`"), Some(local));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, "unknown-branch");
        assert_eq!(found[0].severity, Severity::Info);
        assert!(
            found[0].message.contains("“002-share-albums”"),
            "{}",
            found[0].message
        );
        let text = plan("`002-share-albums`");
        assert_eq!(&text[found[0].span.range()], "002-share-albums");

        // The branch exists; no git information; a CI checkout without local branches.
        let with_it: &[&str] = &["002-share-albums", "main"];
        assert!(unknown_branch_diagnostics(&text, Some(with_it)).is_empty());
        assert!(unknown_branch_diagnostics(&text, None).is_empty());
        assert!(unknown_branch_diagnostics(&text, Some(&[])).is_empty());
        // Placeholders and prose are not branch names.
        assert!(unknown_branch_diagnostics(&plan("`[###-feature-name]`"), Some(local)).is_empty());
        assert!(unknown_branch_diagnostics(&plan("N/A"), Some(local)).is_empty());
        // A plain (unquoted) value is checked too.
        assert_eq!(
            unknown_branch_diagnostics(&plan("feature/002-share-albums"), Some(local)).len(),
            1
        );
        assert_eq!(Rule::from_code_or_name("SD016"), Some(Rule::UnknownBranch));
    }
}
