//! One document exported as a self-contained HTML file: what the preview shows — alerts,
//! highlighted code, Mermaid diagrams as inline SVG — with no script in the file.
//!
//! Diagrams and code colours are made in the web view (mermaid lays diagrams out with the DOM;
//! highlighting reuses CodeMirror's parsers), so the body comes from the preview pane as HTML,
//! with the diagrams' CSS apart. Nothing is trusted for that: the body is sanitized again here
//! (the preview's HTML allow-list plus the SVG elements and attributes diagrams are made of; no
//! script, handler, link out of SVG, foreign HTML or remote image), the CSS may not close its
//! `<style>`, and the file carries a Content-Security-Policy that refuses every script and every
//! load from elsewhere, so markup that slipped through could still not run or fetch anything.

use crate::render::escape_html;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The policy written into every exported file.
pub const EXPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

/// SVG elements diagrams are drawn with.
const SVG_TAGS: &[&str] = &[
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "marker",
    "defs",
    "title",
    "desc",
    "clipPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "mask",
    "symbol",
    "filter",
    "feDropShadow",
    "feGaussianBlur",
    "feOffset",
    "feFlood",
    "feComposite",
    "feMerge",
    "feMergeNode",
    "feBlend",
    "feColorMatrix",
];

/// Presentation and geometry attributes of those elements (never `href`, events or animation).
const SVG_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "style",
    "role",
    "aria-roledescription",
    "aria-labelledby",
    "aria-describedby",
    "aria-label",
    "aria-hidden",
    "xmlns",
    "version",
    "viewBox",
    "preserveAspectRatio",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "dx",
    "dy",
    "d",
    "points",
    "transform",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-opacity",
    "opacity",
    "marker-start",
    "marker-mid",
    "marker-end",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "font-size",
    "font-family",
    "font-weight",
    "font-style",
    "letter-spacing",
    "textLength",
    "lengthAdjust",
    "gradientUnits",
    "gradientTransform",
    "patternUnits",
    "offset",
    "stop-color",
    "stop-opacity",
    "clip-path",
    "mask",
    "filter",
    "stdDeviation",
    "flood-color",
    "flood-opacity",
    "in",
    "in2",
    "result",
    "mode",
    "values",
    "type",
];

/// CSS properties kept in `style` attributes of SVG elements.
const STYLE_PROPERTIES: &[&str] = &[
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "color",
    "background-color",
    "max-width",
    "width",
    "height",
    "font-size",
    "font-family",
    "font-weight",
    "font-style",
    "text-anchor",
    "dominant-baseline",
    "text-align",
    "line-height",
    "white-space",
    "display",
    "transform",
];

/// The body's sanitizer (built once).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(|| {
        let mut b = crate::render::base_sanitizer();
        b.add_generic_attributes(["class", "id", "role", "aria-label"])
            .add_tags(SVG_TAGS)
            .add_tags(["input"])
            .add_tag_attributes("input", ["type", "checked", "aria-label"])
            .set_tag_attribute_value("input", "disabled", "")
            .filter_style_properties(STYLE_PROPERTIES.iter().copied().collect())
            .attribute_filter(|element, attribute, value| match (element, attribute) {
                ("input", "type") => (value == "checkbox").then_some(Cow::Borrowed(value)),
                (_, "href") if value.trim_start().starts_with('#') => Some(Cow::Borrowed(value)),
                (_, "src" | "href") if crate::render::is_remote_url(value) && element != "a" => None,
                (_, "style") if !SVG_TAGS.contains(&element) => None,
                _ => Some(Cow::Borrowed(value)),
            });
        for tag in SVG_TAGS {
            b.add_tag_attributes(tag, SVG_ATTRIBUTES);
        }
        b
    })
}

/// `body` (the preview's HTML) sanitized for a file.
pub fn clean_body(body: &str) -> String {
    sanitizer().clean(body).to_string()
}

