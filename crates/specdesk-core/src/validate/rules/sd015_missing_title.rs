#![doc = include_str!("../../../rules/SD015.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) calls `check_title` first.

use crate::i18n::Message;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// Reports a plan without an H1 title when the template has one, with the template's title to
    /// insert (after the front matter, if any).
    pub(crate) fn check_title(&mut self) {
        let Some(expected) = self.template.expected.title.clone() else {
            return;
        };
        if self.plan.title.is_some() {
            return;
        }
        let at = self
            .plan
            .front_matter
            .as_ref()
            .map(|f| self.line_after(f.span.end))
            .unwrap_or(0);
        let fix = self.insert_fix(Message::new("fix-insert-title"), at, format!("# {expected}\n\n"));
        self.push(
            Rule::MissingTitle,
            Message::new("diag-sd015-missing-title").arg("title", &expected),
            at..at,
            Some(fix),
        );
    }
}
