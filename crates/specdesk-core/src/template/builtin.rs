//! The templates compiled into SpecDesk, for repositories that have no plan template, and the
//! choice between them for each plan.
//!
//! - Lite (`templates/plan-template-lite.md`): SpecDesk's short seed, what new features get.
//! - spec-kit's standard template (`templates/plan-template.md`, copied unchanged from GitHub's
//!   spec-kit under its MIT licence, `templates/LICENSE-spec-kit`): what most real plans
//!   follow.
//!
//! A plan is checked against the one whose H2 sections it shares the larger part of. A tie
//! (typically a plan that follows neither, e.g. with translated headings) goes to spec-kit's
//! template: it is what real plans are written from, and it asks for fewer sections; a plan
//! made from Lite carries Lite's own sections and never ties. This is a cheap line scan, not a
//! parse: it runs for every plan of a template-less repository before the plan is validated.

use super::{loose_key, Template, TemplateSource};
use std::sync::OnceLock;

/// The built-in "Lite" plan template.
pub const LITE_TEMPLATE: &str = include_str!("../../templates/plan-template-lite.md");

/// spec-kit's standard plan template (MIT, see `templates/LICENSE-spec-kit`).
pub const FULL_TEMPLATE: &str = include_str!("../../templates/plan-template.md");

/// [`LITE_TEMPLATE`], parsed once.
pub fn lite() -> &'static Template {
    static LITE: OnceLock<Template> = OnceLock::new();
    LITE.get_or_init(|| Template::from_text(LITE_TEMPLATE.to_string(), TemplateSource::BuiltinLite))
}

/// [`FULL_TEMPLATE`], parsed once.
pub fn full() -> &'static Template {
    static FULL: OnceLock<Template> = OnceLock::new();
    FULL.get_or_init(|| Template::from_text(FULL_TEMPLATE.to_string(), TemplateSource::BuiltinFull))
}

/// The built-in template `plan` (a plan's text) follows: the one with the larger share of its
/// H2 sections present in the plan; spec-kit's when they tie (also when it follows neither).
pub fn for_plan(plan: &str) -> &'static Template {
    let headings = h2_keys(plan);
    let share = |keys: &[String]| {
        if keys.is_empty() {
            return 0.0;
        }
        let found = keys.iter().filter(|k| headings.contains(k)).count();
        found as f64 / keys.len() as f64
    };
    // The templates' keys once per process, not once per plan.
    static LITE_KEYS: OnceLock<Vec<String>> = OnceLock::new();
    static FULL_KEYS: OnceLock<Vec<String>> = OnceLock::new();
    // From the texts, not the parsed templates: a repository whose plans all follow Lite never
    // parses spec-kit's (the same keys: `builtin_keys_are_the_templates_sections`).
    let lite_keys = LITE_KEYS.get_or_init(|| h2_keys(LITE_TEMPLATE));
    let full_keys = FULL_KEYS.get_or_init(|| h2_keys(FULL_TEMPLATE));
    if share(lite_keys) > share(full_keys) {
        lite()
    } else {
        full()
    }
}

/// The [`loose_key`]s of the ATX H2 headings of `text` outside fenced code blocks.
fn h2_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut fence: Option<(u8, usize)> = None;
    // Lines by memchr's iterator (`str::lines` searches afresh from each newline; this runs on
    // every plan of a repository without a template).
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        let line = &text[start..end];
        start = end + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let indent = line.len() - line.trim_start_matches(' ').len();
        let trimmed = &line[indent..];
        if indent <= 3 {
            let marker = trimmed.as_bytes().first().copied();
            if let Some(m @ (b'`' | b'~')) = marker {
                let run = trimmed.bytes().take_while(|&b| b == m).count();
                if run >= 3 {
                    match fence {
                        None => fence = Some((m, run)),
                        Some((open, len)) if open == m && run >= len && trimmed[run..].trim().is_empty() => {
                            fence = None
                        }
                        Some(_) => {}
                    }
                    continue;
                }
            }
        }
        if fence.is_some() || indent > 3 {
            continue;
        }
        let Some(rest) = trimmed.strip_prefix("##") else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
            continue;
        }
        let heading = rest.trim().trim_end_matches('#').trim();
        keys.push(loose_key(heading));
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The [`loose_key`]s of a template's H2 sections.
    fn section_keys(t: &Template) -> Vec<String> {
        t.expected.sections.iter().map(|s| loose_key(&s.name)).collect()
    }

    #[test]
    fn builtin_keys_are_the_templates_sections() {
        assert_eq!(h2_keys(LITE_TEMPLATE), section_keys(lite()));
        assert_eq!(h2_keys(FULL_TEMPLATE), section_keys(full()));
        assert!(h2_keys(FULL_TEMPLATE).len() >= 5);
    }

    #[test]
    fn h2_headings_outside_code_blocks() {
        let text = "# T\n## Summary\n```text\n## Not a heading\n```\n   ## Technical Context ##\n###  Deeper\n##NoSpace\n~~~~\n## in tilde\n~~~\nstill\n~~~~\n## Project Structure (updated)\n";
        assert_eq!(
            h2_keys(text),
            ["summary", "technical context", "project structure"]
        );
    }

    #[test]
    fn each_plan_gets_the_built_in_it_follows() {
        let full_plan = "# Implementation Plan: X\n\n## Summary\n\n## Technical Context\n\n## Constitution Check\n\n## Project Structure\n";
        assert_eq!(for_plan(full_plan).source, TemplateSource::BuiltinFull);
        let lite_plan = "# Implementation Plan (Lite): X\n\n## Execution Flow (Lite)\n\n## Summary\n\n## Technical Snapshot\n\n## Status Checklist\n";
        assert_eq!(for_plan(lite_plan).source, TemplateSource::BuiltinLite);
        // Neither (translated headings): spec-kit's, which asks for fewer sections.
        assert_eq!(
            for_plan("# Plan\n\n## Phases\n").source,
            TemplateSource::BuiltinFull
        );
        // Only the section both have: a larger share of spec-kit's (1 of 5, not 1 of 8).
        assert_eq!(for_plan("## Summary\n").source, TemplateSource::BuiltinFull);
        // One Lite-only section tips it.
        assert_eq!(
            for_plan("## Summary\n## Work Breakdown\n").source,
            TemplateSource::BuiltinLite
        );
        assert_eq!(for_plan(FULL_TEMPLATE).source, TemplateSource::BuiltinFull);
        assert_eq!(for_plan(LITE_TEMPLATE).source, TemplateSource::BuiltinLite);
    }
}
