#![doc = include_str!("../../../rules/SD011.md")]
//!
//! ## In the code
//!
//! `Check::check_labels` (check.rs) looks for each of the template's labels of a section
//! (`match_label`, matching.rs) and hands the labeled line found to `empty_label`; a label found
//! nowhere is SD010's.

use crate::i18n::Message;
use crate::template::{ExpectedLabel, LabelLine};
use crate::validate::check::Check;
use crate::validate::rule::Rule;
use std::ops::Range;

impl Check<'_> {
    /// The plan's labeled line `line` for the template's label `want`: reported when it has
    /// neither a value nor lines below it.
    pub(crate) fn empty_label(
        &self,
        want: &ExpectedLabel,
        line: &LabelLine,
    ) -> Option<(Rule, Message, Range<usize>)> {
        (line.value.is_empty() && !line.has_body).then(|| {
            (
                Rule::EmptyLabel,
                Message::new("diag-sd011-empty-label").arg("label", &want.label),
                line.line.clone(),
            )
        })
    }
}
