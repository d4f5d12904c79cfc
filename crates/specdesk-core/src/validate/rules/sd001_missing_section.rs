#![doc = include_str!("../../../rules/SD001.md")]
//!
//! ## In the code
//!
//! `Check::check_sections` (check.rs) pairs the template's H2 sections with the plan's
//! (matching.rs) and hands each one left unpaired to `check_missing_section`, with where it
//! goes: after the previous template section present, else before the next one.

use crate::i18n::Message;
use crate::template::ExpectedSection;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// The template's H2 section `exp` is not in the plan: reported when the template requires
    /// it, with the template's skeleton of it to insert at `at`.
    pub(crate) fn check_missing_section(&mut self, exp: &ExpectedSection, at: usize) {
        if !exp.required {
            return;
        }
        let fix = self.insert_section_fix(exp, at);
        let name = self.shown(&exp.name, exp.concept);
        let message = Message::new("diag-sd001-missing-section").arg("name", name);
        self.push(Rule::MissingSection, message, at..at, Some(fix));
    }
}
