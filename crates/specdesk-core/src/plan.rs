//! The plan model: `plan.md` parsed into title, header fields, sections, tables, task items,
//! placeholders, comments and links — each with the exact span it came from.
//!
//! The same model is built for templates (a template is a plan whose values are placeholders),
//! which is how [`crate::template`] learns the expected structure without hard-coded names.

use crate::markdown::{self, TaskCollector, TaskItem};
use crate::span::{LineIndex, Span};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::OnceLock;

/// A heading (`#` … `######`, or setext).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Heading {
    /// 1 for `#`, 2 for `##`, …
    pub level: u8,
    /// The heading's plain text (inline markup removed), trimmed.
    pub text: String,
    /// The heading's whole source (e.g. `## Summary`), without the line terminator.
    pub span: Span,
}

/// An H2 (or H3, as a child) and everything under it up to the next heading of its level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub heading: Heading,
    /// From the heading's first byte to the first byte of the next heading of the same or a
    /// higher level (or the end of the document).
    pub span: Span,
    /// H3 sections inside an H2 (empty for H3s).
    pub children: Vec<Section>,
}

/// `**Name**: value` in the plan's header (the lines between the title and the first section).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HeaderField {
    /// The label without the asterisks, e.g. `Branch`.
    pub name: String,
    /// The value as written, trimmed, with surrounding backticks removed.
    pub value: String,
    /// The whole field, from `**` to the end of the value.
    pub span: Span,
    /// The value only (inside backticks when the value is quoted).
    pub value_span: Span,
}

/// A `- **Label**: value` bullet, as templates use them (e.g. `**Goal**`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LabeledBullet {
    pub label: String,
    /// The text after the label on the same line, trimmed (may be empty).
    pub value: String,
    /// True when the item has nested lines (sub-bullets or continuation text).
    pub has_body: bool,
    /// Index into [`Plan::headings`] of the heading this bullet sits under, if any.
    pub heading: Option<usize>,
    /// The item's first line.
    pub span: Span,
    /// The value after the label (empty span at the end of the label when there is none).
    pub value_span: Span,
}

/// One table cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    /// The cell's source text, trimmed.
    pub text: String,
    pub span: Span,
}

/// A GFM table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Table {
    pub header: Vec<Cell>,
    pub rows: Vec<TableRow>,
    /// Index into [`Plan::headings`] of the heading this table sits under, if any.
    pub heading: Option<usize>,
    pub span: Span,
}

/// A table body row. `cells.len()` is the number of cells written in the source line, which
/// can differ from the header's (pulldown-cmark pads or truncates; we count what was typed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TableRow {
    pub cells: Vec<Cell>,
    /// Cells written in the source line (pipes counted outside code spans and escapes).
    pub written_cells: usize,
    pub span: Span,
}

/// What kind of unfilled placeholder a bracket group looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum PlaceholderKind {
    /// `[FEATURE]`, `[DATE]`, `[###-feature-name]`, `[link]`.
    Token,
    /// `[e.g., Python 3.12]`.
    Example,
    /// `[1–2 sentences describing the outcome]`: bracketed template prose.
    Prose,
    /// `NEEDS CLARIFICATION` (bracketed or not).
    NeedsClarification,
}

/// A template placeholder left in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Placeholder {
    pub kind: PlaceholderKind,
    /// The placeholder as written, brackets included.
    pub text: String,
    pub span: Span,
}

/// An HTML comment (`<!-- … -->`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub text: String,
    pub span: Span,
}

/// An inline link or image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Link {
    pub destination: String,
    pub is_image: bool,
    pub span: Span,
}

/// YAML front matter (`---` … `---` at the very top).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FrontMatter {
    /// The YAML between the fences.
    pub raw: String,
    /// Simple top-level `key: value` pairs (nested YAML is left in `raw`).
    pub fields: Vec<(String, String)>,
    pub span: Span,
}

/// A parsed plan (or template).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// The first H1.
    pub title: Option<Heading>,
    /// The title after its `Implementation Plan:`-style prefix (text after the first `:`).
    pub feature_name: Option<String>,
    pub front_matter: Option<FrontMatter>,
    /// `**Name**: value` fields between the title and the first H2.
    pub header_fields: Vec<HeaderField>,
    /// Every heading in order, all levels (the outline).
    pub headings: Vec<Heading>,
    /// H2 sections, each with its H3 children.
    pub sections: Vec<Section>,
    pub labeled_bullets: Vec<LabeledBullet>,
    pub tables: Vec<Table>,
    pub tasks: Vec<TaskItem>,
    pub placeholders: Vec<Placeholder>,
    pub comments: Vec<Comment>,
    pub links: Vec<Link>,
    /// Byte ranges of fenced/indented code blocks (not scanned for placeholders).
    #[serde(skip)]
    pub code_blocks: Vec<Range<usize>>,
}