/// CSS for a `<style>` element: nothing in it can end the element (also the review report's
/// diagram CSS, [`crate::report_diagrams`]).
pub fn contained_css(css: &str) -> String {
    css.replace('<', "\\3c ")
}

/// The whole file: `title`, the sanitized `body` and the diagrams' `diagram_css`.
pub fn document_html(title: &str, body: &str, diagram_css: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{EXPORT_CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"SpecDesk\">\n<title>{}</title>\n\
         <style>{CSS}</style>\n<style>{}</style>\n</head>\n<body>\n<main class=\"doc\">\n{}\n</main>\n</body>\n</html>\n",
        escape_html(title),
        contained_css(diagram_css),
        clean_body(body),
    )
}

/// The preview's look, light theme (PreviewPane.svelte and app.css), for reading and printing.
const CSS: &str = "
:root { color-scheme: light; --text: #1d2330; --muted: #5d6678; --border: #d9dee8; --badge: #e4e9f4;
  --accent: #1f3f8f; --ok: #1b6b34; --warn: #7a4b00; --danger: #a3261b; --keyword: #6f2da8;
  --literal: #8a3b12; --comment: #5f6b52; --type: #1f3f8f; --link: #1d5bbf; --mark: #5d6678; }
body { margin: 2rem auto; max-width: 50rem; padding: 0 1.5rem; color: var(--text); background: #fff;
  font: 15px/1.65 Charter, 'Bitstream Charter', Georgia, 'Noto Serif', serif; overflow-wrap: anywhere; }
h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; margin: 1.6em 0 .5em; font-weight: 650; }
h1 { font-size: 1.75rem; margin-top: .4em; } h2 { font-size: 1.3rem; padding-bottom: .25em; border-bottom: 1px solid var(--border); }
a { color: var(--accent); }
code { padding: .1em .3em; border-radius: 4px; background: var(--badge); font-size: .86em;
  font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
pre { padding: .8em 1em; border-radius: 8px; background: var(--badge); overflow: auto; line-height: 1.45; }
pre code { padding: 0; background: none; }
blockquote { margin-left: 0; padding: .1em 1em; border-left: 3px solid var(--border); color: var(--muted); }
blockquote.markdown-alert { color: var(--text); border-left: 4px solid var(--alert); }
.markdown-alert-title { display: flex; align-items: center; gap: .45em; margin: .4em 0 .2em; font-weight: 600; color: var(--alert); }
.markdown-alert-note { --alert: var(--accent); } .markdown-alert-tip { --alert: var(--ok); }
.markdown-alert-important { --alert: var(--keyword); } .markdown-alert-warning { --alert: var(--warn); }
.markdown-alert-caution { --alert: var(--danger); }
table { border-collapse: collapse; font-size: .9em; } th, td { padding: .4em .7em; border: 1px solid var(--border); text-align: left; }
li.task-list-item { list-style: none; margin-left: -1.4em; }
.tok-keyword, .tok-bool, .tok-atom, .tok-operatorKeyword, .tok-modifier { color: var(--keyword); }
.tok-string, .tok-string2, .tok-number, .tok-literal, .tok-inserted { color: var(--literal); }
.tok-comment { color: var(--comment); font-style: italic; }
.tok-typeName, .tok-className, .tok-namespace, .tok-heading { color: var(--type); }
.tok-definition, .tok-macroName, .tok-propertyName, .tok-link, .tok-url { color: var(--link); }
.tok-meta, .tok-punctuation, .tok-operator, .tok-labelName { color: var(--mark); }
.tok-invalid, .tok-deleted { color: var(--danger); }
pre.diagram.drawn { background: none; padding: .4em 0; text-align: center; }
pre.diagram.drawn > code { display: none; }
.diagram-view { display: inline-block; max-width: 100%; } .diagram-view > svg { max-width: 100%; height: auto; }
.diagram-error { margin-top: .6em; padding-top: .5em; border-top: 1px solid var(--border);
  font-family: system-ui, sans-serif; white-space: pre-wrap; color: var(--danger); }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } pre, .diagram-view { break-inside: avoid; } }
