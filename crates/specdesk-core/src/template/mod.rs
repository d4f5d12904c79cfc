//! Templates: the expected structure of a plan, derived from a plan template — never hard-coded.
//!
//! A template is parsed with the same [`Plan`] parser as a plan. From that model we learn what a
//! filled plan must contain: the header fields, the H2 sections in order with their H3 children,
//! which sections are optional (the template says so in their lead line: "*Fill ONLY if…*",
//! "(if applicable)", "OPTIONAL", "(선택)", "（可选）", …), the tables with their header cells,
//! the labeled lines (`**Goal**: …`), the status checklist items and the placeholder texts.
//! Nothing here depends on English section names, so Korean or Chinese templates work the same.
//!
//! Where the template comes from:
//!
//! | module | job |
//! |---|---|
//! | [`resolve`] | the repository's template, found and composed exactly as spec-kit 1.x does (overrides, presets, extensions, core) |
//! | [`builtin`] | the built-in templates (Lite, spec-kit's standard) and which one a template-less plan follows |
//! | `manifest` | a preset's `preset.yml`, validated as spec-kit validates it |
//! | `registry` | the order of presets and extensions from their `.registry` |
//! | `yaml` | YAML typed the way PyYAML's `safe_load` types it |
//!
//! The template is parsed once; [`Template`] keeps everything validation needs (including a
//! prebuilt matcher for the template's verbatim placeholders).

pub mod builtin;
mod manifest;
mod registry;
pub mod resolve;
mod yaml;

use crate::config::Config;
use crate::error::Result;
use crate::plan::{classify_placeholder, within_placeholder_length, Plan, Section};
use crate::repo::Repository;
use crate::span::LineIndex;
use crate::store::Store;
pub use crate::vocabulary::conditional_marker;
use crate::vocabulary::{ConceptId, ConceptKind, Vocabulary};
use regex::Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

pub use builtin::{FULL_TEMPLATE, LITE_TEMPLATE};
pub use resolve::{LayerStrategy, ResolvedTemplate, TemplateLayer};

/// The name spec-kit resolves the plan template by (`resolve-template.sh plan-template`).
pub const PLAN_TEMPLATE_NAME: &str = "plan-template";

/// Where a template came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum TemplateSource {
    /// [`LITE_TEMPLATE`], compiled into SpecDesk.
    BuiltinLite,
    /// [`FULL_TEMPLATE`], spec-kit's standard plan template, compiled into SpecDesk.
    BuiltinFull,
    /// The repository has no plan template: each plan is checked against the built-in
    /// template it follows ([`BuiltinLite`](TemplateSource::BuiltinLite) or
    /// [`BuiltinFull`](TemplateSource::BuiltinFull)); new plans get Lite.
    Builtins,
    /// One file of the repository is the whole template, at `rel_path` from the root (the
    /// core template, an override, or the preset or extension file that replaces it).
    #[serde(rename_all = "camelCase")]
    Repo { rel_path: String },
    /// Composed from several files of the repository's spec-kit stack, highest precedence
    /// first; the last layer is the base the others prepend to, append to or wrap.
    #[serde(rename_all = "camelCase")]
    Stack { layers: Vec<TemplateLayer> },
}

impl TemplateSource {
    /// For people: `.specify/templates/plan-template.md`, `the built-in Lite template`, or
    /// `the stack: .specify/presets/p/templates/plan-template.md (wrap) over
    /// .specify/templates/plan-template.md`.
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::Locale::En)
    }

    /// [`TemplateSource::describe`] in `locale`. Paths and layer strategies (`prepend`, the
    /// words of `preset.yml`) stay as they are.
    pub fn describe_in(&self, locale: crate::i18n::Locale) -> String {
        use crate::i18n::{Localizer, Message};
        let l = Localizer::new(locale);
        match self {
            TemplateSource::BuiltinLite => l.text("cli-template-builtin-lite"),
            TemplateSource::BuiltinFull => l.text("cli-template-builtin-full"),
            TemplateSource::Builtins => l.text("cli-template-builtins"),
            TemplateSource::Repo { rel_path } => rel_path.clone(),
            TemplateSource::Stack { layers } => {
                let parts: Vec<String> = layers
                    .iter()
                    .map(|l| match l.strategy {
                        LayerStrategy::Replace => l.rel_path.clone(),
                        s => format!("{} ({})", l.rel_path, s.as_str()),
                    })
                    .collect();
                let over = l.text("cli-template-stack-over");
                l.format(&Message::new("cli-template-stack").arg("layers", parts.join(&over)))
            }
        }
    }

    /// True for the templates compiled into SpecDesk.
    pub fn is_builtin(&self) -> bool {
        matches!(
            self,
            TemplateSource::BuiltinLite | TemplateSource::BuiltinFull | TemplateSource::Builtins
        )
    }
}