impl Plan {
    /// Parse `text`. Never fails: anything unrecognised is simply not in the model.
    pub fn parse(text: &str) -> Plan {
        Plan::parse_indexed(&LineIndex::new(text))
    }

    /// [`Plan::parse`] of `index`'s text, reusing the caller's index (a validation needs one
    /// too; building it twice would cost as much as a tenth of the parse).
    pub fn parse_indexed(index: &LineIndex<'_>) -> Plan {
        Parsing::new(index).run()
    }

    /// The H2 section whose heading text equals `name` (case-insensitive), if any.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.heading.text.eq_ignore_ascii_case(name))
    }

    /// The header field called `name` (case-insensitive), if any.
    pub fn header_field(&self, name: &str) -> Option<&HeaderField> {
        self.header_fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }

    /// The task items inside the H2 section called `name` (case-insensitive).
    pub fn tasks_in_section(&self, name: &str) -> Vec<&TaskItem> {
        match self.section(name) {
            Some(s) => self
                .tasks
                .iter()
                .filter(|t| t.mark.start >= s.span.start && t.mark.start < s.span.end)
                .collect(),
            None => Vec::new(),
        }
    }

    /// The heading (index into [`Plan::headings`]) that the byte `offset` falls under.
    pub fn heading_at(&self, offset: usize) -> Option<usize> {
        heading_before(&self.headings, offset)
    }
}

/// The longest bracket group (in characters, brackets excluded) taken for a placeholder.
pub(crate) const MAX_PLACEHOLDER_CHARS: usize = 300;

/// True when `inner` (a bracket group's text) is not too long to be a placeholder.
pub(crate) fn within_placeholder_length(inner: &str) -> bool {
    inner.len() <= MAX_PLACEHOLDER_CHARS || inner.chars().count() <= MAX_PLACEHOLDER_CHARS
}

fn heading_before(headings: &[Heading], offset: usize) -> Option<usize> {
    let n = headings.partition_point(|h| h.span.start <= offset);
    n.checked_sub(1)
}

struct Parsing<'i, 'a> {
    text: &'a str,
    index: &'i LineIndex<'a>,
    plan: Plan,
}

impl<'i, 'a> Parsing<'i, 'a> {
    fn new(index: &'i LineIndex<'a>) -> Self {
        Parsing {
            text: index.text(),
            index,
            plan: Plan::default(),
        }
    }

    fn run(mut self) -> Plan {
        self.walk_events();
        self.build_sections();
        self.find_header_fields();
        self.find_placeholders();
        self.plan
    }

    fn span(&self, range: Range<usize>) -> Span {
        self.index.span(range)
    }

    /// The source range without trailing line terminators / spaces.
    fn trim_range(&self, range: Range<usize>) -> Range<usize> {
        let s = &self.text[range.clone()];
        let start = range.start + (s.len() - s.trim_start().len());
        let end = range.start + s.trim_end().len();
        start..end.max(start)
    }