";

#[cfg(test)]
mod tests {
    use super::*;

    const DIAGRAM: &str = "<pre data-line=\"3\" tabindex=\"0\" class=\"diagram drawn\"><code class=\"language-mermaid\">flowchart LR\nA--&gt;B</code>\
        <div class=\"diagram-view\" role=\"img\" aria-label=\"Diagram\"><svg id=\"specdesk-diagram-1\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" style=\"max-width: 100px;\" aria-roledescription=\"flowchart-v2\">\
        <defs><marker id=\"m1\" refX=\"5\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M 0 0 L 10 5 z\"></path></marker></defs>\
        <g class=\"node\" transform=\"translate(10,10)\" onclick=\"alert(1)\"><rect width=\"20\" height=\"10\" style=\"fill: #f9f; background: url(https://evil.example/x.png)\"></rect>\
        <text text-anchor=\"middle\"><tspan dy=\"1em\">Album</tspan></text></g>\
        <path d=\"M0,0L10,10\" marker-end=\"url(#m1)\"></path>\
        <a href=\"javascript:alert(2)\"><text>link</text></a>\
        <foreignObject><div><img src=\"x\" onerror=\"alert(3)\"></div></foreignObject>\
        <script>alert(4)</script><animate attributeName=\"href\" to=\"javascript:alert(5)\"></animate>\
        <image href=\"https://evil.example/i.png\"></image></svg></div></pre>";

    #[test]
    fn diagrams_stay_inline_svg_and_nothing_can_run() {
        let html = document_html(
            "plan.md",
            DIAGRAM,
            "#specdesk-diagram-1 .node rect{fill:#eee;}</style><script>alert(6)</script>",
        );
        for kept in [
            "<svg id=\"specdesk-diagram-1\"",
            "viewBox=\"0 0 100 50\"",
            "aria-roledescription=\"flowchart-v2\"",
            "<marker id=\"m1\"",
            "marker-end=\"url(#m1)\"",
            "transform=\"translate(10,10)\"",
            "<tspan dy=\"1em\">Album</tspan>",
            "style=\"fill:#f9f\"",
            "style=\"max-width:100px\"",
            "#specdesk-diagram-1 .node rect{fill:#eee;}",
            "class=\"diagram-view\"",
        ] {
            assert!(html.contains(kept), "{kept} lost: {html}");
        }
        let lower = html.to_ascii_lowercase();
        for gone in [
            "<script",
            "onclick",
            "onerror",
            "javascript:",
            "<foreignobject",
            "<img",
            "<image",
            "<animate",
            "evil.example",
            "</style><script",
        ] {
            assert!(!lower.contains(gone), "{gone} survived: {html}");
        }
        assert!(html.contains(&format!("content=\"{EXPORT_CSP}\"")), "{html}");
    }

    #[test]
    fn the_preview_body_keeps_alerts_code_colours_and_checkboxes() {
        let body = "<blockquote data-line=\"1\" class=\"markdown-alert markdown-alert-note\"><p class=\"markdown-alert-title\">Note</p></blockquote>\
            <pre><code class=\"language-ts highlighted\"><span class=\"tok-keyword\">const</span> x = <span class=\"tok-number\">1</span>;</code></pre>\
            <ul><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task\" data-task=\"0\" checked aria-label=\"Ship\"> Ship</li>\
            <li><input type=\"text\" value=\"x\"></li></ul><p style=\"position:fixed\">para</p>";
        let html = clean_body(body);
        assert!(
            html.contains("class=\"markdown-alert markdown-alert-note\""),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"tok-keyword\">const</span>"),
            "{html}"
        );
        assert!(html.contains("type=\"checkbox\""), "{html}");
        assert!(html.contains("checked") && html.contains("disabled"), "{html}");
        assert!(
            !html.contains("type=\"text\"") && !html.contains("position:fixed"),
            "{html}"
        );
    }
}
