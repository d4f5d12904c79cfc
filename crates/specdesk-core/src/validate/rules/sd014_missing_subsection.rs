#![doc = include_str!("../../../rules/SD014.md")]
//!
//! ## In the code
//!
//! `Check::check_section_content` (check.rs) pairs a template section's H3 subsections with the
//! plan section's (matching.rs) and hands each one left unpaired to `check_missing_subsection`,
//! with where it goes. The fix is SD001's: the template's skeleton of it.

use crate::i18n::Message;
use crate::template::ExpectedSection;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// The template's H3 subsection `exp` of section `parent` is not in the plan's section:
    /// reported when the template requires it, with the template's skeleton of it to insert
    /// at `at`.
    pub(crate) fn check_missing_subsection(&mut self, exp: &ExpectedSection, at: usize, parent: &str) {
        if !exp.required {
            return;
        }
        let fix = self.insert_section_fix(exp, at);
        let name = self.shown(&exp.name, exp.concept);
        let message = Message::new("diag-sd014-missing-subsection")
            .arg("name", name)
            .arg("parent", parent);
        self.push(Rule::MissingSubsection, message, at..at, Some(fix));
    }
}