/// What a header field is for, recognised from the template's placeholder (not its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FieldRole {
    /// Holds the feature branch (`[###-feature-name]`, possibly with a prefix like `feature/`).
    Branch,
    /// Holds a date (`[DATE]`).
    Date,
    /// Points at the feature's `spec.md` (`[link]` or a path ending in `spec.md`).
    Spec,
    /// Anything else.
    Other,
}

/// A `**Name**: value` field the template's header has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedField {
    /// The name as the template writes it, e.g. `Branch`.
    pub name: String,
    /// [`name_key`] of the name.
    pub key: String,
    /// The template's value, e.g. `[###-feature-name]`.
    pub template_value: String,
    /// The field's source in the template, e.g. `**Date**: [DATE]`.
    pub template_source: String,
    pub role: FieldRole,
    /// True when the template's value is a placeholder to fill (not fixed prose like a note).
    pub required: bool,
    /// The vocabulary concept the name stands for (`Branch`, `브랜치`), when it is one.
    #[serde(skip)]
    pub concept: Option<ConceptId>,
}

/// A `**Label**: value` line (bullet or paragraph) inside a template section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedLabel {
    pub label: String,
    pub key: String,
    /// True when the template's value is a placeholder and not marked conditional.
    pub required: bool,
    #[serde(skip)]
    pub concept: Option<ConceptId>,
}

/// A table of the template: its header cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedTable {
    pub header: Vec<String>,
    /// [`name_key`] of each header cell.
    pub keys: Vec<String>,
}

/// An H2 (or H3) section the template has, with what it contains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedSection {
    /// The heading text as the template writes it.
    pub name: String,
    /// [`name_key`] of the name.
    pub key: String,
    /// 2 or 3.
    pub level: u8,
    /// False when the template marks the section as conditional.
    pub required: bool,
    /// The conditional words that made the section optional, when it is, as the vocabulary
    /// writes them (`fill only if`, `(선택)`).
    pub condition: Option<String>,
    /// Instructions for the author or agent (an Execution Flow block, writing guidelines): never
    /// required, whatever it contains.
    pub guidance: bool,
    /// Part of some spec-kit template generations only (Progress Tracking, the Phase 0–3
    /// sections): a plan from another generation may lack it.
    pub generational: bool,
    /// Its checklist differs per feature by design (a constitution gate): items are not
    /// compared with the template's.
    pub own_checklist: bool,
    /// The vocabulary concept of the heading (`Summary`, `요약`), when it is one.
    #[serde(skip)]
    pub concept: Option<ConceptId>,
    /// H3 children (empty for H3s).
    pub children: Vec<ExpectedSection>,
    /// Tables in the section's own body (not in its children).
    pub tables: Vec<ExpectedTable>,
    /// Labeled lines in the section's own body.
    pub labels: Vec<ExpectedLabel>,
    /// Task items (`- [ ] …`) in the section's own body: the status checklist.
    pub checklist: Vec<String>,
    /// The section's bytes in the template text (heading through body).
    #[serde(skip)]
    pub range: Range<usize>,
}

/// Everything a plan is expected to have, derived from a template.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Expected {
    /// The template's H1 text, when it has one.
    pub title: Option<String>,
    pub header_fields: Vec<ExpectedField>,
    /// H2 sections in template order.
    pub sections: Vec<ExpectedSection>,
    /// The template's placeholder texts (brackets included), each once, longest first.
    pub placeholders: Vec<String>,
    /// Placeholders inside the template's code blocks (`specs/[###-feature]/`, `# [REMOVE IF
    /// UNUSED] Option 1`), each once, longest first: in a plan's code blocks only these
    /// verbatim copies are unfilled placeholders; other brackets there are code.
    pub code_placeholders: Vec<String>,
    /// The language the template is written in (an index into the vocabulary's languages),
    /// when its headings and fields are recognised.
    #[serde(skip)]
    pub language: Option<u16>,
}

/// A parsed template and the structure it expects.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Template {
    pub source: TemplateSource,
    pub text: String,
    /// [`Plan::parse`] of [`Template::text`].
    pub plan: Plan,
    pub expected: Expected,
    /// Finds the template's verbatim placeholders in a plan (whitespace-tolerant).
    #[serde(skip)]
    placeholder_matcher: Option<Regex>,
    /// The same for [`Expected::code_placeholders`].
    #[serde(skip)]
    code_placeholder_matcher: Option<Regex>,
}

impl Template {
    /// The built-in Lite template.
    pub fn builtin_lite() -> Template {
        builtin::lite().clone()
    }

    /// The template of a repository without one ([`TemplateSource::Builtins`]): Lite's text
    /// for new plans, and for checking, each plan's own choice between Lite and spec-kit's
    /// standard template ([`Template::for_plan`]).
    pub fn builtins() -> Template {
        Template {
            source: TemplateSource::Builtins,
            ..Template::builtin_lite()
        }
    }