    fn walk_events(&mut self) {
        let text = self.text;
        let mut heading: Option<(u8, Range<usize>, String)> = None;
        let mut table: Option<Table> = None;
        let mut row: Option<(Vec<Cell>, Range<usize>)> = None;
        let mut in_head = false;
        let mut front_matter: Option<Range<usize>> = None;
        let mut items: Vec<Range<usize>> = Vec::new();
        let mut tasks = TaskCollector::default();
        for (event, range) in Parser::new_ext(text, markdown::options()).into_offset_iter() {
            tasks.event(text, self.index, &event, range.clone());
            match event {
                Event::Start(Tag::MetadataBlock(_)) => front_matter = Some(range),
                Event::Start(Tag::Heading { level, .. }) => {
                    heading = Some((heading_level(level), range, String::new()))
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((level, range, htext)) = heading.take() {
                        let range = self.trim_range(range);
                        self.plan.headings.push(Heading {
                            level,
                            text: htext.split_whitespace().collect::<Vec<_>>().join(" "),
                            span: self.span(range),
                        });
                    }
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some((_, _, h)) = heading.as_mut() {
                        h.push_str(&t);
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if let Some((_, _, h)) = heading.as_mut() {
                        h.push(' ');
                    }
                }
                Event::Start(Tag::CodeBlock(_)) => self.plan.code_blocks.push(range),
                Event::Html(h) | Event::InlineHtml(h) => self.note_html(&h, range),
                Event::Start(Tag::Link { dest_url, .. }) => self.plan.links.push(Link {
                    destination: dest_url.to_string(),
                    is_image: false,
                    span: self.index.span(range),
                }),
                Event::Start(Tag::Image { dest_url, .. }) => self.plan.links.push(Link {
                    destination: dest_url.to_string(),
                    is_image: true,
                    span: self.index.span(range),
                }),
                Event::Start(Tag::Table(_)) => {
                    table = Some(Table {
                        header: Vec::new(),
                        rows: Vec::new(),
                        heading: heading_before(&self.plan.headings, range.start),
                        span: self.span(self.trim_range(range)),
                    })
                }
                Event::End(TagEnd::Table) => {
                    if let Some(t) = table.take() {
                        self.plan.tables.push(t);
                    }
                }
                Event::Start(Tag::TableHead) => {
                    in_head = true;
                    row = Some((Vec::new(), range));
                }
                Event::Start(Tag::TableRow) => row = Some((Vec::new(), range)),
                Event::Start(Tag::TableCell) => {
                    if let Some((cells, _)) = row.as_mut() {
                        let r = self.trim_range(range);
                        let cell_text = text[r.clone()].trim_matches('|').trim().to_string();
                        cells.push(Cell {
                            text: cell_text,
                            span: self.span(r),
                        });
                    }
                }
                Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                    if let (Some((cells, r)), Some(t)) = (row.take(), table.as_mut()) {
                        if in_head {
                            t.header = cells;
                        } else {
                            let line_no = self.index.line_of(r.start);
                            let line = self.index.line_text(line_no).unwrap_or("");
                            t.rows.push(TableRow {
                                written_cells: count_written_cells(line),
                                cells,
                                span: self.span(self.trim_range(r)),
                            });
                        }
                    }
                    in_head = false;
                }
                Event::Start(Tag::Item) => items.push(range),
                _ => {}
            }
        }
        self.plan.tasks = tasks.finish();
        if let Some(r) = front_matter {
            self.plan.front_matter = Some(self.front_matter(r));
        }
        for item in items {
            self.note_item(item);
        }
    }

    fn note_html(&mut self, html: &str, range: Range<usize>) {
        // Block HTML arrives line by line; a comment spanning lines is found from its start.
        let Some(rel) = html.find("<!--") else { return };
        let start = range.start + rel;
        let close = self.text[start..].find("-->").map(|e| start + e);
        let end = close.map(|c| c + 3).unwrap_or(self.text.len());
        if self.plan.comments.last().is_some_and(|c| c.span.end > start) {
            return;
        }
        // An unclosed comment runs to the end of the text.
        let inner_end = close.unwrap_or(self.text.len()).max(start + 4);
        let inner = self.text[start + 4..inner_end].trim().to_string();
        self.plan.comments.push(Comment {
            text: inner,
            span: self.span(start..end),
        });
    }

