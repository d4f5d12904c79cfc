#![doc = include_str!("../../../rules/SD003.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) calls `check_placeholders` once, over the whole plan: the
//! placeholders the parser found, then the template's own placeholder texts copied verbatim
//! (outside code blocks and comments), then the template's code-block placeholders left in a
//! code block. What lies in inline code (`Check::in_inline_code`, check.rs) is code unless it
//! is a token.

use crate::i18n::Message;
use crate::plan::{classify_placeholder, PlaceholderKind};
use crate::template::{in_ranges, is_link_syntax};
use crate::validate::check::Check;
use crate::validate::rule::Rule;
use std::ops::Range;

impl Check<'_> {
    /// Reports every placeholder left in the plan, worded by its kind.
    pub(crate) fn check_placeholders(&mut self) {
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
            let id = match kind {
                Some(PlaceholderKind::NeedsClarification) => "diag-sd003-unresolved",
                Some(PlaceholderKind::Example) => "diag-sd003-example",
                Some(PlaceholderKind::Prose) => "diag-sd003-instruction",
                Some(PlaceholderKind::Token) | None => "diag-sd003-placeholder",
            };
            let message = Message::new(id).arg("text", written);
            self.push(Rule::UnfilledPlaceholder, message, range, None);
        }
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
}

/// `1.` / `2)`: an ordered-list marker.
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(['.', ')']);
    digits.len() < word.len() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}