    /// A template from its text.
    pub fn from_text(text: String, source: TemplateSource) -> Template {
        let plan = Plan::parse(&text);
        let expected = derive_expected(&text, &plan);
        let placeholder_matcher = build_placeholder_matcher(&expected.placeholders);
        let code_placeholder_matcher = build_placeholder_matcher(&expected.code_placeholders);
        Template {
            source,
            text,
            plan,
            expected,
            placeholder_matcher,
            code_placeholder_matcher,
        }
    }

    /// A template resolved from the repository's spec-kit stack.
    pub fn from_resolved(resolved: ResolvedTemplate) -> Template {
        let source = match resolved.layers.as_slice() {
            [single] => TemplateSource::Repo {
                rel_path: single.rel_path.clone(),
            },
            _ => TemplateSource::Stack {
                layers: resolved.layers,
            },
        };
        Template::from_text(resolved.text, source)
    }

    /// The repository's plan template, resolved as spec-kit 1.x resolves `plan-template`
    /// ([`resolve`]: overrides, presets, extensions, `.specify/templates/plan-template.md`);
    /// [`Template::builtins`] when it has none. A template that cannot be read (or is not
    /// UTF-8), or a stack spec-kit would refuse, is an error, not a silent fallback. Every
    /// file is read through the [`Store`]: confined to the repository (a symlink leading out
    /// is refused), size-limited, never a pipe.
    ///
    /// A `template.path` in the repository's `specdesk.toml` ([`Config`]) names the template
    /// instead; a missing file there is an error too.
    pub fn for_repo(repo: &Repository) -> Result<Template> {
        Template::for_store_with(&Store::new(&repo.root)?, &repo.config)
    }

    /// [`Template::for_repo`] for the repository of `store` (reading its configuration).
    pub fn for_store(store: &Store) -> Result<Template> {
        Template::for_store_with(store, &Config::load(store))
    }

    /// [`Template::for_store`] with the repository's configuration already read.
    pub fn for_store_with(store: &Store, config: &Config) -> Result<Template> {
        if let Some(rel_path) = &config.template {
            let file = store.read(std::path::Path::new(rel_path))?;
            return Ok(Template::from_text(
                file.text,
                TemplateSource::Repo {
                    rel_path: rel_path.clone(),
                },
            ));
        }
        Ok(match resolve::resolve(store, PLAN_TEMPLATE_NAME)? {
            Some(resolved) => Template::from_resolved(resolved),
            None => Template::builtins(),
        })
    }

    /// The template to check `plan` (a plan's text) against: this one, or for a repository
    /// without a template ([`Template::builtins`]), the built-in one the plan follows.
    pub fn for_plan(&self, plan: &str) -> &Template {
        if self.source == TemplateSource::Builtins {
            builtin::for_plan(plan)
        } else {
            self
        }
    }

    /// The expected H2 (or H3) section called `name` (compared by [`name_key`]).
    pub fn section(&self, name: &str) -> Option<&ExpectedSection> {
        let key = name_key(name);
        self.expected.sections.iter().find_map(|s| {
            if s.key == key {
                Some(s)
            } else {
                s.children.iter().find(|c| c.key == key)
            }
        })
    }

    /// The template's source text of section `name`, heading through body, ending with one
    /// newline — what a quick fix inserts. A closing thematic break (`---`) and whatever
    /// follows it (a template footer) is left out.
    pub fn section_skeleton(&self, name: &str) -> Option<String> {
        let section = self.section(name)?;
        Some(self.skeleton_of(section))
    }

    /// [`Template::section_skeleton`] for a section already looked up.
    pub fn skeleton_of(&self, section: &ExpectedSection) -> String {
        let body = &self.text[section.range.clone()];
        let body = cut_at_footer(body, section.range.start, &self.plan.code_blocks);
        let mut s = body.trim_end().to_string();
        s.push('\n');
        s
    }

    /// Positions of the template's verbatim placeholders in `text`.
    pub(crate) fn find_template_placeholders<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = Range<usize>> + 't {
        self.placeholder_matcher
            .iter()
            .flat_map(move |re| re.find_iter(text).map(|m| m.range()))
    }

    /// Positions of the placeholders of the template's code blocks in `text`.
    pub(crate) fn find_template_code_placeholders<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = Range<usize>> + 't {
        self.code_placeholder_matcher
            .iter()
            .flat_map(move |re| re.find_iter(text).map(|m| m.range()))
    }
}

