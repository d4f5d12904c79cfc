//! The Mermaid diagrams of a review report ([`crate::report`]): every feature's ` ```mermaid `
//! blocks, in its section, each under a small heading naming its document and the nearest
//! heading above it (`plan.md — Architecture`).
//!
//! - [`collect`] finds the blocks in every Markdown document of every feature with pulldown-cmark
//!   and the renderer's options, so a block is a diagram exactly when the preview draws one.
//! - Mermaid lays diagrams out with the DOM, so only the app's web view can draw them: it draws
//!   each source the way the preview does (light theme, as printed), sanitizes it there, and hands
//!   the SVG and its CSS over as [`DiagramDrawing`]s. [`ReportDiagrams::drawn`] trusts none of it:
//!   each SVG is sanitized again with [`document_export`]'s allow-list (no script, handler,
//!   foreign HTML, image or link out of the page), the CSS may not end its `<style>`, and sizes are
//!   capped ([`MAX_DRAWING_BYTES`], [`MAX_REPORT_DRAWING_BYTES`]). The report carries
//!   [`document_export::EXPORT_CSP`], which refuses every script and every load from elsewhere.
//! - A diagram mermaid could not parse shows mermaid's message under its source, as the preview
//!   does; one not drawn (too large, changed during the export) says why under its source.
//! - Without a web view (`specdesk-cli status --format html`), [`ReportDiagrams::sources`] shows
//!   each source in a `<pre>` block with a note that the app's Export Report draws them.
//! - The Markdown report has each source in a ` ```mermaid ` fence (GitHub draws those), longer
//!   than any run of backticks in the source.

use crate::document_export::{self, contained_css};
use crate::i18n::scoped::{format as trf, text as tr};
use crate::i18n::Message;
use crate::markdown;
use crate::render::{escape_html, fence_language};
use crate::repo::{Feature, Repository};
use crate::report::{self, ReportFormat};
use crate::review::{FeatureReview, RepoReview};
use crate::store::Store;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// Most bytes of one drawing (SVG and CSS) embedded in a report; a larger one shows its source
/// and a notice instead.
pub const MAX_DRAWING_BYTES: usize = 3 * 1024 * 1024;
/// Most bytes of drawings (SVG and CSS) one report embeds; diagrams past it show their source.
pub const MAX_REPORT_DRAWING_BYTES: usize = 32 * 1024 * 1024;

/// One ` ```mermaid ` block of a feature's document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReportDiagram {
    /// The feature folder, repository-relative (`FeatureReview::rel_path`).
    pub feature: String,
    /// The document, repository-relative.
    pub document: String,
    /// The document relative to its feature folder (`plan.md`, `contracts/api.md`).
    pub name: String,
    /// The nearest heading above the block, as plain text.
    pub heading: Option<String>,
    /// 1-based line of the block's opening fence.
    pub line: u32,
    /// The diagram's source (the block's text).
    pub source: String,
    /// Identifies the source in [`DiagramDrawing::key`] (a hash of it).
    pub key: String,
}

impl ReportDiagram {
    /// `plan.md — Architecture`, or `plan.md` when no heading comes before the block.
    pub fn title(&self) -> String {
        match &self.heading {
            Some(heading) => format!("{} — {heading}", self.name),
            None => self.name.clone(),
        }
    }
}

/// A diagram as the web view drew it: the SVG and its CSS, or mermaid's error message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiagramDrawing {
    /// The [`ReportDiagram::key`] of the source drawn.
    pub key: String,
    /// The drawing's SVG markup.
    #[serde(default)]
    pub svg: Option<String>,
    /// The drawing's CSS (mermaid scopes its rules under the SVG's id).
    #[serde(default)]
    pub css: String,
    /// Why it could not be drawn (mermaid's message).
    #[serde(default)]
    pub error: Option<String>,
}

/// The key of a diagram source.
pub fn key_of(source: &str) -> String {
    blake3::hash(source.as_bytes()).to_hex()[..32].to_string()
}

