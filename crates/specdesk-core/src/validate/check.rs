//! The `Check` driver: one plan parsed once, the order the rules run in, the diagnostics they
//! push with their fixes, and the helpers several rules share (positions, header fields,
//! placeholders, what is on disk).
//!
//! What each rule decides and how it words its diagnostic is in `rules/sdNNN_<name>.rs`; where
//! one pass serves several rules (the header fields, the sections, a section's labels) the
//! pass is here and hands each finding to its rule.

use super::matching::{insertion_points, match_label, match_sections, LabelMatch};
use super::rule::Rule;
use super::PlanContext;
use crate::diagnostic::{Diagnostic, Fix, TextEdit};
use crate::i18n::Message;
use crate::plan::{HeaderField, Plan, Section};
use crate::span::LineIndex;
use crate::template::{
    document_language, label_lines, name_key, ExpectedField, ExpectedSection, FieldRole, LabelLine, Template,
};
use crate::vocabulary::{ConceptId, ConceptKind, Vocabulary};
use std::cell::OnceCell;
use std::ops::Range;
use std::path::PathBuf;

pub(super) struct Check<'a> {
    pub(super) text: &'a str,
    pub(super) index: LineIndex<'a>,
    pub(super) plan: Plan,
    pub(super) labels: Vec<LabelLine>,
    pub(super) comments: Vec<Range<usize>>,
    pub(super) template: &'a Template,
    pub(super) ctx: &'a PlanContext,
    pub(super) vocabulary: &'static Vocabulary,
    /// The plan's language, when its headings and fields are recognised: found on first use
    /// ([`Check::language`]), which a plan that matches its template word for word never needs.
    language: OnceCell<Option<u16>>,
    crlf: bool,
    /// Byte offsets of every backtick, for [`Check::in_inline_code`].
    backticks: Vec<usize>,
    /// What [`Check::probe`] found, so a plan linking `./spec.md` thrice asks the disk once.
    probed: Vec<(PathBuf, Probe)>,
    pub(super) out: Vec<Diagnostic>,
}

/// What is at a path a plan refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Probe {
    Missing,
    File,
    Other,
}

impl<'a> Check<'a> {
    pub(super) fn new(text: &'a str, template: &'a Template, ctx: &'a PlanContext) -> Self {
        let index = LineIndex::new(text);
        let plan = Plan::parse_indexed(&index);
        let labels = label_lines(text, &plan, &index);
        let comments = plan.comments.iter().map(|c| c.span.range()).collect();
        Check {
            text,
            index,
            plan,
            labels,
            comments,
            template,
            ctx,
            vocabulary: Vocabulary::get(),
            language: OnceCell::new(),
            crlf: text.contains("\r\n"),
            backticks: memchr::memchr_iter(b'`', text.as_bytes()).collect(),
            probed: Vec::new(),
            out: Vec::new(),
        }
    }