/// The comparison key of a heading, label or cell: lower-case letters and digits of any
/// script, everything else (punctuation, emoji, markup) collapsed to single spaces.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    // Most names are ASCII: bytes, without decoding characters (every heading, label, cell and
    // checklist item of every plan checked goes through here).
    if name.is_ascii() {
        for &b in name.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                pending_space = true;
            }
        }
        return out;
    }
    for c in name.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            // ASCII first: the same result as `to_lowercase`, without its iterator.
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// [`name_key`] without parenthesised parts: `Work Breakdown (Lite)` → `work breakdown`.
pub fn loose_key(name: &str) -> String {
    if !name.contains(['(', '（', '[']) {
        return name_key(name);
    }
    let mut depth = 0usize;
    let stripped: String = name
        .chars()
        .filter(|&c| match c {
            '(' | '（' | '[' => {
                depth += 1;
                false
            }
            ')' | '）' | ']' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect();
    name_key(&stripped)
}

/// A `**Label**: value` line of a document (a bullet or a paragraph that starts with it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LabelLine {
    pub label: String,
    pub key: String,
    /// The value after the label on the same line, trimmed.
    pub value: Range<usize>,
    /// True when lines below belong to the label (sub-bullets, continuation text).
    pub has_body: bool,
    /// The label's first line.
    pub line: Range<usize>,
}

/// Every labeled line below the first H2 of `text` (bullets from the parser, paragraphs by a
/// line scan), in document order.
pub(crate) fn label_lines(text: &str, plan: &Plan, index: &LineIndex<'_>) -> Vec<LabelLine> {
    let body_start = plan.sections.first().map(|s| s.span.start).unwrap_or(text.len());
    let mut out: Vec<LabelLine> = plan
        .labeled_bullets
        .iter()
        .filter(|b| b.span.start >= body_start)
        .map(|b| LabelLine {
            key: name_key(&b.label),
            label: b.label.clone(),
            value: b.value_span.range(),
            has_body: b.has_body,
            line: b.span.range(),
        })
        .collect();
    let heading_lines: Vec<u32> = plan.headings.iter().map(|h| h.span.line).collect();
    let mut line_no = index.line_of(body_start);
    while let Some(range) = index.line_range(line_no) {
        line_no += 1;
        let line = &text[range.clone()];
        if !line.trim_start().starts_with("**") || in_ranges(&plan.code_blocks, range.start) {
            continue;
        }
        let Some((whole, name)) = paragraph_label(line) else {
            continue;
        };
        let value = trim_range(text, range.start + whole.end()..range.end);
        let has_body = paragraph_has_body(text, index, line_no, &heading_lines);
        out.push(LabelLine {
            label: name.as_str().trim().to_string(),
            key: name_key(name.as_str()),
            value,
            has_body,
            line: range,
        });
    }
    out.sort_by_key(|l| l.line.start);
    out
}

/// The whole match and the label of a paragraph label line (`**Label**: value` or
/// `**Label:** value`, at most [`MAX_LABEL_CHARS`] characters).
///
/// The regexes are unbounded and the length is checked after: `{1,60}` over a Unicode class
/// costs half a millisecond to compile, paid by every `specdesk-cli` run. A label cannot hold a
/// `*`, so each form can only match one label, and the result is what the bounded regex finds:
/// when the first form's label is too long, the bounded one would go on to the second form on
/// the same text (`**…60 characters…:**:`), and so does this.
fn paragraph_label(line: &str) -> Option<(regex::Match<'_>, regex::Match<'_>)> {
    static EITHER: OnceLock<Regex> = OnceLock::new();
    static COLON_INSIDE: OnceLock<Regex> = OnceLock::new();
    let short = |m: &regex::Match<'_>| m.as_str().chars().count() <= MAX_LABEL_CHARS;
    let either = EITHER.get_or_init(|| {
        Regex::new(r"^ {0,3}(?:\*\*([^*\n]+?)\*\*[ \t]*[:：]|\*\*([^*\n]+?)[:：]\*\*)[ \t]*").unwrap()
    });
    let caps = either.captures(line)?;
    let (whole, name) = (caps.get(0)?, caps.get(1).or(caps.get(2))?);
    if short(&name) {
        return Some((whole, name));
    }
    caps.get(1)?;
    let colon_inside =
        COLON_INSIDE.get_or_init(|| Regex::new(r"^ {0,3}\*\*([^*\n]+?)[:：]\*\*[ \t]*").unwrap());
    let caps = colon_inside.captures(line)?;
    let (whole, name) = (caps.get(0)?, caps.get(1)?);
    short(&name).then_some((whole, name))
}

/// The longest paragraph label, in characters.
const MAX_LABEL_CHARS: usize = 60;

/// True when a non-blank line follows paragraph label on `next_line - 1` before the next
/// heading or label line.
fn paragraph_has_body(text: &str, index: &LineIndex<'_>, mut next_line: u32, heading_lines: &[u32]) -> bool {
    while let Some(range) = index.line_range(next_line) {
        if heading_lines.binary_search(&next_line).is_ok() {
            return false;
        }
        let line = &text[range];
        if !line.trim().is_empty() {
            return paragraph_label(line).is_none();
        }
        next_line += 1;
    }
    false
}

/// True when `offset` falls in one of the sorted, non-overlapping `ranges`.
pub(crate) fn in_ranges(ranges: &[Range<usize>], offset: usize) -> bool {
    let i = ranges.partition_point(|r| r.start <= offset);
    i > 0 && ranges[i - 1].contains(&offset)
}

/// `range` without surrounding whitespace.
pub(crate) fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    start..end.max(start)
}

