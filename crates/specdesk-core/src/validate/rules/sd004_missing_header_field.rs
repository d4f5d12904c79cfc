#![doc = include_str!("../../../rules/SD004.md")]
//!
//! ## In the code
//!
//! `Check::check_header` (check.rs) looks up each of the template's header fields in the plan
//! (`Check::header_field`): one not found goes to `check_missing_field` (only when the plan
//! follows the template, SD017), one found without a value to `check_empty_field`; a filled one
//! is checked by its role (SD005, SD016, SD006, SD007).

use crate::i18n::Message;
use crate::plan::HeaderField;
use crate::template::ExpectedField;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// The template's header `field` is not in the plan: reported when the template requires
    /// it, with the template's line to insert after the last header line (or the title).
    pub(crate) fn check_missing_field(&mut self, field: &ExpectedField) {
        if !field.required {
            return;
        }
        // The field goes on its own paragraph after the last header line (or the title).
        let anchor = self
            .plan
            .header_fields
            .last()
            .map(|f| f.span.end)
            .or(self.plan.title.as_ref().map(|t| t.span.end))
            .unwrap_or(0);
        let at = self.line_end(anchor);
        let fix = self.insert_fix(
            Message::new("fix-insert-header-field").arg("name", &field.name),
            at,
            format!("\n\n{}", field.template_source.trim_end()),
        );
        self.push(
            Rule::MissingHeaderField,
            Message::new("diag-sd004-missing-field")
                .arg("name", self.shown(&field.name, field.concept))
                .arg("template", &field.template_source),
            at..at,
            Some(fix),
        );
    }

    /// The plan's header field `found` for the template's `field` has no value: reported when
    /// the template requires one.
    pub(crate) fn check_empty_field(&mut self, found: &HeaderField, field: &ExpectedField) {
        if !field.required {
            return;
        }
        self.push(
            Rule::MissingHeaderField,
            Message::new("diag-sd004-empty-field")
                .arg("name", &found.name)
                .arg("template", &field.template_value),
            found.span.range(),
            None,
        );
    }
}
