//! Markdown → sanitized HTML for the preview pane.
//!
//! The preview is rendered in Rust with pulldown-cmark (using [`crate::markdown::options`], so it
//! agrees with every other reader) and then cleaned with `ammonia`, because plans are written by
//! other people and the webview must never run or load anything they put in them.
//!
//! What the front end can rely on:
//! - every block element (`p`, `h1`–`h6`, `ul`, `ol`, `li`, `blockquote`, `pre`, `table`, `thead`
//!   rows, body rows, `hr`, footnote definitions, front matter) carries `data-line="N"`, the
//!   1-based source line where it starts, for scroll sync in both directions (raw HTML blocks
//!   are not wrapped: a wrapper would break `<details>` spanning several blocks);
//! - each task checkbox is `<input type="checkbox" class="task" data-task="N"[ checked] aria-label="…">` where
//!   `N` is the item's index in [`crate::markdown::task_items`];
//! - headings carry `id="h-<github-style slug>"`, and in-page links `#slug` are rewritten to
//!   `#h-slug`, so `[see](#summary)` keeps working and no id can clobber a DOM global;
//! - no scripts, event handlers, styles, forms, frames, SVG, `javascript:`/`data:` URLs, and no
//!   remote loads: remote Markdown images become their alt text, remote `<img>` lose their `src`.
//!
//! Task checkboxes are not let through the sanitizer at all (every `<input>` is removed): they are
//! emitted as an opaque token keyed by a hash of the document and swapped for the real element
//! after cleaning, so a document cannot forge one.

use crate::markdown::{self, TaskItem};
use crate::span::LineIndex;
use pulldown_cmark::{Alignment, BlockQuoteKind, CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// One heading of the rendered document, for the outline pane and in-page anchors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OutlineEntry {
    /// 1 for `#`, 2 for `##`, …
    pub level: u8,
    /// The heading's plain text, whitespace collapsed.
    pub text: String,
    /// 1-based source line of the heading.
    pub line: u32,
    /// The element id in the rendered HTML (`h-` + GitHub-style slug, deduplicated).
    pub id: String,
}

/// A rendered document: sanitized HTML plus its outline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<OutlineEntry>,
}

/// Prefix of every element id in the preview (headings, footnotes, ids written in raw HTML).
const ID_PREFIX: &str = "h-";

/// Render `text` to sanitized HTML (see the module docs for the guarantees).
pub fn render_html(text: &str) -> String {
    render_document(text).html
}

/// Render `text` to sanitized HTML and collect its outline.
pub fn render_document(text: &str) -> Rendered {
    let rendered = render_units(text, &TaskToken::for_text(text), &BlockCache::new());
    let mut html = String::with_capacity(text.len() * 3 / 2 + 64);
    for unit in &rendered.units {
        unit.push_html(&mut html);
    }
    Rendered {
        html,
        headings: rendered.headings,
    }
}

/// A document rendered as a sequence of independently sanitized units (see [`Unit`]).
pub(crate) struct RenderedUnits {
    pub units: Vec<Unit>,
    pub headings: Vec<OutlineEntry>,
    /// How many task items the document has.
    pub tasks: usize,
    /// How many lines the document has (a trailing newline starts a last, empty one).
    pub lines: usize,
}

/// One top-level block of the preview (or several, when raw HTML opened in one block is closed
/// in a later one, such as `<details>` around Markdown), sanitized on its own. Its *template* is
/// position-free: `data-line` values count from the unit's first line and `data-task` indices
/// from its first task, so a unit whose source did not change keeps the same template when text
/// is inserted above it. [`Unit::push_html`] adds the position back.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Identity of the unit's unsanitized HTML (the template is a function of it).
    pub key: BlockKey,
    pub template: Arc<str>,
    /// 1-based source line where the unit starts.
    pub line: u32,
    /// Index (in [`markdown::task_items`] order) of the unit's first task item, if it has any.
    pub task: u32,
}

/// A 128-bit hash of a unit's unsanitized HTML.
pub(crate) type BlockKey = [u8; 16];

/// Templates already sanitized, by the key of their unsanitized HTML.
pub(crate) type BlockCache = HashMap<BlockKey, Arc<str>>;

impl Unit {
    /// Append the unit's HTML, with absolute lines and task indices, to `out`.
    pub fn push_html(&self, out: &mut String) {
        shift_positions(&self.template, i64::from(self.line), i64::from(self.task), out);
    }

    /// The unit's HTML with absolute lines and task indices.
    pub fn html(&self) -> String {
        let mut out = String::with_capacity(self.template.len() + 16);
        self.push_html(&mut out);
        out
    }
}

/// Render `text` unit by unit, reusing the sanitized templates in `cache` (the sanitizer is most
/// of the cost of rendering, and typing changes one unit).
pub(crate) fn render_units(text: &str, token: &TaskToken, cache: &BlockCache) -> RenderedUnits {
    let index = LineIndex::new(text);
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(text, markdown::options())
        .into_offset_iter()
        .collect();
    let headings = outline(&events, &index);
    // The task items come from the same events: one parse, not two.
    let mut collector = markdown::TaskCollector::default();
    for (event, range) in &events {
        collector.event(text, &index, event, range.clone());
    }
    let tasks = collector.finish();
    let (annotated, starts) = Annotator::new(&index, &tasks, &headings, token).annotate(events);
    let mut annotated = annotated.into_iter();
    let mut units = Vec::with_capacity(starts.len());
    let mut raw = String::new();
    for (n, start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(usize::MAX, |next| next.at);
        raw.clear();
        pulldown_cmark::html::push_html(&mut raw, annotated.by_ref().take(end - start.at));
        let key = block_key(&raw);
        let template = match cache.get(&key) {
            Some(template) => template.clone(),
            None => {
                let clean = sanitizer().clean(&raw).to_string();
                Arc::from(token.replace_with_checkboxes(&clean, &tasks, start.task))
            }
        };
        units.push(Unit {
            key,
            template,
            line: start.line,
            task: u32::try_from(start.task).unwrap_or(u32::MAX),
        });
    }
    RenderedUnits {
        units,
        headings,
        tasks: tasks.len(),
        lines: index.line_count(),
    }
}