/// True when the bracket group at `range` of `text` is link text, a reference, an image or a
/// footnote rather than a placeholder.
pub(crate) fn is_link_syntax(text: &str, range: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let next = bytes.get(range.end).copied();
    matches!(next, Some(b'(') | Some(b'[') | Some(b':'))
        || (range.start > 0 && matches!(bytes[range.start - 1], b'!' | b']' | b'\\'))
        || text[range.clone()].starts_with("[^")
}

fn derive_expected(text: &str, plan: &Plan) -> Expected {
    let vocabulary = Vocabulary::get();
    let index = LineIndex::new(text);
    let labels = label_lines(text, plan, &index);
    let placeholder_ranges = template_placeholder_ranges(text, plan);
    let has_placeholder = |r: &Range<usize>| {
        let i = placeholder_ranges.partition_point(|p| p.end <= r.start);
        placeholder_ranges.get(i).is_some_and(|p| p.start < r.end)
    };
    let header_fields = plan
        .header_fields
        .iter()
        .map(|f| {
            let value_range = f.span.range();
            ExpectedField {
                name: f.name.clone(),
                key: name_key(&f.name),
                template_value: f.value.clone(),
                template_source: text[f.span.range()].to_string(),
                role: field_role(&f.name, &f.value),
                required: has_placeholder(&value_range) && conditional_marker(&f.value).is_none(),
                concept: vocabulary.concept(ConceptKind::Field, &f.name),
            }
        })
        .collect();
    let builder = SectionBuilder {
        text,
        plan,
        labels: &labels,
        has_placeholder: &has_placeholder,
    };
    let sections = plan.sections.iter().map(|s| builder.build(s)).collect();
    let mut placeholders: Vec<String> = placeholder_ranges
        .iter()
        .map(|r| text[r.clone()].to_string())
        .collect();
    placeholders.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    placeholders.dedup();
    let mut code_placeholders = code_block_placeholders(text, plan);
    code_placeholders.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    code_placeholders.dedup();
    Expected {
        title: plan.title.as_ref().map(|t| t.text.clone()),
        header_fields,
        sections,
        placeholders,
        code_placeholders,
        language: document_language(plan, &labels),
    }
}

/// The language of a document's headings, header fields and labeled lines
/// ([`Vocabulary::language_of`]).
pub(crate) fn document_language(plan: &Plan, labels: &[LabelLine]) -> Option<u16> {
    // H2 and H3: the template's own headings (deeper ones are the author's).
    let sections = plan
        .headings
        .iter()
        .filter(|h| (2..=3).contains(&h.level))
        .map(|h| (ConceptKind::Section, h.text.as_str()));
    let fields = plan
        .header_fields
        .iter()
        .map(|f| (ConceptKind::Field, f.name.as_str()));
    let labels = labels.iter().map(|l| (ConceptKind::Label, l.label.as_str()));
    Vocabulary::get().language_of(sections.chain(fields).chain(labels))
}

struct SectionBuilder<'a> {
    text: &'a str,
    plan: &'a Plan,
    labels: &'a [LabelLine],
    has_placeholder: &'a dyn Fn(&Range<usize>) -> bool,
}

impl SectionBuilder<'_> {
    fn build(&self, section: &Section) -> ExpectedSection {
        let range = section.span.range();
        // The section's own body ends where its first child starts.
        let own_end = section
            .children
            .first()
            .map(|c| c.span.start)
            .unwrap_or(range.end);
        let own = range.start..own_end;
        let condition = conditional_marker(&section.heading.text).or_else(|| self.lead_condition(&own));
        let tables = self
            .plan
            .tables
            .iter()
            .filter(|t| own.contains(&t.span.start))
            .map(|t| ExpectedTable {
                header: t.header.iter().map(|c| c.text.clone()).collect(),
                keys: t.header.iter().map(|c| name_key(&c.text)).collect(),
            })
            .collect();
        let labels = self
            .labels
            .iter()
            .filter(|l| own.contains(&l.line.start))
            .map(|l| {
                let value = &self.text[l.value.clone()];
                let fillable = (self.has_placeholder)(&l.value) || (value.is_empty() && l.has_body);
                ExpectedLabel {
                    label: l.label.clone(),
                    key: l.key.clone(),
                    required: fillable && conditional_marker(value).is_none(),
                    concept: Vocabulary::get().concept(ConceptKind::Label, &l.label),
                }
            })
            .collect();
        let checklist = self
            .plan
            .tasks
            .iter()
            .filter(|t| own.contains(&t.mark.start))
            .map(|t| t.text.clone())
            .collect();
        let vocabulary = Vocabulary::get();
        let concept = vocabulary.concept(ConceptKind::Section, &section.heading.text);
        let flag =
            |f: fn(&crate::vocabulary::Concept) -> bool| concept.is_some_and(|c| f(&vocabulary.concepts[c]));
        // A warning sign in a heading marks instructions (`## ⚠️ Writing guidelines`).
        let guidance = flag(|c| c.guidance) || section.heading.text.contains('\u{26a0}');
        let generational = flag(|c| c.generational);
        ExpectedSection {
            name: section.heading.text.clone(),
            key: name_key(&section.heading.text),
            level: section.heading.level,
            required: condition.is_none() && !guidance && !generational,
            condition,
            guidance,
            generational,
            own_checklist: flag(|c| c.own_checklist),
            concept,
            children: section.children.iter().map(|c| self.build(c)).collect(),
            tables,
            labels,
            checklist,
            range,
        }
    }

    /// A conditional marker in the first lines of a section's own body (its "lead": a note,
    /// blockquote, comment or italic line right under the heading). The lead ends where
    /// content (a list, table, code block or labeled line) starts.
    fn lead_condition(&self, own: &Range<usize>) -> Option<String> {
        let body = &self.text[own.clone()];
        let mut seen = 0;
        for line in body.lines().skip(1) {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            if starts_content(trimmed) {
                break;
            }
            if let Some(m) = conditional_marker(trimmed) {
                return Some(m);
            }
            seen += 1;
            if seen >= 3 {
                break;
            }
        }
        None
    }
}

