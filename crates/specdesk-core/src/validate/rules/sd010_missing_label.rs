#![doc = include_str!("../../../rules/SD010.md")]
//!
//! ## In the code
//!
//! `Check::check_labels` (check.rs) looks for each of the template's labels of a section among
//! the section's labeled lines and table rows (`match_label`, matching.rs), and hands one found
//! nowhere to `missing_label`; one found is SD011's.

use crate::i18n::Message;
use crate::template::{ExpectedLabel, ExpectedSection};
use crate::validate::check::Check;
use crate::validate::rule::Rule;
use std::ops::Range;

impl Check<'_> {
    /// The template's label `want` of section `exp` is nowhere in the section whose heading
    /// starts at `heading`: reported (at the heading) when the template requires it.
    pub(crate) fn missing_label(
        &self,
        exp: &ExpectedSection,
        want: &ExpectedLabel,
        heading: usize,
    ) -> Option<(Rule, Message, Range<usize>)> {
        want.required.then(|| {
            (
                Rule::MissingLabel,
                Message::new("diag-sd010-missing-label")
                    .arg("label", self.shown(&want.label, want.concept))
                    .arg("section", &exp.name),
                self.heading_range_at(heading),
            )
        })
    }
}
