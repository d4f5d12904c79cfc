//! A structural check of the preview's HTML: what the webview will be given must not be able to
//! run code, load anything from the network, navigate the app to Tauri's own endpoints or forge
//! SpecDesk's own controls.
//!
//! The sanitizer serializes its output canonically (every attribute `name="value"`, every `<`
//! of text escaped), so a small tokenizer is enough: any `<` starts a tag, and a `<` that does not
//! is itself a finding.

/// Elements the preview may contain: none of them runs script or loads a document.
const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "area",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "i",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "map",
    "mark",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Attributes the preview may contain (values of some are checked further below).
const ALLOWED_ATTRIBUTES: &[&str] = &[
    "abbr",
    "align",
    "alt",
    "aria-label",
    "char",
    "charoff",
    "checked",
    "cite",
    "class",
    "colspan",
    "coords",
    "data-line",
    "data-task",
    "datetime",
    "dir",
    "disabled",
    "headers",
    "height",
    "href",
    "hreflang",
    "id",
    "lang",
    "open",
    "rel",
    "reversed",
    "rowspan",
    "scope",
    "shape",
    "size",
    "span",
    "src",
    "start",
    "summary",
    "tabindex",
    "title",
    "type",
    "value",
    "width",
];

/// Attributes holding a URL.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite"];

/// URL schemes a link may use (the app opens them outside the webview).
const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Classes SpecDesk's own markup uses (anything else was forged by the document).
const KNOWN_CLASSES: &[&str] = &[
    "front-matter",
    "footnote-definition",
    "footnote-definition-label",
    "footnote-reference",
    "task-list-item",
    "image-blocked",
    "task",
    "markdown-alert",
    "markdown-alert-title",
    "markdown-alert-note",
    "markdown-alert-tip",
    "markdown-alert-important",
    "markdown-alert-warning",
    "markdown-alert-caution",
];

/// One tag of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub closing: bool,
    /// Attribute names (lower-case) and their decoded values.
    pub attributes: Vec<(String, String)>,
}

/// Every problem found in `html`, each a readable sentence; empty when the HTML is safe.
pub fn problems(html: &str) -> Vec<String> {
    let (tags, mut out) = tokenize(html);
    for tag in &tags {
        check_tag(tag, &mut out);
    }
    out
}

/// The number of `<input>` elements (SpecDesk's task checkboxes) in `html`.
pub fn inputs(html: &str) -> usize {
    tokenize(html)
        .0
        .iter()
        .filter(|t| t.name == "input" && !t.closing)
        .count()
}

/// Split the serialized HTML into tags; malformed spots are reported as problems.
pub fn tokenize(html: &str) -> (Vec<Tag>, Vec<String>) {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    while let Some(found) = html[i..].find('<') {
        let start = i + found;
        let mut j = start + 1;
        let closing = bytes.get(j) == Some(&b'/');
        if closing {
            j += 1;
        }
        let name_len = html[j..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
            .count();
        if name_len == 0 || !bytes[j].is_ascii_alphabetic() {
            problems.push(format!(
                "unescaped '<' at byte {start}: {:?}",
                excerpt(html, start)
            ));
            i = start + 1;
            continue;
        }
        let name = html[j..j + name_len].to_ascii_lowercase();
        j += name_len;
        let mut attributes = Vec::new();
        loop {
            while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
                j += 1;
            }
            match bytes.get(j) {
                None => {
                    problems.push(format!("unterminated tag <{name} at byte {start}"));
                    return (tags, problems);
                }
                Some(b'>') => {
                    j += 1;
                    break;
                }
                Some(b'/') if bytes.get(j + 1) == Some(&b'>') => {
                    j += 2;
                    break;
                }
                _ => {}
            }
            let attr_len = html[j..]
                .bytes()
                .take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
                .count();
            if attr_len == 0 {
                problems.push(format!("odd byte in <{name}> at {j}: {:?}", excerpt(html, start)));
                j += 1;
                continue;
            }
            let attr = html[j..j + attr_len].to_ascii_lowercase();
            j += attr_len;
            let mut value = String::new();
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                if bytes.get(j) != Some(&b'"') {
                    problems.push(format!(
                        "unquoted value of {attr} in <{name}>: {:?}",
                        excerpt(html, start)
                    ));
                } else {
                    let Some(end) = html[j + 1..].find('"') else {
                        problems.push(format!("unterminated value of {attr} in <{name}>"));
                        return (tags, problems);
                    };
                    value = decode_entities(&html[j + 1..j + 1 + end]);
                    j += end + 2;
                }
            }
            attributes.push((attr, value));
        }
        tags.push(Tag {
            name,
            closing,
            attributes,
        });
        i = j;
    }
    (tags, problems)
}