fn block_key(raw: &str) -> BlockKey {
    let hash = blake3::hash(raw.as_bytes());
    let mut key = [0u8; 16];
    key.copy_from_slice(&hash.as_bytes()[..16]);
    key
}

/// Copy `template` to `out`, adding `line` to every `data-line` and `task` to every `data-task`
/// attribute value. Sanitized HTML is serialized with double-quoted attribute values and `<`
/// escaped in text, so attributes are found by tracking tags and quotes: text that merely looks
/// like an attribute is left alone.
pub(crate) fn shift_positions(template: &str, line: i64, task: i64, out: &mut String) {
    let bytes = template.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    let (mut in_tag, mut in_quote) = (false, false);
    while at < bytes.len() {
        match bytes[at] {
            b'<' if !in_tag => in_tag = true,
            b'>' if in_tag && !in_quote => in_tag = false,
            b'"' if in_tag => in_quote = !in_quote,
            b' ' if in_tag && !in_quote => {
                let rest = &template[at + 1..];
                let shift = if rest.starts_with("data-line=\"") {
                    line
                } else if rest.starts_with("data-task=\"") {
                    task
                } else {
                    0
                };
                if shift != 0 {
                    let digits_at = at + 1 + "data-line=\"".len();
                    let digits = template[digits_at..]
                        .bytes()
                        .take_while(u8::is_ascii_digit)
                        .count();
                    if let Ok(value) = template[digits_at..digits_at + digits].parse::<i64>() {
                        out.push_str(&template[copied..digits_at]);
                        let _ = write!(out, "{}", value + shift);
                        copied = digits_at + digits;
                        at = copied;
                        in_quote = true; // the value's closing quote is next
                        continue;
                    }
                }
            }
            _ => {}
        }
        at += 1;
    }
    out.push_str(&template[copied..]);
}

