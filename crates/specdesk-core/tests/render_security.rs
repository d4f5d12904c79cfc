//! The preview must not run, load or forge anything a document puts in it.
//!
//! Each case is hostile Markdown written for this test, the fragments that must be gone from the
//! rendered HTML (compared case-insensitively) and the harmless text that must survive.

use specdesk_core::render::render_html;

struct Case {
    name: &'static str,
    markdown: &'static str,
    gone: &'static [&'static str],
    kept: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "script block",
        markdown: "Before\n\n<script>alert('x')</script>\n\nAfter text\n",
        gone: &["<script", "alert("],
        kept: &["Before", "After text"],
    },
    Case {
        name: "inline script",
        markdown: "Hello <script>steal()</script> world\n",
        gone: &["<script", "steal()"],
        kept: &["Hello", "world"],
    },
    Case {
        name: "img onerror",
        markdown: "Look <img src=x onerror=alert(1)> here\n",
        gone: &["onerror", "alert(1)"],
        kept: &["Look", "here", "<img"],
    },
    Case {
        name: "javascript link (html)",
        markdown: "<a href=\"javascript:alert(1)\">click me</a>\n",
        gone: &["javascript:", "alert(1)"],
        kept: &["click me"],
    },
    Case {
        name: "javascript link (markdown)",
        markdown: "[harmless label](javascript:alert(1))\n",
        gone: &["javascript:", "href"],
        kept: &["harmless label"],
    },
    Case {
        name: "mixed-case scheme",
        markdown: "[mixed](JaVaScRiPt:alert(1)) and <a href=\"JAVASCRIPT:alert(2)\">upper</a>\n",
        gone: &["javascript:", "href"],
        kept: &["mixed", "upper"],
    },
    Case {
        name: "leading space and control characters before the scheme",
        markdown: "<a href=\" javascript:alert(1)\">spaced</a> <a href=\"&#x09;javascript:alert(2)\">tabbed</a> <a href=\"java&#x0A;script:alert(3)\">split</a>\n",
        gone: &["javascript", "href"],
        kept: &["spaced", "tabbed", "split"],
    },
    Case {
        name: "entity-encoded colon",
        markdown: "<a href=\"javascript&#58;alert(1)\">encoded</a> <a href=\"&#106;avascript:alert(2)\">encoded j</a>\n",
        gone: &["javascript", "href", "alert("],
        kept: &["encoded", "encoded j"],
    },
    Case {
        name: "vbscript and data links",
        markdown: "<a href=\"vbscript:msgbox(1)\">vb</a> [data](data:text/html;base64,PHNjcmlwdD4=)\n",
        gone: &["vbscript", "data:", "href"],
        kept: &["vb", "data"],
    },
    Case {
        name: "data image",
        markdown: "![pixel](data:image/png;base64,iVBORw0KGgo=) <img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"svgdata\">\n",
        gone: &["data:", "onload", "alert("],
        kept: &["pixel"],
    },
    Case {
        name: "svg onload",
        markdown: "<svg onload=\"alert(1)\"><circle r=\"5\"/></svg>\n\nAfter svg\n",
        gone: &["<svg", "onload", "<circle", "alert("],
        kept: &["After svg"],
    },
    Case {
        name: "iframe",
        markdown: "<iframe src=\"https://evil.example/\" srcdoc=\"<script>x()</script>\"></iframe>\n\nframed text\n",
        gone: &["<iframe", "evil.example", "srcdoc", "<script"],
        kept: &["framed text"],
    },
    Case {
        name: "form and inputs",
        markdown: "<form action=\"https://evil.example/post\"><input name=pw type=password><button formaction=x>Send</button></form>\n\nform text\n",
        gone: &["<form", "<input", "action=", "password", "<button"],
        kept: &["form text", "Send"],
    },
    Case {
        name: "object and embed",
        markdown: "<object data=\"evil.swf\">fallback words</object> <embed src=\"evil.swf\">\n",
        gone: &["<object", "<embed", "evil.swf"],
        kept: &["fallback words"],
    },
    Case {
        name: "code that closes its element",
        markdown: "```ts\nconst s = \"</code></pre><script>window.__xss=1</script><img src=x onerror=alert(1)>\";\n```\n",
        gone: &["<script", "<img"],
        kept: &["&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;", "class=\"language-ts\""],
    },
    Case {
        name: "mermaid source stays escaped text for the front end to draw",
        markdown: "```mermaid\n%%{init: {\"securityLevel\": \"loose\"}}%%\nflowchart LR\n  A[\"<img src=x onerror=alert(1)>\"] --> B\n  click A href \"javascript:alert(2)\"\n</code></pre><script>alert(3)</script>\n```\n",
        gone: &["<img", "<script"],
        kept: &["<code class=\"language-mermaid\">", "&lt;img src=x onerror=alert(1)&gt;", "click A href"],
    },
    Case {
        name: "info string that tries to break out of the language class",
        markdown: "```ts\"><script>alert(1)</script>\nconst x = 1;\n```\n\n```<img/src=x/onerror=alert(2)>\nplain\n```\n",
        gone: &["<script", "<img"],
        kept: &["const x = 1;", "plain"],
    },
    Case {
        name: "style element and attribute",
        markdown: "<style>body { display: none }</style>\n\n<p style=\"position:fixed;top:0\">styled para</p>\n",
        gone: &["<style", "display: none", "style=", "position:fixed"],
        kept: &["styled para"],
    },
    Case {
        name: "meta refresh and base",
        markdown: "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n<base href=\"https://evil.example/\">\n\nmeta text\n",
        gone: &["<meta", "http-equiv", "<base", "evil.example"],
        kept: &["meta text"],
    },
    Case {
        name: "link and import elements",
        markdown: "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">\n\nlinked text\n",
        gone: &["<link", "evil.example"],
        kept: &["linked text"],
    },
    Case {
        name: "event handlers on allowed tags",
        markdown: "<details ontoggle=\"alert(1)\" open><summary onclick=\"x()\">Summary here</summary>Body here</details>\n",
        gone: &["ontoggle", "onclick", "alert(", "x()"],
        kept: &["<details", "<summary", "Summary here", "Body here"],
    },
    Case {
        name: "remote html image",
        markdown: "<img src=\"https://tracker.example/p.gif\" alt=\"tracked\"> <img src=\"//tracker.example/q.gif\" alt=\"proto\"> <img src=\"HTTP://tracker.example/r.gif\" alt=\"upper\">\n",
        gone: &["tracker.example"],
        kept: &["<img"],
    },
    Case {
        name: "remote markdown image",
        markdown: "![evil logo](http://evil/x.png) ![other](https://evil/y.png \"t\")\n",
        gone: &["<img", "src=\"http"],
        kept: &["evil logo", "other"],
    },
    Case {
        name: "srcset and background loads",
        markdown: "<img src=\"ok.png\" srcset=\"https://evil.example/a.png 2x\" alt=\"local\"><table background=\"https://evil.example/b.png\"><tr><td>cell</td></tr></table>\n",
        gone: &["srcset", "background", "evil.example"],
        kept: &["ok.png", "cell"],
    },
    Case {
        name: "comment hiding markup",
        markdown: "<!-- <script>alert(1)</script> -->\n\nvisible\n",
        gone: &["<script", "<!--", "alert("],
        kept: &["visible"],
    },
    Case {
        name: "forged id clobbering a global",
        markdown: "<a id=\"location\" name=\"cookie\">anchor</a> <div id=\"h-ok\">div</div>\n",
        gone: &["id=\"location\"", "name="],
        kept: &["id=\"h-location\"", "id=\"h-ok\"", "anchor"],
    },
    Case {
        name: "forged class",
        markdown: "<div class=\"modal-overlay task\">overlay words</div>\n",
        gone: &["modal-overlay", "class="],
        kept: &["overlay words"],
    },
    Case {
        name: "math and mathml",
        markdown: "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math> tail\n",
        gone: &["<math", "xlink", "javascript"],
        kept: &["tail"],
    },
    Case {
        name: "noscript and template tricks",
        markdown: "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">n</p></noscript>\n\n<template><script>t()</script></template>\n\nend\n",
        gone: &["onerror", "alert(", "<script", "<template", "<noscript"],
        kept: &["end"],
    },
];