fn check_tag(tag: &Tag, out: &mut Vec<String>) {
    if !ALLOWED_TAGS.contains(&tag.name.as_str()) {
        out.push(format!("element <{}> is not allowed", tag.name));
    }
    if tag.closing {
        return;
    }
    for (attr, value) in &tag.attributes {
        if !ALLOWED_ATTRIBUTES.contains(&attr.as_str()) {
            out.push(format!(
                "attribute {attr}={value:?} on <{}> is not allowed",
                tag.name
            ));
            continue;
        }
        if URL_ATTRIBUTES.contains(&attr.as_str()) {
            if let Some(problem) = url_problem(&tag.name, attr, value) {
                out.push(format!("<{} {attr}={value:?}>: {problem}", tag.name));
            }
        }
        match attr.as_str() {
            "id" if !value.starts_with("h-") => out.push(format!(
                "id {value:?} is not prefixed (could clobber a DOM global)"
            )),
            "class" => {
                for class in value.split_ascii_whitespace() {
                    let language =
                        matches!(tag.name.as_str(), "code" | "pre") && class.starts_with("language-");
                    if !KNOWN_CLASSES.contains(&class) && !language {
                        out.push(format!(
                            "class {class:?} on <{}> was forged by the document",
                            tag.name
                        ));
                    }
                }
            }
            // A code block in the tab order (it may scroll), nothing else, never first.
            "tabindex" if tag.name != "pre" || value != "0" => out.push(format!(
                "tabindex={value:?} on <{}>: only <pre tabindex=\"0\"> is SpecDesk's",
                tag.name
            )),
            "data-line" | "data-task" if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) => {
                out.push(format!("{attr}={value:?} is not a number"))
            }
            _ => {}
        }
    }
    if tag.name == "input" {
        check_checkbox(tag, out);
    }
}

/// The only input SpecDesk emits: `<input type="checkbox" class="task" (data-task="N"|disabled)[ checked] aria-label="…">`.
fn check_checkbox(tag: &Tag, out: &mut Vec<String>) {
    let has = |name: &str, value: &str| tag.attributes.iter().any(|(a, v)| a == name && v == value);
    let names: Vec<&str> = tag.attributes.iter().map(|(a, _)| a.as_str()).collect();
    let shape_ok = has("type", "checkbox")
        && has("class", "task")
        && names.iter().all(|n| {
            matches!(
                *n,
                "type" | "class" | "data-task" | "disabled" | "checked" | "aria-label"
            )
        });
    if !shape_ok {
        out.push(format!("input that is not SpecDesk's task checkbox: {tag:?}"));
    }
}

/// Why the browser could do something harmful with this URL, if it could.
pub fn url_problem(element: &str, attr: &str, value: &str) -> Option<String> {
    // What a browser does before parsing: strip leading/trailing C0 controls and spaces, remove
    // every tab and newline.
    let trimmed = value.trim_matches(|c: char| c <= ' ');
    let url: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let lower = url.to_ascii_lowercase();
    let image = element == "img" && attr == "src";
    if let Some(scheme) = scheme_of(&lower) {
        if !ALLOWED_SCHEMES.contains(&scheme) {
            return Some(format!("scheme {scheme:?} is not allowed"));
        }
        if image && matches!(scheme, "http" | "https") {
            return Some("an image loaded from the network".into());
        }
        if let Some(host) = host_of(&lower[scheme.len() + 1..]) {
            if is_tauri_internal_host(&host) {
                return Some(format!("reaches the app's internal host {host:?}"));
            }
        }
        return None;
    }
    let mut leading = lower.chars().take_while(|c| matches!(c, '/' | '\\'));
    if leading.next().is_some() && leading.next().is_some() {
        return Some("protocol-relative URL (leaves the app's origin)".into());
    }
    None
}