/// The outline: every heading with its text, line and unique id.
fn outline(events: &[(Event<'_>, Range<usize>)], index: &LineIndex<'_>) -> Vec<OutlineEntry> {
    let mut out = Vec::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut current: Option<(u8, u32, String)> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((*level as u8, index.line_of(range.start), String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, s)) = current.as_mut() {
                    s.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, s)) = current.as_mut() {
                    s.push(' ');
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, line, raw)) = current.take() {
                    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
                    let id = unique_id(&slug(&text), &mut used);
                    out.push(OutlineEntry {
                        level,
                        text,
                        line,
                        id,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// GitHub's heading slug: lower-case, keep letters, digits, `-` and `_`, spaces become `-`.
pub fn slug(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// `h-<slug>`, with `-1`, `-2`, … appended to repeats (as GitHub does).
fn unique_id(slug: &str, used: &mut HashMap<String, usize>) -> String {
    let base = if slug.is_empty() { "section" } else { slug };
    let n = used.entry(base.to_string()).or_insert(0);
    let id = if *n == 0 {
        format!("{ID_PREFIX}{base}")
    } else {
        format!("{ID_PREFIX}{base}-{n}")
    };
    *n += 1;
    id
}

/// Placeholder text for task checkboxes, which no document contains: it embeds the document's
/// hash (for one rendering), or a secret of the process (for a document rendered as it is edited).
pub(crate) struct TaskToken {
    prefix: String,
}

impl TaskToken {
    fn for_text(text: &str) -> Self {
        Self::from_hash(blake3::hash(text.as_bytes()))
    }

    /// A token for a document rendered many times as it changes (never shown, never the same in
    /// two runs of the app).
    pub(crate) fn secret() -> Self {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut hasher = blake3::Hasher::new();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        hasher.update(&now.to_le_bytes());
        hasher.update(&std::process::id().to_le_bytes());
        hasher.update(
            &COUNTER
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                .to_le_bytes(),
        );
        hasher.update(&(std::ptr::addr_of!(COUNTER) as usize).to_le_bytes());
        Self::from_hash(hasher.finalize())
    }

    fn from_hash(hash: blake3::Hash) -> Self {
        TaskToken {
            prefix: format!("sdtask{}-", &hash.to_hex().as_str()[..20]),
        }
    }

    /// The token for task `index` (`None`: a marker `task_items` did not locate).
    fn token(&self, index: Option<usize>, checked: bool) -> String {
        let n = index.map_or_else(|| "n".to_string(), |i| i.to_string());
        format!("{}{}-{}.", self.prefix, n, u8::from(checked))
    }

    /// Swap every token in sanitized `html` for its checkbox element, named after its task.
    /// Token indices count from task `first` (the unit's first task), and so do the `data-task`
    /// values written.
    fn replace_with_checkboxes(&self, html: &str, tasks: &[TaskItem], first: usize) -> String {
        let mut out = String::with_capacity(html.len() + 64);
        let mut rest = html;
        while let Some(at) = rest.find(&self.prefix) {
            out.push_str(&rest[..at]);
            let after = &rest[at + self.prefix.len()..];
            match parse_token_tail(after) {
                Some((index, checked, used)) => {
                    let label = index
                        .and_then(|i| tasks.get(first + i))
                        .map(|t| plain_text(&t.text));
                    push_checkbox(&mut out, index, checked, label.as_deref());
                    rest = &after[used..];
                }
                None => {
                    out.push_str(&self.prefix);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Parse `N-c.` (or `n-c.`) after a token prefix: (index, checked, bytes used).
fn parse_token_tail(s: &str) -> Option<(Option<usize>, bool, usize)> {
    let dash = s.find('-')?;
    let index = match &s[..dash] {
        "n" => None,
        digits => Some(digits.parse::<usize>().ok()?),
    };
    let rest = &s[dash + 1..];
    let checked = match rest.get(..2)? {
        "1." => true,
        "0." => false,
        _ => return None,
    };
    Some((index, checked, dash + 3))
}

fn push_checkbox(out: &mut String, index: Option<usize>, checked: bool, label: Option<&str>) {
    out.push_str("<input type=\"checkbox\" class=\"task\"");
    match index {
        Some(i) => {
            let _ = write!(out, " data-task=\"{i}\"");
        }
        None => out.push_str(" disabled"),
    }
    if checked {
        out.push_str(" checked");
    }
    // The accessible name of the checkbox: its task's text (screen readers otherwise announce
    // "checkbox" alone).
    let label = label.map(str::trim).filter(|l| !l.is_empty()).unwrap_or("Task");
    let _ = write!(out, " aria-label=\"{}\">", escape_html(label));
}

/// Rewrites block-level events into HTML carrying `data-line`, and the parts pulldown-cmark's
/// writer would render unsafely or unusably (inline `style` alignment, footnote ids, images,
/// task markers). Everything inline is left to pulldown-cmark's writer.
struct Annotator<'i, 't> {
    index: &'i LineIndex<'t>,
    tasks: &'i [TaskItem],
    next_task: usize,
    headings: std::slice::Iter<'i, OutlineEntry>,
    token: &'i TaskToken,
    footnotes: HashMap<String, usize>,
    table: TableState,
    nesting: Nesting,
    /// Nesting of Markdown events (`Start` … `End`) at the current event.
    depth: usize,
    /// Where each unit starts (see [`Unit`]).
    units: Vec<UnitStart>,
    /// The current unit's first line and first task: lines and tasks are written relative to them.
    line_base: u32,
    task_base: usize,
}

/// The start of a unit in the annotated events.
struct UnitStart {
    /// Index of its first annotated event.
    at: usize,
    line: u32,
    task: usize,
}

/// Deepest nesting of Markdown containers (block quotes, lists, items) the preview shows; deeper
/// containers are flattened into their parent (their content stays). The sanitizer's HTML parser
/// checks scopes by walking the stack of open elements, so unbounded nesting costs quadratic time
/// (100,000 nested list items took minutes); no real document nests this deep.
const MAX_NESTING: usize = 100;

/// Deepest nesting of raw HTML elements let through as markup, for the same reason; past it the
/// rest of the document's raw HTML is shown as text.
const MAX_RAW_HTML_DEPTH: usize = 256;

/// Bookkeeping that keeps what reaches the sanitizer shallow.
#[derive(Default)]
struct Nesting {
    /// Per open container: whether its tags were left out.
    containers: Vec<bool>,
    /// Open raw HTML elements, roughly as a browser nests them.
    raw_depth: usize,
    /// The raw HTML got too deep: the rest of it is shown as text.
    raw_as_text: bool,
}

impl Nesting {
    /// `Some(true)` for the start or end tag of a container nested too deep (leave it out),
    /// `Some(false)` for one within the limit, `None` for any other event.
    fn hides(&mut self, event: &Event<'_>) -> Option<bool> {
        match event {
            Event::Start(tag) if is_container(tag) => {
                let hide = self.containers.len() >= MAX_NESTING;
                self.containers.push(hide);
                Some(hide)
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => {
                Some(self.containers.pop().unwrap_or(false))
            }
            _ => None,
        }
    }

    /// Whether this raw HTML fragment must be shown as text because the raw HTML is too deep.
    fn raw_html_as_text(&mut self, fragment: &str) -> bool {
        if !self.raw_as_text {
            self.raw_depth = raw_html_depth_after(self.raw_depth, fragment);
            self.raw_as_text = self.raw_depth > MAX_RAW_HTML_DEPTH;
        }
        self.raw_as_text
    }
}

fn is_container(tag: &Tag<'_>) -> bool {
    matches!(tag, Tag::BlockQuote(_) | Tag::List(_) | Tag::Item)
}

/// Elements that never have content, or whose end tag browsers imply: they don't deepen nesting.
const FLAT_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta", "option",
    "p", "param", "source", "td", "th", "tr", "track", "wbr",
];

/// The raw HTML nesting depth after `fragment`, starting from `depth`: opening tags minus closing
/// tags, not counting elements that don't nest.
fn raw_html_depth_after(mut depth: usize, fragment: &str) -> usize {
    let bytes = fragment.as_bytes();
    for (at, _) in fragment.match_indices('<') {
        let closing = bytes.get(at + 1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name: String = fragment[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || FLAT_ELEMENTS.contains(&name.as_str()) {
            continue;
        }
        depth = if closing {
            depth.saturating_sub(1)
        } else {
            depth + 1
        };
    }
    depth
}

#[derive(Default)]
struct TableState {
    alignments: Vec<Alignment>,
    in_head: bool,
    cell: usize,
    body_open: bool,
}

impl<'i, 't> Annotator<'i, 't> {
    fn new(
        index: &'i LineIndex<'t>,
        tasks: &'i [TaskItem],
        headings: &'i [OutlineEntry],
        token: &'i TaskToken,
    ) -> Self {
        Annotator {
            index,
            tasks,
            next_task: 0,
            headings: headings.iter(),
            token,
            footnotes: HashMap::new(),
            table: TableState::default(),
            nesting: Nesting::default(),
            depth: 0,
            units: Vec::new(),
            line_base: 1,
            task_base: 0,
        }
    }

    /// The annotated events, and where each unit starts among them. A unit starts at every
    /// top-level block, except while raw HTML opened earlier is still open.
    fn annotate<'a>(mut self, events: Vec<(Event<'a>, Range<usize>)>) -> (Vec<Event<'a>>, Vec<UnitStart>) {
        let mut out = Vec::with_capacity(events.len());
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            if self.depth == 0 && self.nesting.raw_depth == 0 && !self.nesting.raw_as_text {
                self.begin_unit(out.len(), range.start);
            }
            self.depth = match event {
                // An image's events are consumed whole below.
                Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => self.depth,
                Event::Start(_) => self.depth + 1,
                Event::End(_) => self.depth.saturating_sub(1),
                _ => self.depth,
            };
            if self.nesting.hides(event) == Some(true) {
                i += 1;
                continue;
            }
            let line = self.index.line_of(range.start).saturating_sub(self.line_base);
            match event {
                Event::Html(raw) | Event::InlineHtml(raw) if self.nesting.raw_html_as_text(raw) => {
                    out.push(Event::Text(raw.clone()));
                }
                Event::Start(Tag::Image { dest_url, title, .. }) => {
                    let (alt, consumed) = image_alt(&events[i + 1..]);
                    out.push(html(image_html(dest_url, title, &alt)));
                    i += consumed + 2;
                    continue;
                }
                Event::Start(Tag::Item) => {
                    let is_task = events[i + 1..]
                        .iter()
                        .take(2)
                        .any(|(e, _)| matches!(e, Event::TaskListMarker(_)));
                    let class = if is_task { " class=\"task-list-item\"" } else { "" };
                    out.push(html(format!("<li data-line=\"{line}\"{class}>")));
                }
                Event::Start(tag) => out.push(self.start(tag, line).unwrap_or_else(|| event.clone())),
                Event::End(tag) => out.push(self.end(*tag).unwrap_or_else(|| event.clone())),
                Event::Rule => out.push(html(format!("<hr data-line=\"{line}\">\n"))),
                Event::TaskListMarker(checked) => {
                    let task = self
                        .task_at(range.start)
                        .map(|t| t.saturating_sub(self.task_base));
                    out.push(html(format!("{} ", self.token.token(task, *checked))));
                }
                Event::FootnoteReference(name) => {
                    let n = self.footnote_number(name);
                    out.push(html(format!(
                        "<sup class=\"footnote-reference\"><a href=\"#{ID_PREFIX}fn-{n}\">{n}</a></sup>"
                    )));
                }
                other => out.push(other.clone()),
            }
            i += 1;
        }
        (out, self.units)
    }

    fn begin_unit(&mut self, at: usize, offset: usize) {
        self.line_base = self.index.line_of(offset);
        self.task_base = self.tasks.partition_point(|t| t.mark.start < offset);
        self.units.push(UnitStart {
            at,
            line: self.line_base,
            task: self.task_base,
        });
    }

    /// The `task_items` index of the marker starting at `offset` (same parser, same order).
    fn task_at(&mut self, offset: usize) -> Option<usize> {
        while self
            .tasks
            .get(self.next_task)
            .is_some_and(|t| t.mark.start < offset)
        {
            self.next_task += 1;
        }
        let task = self.tasks.get(self.next_task)?;
        if task.mark.start < offset + 8 {
            self.next_task += 1;
            Some(task.index)
        } else {
            None
        }
    }

    fn footnote_number(&mut self, name: &str) -> usize {
        let next = self.footnotes.len() + 1;
        *self.footnotes.entry(name.to_string()).or_insert(next)
    }

    /// The opening HTML for a block tag, or `None` to let pulldown-cmark's writer handle it.
    fn start<'a>(&mut self, tag: &Tag<'a>, line: u32) -> Option<Event<'a>> {
        let s = match tag {
            Tag::Paragraph => format!("<p data-line=\"{line}\">"),
            Tag::Heading { level, .. } => {
                let id = self.headings.next().map(|h| h.id.clone()).unwrap_or_default();
                format!("\n<{level} id=\"{}\" data-line=\"{line}\">", escape_html(&id))
            }
            Tag::BlockQuote(None) => format!("\n<blockquote data-line=\"{line}\">\n"),
            // GitHub's alerts: the kind as a class and its title, as GitHub shows them.
            Tag::BlockQuote(Some(kind)) => {
                let (name, title) = alert_name_and_title(*kind);
                format!(
                    "\n<blockquote data-line=\"{line}\" class=\"markdown-alert markdown-alert-{name}\">\n\
                     <p class=\"markdown-alert-title\">{title}</p>\n"
                )
            }
            // Focusable: a code block wider than the preview scrolls, and keyboard users must
            // be able to scroll it (WCAG 2.1.1).
            Tag::CodeBlock(kind) => format!(
                "\n<pre data-line=\"{line}\" tabindex=\"0\"><code{}>",
                code_class(kind)
            ),
            Tag::List(Some(1)) => format!("\n<ol data-line=\"{line}\">\n"),
            Tag::List(Some(start)) => format!("\n<ol data-line=\"{line}\" start=\"{start}\">\n"),
            Tag::List(None) => format!("\n<ul data-line=\"{line}\">\n"),
            Tag::FootnoteDefinition(name) => {
                let n = self.footnote_number(name);
                format!(
                    "\n<div class=\"footnote-definition\" id=\"{ID_PREFIX}fn-{n}\" data-line=\"{line}\">\
                     <sup class=\"footnote-definition-label\">{n}</sup>"
                )
            }
            Tag::MetadataBlock(_) => format!("<pre class=\"front-matter\" data-line=\"{line}\"><code>"),
            Tag::Table(alignments) => {
                self.table = TableState {
                    alignments: alignments.clone(),
                    ..TableState::default()
                };
                format!("\n<table data-line=\"{line}\">")
            }
            Tag::TableHead => {
                self.table.in_head = true;
                self.table.cell = 0;
                format!("<thead><tr data-line=\"{line}\">")
            }
            Tag::TableRow => {
                self.table.cell = 0;
                let tbody = if self.table.body_open { "" } else { "<tbody>" };
                self.table.body_open = true;
                format!("{tbody}<tr data-line=\"{line}\">")
            }
            Tag::TableCell => {
                let cell = if self.table.in_head { "th" } else { "td" };
                let align = match self.table.alignments.get(self.table.cell) {
                    Some(Alignment::Left) => " align=\"left\"",
                    Some(Alignment::Center) => " align=\"center\"",
                    Some(Alignment::Right) => " align=\"right\"",
                    _ => "",
                };
                format!("<{cell}{align}>")
            }
            _ => return None,
        };
        Some(html(s))
    }

    /// The closing HTML for a block tag, or `None` to let pulldown-cmark's writer handle it.
    fn end<'a>(&mut self, tag: TagEnd) -> Option<Event<'a>> {
        let s: Cow<'static, str> = match tag {
            TagEnd::Paragraph => "</p>\n".into(),
            TagEnd::Heading(level) => format!("</{level}>\n").into(),
            TagEnd::BlockQuote(_) => "</blockquote>\n".into(),
            TagEnd::CodeBlock | TagEnd::MetadataBlock(_) => "</code></pre>\n".into(),
            TagEnd::List(true) => "</ol>\n".into(),
            TagEnd::List(false) => "</ul>\n".into(),
            TagEnd::Item => "</li>\n".into(),
            TagEnd::FootnoteDefinition => "</div>\n".into(),
            TagEnd::Table => {
                let tbody = if self.table.body_open { "</tbody>" } else { "" };
                self.table = TableState::default();
                format!("{tbody}</table>\n").into()
            }
            TagEnd::TableHead => {
                self.table.in_head = false;
                "</tr></thead>".into()
            }
            TagEnd::TableRow => "</tr>\n".into(),
            TagEnd::TableCell => {
                self.table.cell += 1;
                if self.table.in_head {
                    "</th>".into()
                } else {
                    "</td>".into()
                }
            }
            _ => return None,
        };
        Some(html(s.into_owned()))
    }
}

fn html<'a>(s: String) -> Event<'a> {
    Event::Html(CowStr::from(s))
}

/// The class suffix and the title of an alert kind (`note`, `Note`).
fn alert_name_and_title(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Note => ("note", "Note"),
        BlockQuoteKind::Tip => ("tip", "Tip"),
        BlockQuoteKind::Important => ("important", "Important"),
        BlockQuoteKind::Warning => ("warning", "Warning"),
        BlockQuoteKind::Caution => ("caution", "Caution"),
    }
}

/// The language of a fenced block's info string: its first word, safe chars only (`mermaid`
/// for a diagram; also how [`crate::report_diagrams`] finds them).
pub(crate) fn fence_language(info: &str) -> String {
    info.split(|c: char| c.is_whitespace() || c == ',' || c == '{')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '#' | '.'))
        .collect()
}

/// ` class="language-xyz"` for a fenced block with an info string (first word, safe chars only).
fn code_class(kind: &CodeBlockKind<'_>) -> String {
    let CodeBlockKind::Fenced(info) = kind else {
        return String::new();
    };
    let lang = fence_language(info);
    if lang.is_empty() {
        String::new()
    } else {
        format!(" class=\"language-{lang}\"")
    }
}

/// The plain text of an image's description and how many events it spans (up to, not
/// including, the image's `End`).
fn image_alt(events: &[(Event<'_>, Range<usize>)]) -> (String, usize) {
    let mut alt = String::new();
    let mut depth = 0usize;
    for (n, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => return (alt, n),
            Event::End(_) => depth -= 1,
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) => alt.push_str(t),
            Event::SoftBreak | Event::HardBreak => alt.push(' '),
            _ => {}
        }
    }
    (alt, events.len())
}

/// `<img>` for a local image; the alt text in a marked span for a remote one (never loaded).
fn image_html(dest: &str, title: &str, alt: &str) -> String {
    if is_remote_url(dest) {
        return format!(
            "<span class=\"image-blocked\" title=\"Remote image not loaded: {}\">{}</span>",
            escape_html(dest),
            escape_html(alt)
        );
    }
    let mut s = format!("<img src=\"{}\" alt=\"{}\"", escape_html(dest), escape_html(alt));
    if !title.is_empty() {
        let _ = write!(s, " title=\"{}\"", escape_html(title));
    }
    s.push('>');
    s
}

/// True for URLs the webview would fetch from the network: `http(s):` and protocol-relative
/// (`//host`, including the `\\host` spelling browsers accept).
pub fn is_remote_url(url: &str) -> bool {
    let u = url.trim_start_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_control());
    let lower: String = u
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    lower.starts_with("http:")
        || lower.starts_with("https:")
        || matches!(lower.as_bytes(), [b'/' | b'\\', b'/' | b'\\', ..])
}

/// True for links the webview must never follow: protocol-relative ones (`//host`, also spelled
/// with backslashes), which resolve against the app's own origin and scheme, and http(s) links
/// to Tauri's internal hosts (`ipc.localhost`, `tauri.localhost`, `asset.localhost`, … — the IPC
/// endpoint and the app itself on Windows and Android). Hosts are read the way a browser reads
/// them (WHATWG parsing: case, percent-escapes, look-alike dots, trailing dot, missing slashes).
fn leaves_the_app(href: &str) -> bool {
    let trimmed = href.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_control());
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if matches!(cleaned.as_bytes(), [b'/' | b'\\', b'/' | b'\\', ..]) {
        return true;
    }
    let Ok(url) = url::Url::parse(&cleaned) else {
        return false; // relative: stays inside the preview's own documents
    };
    let internal = url.host_str().is_some_and(|host| {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        host.ends_with(".localhost")
    });
    matches!(url.scheme(), "http" | "https") && internal
}

/// The text a reader sees in one line of inline Markdown (`Write [the spec](spec.md)` →
/// `Write the spec`).
fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, markdown::options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Escape text for an HTML attribute value or body (also used by [`crate::report`]).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Classes the preview's own markup uses; anything else in a `class` attribute is dropped.
const KNOWN_CLASSES: &[&str] = &[
    "front-matter",
    "footnote-definition",
    "footnote-definition-label",
    "footnote-reference",
    "task-list-item",
    "image-blocked",
    "markdown-alert",
    "markdown-alert-title",
    "markdown-alert-note",
    "markdown-alert-tip",
    "markdown-alert-important",
    "markdown-alert-warning",
    "markdown-alert-caution",
];

/// What every sanitizer of document HTML starts from (the preview's, and the exported
/// document's in [`crate::document_export`]): ammonia's allow-list, links only to `http(s)` and
/// `mailto`, opened without opener or referrer, no comments.
pub(crate) fn base_sanitizer() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
    b
}

