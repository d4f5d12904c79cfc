#![doc = include_str!("../../../rules/SD015.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) calls `check_title` first.

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
        let fix = self.insert_fix(
            "Insert the template's title".to_string(),
            at,
            format!("# {expected}\n\n"),
        );
        self.push(
            Rule::MissingTitle,
            format!("The plan has no title; the template starts with “# {expected}”"),
            at..at,
            Some(fix),
        );
    }
}
