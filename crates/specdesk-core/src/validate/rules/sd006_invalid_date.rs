#![doc = include_str!("../../../rules/SD006.md")]
//!
//! ## In the code
//!
//! `Check::check_header` (check.rs) calls `check_date` with the plan's filled Date field.

use crate::i18n::Message;
use crate::plan::HeaderField;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// Reports the plan's Date value `found` when it does not start with a `YYYY-MM-DD` date, with
    /// the ISO form as the fix when the date is unambiguous.
    pub(crate) fn check_date(&mut self, found: &HeaderField) {
        let range = found.value_span.range();
        if self.has_placeholder_in(range.clone()) || leading_iso_date(&found.value) {
            return;
        }
        let fix = reformat_date(&found.value).map(|iso| {
            self.replace_fix(
                Message::new("fix-write-date").arg("date", &iso),
                range.clone(),
                iso,
            )
        });
        self.push(
            Rule::InvalidDate,
            Message::new("diag-sd006-invalid-date").arg("value", &found.value),
            range,
            fix,
        );
    }
}

/// True when `value` starts with a valid `YYYY-MM-DD` date (a note may follow:
/// `2026-07-21 (revised 2026-07-22)`).
fn leading_iso_date(value: &str) -> bool {
    let v = value.trim().trim_matches('`');
    let Some(date) = v.get(..10) else { return false };
    let rest = &v[10..];
    let shaped = date.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    shaped
        && chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
        && !rest.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// `value` as an ISO date, when it is an unambiguous date in another common format.
fn reformat_date(value: &str) -> Option<String> {
    let v = value.trim().trim_matches('`').trim();
    const FORMATS: [&str; 7] = [
        "%Y/%m/%d",
        "%Y.%m.%d",
        "%B %d, %Y",
        "%b %d, %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%Y%m%d",
    ];
    FORMATS
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(v, f).ok())
        .map(|d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(leading_iso_date("2025-01-02"));
        assert!(leading_iso_date("2026-07-21 (revised 2026-07-22)"));
        assert!(leading_iso_date("2026-08-03, revised 2026-08-05"));
        assert!(!leading_iso_date("2025-02-30"));
        assert!(!leading_iso_date("Jan 2, 2025"));
        assert_eq!(reformat_date("Jan 2, 2025").as_deref(), Some("2025-01-02"));
        assert_eq!(reformat_date("2025/01/02").as_deref(), Some("2025-01-02"));
        assert_eq!(reformat_date("02/01/2025"), None);
    }
}