/// True when a line starts the section's content (list, table, code, label), ending its lead.
fn starts_content(trimmed: &str) -> bool {
    static CONTENT: OnceLock<Regex> = OnceLock::new();
    let re = CONTENT.get_or_init(|| {
        Regex::new(r"^(?:[-+|]|\*\s|\d+[.)]\s|```|~~~|\*\*[^*]+\*\*\s*[:：]|\*\*[^*]+[:：]\*\*)").unwrap()
    });
    re.is_match(trimmed)
}

fn field_role(name: &str, value: &str) -> FieldRole {
    let lower = value.to_lowercase();
    let name = name_key(name);
    if lower.contains("spec.md") || lower.trim() == "[link]" || name == "spec" || name == "input" {
        FieldRole::Spec
    } else if lower.contains("[date]") || lower.contains("yyyy-mm-dd") || name == "date" {
        FieldRole::Date
    } else if lower.contains("###") || name == "branch" {
        FieldRole::Branch
    } else {
        FieldRole::Other
    }
}

/// Byte ranges of the template's placeholders, sorted: every bracket group outside code
/// blocks, comments and link syntax (classified or not: in a template, a bracket group is a
/// placeholder), plus bare `NEEDS CLARIFICATION` the parser found.
fn template_placeholder_ranges(text: &str, plan: &Plan) -> Vec<Range<usize>> {
    static BRACKET: OnceLock<Regex> = OnceLock::new();
    // `+` and a length check, not `{1,300}` (see `Parsing::find_placeholders` in plan.rs).
    let re = BRACKET.get_or_init(|| Regex::new(r"\[[^\[\]]+\]").unwrap());
    let comments: Vec<Range<usize>> = plan.comments.iter().map(|c| c.span.range()).collect();
    let mut out: Vec<Range<usize>> = re
        .find_iter(text)
        .map(|m| m.range())
        .filter(|r| {
            let inner = &text[r.start + 1..r.end - 1];
            within_placeholder_length(inner)
                && !in_ranges(&plan.code_blocks, r.start)
                && !in_ranges(&comments, r.start)
                && !is_link_syntax(text, r)
                && inner.matches('\n').count() <= 2
                && is_template_placeholder(inner)
        })
        .collect();
    // The regex matches are sorted and disjoint: the one that could contain a placeholder is
    // the last starting at or before it (a linear search per placeholder was quadratic).
    let matched = out.len();
    for p in &plan.placeholders {
        let r = p.span.range();
        let i = out[..matched].partition_point(|o| o.start <= r.start);
        let contained = i > 0 && r.end <= out[i - 1].end;
        if !contained {
            out.push(r);
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The bracket groups of the template's code blocks that are placeholders rather than code:
/// a token (`[###-feature]`) or words (`[REMOVE IF UNUSED]`, `[same as backend above]`).
fn code_block_placeholders(text: &str, plan: &Plan) -> Vec<String> {
    static BRACKET: OnceLock<Regex> = OnceLock::new();
    let re = BRACKET.get_or_init(|| Regex::new(r"\[[^\[\]\n]+\]").unwrap());
    plan.code_blocks
        .iter()
        .flat_map(|block| re.find_iter(&text[block.clone()]))
        .map(|m| m.as_str())
        .filter(|p| {
            let inner = p[1..p.len() - 1].trim();
            within_placeholder_length(inner) && (inner.contains("###") || inner.contains(char::is_whitespace))
        })
        .map(str::to_string)
        .collect()
}

/// Whether a template's bracket group is a placeholder: anything but a task mark or a single
/// character (`[x]`, `[P]`), or text the generic classifier accepts.
fn is_template_placeholder(inner: &str) -> bool {
    let t = inner.trim();
    if classify_placeholder(t).is_some() {
        return true;
    }
    t.chars().count() >= 2
}

/// A regex matching any of `placeholders` verbatim, with any whitespace run allowed to be any
/// other (so reflowed or CRLF text still matches).
fn build_placeholder_matcher(placeholders: &[String]) -> Option<Regex> {
    if placeholders.is_empty() {
        return None;
    }
    let alternatives: Vec<String> = placeholders
        .iter()
        .map(|p| {
            p.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    Regex::new(&alternatives.join("|")).ok()
}

/// `body` (starting at `start` in a text whose code blocks are `code_blocks`) up to a
/// thematic break that follows a blank line, if any.
fn cut_at_footer<'t>(body: &'t str, start: usize, code_blocks: &[Range<usize>]) -> &'t str {
    let mut offset = 0;
    let mut prev_blank = false;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        let is_break = t.len() >= 3
            && (t.chars().all(|c| c == '-' || c == ' ')
                || t.chars().all(|c| c == '*' || c == ' ')
                || t.chars().all(|c| c == '_' || c == ' '));
        if offset > 0 && prev_blank && is_break && !in_ranges(code_blocks, start + offset) {
            return &body[..offset];
        }
        prev_blank = t.is_empty();
        offset += line.len();
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::PLAN_TEMPLATE;

    #[test]
    fn paragraph_labels_are_at_most_sixty_characters_in_either_form() {
        let label = |line: &str| {
            paragraph_label(line).map(|(whole, name)| (whole.as_str().to_string(), name.as_str().to_string()))
        };
        assert_eq!(
            label("**Storage**: S3"),
            Some(("**Storage**: ".into(), "Storage".into()))
        );
        assert_eq!(
            label("**Storage:** S3"),
            Some(("**Storage:** ".into(), "Storage".into()))
        );
        let sixty = "é".repeat(60);
        assert_eq!(
            label(&format!("**{sixty}**: x")).map(|l| l.1),
            Some(sixty.clone())
        );
        assert_eq!(label(&format!("**{sixty}é**: x")), None);
        assert_eq!(label(&format!("**{sixty}é:** x")), None);
        // The first form's label would be 61 characters (the colon inside included): the bounded
        // regex went on to the second form, which has 60.
        assert_eq!(
            label(&format!("**{sixty}:**: x")),
            Some((format!("**{sixty}:**"), sixty))
        );
    }

    #[test]
    fn lite_expectations_come_from_the_template() {
        let t = Template::builtin_lite();
        let e = &t.expected;
        let fields: Vec<_> = e
            .header_fields
            .iter()
            .map(|f| (f.name.as_str(), f.role, f.required))
            .collect();
        assert_eq!(
            fields,
            [
                ("Branch", FieldRole::Branch, true),
                ("Date", FieldRole::Date, true),
                ("Spec", FieldRole::Spec, true),
                ("Input", FieldRole::Spec, true)
            ]
        );
        assert_eq!(e.sections.len(), 8);
        // The Execution Flow block is instructions for the agent: never required.
        let flow = &e.sections[0];
        assert!(flow.name.starts_with("Execution Flow") && flow.guidance && !flow.required);
        assert!(e.sections[1..].iter().all(|s| s.required && !s.guidance));
        let snapshot = t.section("technical snapshot").unwrap();
        assert_eq!(snapshot.tables[0].header, ["Area", "Decision", "Notes"]);
        let summary = t.section("Summary").unwrap();
        let labels: Vec<_> = summary.labels.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(labels, ["Goal", "Users", "Critical Behaviors", "Non‑Negotiables"]);
        assert!(summary.labels.iter().all(|l| l.required));
        let outline = t.section("Implementation Outline").unwrap();
        assert!(outline
            .labels
            .iter()
            .any(|l| l.label == "Key Components" && l.required));
        let checklist = &e.sections.last().unwrap().checklist;
        assert_eq!(checklist.len(), 5);
        assert_eq!(
            checklist[0],
            "Summary captures desired outcomes and scope boundaries"
        );
        assert!(e.placeholders.iter().any(|p| p == "[DATE]"));
        assert!(e.placeholders.iter().any(|p| p == "[Component 1]"));
        assert!(!e.placeholders.iter().any(|p| p == "[ ]"));
    }

    #[test]
    fn for_repo_reads_the_repository_template_or_falls_back_to_lite() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("specs")).unwrap();
        let repo = Repository::open(dir.path()).unwrap();
        let t = Template::for_repo(&repo).unwrap();
        assert_eq!(t.source, TemplateSource::Builtins);
        assert_eq!(t.text, LITE_TEMPLATE);

        let templates = dir.path().join(".specify/templates");
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::write(templates.join("plan-template.md"), "# 계획\n\n## 요약\n[요약]\n").unwrap();
        let repo = Repository::open(dir.path()).unwrap();
        let t = Template::for_repo(&repo).unwrap();
        assert_eq!(
            t.source,
            TemplateSource::Repo {
                rel_path: PLAN_TEMPLATE.to_string()
            }
        );
        assert_eq!(t.expected.sections[0].name, "요약");
        assert_eq!(
            serde_json::to_value(&t.source).unwrap(),
            serde_json::json!({"kind": "repo", "relPath": ".specify/templates/plan-template.md"})
        );

        std::fs::write(templates.join("plan-template.md"), b"# ok\n\xff\xfe").unwrap();
        let err = Template::for_repo(&repo).unwrap_err();
        assert_eq!(err.kind(), "invalidUtf8");
    }

    #[cfg(unix)]
    #[test]
    fn a_template_symlinked_out_of_the_repository_is_refused() {
        // Found by tests/reliability_paths.rs: the template was read with an unconfined,
        // unlimited fs::read, following a symlink anywhere (a secret, a huge file).
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.md"), "# Secret\n\n## Section\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let templates = dir.path().join(".specify/templates");
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::create_dir_all(dir.path().join("specs")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.md"),
            templates.join("plan-template.md"),
        )
        .unwrap();
        let repo = Repository::open(dir.path()).unwrap();
        let err = Template::for_repo(&repo).unwrap_err();
        assert_eq!(err.kind(), "outsideRepo", "{err}");
    }

    #[test]
    fn conditional_sections_are_optional() {
        let text = "# Plan: [FEATURE]\n\n## Summary\n[what]\n\n## Complexity Tracking\n\n> **Fill ONLY if violations**\n\n| A | B |\n|---|---|\n\n## 복잡도 (선택)\n내용\n\n## 위험\n\n*해당하는 경우에만 작성*\n\n## 复杂度跟踪（可选）\n内容\n";
        let t = Template::from_text(text.to_string(), TemplateSource::BuiltinLite);
        let req: Vec<_> = t
            .expected
            .sections
            .iter()
            .map(|s| (s.name.as_str(), s.required))
            .collect();
        assert_eq!(
            req,
            [
                ("Summary", true),
                ("Complexity Tracking", false),
                ("복잡도 (선택)", false),
                ("위험", false),
                ("复杂度跟踪（可选）", false)
            ]
        );
    }

    #[test]
    fn skeleton_leaves_out_the_footer() {
        let t = Template::builtin_lite();
        let s = t.section_skeleton("Status Checklist").unwrap();
        assert!(s.starts_with("## Status Checklist\n"));
        assert!(s.ends_with("(even if empty, confirm explicitly)\n"), "{s}");
        let s = t.section_skeleton("summary").unwrap();
        assert!(s.starts_with("## Summary\n- **Goal**"));
        assert!(s.ends_with("cannot be skipped]\n"));
        assert!(t.section_skeleton("Nope").is_none());
    }

    #[test]
    fn keys_ignore_case_punctuation_and_emoji() {
        assert_eq!(name_key("Risks & Follow-Ups"), "risks follow ups");
        assert_eq!(name_key("✅ Constitution Check"), "constitution check");
        assert_eq!(name_key("기술 맥락"), "기술 맥락");
        assert_eq!(name_key("ÉTAT Général (V2)"), "état général v2");
        assert_eq!(loose_key("Work Breakdown (Lite)"), "work breakdown");
    }

    #[test]
    fn placeholder_matcher_tolerates_reflow() {
        let t = Template::from_text(
            "# P\n\n## A\n**Decision**: [Document the choice and\nthe reasons]\n".into(),
            TemplateSource::BuiltinLite,
        );
        let plan = "# P\n\n## A\n**Decision**: [Document the choice and the reasons]\n";
        let found: Vec<_> = t.find_template_placeholders(plan).collect();
        assert_eq!(found.len(), 1);
        assert_eq!(&plan[found[0].clone()], "[Document the choice and the reasons]");
    }

    #[test]
    fn many_placeholders_derive_in_linear_time() {
        // Found by tests/reliability_pathological.rs: every placeholder of the template was
        // compared with every bracket match (1 MB of placeholders: minutes).
        let text = format!(
            "# Plan\n\n## Summary\n\n{}\n",
            "[NEEDS CLARIFICATION: x] [ACTION] ".repeat(20_000)
        );
        let started = std::time::Instant::now();
        let template = Template::from_text(
            text.clone(),
            TemplateSource::Repo {
                rel_path: "t.md".into(),
            },
        );
        let ranges = template_placeholder_ranges(&text, &Plan::parse(&text));
        assert_eq!(ranges.len(), 40_000);
        assert!(
            ranges.windows(2).all(|w| w[0].end <= w[1].start),
            "sorted and disjoint"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        drop(template);
    }
}