/// A ` ```mermaid ` block of one document: the nearest heading above it, its line and source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MermaidBlock {
    pub heading: Option<String>,
    pub line: u32,
    pub source: String,
}

/// The ` ```mermaid ` blocks of a Markdown `text`, in order.
pub fn mermaid_blocks(text: &str) -> Vec<MermaidBlock> {
    let mut blocks = Vec::new();
    if memchr::memmem::find(text.as_bytes(), b"mermaid").is_none() {
        return blocks;
    }
    let mut heading: Option<String> = None;
    let mut heading_text: Option<String> = None;
    let mut diagram: Option<(u32, String)> = None;
    let (mut counted_to, mut line) = (0usize, 1u32);
    for (event, range) in Parser::new_ext(text, markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => heading_text = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                let text = heading_text.take().unwrap_or_default();
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                heading = (!text.is_empty()).then_some(text);
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if fence_language(&info) == "mermaid" =>
            {
                let start = range.start.min(text.len());
                line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count() as u32;
                counted_to = start;
                diagram = Some((line, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((line, source)) = diagram.take() {
                    blocks.push(MermaidBlock {
                        heading: heading.clone(),
                        line,
                        source,
                    });
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                if let Some((_, source)) = diagram.as_mut() {
                    source.push_str(&t);
                } else if let Some(h) = heading_text.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(h) = heading_text.as_mut() {
                    h.push(' ');
                }
            }
            _ => {}
        }
    }
    blocks
}

/// Whether the report looks into `rel_path` for diagrams (Markdown documents only).
fn is_markdown(rel_path: &str) -> bool {
    let lower = rel_path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// The diagrams of one feature's Markdown documents, in the feature's document order. A document
/// that cannot be read (outside the repository, too large, not UTF-8) is skipped: the review
/// reports it already.
fn feature_diagrams(store: &Store, feature: &Feature) -> Vec<ReportDiagram> {
    let mut out = Vec::new();
    for doc in feature.documents.iter().filter(|d| is_markdown(&d.rel_path)) {
        let Ok(text) = store.read_text(Path::new(&doc.rel_path)) else {
            continue;
        };
        for block in mermaid_blocks(&text) {
            out.push(ReportDiagram {
                feature: feature.rel_path.clone(),
                document: doc.rel_path.clone(),
                name: doc.name.clone(),
                heading: block.heading,
                line: block.line,
                key: key_of(&block.source),
                source: block.source,
            });
        }
    }
    out
}

/// Every diagram of every feature of `repo`, feature by feature (the report's order).
pub fn collect(repo: &Repository, store: &Store) -> Vec<ReportDiagram> {
    let features: Vec<&Feature> = repo.features().collect();
    features
        .par_iter()
        .map(|f| feature_diagrams(store, f))
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect()
}

/// How one diagram shows in the HTML report.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    /// The sanitized SVG (wrapped by [`ReportDiagrams::html_section`]).
    Svg(String),
    /// The source, with this message under it (mermaid's error, or why it was not drawn).
    SourceWith(String),
    /// The source alone (no web view drew it: the CLI).
    Source,
}

/// The diagrams of a report and how each is shown.
#[derive(Debug, Clone, Default)]
pub struct ReportDiagrams {
    diagrams: Vec<(ReportDiagram, Shown)>,
    /// The drawings' CSS, once per source drawn, contained.
    css: String,
    /// Whether the sources are shown undrawn (the CLI), which the report says once per feature.
    undrawn: bool,
}

impl ReportDiagrams {
    /// No diagrams (a report without them).
    pub fn none() -> Self {
        Self::default()
    }

    /// The diagrams as sources only, for a report made without a web view (the CLI).
    pub fn sources(diagrams: Vec<ReportDiagram>) -> Self {
        ReportDiagrams {
            diagrams: diagrams.into_iter().map(|d| (d, Shown::Source)).collect(),
            css: String::new(),
            undrawn: true,
        }
    }

    /// The diagrams with the web view's `drawings`, sanitized again here and capped in size. A
    /// diagram without a drawing (its document changed since it was drawn) shows its source.
    pub fn drawn(diagrams: Vec<ReportDiagram>, drawings: Vec<DiagramDrawing>) -> Self {
        let by_key: HashMap<String, DiagramDrawing> =
            drawings.into_iter().map(|d| (d.key.clone(), d)).collect();
        let mut cleaned: HashMap<String, Shown> = HashMap::new();
        let mut css_of: HashMap<String, String> = HashMap::new();
        let mut css_added: HashSet<String> = HashSet::new();
        let mut css = String::new();
        let mut budget = MAX_REPORT_DRAWING_BYTES;
        let mut out = Vec::with_capacity(diagrams.len());
        for diagram in diagrams {
            let shown = match by_key.get(&diagram.key) {
                None => Shown::SourceWith(not_drawn()),
                Some(drawing) => {
                    let shown = cleaned
                        .entry(diagram.key.clone())
                        .or_insert_with(|| {
                            let (shown, clean_css) = clean_drawing(drawing);
                            css_of.insert(diagram.key.clone(), clean_css);
                            shown
                        })
                        .clone();
                    match shown {
                        Shown::Svg(svg) => {
                            let diagram_css = css_of.get(&diagram.key).map_or("", String::as_str);
                            let new_css = !css_added.contains(&diagram.key);
                            let size = svg.len() + if new_css { diagram_css.len() } else { 0 };
                            if size > budget {
                                Shown::SourceWith(over_budget())
                            } else {
                                budget -= size;
                                if new_css {
                                    css_added.insert(diagram.key.clone());
                                    css.push_str(diagram_css);
                                    css.push('\n');
                                }
                                Shown::Svg(svg)
                            }
                        }
                        other => other,
                    }
                }
            };
            out.push((diagram, shown));
        }
        ReportDiagrams {
            diagrams: out,
            css: contained_css(&css),
            undrawn: false,
        }
    }

    /// Whether there is any diagram.
    pub fn is_empty(&self) -> bool {
        self.diagrams.is_empty()
    }

    /// The diagrams of the feature at `rel_path`.
    fn of<'a>(&'a self, rel_path: &'a str) -> impl Iterator<Item = &'a (ReportDiagram, Shown)> + 'a {
        self.diagrams.iter().filter(move |(d, _)| d.feature == rel_path)
    }

    /// The report's `<style>` for its diagrams (empty without diagrams).
    pub fn html_head(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        format!("<style>{CSS}{}</style>\n", self.css)
    }

    /// The diagrams of `feature` for its HTML section (empty when it has none).
    pub fn html_section(&self, feature: &FeatureReview) -> String {
        let mut diagrams = self.of(&feature.rel_path).peekable();
        if diagrams.peek().is_none() {
            return String::new();
        }
        let mut out = String::from("<div class=\"diagrams\">\n");
        if self.undrawn {
            let _ = writeln!(
                out,
                "<p class=\"meta diagram-note\">{}</p>",
                escape_html(&undrawn_note())
            );
        }
        for (diagram, shown) in diagrams {
            let title = diagram.title();
            let _ = writeln!(out, "<h3 class=\"diagram-title\">{}</h3>", escape_html(&title));
            let source = escape_html(&diagram.source);
            match shown {
                Shown::Svg(svg) => {
                    let _ = writeln!(
                        out,
                        "<div class=\"diagram-view\" role=\"img\" aria-label=\"{}\">{svg}</div>",
                        escape_html(&trf(
                            &Message::new("report-diagram-label").arg("title", title.as_str())
                        ))
                    );
                }
                Shown::SourceWith(message) => {
                    let _ = writeln!(
                        out,
                        "<pre class=\"diagram\"><code class=\"language-mermaid\">{source}</code>\
                         <div class=\"diagram-error\" role=\"note\">{}</div></pre>",
                        escape_html(message)
                    );
                }
                Shown::Source => {
                    let _ = writeln!(
                        out,
                        "<pre class=\"diagram-source\"><code class=\"language-mermaid\">{source}</code></pre>"
                    );
                }
            }
        }
        out.push_str("</div>\n");
        out
    }

    /// The diagrams of `feature` for its Markdown section: each source in a ` ```mermaid ` fence
    /// under a heading (empty when it has none).
    pub fn markdown_section(&self, feature: &FeatureReview) -> String {
        let mut out = String::new();
        for (diagram, _) in self.of(&feature.rel_path) {
            let _ = writeln!(out, "\n### {}\n", report::escape_markdown(&diagram.title()));
            out.push_str(&mermaid_fence(&diagram.source));
        }
        out
    }
}

/// `source` as a ` ```mermaid ` fenced block: the fence is longer than any run of backticks in
/// the source, so nothing in it can close the block.
pub fn mermaid_fence(source: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in source.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat((longest + 1).max(3));
    let newline = if source.is_empty() || source.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    format!("{fence}mermaid\n{source}{newline}{fence}\n")
}

/// A drawing sanitized for the report: the SVG (or why it is not shown) and its contained CSS.
fn clean_drawing(drawing: &DiagramDrawing) -> (Shown, String) {
    if let Some(error) = &drawing.error {
        return (Shown::SourceWith(error.clone()), String::new());
    }
    let Some(svg) = &drawing.svg else {
        return (Shown::SourceWith(not_drawn()), String::new());
    };
    let size = svg.len() + drawing.css.len();
    if size > MAX_DRAWING_BYTES {
        return (Shown::SourceWith(too_large(size)), String::new());
    }
    let clean = document_export::clean_body(svg);
    let clean = clean.trim();
    if !clean.starts_with("<svg") {
        return (Shown::SourceWith(undrawable()), String::new());
    }
    (Shown::Svg(clean.to_string()), drawing.css.clone())
}

/// The report in `format` with `diagrams` in each feature's section.
pub fn render(
    format: ReportFormat,
    review: &RepoReview,
    generated: Option<&str>,
    diagrams: &ReportDiagrams,
) -> String {
    match format {
        ReportFormat::Markdown => report::markdown_with_diagrams(review, generated, diagrams),
        ReportFormat::Html => report::html_with_diagrams(review, generated, diagrams),
    }
}

// ----- Texts -----------------------------------------------------------------------------------

// The texts are `report-diagram-…` messages, in the language the report is written in
// (`crate::i18n::scoped`: the interface's in the app, English in the CLI).

/// Said once per feature when the diagrams are shown undrawn (the CLI).
fn undrawn_note() -> String {
    tr("report-diagram-sources-note")
}

/// A diagram with no drawing from the web view.
fn not_drawn() -> String {
    tr("report-diagram-not-drawn")
}

/// A drawing nothing was left of once sanitized.
fn undrawable() -> String {
    tr("report-diagram-undrawable")
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

fn too_large(bytes: usize) -> String {
    trf(&Message::new("report-diagram-drawing-too-large")
        .arg("size", mb(bytes))
        .arg("limit", mb(MAX_DRAWING_BYTES)))
}

fn over_budget() -> String {
    trf(&Message::new("report-diagram-over-budget").arg("limit", mb(MAX_REPORT_DRAWING_BYTES)))
}

/// The diagrams' look in the report (the exported document's, light theme).
const CSS: &str = "
.diagrams { margin-top: .75rem; }
.diagram-title { font-size: 1rem; font-weight: 600; margin: 1rem 0 .35rem; }
.diagram-view { display: block; max-width: 100%; overflow-x: auto; break-inside: avoid; }
.diagram-view > svg { max-width: 100%; height: auto; }
pre.diagram, pre.diagram-source { padding: .6em .8em; border-radius: 6px; background: var(--soft); overflow: auto;
  font: .85rem/1.45 ui-monospace, 'DejaVu Sans Mono', monospace; white-space: pre-wrap; }
.diagram-error { margin-top: .6em; padding-top: .5em; border-top: 1px solid var(--line);
  font-family: system-ui, sans-serif; white-space: pre-wrap; color: var(--bad); }
.feature:has(.diagrams) { break-inside: auto; page-break-inside: auto; }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_found_with_their_heading_and_line() {
        let text = "# Plan\n\nSome `mermaid` words.\n\n## Architecture\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n\
                    ```ts\nconst mermaid = 1;\n```\n\n    indented mermaid code\n\n### Data *flow*\n\n\
                    - item\n\n  ~~~mermaid title\n  sequenceDiagram\n  A->>B: hi\n  ~~~\n";
        let blocks = mermaid_blocks(text);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(blocks[0].heading.as_deref(), Some("Architecture"));
        assert_eq!(blocks[0].line, 7);
        assert_eq!(blocks[0].source, "flowchart LR\n  A --> B\n");
        assert_eq!(blocks[1].heading.as_deref(), Some("Data flow"));
        assert_eq!(blocks[1].line, 22);
        assert_eq!(blocks[1].source, "sequenceDiagram\nA->>B: hi\n");
        assert!(mermaid_blocks("```mermaidx\nA\n```\n").is_empty());
        assert!(mermaid_blocks("no diagrams").is_empty());
        assert_eq!(mermaid_blocks("```mermaid\ngraph TD\n```")[0].heading, None);
    }

    #[test]
    fn fences_outgrow_the_backticks_of_the_source() {
        assert_eq!(mermaid_fence("graph TD\n"), "```mermaid\ngraph TD\n```\n");
        assert_eq!(mermaid_fence("graph TD"), "```mermaid\ngraph TD\n```\n");
        let tricky = "flowchart LR\n  A[\"```\"] --> B\n```\n<script>x</script>\n";
        let fenced = mermaid_fence(tricky);
        assert!(
            fenced.starts_with("````mermaid\n") && fenced.ends_with("\n````\n"),
            "{fenced}"
        );
        let five = mermaid_fence("A[\"`````\"]\n");
        assert!(five.starts_with("``````mermaid\n"), "{five}");
        // Parsed back, the block holds exactly the source.
        let blocks = mermaid_blocks(&fenced);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].source, tricky);
    }

    const PLAN: &str = "# Plan: Albums\n\n## Architecture\n\n```mermaid\nflowchart LR\n  A --> B\n```\n";
    const DATA_MODEL: &str = "# Data model\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n\n\
        ## Broken\n\n```mermaid\nflowchart LR\n  A -->\n```\n\n## Hostile\n\n\
        ````mermaid\n%%{init: {\"securityLevel\": \"loose\"}}%%\nflowchart LR\n  A[\"```\"]\n  click A \"javascript:alert(1)\"\n````\n";

    /// A repository with a feature holding diagrams (plan.md, data-model.md) and one without.
    fn repository() -> (tempfile::TempDir, RepoReview, Vec<ReportDiagram>) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("specs/001-albums/contracts")).unwrap();
        std::fs::create_dir_all(root.join("specs/002-plain")).unwrap();
        std::fs::write(root.join("specs/001-albums/plan.md"), PLAN).unwrap();
        std::fs::write(root.join("specs/001-albums/data-model.md"), DATA_MODEL).unwrap();
        std::fs::write(root.join("specs/001-albums/contracts/api.yaml"), "# ```mermaid\n").unwrap();
        std::fs::write(
            root.join("specs/002-plain/plan.md"),
            "# Plan\n\n```text\nmermaid\n```\n",
        )
        .unwrap();
        let repo = Repository::open(root).unwrap();
        let store = Store::new(&repo.root).unwrap();
        let template = crate::template::Template::builtin_lite();
        let review = crate::review::repository_review(&repo, &store, &template);
        let diagrams = collect(&repo, &store);
        (dir, review, diagrams)
    }

    const FLOWCHART_SVG: &str = "<svg id=\"specdesk-diagram-1\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" \
        style=\"max-width: 100px;\" aria-roledescription=\"flowchart-v2\" role=\"graphics-document document\">\
        <g class=\"node\" transform=\"translate(10,10)\"><rect width=\"20\" height=\"10\"></rect>\
        <text text-anchor=\"middle\"><tspan>Album</tspan></text></g></svg>";
    const SEQUENCE_SVG: &str =
        "<svg id=\"specdesk-diagram-2\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 80 40\" \
        aria-roledescription=\"sequence\"><g><line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"10\"></line></g></svg>";
    /// Everything a compromised web view could send instead of a drawing.
    const HOSTILE_SVG: &str = "<svg id=\"specdesk-diagram-3\" xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">\
        <script>alert(2)</script><g onclick=\"alert(3)\"><rect width=\"5\" height=\"5\"></rect></g>\
        <foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(4)\">\
        <iframe src=\"https://evil.example/f\"></iframe></div></foreignObject>\
        <a href=\"javascript:alert(5)\"><text>link</text></a><a xlink:href=\"javascript:alert(6)\"><text>x</text></a>\
        <image href=\"https://evil.example/i.png\"></image><use href=\"https://evil.example/s.svg#x\"></use>\
        <animate attributeName=\"href\" to=\"javascript:alert(7)\"></animate>\
        <style>@import url(https://evil.example/x.css);</style></svg></div><script>alert(8)</script>";

    fn drawings(diagrams: &[ReportDiagram]) -> Vec<DiagramDrawing> {
        let by_source = |needle: &str| {
            diagrams
                .iter()
                .find(|d| d.source.contains(needle))
                .unwrap()
                .key
                .clone()
        };
        vec![
            DiagramDrawing {
                key: by_source("flowchart LR\n  A --> B"),
                svg: Some(FLOWCHART_SVG.into()),
                css: "#specdesk-diagram-1 .node rect{fill:#eee;}".into(),
                error: None,
            },
            DiagramDrawing {
                key: by_source("sequenceDiagram"),
                svg: Some(SEQUENCE_SVG.into()),
                css: "#specdesk-diagram-2 line{stroke:#333;}</style><script>alert(9)</script>".into(),
                error: None,
            },
            DiagramDrawing {
                key: by_source("A -->\n"),
                svg: None,
                css: String::new(),
                error: Some("Parse error on line 2: <Expecting> 'NODE'".into()),
            },
            DiagramDrawing {
                key: by_source("javascript:"),
                svg: Some(HOSTILE_SVG.into()),
                css: String::new(),
                error: None,
            },
        ]
    }

    /// No script, handler, `javascript:` URL, foreign HTML or remote load anywhere in `html`.
    fn assert_inert(html: &str) {
        let lower = html.to_ascii_lowercase();
        for gone in [
            "<script",
            "javascript:",
            "<foreignobject",
            "<iframe",
            "<img",
            "<image",
            "<use",
            "<animate",
            "evil.example",
            "@import",
        ] {
            assert!(!lower.contains(gone), "{gone} survived: {html}");
        }
        // No `on…=` attribute: every ` on` followed by letters and `=` inside a tag.
        let handler = regex::Regex::new(r"<[^>]*\son[a-z]+\s*=").unwrap();
        assert!(!handler.is_match(&lower), "a handler survived: {html}");
    }

    #[test]
    fn diagrams_are_collected_from_every_markdown_document_of_each_feature() {
        let (_dir, _review, diagrams) = repository();
        let found: Vec<(&str, Option<&str>, u32)> = diagrams
            .iter()
            .map(|d| (d.name.as_str(), d.heading.as_deref(), d.line))
            .collect();
        assert_eq!(
            found,
            [
                ("plan.md", Some("Architecture"), 5),
                ("data-model.md", Some("Data model"), 3),
                ("data-model.md", Some("Broken"), 10),
                ("data-model.md", Some("Hostile"), 17),
            ]
        );
        assert!(diagrams.iter().all(|d| d.feature == "specs/001-albums"));
        assert_eq!(diagrams[0].document, "specs/001-albums/plan.md");
        assert_eq!(diagrams[0].key, key_of("flowchart LR\n  A --> B\n"));
        assert_eq!(diagrams[0].title(), "plan.md — Architecture");
    }

    #[test]
    fn the_html_report_embeds_the_sanitized_drawings_and_nothing_that_runs() {
        let (_dir, review, diagrams) = repository();
        let drawn = ReportDiagrams::drawn(diagrams.clone(), drawings(&diagrams));
        let html = render(ReportFormat::Html, &review, None, &drawn);
        assert_inert(&html);
        assert!(
            html.contains(&format!(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
                document_export::EXPORT_CSP
            )),
            "{html}"
        );
        // The good drawings, in the feature's section, under their document's name.
        let section = &html
            [html.find("id=\"f-specs-001-albums\"").unwrap()..html.find("id=\"f-specs-002-plain\"").unwrap()];
        for kept in [
            "<h3 class=\"diagram-title\">plan.md — Architecture</h3>",
            "<h3 class=\"diagram-title\">data-model.md — Data model</h3>",
            "<div class=\"diagram-view\" role=\"img\" aria-label=\"Diagram: plan.md — Architecture\"><svg id=\"specdesk-diagram-1\"",
            "aria-roledescription=\"flowchart-v2\"",
            "aria-roledescription=\"sequence\"",
            "<tspan>Album</tspan>",
            "style=\"max-width:100px\"",
        ] {
            assert!(section.contains(kept), "{kept} missing: {section}");
        }
        // The hostile drawing keeps only inert shapes and text.
        assert!(section.contains("<svg id=\"specdesk-diagram-3\""), "{section}");
        assert_eq!(section.matches("<svg").count(), 3, "{section}");
        // Its CSS is in the head, unable to end its <style>.
        assert!(html.contains("#specdesk-diagram-1 .node rect{fill:#eee;}"));
        assert!(
            html.contains("#specdesk-diagram-2 line{stroke:#333;}\\3c /style>\\3c script>"),
            "{html}"
        );
        // A diagram that does not parse: its source (escaped) and mermaid's message.
        assert!(
            section.contains("<pre class=\"diagram\"><code class=\"language-mermaid\">flowchart LR\n  A --&gt;\n</code>\
                <div class=\"diagram-error\" role=\"note\">Parse error on line 2: &lt;Expecting&gt; &#39;NODE&#39;</div></pre>"),
            "{section}"
        );
        // A feature without diagrams gets nothing new.
        let plain = &html[html.find("id=\"f-specs-002-plain\"").unwrap()..];
        assert!(!plain.contains("diagram"), "{plain}");
        // Without diagrams, the report is the plain one (no diagram style either).
        let none = render(ReportFormat::Html, &review, None, &ReportDiagrams::none());
        assert_eq!(none, report::html(&review, None));
        assert!(!none.contains("diagram") && none.contains("Content-Security-Policy"));
    }

    #[test]
    fn drawings_too_large_missing_or_emptied_show_their_source() {
        let (_dir, review, diagrams) = repository();
        let mut drawn = drawings(&diagrams);
        // The flowchart's drawing is over the cap, the sequence diagram has none, the broken
        // one's "drawing" is nothing but a script; the hostile one stays (inert once sanitized).
        drawn[0].svg = Some(format!(
            "<svg>{}</svg>",
            "<g></g>".repeat(MAX_DRAWING_BYTES / 7 + 1)
        ));
        drawn[2].error = None;
        drawn[2].svg = Some("<script>alert(1)</script>".into());
        drawn.remove(1);
        let html = render(
            ReportFormat::Html,
            &review,
            None,
            &ReportDiagrams::drawn(diagrams, drawn),
        );
        assert_inert(&html);
        assert_eq!(html.matches("<svg").count(), 1, "{html}");
        assert!(
            html.contains(
                "This diagram&#39;s drawing is too large to include (3.0 MB; the limit is 3.0 MB)."
            ),
            "{html}"
        );
        assert!(html.contains("This diagram was not drawn (its document changed during the export)."));
        assert!(html.contains("This diagram could not be drawn."));
        assert!(html.contains("<code class=\"language-mermaid\">sequenceDiagram\n  A-&gt;&gt;B: hi\n</code>"));
    }

    #[test]
    fn the_report_stops_embedding_drawings_past_its_budget() {
        let (_dir, review, diagrams) = repository();
        let big = format!("<svg>{}</svg>", "<g></g>".repeat((MAX_DRAWING_BYTES - 64) / 7));
        // The same drawing for all four: each embedding counts, its CSS once.
        let drawings: Vec<DiagramDrawing> = diagrams
            .iter()
            .map(|d| DiagramDrawing {
                key: d.key.clone(),
                svg: Some(big.clone()),
                css: String::new(),
                error: None,
            })
            .collect();
        let many: Vec<ReportDiagram> = (0..12).flat_map(|_| diagrams.clone()).collect();
        let html = render(
            ReportFormat::Html,
            &review,
            None,
            &ReportDiagrams::drawn(many, drawings),
        );
        let embedded = html.matches("<svg").count();
        assert_eq!(embedded, MAX_REPORT_DRAWING_BYTES / big.len(), "{}", html.len());
        assert!(html.contains("The report&#39;s diagrams reached their size limit (32.0 MB)"));
        assert!(html.len() < MAX_REPORT_DRAWING_BYTES + 1024 * 1024);
    }

    #[test]
    fn the_markdown_report_fences_each_source_under_its_heading() {
        let (_dir, review, diagrams) = repository();
        let md = render(
            ReportFormat::Markdown,
            &review,
            None,
            &ReportDiagrams::sources(diagrams),
        );
        assert!(
            md.contains("\n### plan.md — Architecture\n\n```mermaid\nflowchart LR\n  A --> B\n```\n"),
            "{md}"
        );
        assert!(
            md.contains("\n### data-model.md — Hostile\n\n````mermaid\n%%{init:"),
            "{md}"
        );
        // Read back by a Markdown parser, the report holds exactly the four sources, in order.
        let (_, _, expected) = repository();
        let blocks = mermaid_blocks(&md);
        assert_eq!(
            blocks.iter().map(|b| b.source.as_str()).collect::<Vec<_>>(),
            expected.iter().map(|d| d.source.as_str()).collect::<Vec<_>>()
        );
        assert_eq!(blocks[3].heading.as_deref(), Some("data-model.md — Hostile"));
        // The diagrams are in the feature's section, before the next feature's.
        assert!(md.find("### plan.md").unwrap() > md.find("## 001 ").unwrap());
        assert!(md.find("### data-model.md — Hostile").unwrap() < md.find("## 002 ").unwrap());
    }

    #[test]
    fn without_a_web_view_the_html_report_shows_the_sources_with_a_note() {
        let (_dir, review, diagrams) = repository();
        let html = render(
            ReportFormat::Html,
            &review,
            None,
            &ReportDiagrams::sources(diagrams),
        );
        assert_eq!(html.matches(undrawn_note().as_str()).count(), 1, "{html}");
        assert_eq!(
            html.matches("<pre class=\"diagram-source\"><code class=\"language-mermaid\">")
                .count(),
            4
        );
        assert!(
            html.contains("A[&quot;```&quot;]\n  click A &quot;javascript:alert(1)&quot;"),
            "{html}"
        );
        assert!(!html.contains("<svg") && !html.to_ascii_lowercase().contains("<script"));
    }
}