    pub(super) fn run(&mut self) {
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

    // ---- diagnostics and fixes ----------------------------------------------------------

    /// Report `message` (a `diag-…` message, rendered in English for [`Diagnostic::message`])
    /// of `rule` at `range`.
    pub(super) fn push(&mut self, rule: Rule, message: Message, range: Range<usize>, fix: Option<Fix>) {
        self.out.push(Diagnostic {
            code: rule.code().to_string(),
            rule: rule.name().to_string(),
            severity: rule.default_severity(),
            message: message.english(),
            span: self.index.span(range),
            fix,
            l10n: Some(message),
        });
    }

    pub(super) fn insert_fix(&self, title: Message, at: usize, insert: String) -> Fix {
        let insert = if self.crlf {
            insert.replace('\n', "\r\n")
        } else {
            insert
        };
        Fix::new(
            title,
            vec![TextEdit {
                span: self.index.span(at..at),
                insert,
            }],
        )
    }

    pub(super) fn replace_fix(&self, title: Message, range: Range<usize>, insert: String) -> Fix {
        Fix::new(
            title,
            vec![TextEdit {
                span: self.index.span(range),
                insert,
            }],
        )
    }

    /// The fix of a missing section or subsection (SD001, SD014): the template's skeleton of
    /// `exp`, inserted at `at`.
    pub(super) fn insert_section_fix(&self, exp: &ExpectedSection, at: usize) -> Fix {
        let skeleton = self.template.skeleton_of(exp);
        let insert = self.framed_insertion(at, &skeleton);
        self.insert_fix(
            Message::new("fix-insert-section").arg("name", &exp.name),
            at,
            insert,
        )
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

    /// A name of the template as the plan would write it: the template's own word, or in a
    /// plan written in another language, the vocabulary's word in that language with the
    /// template's after it (“기술 컨텍스트 (Technical Context)”).
    /// The plan's language (an index into the vocabulary's languages), when recognised.
    pub(super) fn language(&self) -> Option<u16> {
        *self
            .language
            .get_or_init(|| document_language(&self.plan, &self.labels))
    }

    pub(super) fn shown(&self, template_name: &str, concept: Option<ConceptId>) -> String {
        let language = self.language();
        let translated = match (concept, language) {
            (Some(c), Some(lang)) if language != self.template.expected.language => {
                self.vocabulary.term(c, lang)
            }
            _ => None,
        };
        match translated {
            Some(word) if name_key(word) != name_key(template_name) => format!("{word} ({template_name})"),
            _ => template_name.to_string(),
        }
    }

    // ---- header -------------------------------------------------------------------------

    /// The header fields: a missing or empty one is SD004 (missing ones are reported only when
    /// `report_missing`), a filled one is checked by its role: Branch (SD005, SD016), Date
    /// (SD006), Spec (SD007).
    fn check_header(&mut self, report_missing: bool) {
        let expected: Vec<ExpectedField> = self.template.expected.header_fields.clone();
        for field in &expected {
            match self.header_field(field).cloned() {
                None if report_missing => self.check_missing_field(field),
                None => {}
                Some(found) if found.value.trim().is_empty() => self.check_empty_field(&found, field),
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
    pub(super) fn header_field(&self, field: &ExpectedField) -> Option<&HeaderField> {
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

    pub(super) fn has_placeholder_in(&self, range: Range<usize>) -> bool {
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

    /// The template's sections in the plan: out of order (SD002), missing (SD001), and the
    /// content of each one present.
    fn check_sections(&mut self, found: &[Section], matches: &[Option<usize>]) {
        let expected = &self.template.expected.sections;
        self.check_order(expected, found, matches);
        let points = insertion_points(found, matches, self.default_section_point());
        for (i, exp) in expected.iter().enumerate() {
            match matches[i] {
                Some(f) => self.check_section_content(exp, &found[f]),
                None => self.check_missing_section(exp, points[i]),
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

    /// A template section's content in the plan: its tables (SD008), labels (SD010, SD011),
    /// checklist (SD012), and its subsections: out of order (SD002), missing (SD014), and the
    /// content of each one present.
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
                None => self.check_missing_subsection(child, points[i], &exp.name),
            }
        }
    }

    /// The template's labeled lines of `exp` within `scope`: each one is looked for once
    /// ([`match_label`]); absent, it is SD010's, present, SD011's.
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
            let report = match match_label(want, in_scope, &row_names, self.vocabulary) {
                LabelMatch::Absent => self.missing_label(exp, want, scope.start),
                LabelMatch::Line(l) => self.empty_label(want, l),
                LabelMatch::TableRow => None,
            };
            reports.extend(report);
        }
        for (rule, message, range) in reports {
            self.push(rule, message, range, None);
        }
    }

    // ---- positions ----------------------------------------------------------------------

    /// The byte range of the line holding `offset` (without its terminator).
    pub(super) fn line_range_at(&self, offset: usize) -> Range<usize> {
        let line = self.index.line_of(offset);
        self.index.line_range(line).unwrap_or(offset..offset)
    }

    /// The end of the line holding `offset` (before its terminator).
    pub(super) fn line_end(&self, offset: usize) -> usize {
        self.line_range_at(offset).end
    }

    /// The start of the line after the one holding `offset` (or the end of the text).
    pub(super) fn line_after(&self, offset: usize) -> usize {
        let line = self.index.line_of(offset);
        self.index.line_start(line + 1).unwrap_or(self.text.len())
    }

    /// The heading line of the section starting at `offset`.
    pub(super) fn heading_range_at(&self, offset: usize) -> Range<usize> {
        self.line_range_at(offset)
    }

    /// True when `offset` is inside an inline code span (an odd number of backticks before it
    /// on its line).
    pub(super) fn in_inline_code(&self, offset: usize) -> bool {
        let line = self.line_range_at(offset);
        // Counted with the backtick index: scanning the line each time is quadratic on long lines.
        let before = |at: usize| self.backticks.partition_point(|b| *b < at);
        (before(offset) - before(line.start.min(offset))) % 2 == 1
    }

    // ---- the disk -----------------------------------------------------------------------

    /// What is at `path` (following symlinks), asked of the disk once per plan. Paths compare
    /// by component, so `./spec.md` and `spec.md` are one probe.
    pub(super) fn probe(&mut self, path: PathBuf) -> Probe {
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
}

// ---- values several rules read ------------------------------------------------------------

/// The branch name inside a header value: the first backquoted part, else the first word
/// (SD005, SD016).
pub(super) fn branch_token(text: &str, value: Range<usize>) -> Option<Range<usize>> {
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

/// `%XX` escapes decoded (invalid UTF-8 replaced): link paths (SD007, SD013).
pub(super) fn percent_decode(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::{validate_plan, PlanContext, Rule};
    use crate::template::Template;

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
}