/// `javascript` for `javascript:…`; `None` for relative URLs.
fn scheme_of(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// The host of an http(s) URL after its `scheme:`, as a browser reads it: slashes and
/// backslashes skipped, user info and port dropped, percent-escapes decoded, trailing dot gone.
fn host_of(rest: &str) -> Option<String> {
    let rest = rest.trim_start_matches(['/', '\\']);
    let authority = rest.split(['/', '\\', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?;
    // IDNA maps these look-alike full stops to '.'.
    let decoded = percent_decode(host)
        .to_lowercase()
        .replace(['\u{FF0E}', '\u{3002}', '\u{FF61}'], ".");
    let host = decoded.trim_end_matches('.');
    (!host.is_empty()).then(|| host.to_string())
}

/// Hosts under which Tauri serves the app, its IPC and its custom protocols
/// (`http://ipc.localhost`, `http://tauri.localhost`, `http://asset.localhost`, …).
pub fn is_tauri_internal_host(host: &str) -> bool {
    host.ends_with(".localhost")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decode the entities a serializer writes in attribute values.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(semi) = rest.find(';').filter(|n| *n <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn excerpt(html: &str, at: usize) -> String {
    html[at..].chars().take(60).collect()
}

#[cfg(test)]
mod self_tests {
    use super::*;

    #[test]
    fn the_checker_flags_what_it_must() {
        for bad in [
            "<script>x</script>",
            "<img src=\"x\" onerror=\"y\">",
            "<a href=\"javascript:x\">a</a>",
            "<a href=\"&#106;avascript:x\">a</a>",
            "<a href=\" java\tscript:x\">a</a>",
            "<a href=\"http://ipc.localhost/x\">a</a>",
            "<a href=\"HTTP:\\\\IPC.LOCALHOST./x\">a</a>",
            "<a href=\"http://ipc%2elocalhost/\">a</a>",
            "<a href=\"http://ipc%EF%BC%8Elocalhost/\">a</a>",
            "<a href=\"http://user@ipc.localhost:80/\">a</a>",
            "<a href=\"//evil.example\">a</a>",
            "<a href=\"/\\evil.example\">a</a>",
            "<img src=\"https://evil.example/x.png\">",
            "<p style=\"x\">p</p>",
            "<div id=\"location\">d</div>",
            "<div class=\"modal\">d</div>",
            "<input type=\"text\">",
            "a < b",
            "<svg></svg>",
            "<a href=\"#h-x\" tabindex=\"0\">x</a>",
            "<pre data-line=\"2\" tabindex=\"-1\">x</pre>",
        ] {
            assert!(!problems(bad).is_empty(), "not flagged: {bad}");
        }
        for good in [
            "<p data-line=\"1\">a &lt; b</p>",
            "<a href=\"https://example.com/a\" rel=\"noopener noreferrer\">x</a>",
            "<a href=\"../plan.md\">x</a><a href=\"#h-x\">y</a>",
            "<a href=\"http://localhost:3000\">dev server</a>",
            "<img src=\"diagram.png\" alt=\"d\">",
            "<input type=\"checkbox\" class=\"task\" data-task=\"3\" checked aria-label=\"T003 Ship\">",
            "<pre data-line=\"2\"><code class=\"language-rust\">x</code></pre>",
            "<pre data-line=\"2\" tabindex=\"0\"><code>x</code></pre>",
        ] {
            assert!(problems(good).is_empty(), "flagged: {good}: {:?}", problems(good));
        }
    }
}