    fn front_matter(&self, range: Range<usize>) -> FrontMatter {
        let raw_block = &self.text[range.clone()];
        let raw: String = raw_block
            .lines()
            .filter(|l| l.trim_end() != "---" && l.trim_end() != "...")
            .collect::<Vec<_>>()
            .join("\n");
        let fields = raw
            .lines()
            .filter(|l| !l.starts_with([' ', '\t', '#', '-']))
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| {
                (
                    k.trim().to_string(),
                    v.trim().trim_matches(['"', '\'']).to_string(),
                )
            })
            .filter(|(k, _)| !k.is_empty())
            .collect();
        FrontMatter {
            raw,
            fields,
            span: self.span(self.trim_range(range)),
        }
    }

    fn note_item(&mut self, item: Range<usize>) {
        static LABEL: OnceLock<Regex> = OnceLock::new();
        let re = LABEL.get_or_init(|| {
            // ASCII digits and blanks, as CommonMark's list markers (and cheaper to compile
            // than Unicode's `\d` and `\s`).
            Regex::new(
                r"^[ \t]*(?:[-*+]|[0-9]+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?\*\*([^*\n]+?)\*\*[ \t]*([:：]?)",
            )
            .unwrap()
        });
        let line_no = self.index.line_of(item.start);
        let Some(line_range) = self.index.line_range(line_no) else {
            return;
        };
        let line = &self.text[line_range.clone()];
        // Most items carry no label: skip the regex (which needs a `**`) for them.
        if !line.contains("**") {
            return;
        }
        let Some(caps) = re.captures(line) else { return };
        let (Some(label_m), Some(after)) = (caps.get(1), caps.get(0)) else {
            return;
        };
        let mut label = label_m.as_str().trim().to_string();
        let mut value_start = line_range.start + after.end();
        // `**Goal:** value` puts the colon inside the bold (CJK text writes a full-width `：`).
        if caps.get(2).is_some_and(|c| c.as_str().is_empty()) {
            match label.strip_suffix([':', '：']) {
                Some(l) => label = l.trim().to_string(),
                None => return, // bold text without a colon is emphasis, not a label
            }
        }
        while value_start < line_range.end && self.text.as_bytes()[value_start] == b' ' {
            value_start += 1;
        }
        let value_range = self.trim_range(value_start..line_range.end);
        let item_body = self.trim_range(item.clone());
        let has_body = item_body.end > line_range.end;
        self.plan.labeled_bullets.push(LabeledBullet {
            label,
            value: self.text[value_range.clone()].to_string(),
            has_body,
            heading: heading_before(&self.plan.headings, item.start),
            span: self.span(line_range),
            value_span: self.span(value_range),
        });
    }

    fn build_sections(&mut self) {
        let end_of = |i: usize, level: u8, headings: &[Heading], len: usize| {
            headings[i + 1..]
                .iter()
                .find(|h| h.level <= level)
                .map(|h| h.span.start)
                .unwrap_or(len)
        };
        let headings = &self.plan.headings;
        let mut sections: Vec<Section> = Vec::new();
        for (i, h) in headings.iter().enumerate() {
            if h.level == 1 && self.plan.title.is_none() {
                self.plan.title = Some(h.clone());
            }
            if h.level != 2 && h.level != 3 {
                continue;
            }
            let end = end_of(i, h.level, headings, self.text.len());
            let section = Section {
                heading: h.clone(),
                span: self.index.span(h.span.start..end),
                children: Vec::new(),
            };
            match (h.level, sections.last_mut()) {
                (3, Some(parent)) if parent.span.end >= end => parent.children.push(section),
                (2, _) => sections.push(section),
                _ => sections.push(section), // an H3 before any H2 stands on its own
            }
        }
        self.plan.sections = sections;
        self.plan.feature_name = self.plan.title.as_ref().and_then(|t| {
            t.text
                .split_once(':')
                .map(|(_, name)| name.trim().to_string())
                .filter(|n| !n.is_empty())
        });
    }

    fn find_header_fields(&mut self) {
        static FIELD: OnceLock<Regex> = OnceLock::new();
        let re = FIELD.get_or_init(|| {
            Regex::new(r"\*\*([^*\n|]{1,40}?)\*\*\s*[:：]\s*|\*\*([^*\n|]{1,40}?)[:：]\*\*\s*").unwrap()
        });
        let start = self.plan.title.as_ref().map(|t| t.span.end).unwrap_or(0);
        let end = self
            .plan
            .headings
            .iter()
            .find(|h| h.level >= 2 && h.span.start >= start)
            .map(|h| h.span.start)
            .unwrap_or(self.text.len());
        if self.plan.title.is_none() && end == self.text.len() {
            return;
        }
        let mut line_no = self.index.line_of(start);
        while let Some(line_range) = self.index.line_range(line_no) {
            if line_range.start >= end {
                break;
            }
            line_no += 1;
            if self.in_code_block(line_range.start) {
                continue;
            }
            let line = &self.text[line_range.clone()];
            let matches: Vec<_> = re.captures_iter(line).collect();
            for (k, caps) in matches.iter().enumerate() {
                let (Some(whole), Some(name)) = (caps.get(0), caps.get(1).or(caps.get(2))) else {
                    continue;
                };
                // The value runs to the next field's `|` separator or the end of the line.
                let next = matches
                    .get(k + 1)
                    .and_then(|c| c.get(0))
                    .map(|m| m.start())
                    .unwrap_or(line.len());
                let raw_value = &line[whole.end()..next];
                let raw_value = raw_value.trim_end().trim_end_matches('|').trim_end();
                let mut v_start = line_range.start + whole.end();
                let mut v_end = v_start + raw_value.len();
                let quoted = raw_value.len() >= 2 && raw_value.starts_with('`') && raw_value.ends_with('`');
                if quoted {
                    v_start += 1;
                    v_end -= 1;
                }
                self.plan.header_fields.push(HeaderField {
                    name: name.as_str().trim().to_string(),
                    value: self.text[v_start..v_end].trim().to_string(),
                    span: self.span(
                        line_range.start + whole.start()..line_range.start + whole.end() + raw_value.len(),
                    ),
                    value_span: self.span(v_start..v_end),
                });
            }
        }
    }

    // Code blocks and comments are recorded in document order and never overlap, so a binary
    // search finds the one that could hold `offset` (keeps parsing linear on large plans).
    fn in_code_block(&self, offset: usize) -> bool {
        let blocks = &self.plan.code_blocks;
        let i = blocks.partition_point(|r| r.start <= offset);
        i > 0 && blocks[i - 1].contains(&offset)
    }

    fn in_comment(&self, offset: usize) -> bool {
        let comments = &self.plan.comments;
        let i = comments.partition_point(|c| c.span.start <= offset);
        i > 0 && (comments[i - 1].span.start..comments[i - 1].span.end).contains(&offset)
    }

    fn find_placeholders(&mut self) {
        static BRACKET: OnceLock<Regex> = OnceLock::new();
        static CLARIFY: OnceLock<Regex> = OnceLock::new();
        // `+` and a length check rather than `{1,300}`: the bounded repetition of a Unicode class
        // compiles to a huge automaton (a third of a small `check` run). The same groups match:
        // a group has no `[` inside, so no other match can start within a too-long one.
        let bracket = BRACKET.get_or_init(|| Regex::new(r"\[([^\[\]\n]+)\]").unwrap());
        let clarify = CLARIFY.get_or_init(|| Regex::new(r"NEEDS CLARIFICATION").unwrap());
        let text = self.text;
        let bytes = text.as_bytes();
        let mut found: Vec<Placeholder> = Vec::new();
        let front_end = self.plan.front_matter.as_ref().map(|f| f.span.end).unwrap_or(0);
        for caps in bracket.captures_iter(text) {
            let (Some(m), Some(inner)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            if !within_placeholder_length(inner.as_str()) {
                continue;
            }
            if m.start() < front_end || self.in_code_block(m.start()) || self.in_comment(m.start()) {
                continue;
            }
            // Link text `[x](…)`, reference `[x][y]` / `[x]:`, image `![x]`, footnote `[^x]`.
            let next = bytes.get(m.end()).copied();
            if matches!(next, Some(b'(') | Some(b'[') | Some(b':'))
                || (m.start() > 0 && matches!(bytes[m.start() - 1], b'!' | b']' | b'\\'))
                || inner.as_str().starts_with('^')
            {
                continue;
            }
            if let Some(kind) = classify_placeholder(inner.as_str()) {
                found.push(Placeholder {
                    kind,
                    text: m.as_str().to_string(),
                    span: self.span(m.range()),
                });
            }
        }
        // The bracket groups found so far are in document order and do not overlap.
        let brackets = found.len();
        let inside_bracket = |found: &[Placeholder], start: usize, end: usize| {
            let i = found.partition_point(|p| p.span.start <= start);
            i > 0 && end <= found[i - 1].span.end
        };
        for m in clarify.find_iter(text) {
            if self.in_code_block(m.start())
                || self.in_comment(m.start())
                || inside_bracket(&found[..brackets], m.start(), m.end())
            {
                continue;
            }
            found.push(Placeholder {
                kind: PlaceholderKind::NeedsClarification,
                text: m.as_str().to_string(),
                span: self.span(m.range()),
            });
        }
        found.sort_by_key(|p| p.span.start);
        self.plan.placeholders = found;
    }
}