/// The shared ammonia configuration (built once).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(|| {
        let mut b = base_sanitizer();
        b.add_generic_attributes(["data-line", "class", "id"])
            .add_tag_attributes("pre", ["tabindex"])
            .id_prefix(Some(ID_PREFIX))
            .attribute_filter(filter_attribute);
        b
    })
}

/// Per-attribute rules on top of ammonia's allow-lists.
fn filter_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("img", "src") if is_remote_url(value) => None,
        ("a" | "area", "href") if leaves_the_app(value) => None,
        ("a", "href") => Some(prefix_fragment(value)),
        (_, "class") => filter_classes(element, value),
        // Only what the renderer writes: a code block in the tab order, never out of it first.
        ("pre", "tabindex") => (value == "0").then_some(Cow::Borrowed(value)),
        (_, "data-line") => value
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then_some(Cow::Borrowed(value)),
        _ => Some(Cow::Borrowed(value)),
    }
}

/// `#slug` → `#h-slug`, matching the prefixed ids.
fn prefix_fragment(href: &str) -> Cow<'_, str> {
    match href.strip_prefix('#') {
        Some(frag) if !frag.is_empty() && !frag.starts_with(ID_PREFIX) => {
            Cow::Owned(format!("#{ID_PREFIX}{frag}"))
        }
        _ => Cow::Borrowed(href),
    }
}