#[test]
fn hostile_markup_is_neutralised_and_text_survives() {
    let mut failures = Vec::new();
    for case in CASES {
        let html = render_html(case.markdown);
        let lower = html.to_lowercase();
        for bad in case.gone {
            if lower.contains(&bad.to_lowercase()) {
                failures.push(format!("[{}] still contains {bad:?}:\n{html}", case.name));
            }
        }
        for good in case.kept {
            if !html.contains(good) {
                failures.push(format!("[{}] lost {good:?}:\n{html}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn safe_links_keep_their_href_and_get_rel() {
    let html = render_html("[site](https://example.com/a) [mail](mailto:a@b.c) [rel](../plan.md)\n");
    assert!(
        html.contains(r#"<a href="https://example.com/a" rel="noopener noreferrer">site</a>"#),
        "{html}"
    );
    assert!(html.contains(r#"href="mailto:a@b.c""#), "{html}");
    assert!(html.contains(r#"href="../plan.md""#), "{html}");
}

#[test]
fn harmless_raw_html_survives_sanitising() {
    let html = render_html("Press <kbd>Ctrl</kbd>+<kbd>S</kbd><br>next\n\n<details>\n<summary>More</summary>\n\nHidden **bold**\n\n</details>\n");
    for needle in [
        "<kbd>Ctrl</kbd>",
        "<br>",
        "<details>",
        "<summary>More</summary>",
        "<strong>bold</strong>",
    ] {
        assert!(html.contains(needle), "missing {needle}: {html}");
    }
}

#[test]
fn only_real_task_markers_become_checkboxes() {
    let text =
        "- [ ] real\n\n<input type=\"checkbox\" class=\"task\" data-task=\"0\">\n\n`- [x] code span`\n";
    let html = render_html(text);
    assert_eq!(html.matches("<input").count(), 1, "{html}");
    assert!(
        html.contains(r#"<input type="checkbox" class="task" data-task="0" aria-label="real">"#),
        "{html}"
    );
}

#[test]
fn remote_image_alt_text_is_escaped() {
    let html = render_html("![<b>alt</b> & \"q\"](https://x.example/i.png)\n");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("alt"), "{html}");
    assert!(!html.contains("<img"), "{html}");
}