/// Decide whether the inside of a `[…]` group is a template placeholder.
pub fn classify_placeholder(inner: &str) -> Option<PlaceholderKind> {
    let t = inner.trim();
    if t.is_empty() || matches!(t, "x" | "X" | "P") {
        return None;
    }
    if t.contains("NEEDS CLARIFICATION") {
        return Some(PlaceholderKind::NeedsClarification);
    }
    let lower = t.to_lowercase();
    if lower.starts_with("e.g.") || lower.starts_with("e.g ") || lower.starts_with("eg.") {
        return Some(PlaceholderKind::Example);
    }
    if t.contains("###") || matches!(lower.as_str(), "link" | "date" | "feature" | "feature name") {
        return Some(PlaceholderKind::Token);
    }
    let is_token_char = |c: char| c.is_ascii_uppercase() || c == '_' || c == ' ' || c == '-';
    if t.chars().all(is_token_char) && t.chars().filter(|c| c.is_ascii_uppercase()).count() >= 4 {
        return Some(PlaceholderKind::Token);
    }
    // Bracketed prose: several words, mostly lower-case — instructions left from the template.
    // Code-like text (`[ if (a) B() ]`, `[Item { n: int }]`) is the author's, not a template's.
    let words = t.split_whitespace().count();
    let starts_lower_or_upper = t.chars().next().is_some_and(|c| c.is_alphabetic());
    let code_like = t.contains(['(', ')', '{', '}', '=', ';', '<', '>', '`']) || mostly_identifiers(t);
    if words >= 3 && starts_lower_or_upper && !code_like && !t.contains("](") {
        return Some(PlaceholderKind::Prose);
    }
    None
}