/// Keep our own classes, and `language-*` on `code`/`pre`.
fn filter_classes<'u>(element: &str, value: &'u str) -> Option<Cow<'u, str>> {
    let kept: Vec<&str> = value
        .split_ascii_whitespace()
        .filter(|c| {
            KNOWN_CLASSES.contains(c)
                || (matches!(element, "code" | "pre")
                    && c.strip_prefix("language-").is_some_and(|l| {
                        !l.is_empty()
                            && l.chars().all(|ch| {
                                ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '+' | '#' | '.')
                            })
                    }))
        })
        .collect();
    if kept.is_empty() {
        None
    } else {
        Some(Cow::Owned(kept.join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_tasks(html: &str) -> Vec<(usize, bool)> {
        let re = regex::Regex::new(
            r#"<input type="checkbox" class="task" data-task="(\d+)"( checked)? aria-label="[^"]*">"#,
        )
        .unwrap();
        re.captures_iter(html)
            .map(|c| (c[1].parse().unwrap(), c.get(2).is_some()))
            .collect()
    }

    #[test]
    fn github_alerts_render_with_their_kind_and_title() {
        let text = "> [!WARNING]\n> Migrations run <b>first</b><script>alert(1)</script>.\n\n> [!NOTE]\n> Plain.\n\n> A quote.\n";
        let html = render_html(text);
        assert!(
            html.contains(
                "<blockquote data-line=\"1\" class=\"markdown-alert markdown-alert-warning\">\n<p class=\"markdown-alert-title\">Warning</p>"
            ),
            "{html}"
        );
        assert!(
            html.contains("class=\"markdown-alert markdown-alert-note\""),
            "{html}"
        );
        assert!(
            html.contains("<p class=\"markdown-alert-title\">Note</p>"),
            "{html}"
        );
        assert!(
            !html.contains("[!WARNING]") && !html.contains("[!NOTE]"),
            "{html}"
        );
        // The HTML inside is sanitized as anywhere else; a plain quote has no class.
        assert!(
            html.contains("<b>first</b>") && !html.contains("script"),
            "{html}"
        );
        assert!(html.contains("<blockquote data-line=\"7\">"), "{html}");
        // A document's own tabindex is dropped, but the renderer's on a code block kept.
        let tab =
            render_html("<a href=\"#x\" tabindex=\"1\">x</a> <pre tabindex=\"5\">y</pre>\n\n```\nz\n```\n");
        assert!(
            !tab.contains("tabindex=\"1\"") && !tab.contains("tabindex=\"5\""),
            "{tab}"
        );
        assert!(tab.contains("<pre data-line=\"3\" tabindex=\"0\">"), "{tab}");
        // A forged alert class on a document's own element is dropped.
        let forged = render_html("<div class=\"markdown-alert-title evil\">x</div>\n");
        assert!(!forged.contains("evil"), "{forged}");
    }

    #[test]
    fn blocks_carry_their_source_line() {
        let text =
            "# Title\n\npara one\nstill one\n\n- a\n- b\n\n> quote\n\n```rust\nfn x() {}\n```\n\n---\n";
        let html = render_html(text);
        assert!(
            html.contains(r#"<h1 id="h-title" data-line="1">Title</h1>"#),
            "{html}"
        );
        assert!(html.contains(r#"<p data-line="3">para one"#), "{html}");
        assert!(html.contains(r#"<ul data-line="6">"#), "{html}");
        assert!(html.contains(r#"<li data-line="7">b</li>"#), "{html}");
        assert!(html.contains(r#"<blockquote data-line="9">"#), "{html}");
        assert!(html.contains(r#"<p data-line="9">quote</p>"#), "{html}");
        assert!(
            html.contains(r#"<pre data-line="11" tabindex="0"><code class="language-rust">fn x() {}"#),
            "{html}"
        );
        assert!(html.contains(r#"<hr data-line="15">"#), "{html}");
    }

    #[test]
    fn ordered_and_loose_lists_keep_start_and_lines() {
        let html = render_html("3. c\n4. d\n\n- [x] loose\n\n- second\n");
        assert!(html.contains(r#"<ol data-line="1" start="3">"#), "{html}");
        assert!(html.contains(r#"<li data-line="2">d</li>"#), "{html}");
        assert!(
            html.contains(r#"<li data-line="4" class="task-list-item">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"data-task="0" checked aria-label="loose">"#),
            "{html}"
        );
        assert!(html.contains(r#"<p data-line="6">second</p>"#), "{html}");
    }

    #[test]
    fn crlf_lines_count_like_lf() {
        let html = render_html("# A\r\n\r\ntext\r\n\r\n- [ ] t\r\n");
        assert!(html.contains(r#"<p data-line="3">text</p>"#), "{html}");
        assert!(
            html.contains(r#"<li data-line="5" class="task-list-item">"#),
            "{html}"
        );
    }

    #[test]
    fn tables_keep_alignment_without_style() {
        let text = "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n";
        let html = render_html(text);
        assert!(html.contains(r#"<table data-line="1"><thead><tr data-line="1"><th align="left">a</th><th align="center">b</th><th align="right">c</th></tr></thead><tbody><tr data-line="3"><td align="left">1</td>"#), "{html}");
        assert!(html.contains(r#"<tr data-line="4">"#), "{html}");
        assert!(!html.contains("style"), "{html}");
    }

    #[test]
    fn task_checkboxes_follow_task_items_order() {
        let text = "- [ ] a\n  - [X] nested\n    - [x] deeper\n> - [ ] quoted\n\n1. [ ] ordered\n\n```\n- [ ] code\n```\n\n- [ ] last\n";
        let items = markdown::task_items(text);
        assert_eq!(items.len(), 6);
        let html = render_html(text);
        let found = data_tasks(&html);
        let expected: Vec<_> = items.iter().map(|t| (t.index, t.checked)).collect();
        assert_eq!(found, expected, "{html}");
        assert!(html.contains("- [ ] code"), "code block text stays text: {html}");
    }

    #[test]
    fn task_checkboxes_are_named_after_their_task_in_plain_text() {
        let html = render_html("- [ ] T001 Write [the spec](spec.md) with `code` & <b>care</b>\n- [x]\n");
        assert!(
            html.contains(r#"data-task="0" aria-label="T001 Write the spec with code &amp; care">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"data-task="1" checked aria-label="Task">"#),
            "{html}"
        );
    }

    #[test]
    fn forged_checkboxes_and_tokens_do_not_survive() {
        let text = "<input type=\"checkbox\" class=\"task\" data-task=\"0\" checked>\n\nsdtask0000-1-1.\n";
        let html = render_html(text);
        assert!(!html.contains("<input"), "{html}");
        assert!(html.contains("sdtask0000-1-1."), "{html}");
    }

    #[test]
    fn headings_get_unique_github_slugs_and_links_follow() {
        let text =
            "## Phase 3: User Story 1 - Add (Priority: P1) 🎯 MVP\n\n## Notes\n\n## Notes\n\n[go](#notes)\n";
        let r = render_document(text);
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "h-phase-3-user-story-1---add-priority-p1--mvp",
                "h-notes",
                "h-notes-1"
            ]
        );
        assert_eq!(r.headings[1].line, 3);
        assert_eq!(
            r.headings[0].text,
            "Phase 3: User Story 1 - Add (Priority: P1) 🎯 MVP"
        );
        assert!(r.html.contains(r##"href="#h-notes""##), "{}", r.html);
        assert!(
            r.html.contains(r#"<h2 id="h-notes-1" data-line="5">"#),
            "{}",
            r.html
        );
    }

    #[test]
    fn footnotes_link_to_prefixed_ids() {
        let text = "Claim[^src].\n\n[^src]: The source.\n";
        let html = render_html(text);
        assert!(
            html.contains(r##"<a href="#h-fn-1" rel="noopener noreferrer">1</a>"##),
            "{html}"
        );
        assert!(html.contains(r#"id="h-fn-1""#), "{html}");
        assert!(html.contains(r#"data-line="3""#), "{html}");
    }

    #[test]
    fn front_matter_is_a_muted_block() {
        let html = render_html("---\ntitle: x\n---\n\n# T\n");
        assert!(
            html.contains(r#"<pre class="front-matter" data-line="1"><code>title: x"#),
            "{html}"
        );
        assert!(html.contains(r#"<h1 id="h-t" data-line="5">"#), "{html}");
    }

    #[test]
    fn local_images_stay_and_remote_ones_become_text() {
        let html = render_html("![diagram](img/a.png \"A\") ![logo *x*](https://cdn.example/l.png)\n");
        assert!(
            html.contains(r#"<img src="img/a.png" alt="diagram" title="A">"#),
            "{html}"
        );
        assert!(!html.contains("<img src=\"https"), "{html}");
        assert!(html.contains(">logo x</span>"), "{html}");
    }

    #[test]
    fn remote_url_detection() {
        for url in [
            "http://x",
            "HTTPS://x",
            "//x/y",
            "\\\\x",
            " \thttp://x",
            "ht\ttp://x",
        ] {
            assert!(is_remote_url(url), "{url}");
        }
        for url in ["img/a.png", "/abs/a.png", "./a.png", "../b.png", "#frag"] {
            assert!(!is_remote_url(url), "{url}");
        }
    }

    #[test]
    fn links_into_tauri_or_protocol_relative_lose_their_href() {
        // Found by tests/reliability_xss.rs: these survived with their href.
        let hostile = [
            "http://ipc.localhost/plugin%3Afs%7Cread_file",
            "https://IPC.LOCALHOST./plugin:opener|open_url",
            "http://tauri.localhost/",
            "http://tauri%2elocalhost/",
            "http://asset.localhost/etc/passwd",
            "http:ipc.localhost/x",
            "http:\\\\ipc.localhost/x",
            "http://ipc\u{FF0E}localhost/x",
            "//evil.example/phish",
            "\\\\evil.example/x",
            "/\\evil.example/y",
            " \t//evil.example",
        ];
        for href in hostile {
            assert!(leaves_the_app(href), "{href}");
            let html = render_html(&format!("<a href=\"{href}\">x</a>\n"));
            assert!(!html.contains("href"), "{href}: {html}");
            if !href.contains(['\\', ' ']) {
                let html = render_html(&format!("[y]({href})\n"));
                assert!(!html.contains("href"), "{href}: {html}");
            }
        }
        for href in [
            "https://example.com/a",
            "http://localhost:3000/",
            "../plan.md",
            "/abs.md",
            "#h-x",
            "mailto:a@b.c",
        ] {
            assert!(!leaves_the_app(href), "{href}");
        }
    }

    #[test]
    fn deep_nesting_is_flattened_and_stays_fast() {
        // Found by tests/reliability_pathological.rs: html5ever walks the stack of open elements
        // for every start tag, so 10,000 nested list items took 8 s to sanitize (100,000: minutes).
        for (markdown, tag) in [
            ("- * ".repeat(20_000) + "deepest", "<li"),
            ("> ".repeat(20_000) + "deepest", "<blockquote"),
            ("<div>".repeat(20_000) + "deepest", "<div"),
        ] {
            let started = std::time::Instant::now();
            let html = render_html(&markdown);
            assert!(html.contains("deepest"), "{tag}: content lost");
            let opened = html.matches(tag).count();
            assert!(
                opened <= MAX_RAW_HTML_DEPTH + 1,
                "{tag}: {opened} levels reached the sanitizer"
            );
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "{tag}: {:?}",
                started.elapsed()
            );
        }
        // Ordinary nesting is untouched.
        let html = render_html("> a\n> > b\n> > - c\n> >   - d\n");
        assert_eq!(html.matches("<blockquote").count(), 2, "{html}");
        assert_eq!(html.matches("<li").count(), 2, "{html}");
        let html = render_html("<div><div><p>x</p></div></div>\n");
        assert!(html.contains("<div><div>"), "{html}");
    }

    #[test]
    fn raw_html_depth_ignores_void_and_self_closing_paragraph_like_elements() {
        assert_eq!(raw_html_depth_after(0, "<div><span>x</span>"), 1);
        assert_eq!(raw_html_depth_after(0, "<p>a<p>b<br><img src=x><li>"), 0);
        assert_eq!(raw_html_depth_after(3, "</div></div></div></div>"), 0);
        assert_eq!(raw_html_depth_after(0, "a < b <!-- c --> <3"), 0);
    }
}