/// True when most words look like code identifiers (`AddCommand.self`, `user_id`, `fooBar`).
fn mostly_identifiers(t: &str) -> bool {
    let is_identifier = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let last = w.len().saturating_sub(1);
        let inner = w
            .char_indices()
            .any(|(i, c)| (c == '.' || c == '_') && i > 0 && i < last);
        let camel = w
            .chars()
            .zip(w.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
        inner || camel
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    let identifiers = words.iter().filter(|w| is_identifier(w)).count();
    identifiers * 2 >= words.len()
}

/// Number of cells typed on a table source line: `|`s outside code spans and escapes.
fn count_written_cells(line: &str) -> usize {
    let t = line.trim();
    let mut pipes = Vec::new();
    let mut in_code = false;
    let mut prev = '\0';
    for (i, c) in t.char_indices() {
        match c {
            '`' => in_code = !in_code,
            '|' if !in_code && prev != '\\' => pipes.push(i),
            _ => {}
        }
        prev = c;
    }
    let mut cells = pipes.len() + 1;
    if t.starts_with('|') {
        cells -= 1;
    }
    if t.len() > 1 && t.ends_with('|') && pipes.last() == Some(&(t.len() - 1)) && !t.ends_with("\\|") {
        cells -= 1;
    }
    cells
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LITE: &str = include_str!("../templates/plan-template-lite.md");

    #[test]
    fn bracket_groups_up_to_300_characters_are_placeholders() {
        let group = |chars: usize| format!("[e.g., {}]", "é".repeat(chars - "e.g., ".len()));
        let at_limit = format!("# T\n\nValue {} here; {}.\n", group(300), group(301));
        let found = Plan::parse(&at_limit).placeholders;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, PlaceholderKind::Example);
        assert_eq!(found[0].text, group(300));
    }

    #[test]
    fn tasks_collected_in_the_walk_equal_a_separate_scan() {
        let text = "# T\n\n- [ ] one\n  - [x] nested\n\n```\n- [ ] code\n```\n\n1. [X] ordered\n> - [ ] quoted\n\n| a |\n|---|\n| - [ ] cell |\n";
        let tasks = Plan::parse(text).tasks;
        assert_eq!(tasks.len(), 4);
        assert_eq!(tasks, markdown::task_items(text));
        assert_eq!(Plan::parse(LITE).tasks, markdown::task_items(LITE));
    }

    #[test]
    fn parses_the_lite_template() {
        let p = Plan::parse(LITE);
        assert_eq!(
            p.title.as_ref().unwrap().text,
            "Implementation Plan (Lite): [FEATURE]"
        );
        assert_eq!(p.feature_name.as_deref(), Some("[FEATURE]"));
        let names: Vec<_> = p.header_fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Branch", "Date", "Spec", "Input"]);
        let branch = p.header_field("branch").unwrap();
        assert_eq!(branch.value, "[###-feature-name]");
        assert_eq!(&LITE[branch.value_span.range()], "[###-feature-name]");
        let h2: Vec<_> = p.sections.iter().map(|s| s.heading.text.as_str()).collect();
        assert_eq!(
            h2,
            [
                "Execution Flow (Lite)",
                "Summary",
                "Technical Snapshot",
                "Implementation Outline",
                "Work Breakdown (Lite)",
                "Validation Strategy",
                "Risks & Follow-Ups",
                "Status Checklist"
            ]
        );
        assert_eq!(p.tables.len(), 2);
        assert_eq!(
            p.tables[0]
                .header
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["Area", "Decision", "Notes"]
        );
        assert_eq!(p.tables[0].rows.len(), 5);
        assert!(p.tables[0].rows.iter().all(|r| r.written_cells == 3));
        assert_eq!(p.tasks_in_section("Status Checklist").len(), 5);
        let goal = p.labeled_bullets.iter().find(|b| b.label == "Goal").unwrap();
        assert!(goal.value.starts_with("[1–2 sentences"));
        let kc = p
            .labeled_bullets
            .iter()
            .find(|b| b.label == "Key Components")
            .unwrap();
        assert!(kc.has_body && kc.value.is_empty());
        let texts: Vec<_> = p.placeholders.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"[FEATURE]") && texts.contains(&"[DATE]") && texts.contains(&"[link]"));
        assert!(texts.contains(&"[e.g., Python 3.12]"));
        assert!(p.placeholders.iter().any(|p| p.kind == PlaceholderKind::Prose));
        // Nothing inside the Execution Flow code block is a placeholder.
        let code = &p.code_blocks[0];
        assert!(p.placeholders.iter().all(|ph| !code.contains(&ph.span.start)));
    }

    #[test]
    fn filled_values_are_not_placeholders() {
        let text = "# Plan: Albums\n\n**Branch**: `001-albums` | **Date**: 2025-01-02 | **Spec**: [spec](./spec.md)\n\n## Summary\n- **Goal**: Share [albums](x.md) with family.\n- [x] done [P]\n";
        let p = Plan::parse(text);
        assert!(p.placeholders.is_empty(), "{:?}", p.placeholders);
        assert_eq!(p.header_field("Branch").unwrap().value, "001-albums");
        assert_eq!(p.header_field("Spec").unwrap().value, "[spec](./spec.md)");
        assert_eq!(p.links[0].destination, "./spec.md");
    }

    #[test]
    fn code_like_brackets_are_not_prose_placeholders() {
        assert_eq!(
            classify_placeholder(" if (canMerge) MergeButton, if (canCreate) Add "),
            None
        );
        assert_eq!(
            classify_placeholder("Item { category: String, count: int }"),
            None
        );
        assert_eq!(
            classify_placeholder("InitCommand.self, AddCommand.self, user_id"),
            None
        );
        assert_eq!(
            classify_placeholder("기능 이름을 여기에 적기"),
            Some(PlaceholderKind::Prose)
        );
        assert_eq!(
            classify_placeholder("Primary actors or personas"),
            Some(PlaceholderKind::Prose)
        );
    }

    #[test]
    fn front_matter_comments_and_rows() {
        let text = "---\ntitle: X\nowner: 'me'\n---\n# Plan\n<!-- note\nmore -->\n## T\n| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n";
        let p = Plan::parse(text);
        let fm = p.front_matter.unwrap();
        assert_eq!(
            fm.fields,
            vec![("title".into(), "X".into()), ("owner".into(), "me".into())]
        );
        assert_eq!(p.comments.len(), 1);
        assert_eq!(p.comments[0].text, "note\nmore");
        let rows: Vec<_> = p.tables[0].rows.iter().map(|r| r.written_cells).collect();
        assert_eq!(rows, [1, 3]);
    }

    #[test]
    fn unclosed_comment_before_multibyte_text() {
        let p = Plan::parse("<!-- 🌀");
        assert_eq!(p.comments[0].text, "🌀");
        assert_eq!(p.comments[0].span.end, "<!-- 🌀".len());
    }

    #[test]
    fn bold_colon_inside_and_crlf() {
        let text = "# P\r\n\r\n## S\r\n- **Goal:** ship it\r\n- **Bold** not a label\r\n";
        let p = Plan::parse(text);
        assert_eq!(p.labeled_bullets.len(), 1);
        assert_eq!(p.labeled_bullets[0].label, "Goal");
        assert_eq!(p.labeled_bullets[0].value, "ship it");
        assert_eq!(p.sections[0].heading.text, "S");
        assert!(!p.sections[0].heading.span.range().is_empty());
        assert!(!text[p.sections[0].heading.span.range()].ends_with('\r'));
    }
}
