#![doc = include_str!("../../../rules/SD007.md")]
//!
//! ## In the code
//!
//! `Check::check_header` (check.rs) calls `check_spec_link` with each filled Spec (Input) field,
//! then `check_spec_exists` once with all of the template's fields.

use crate::i18n::Message;
use crate::plan::HeaderField;
use crate::template::{ExpectedField, FieldRole};
use crate::validate::check::{percent_decode, Check, Probe};
use crate::validate::rule::Rule;
use std::ops::Range;

impl Check<'_> {
    /// Reports the plan's Spec value `found` when it does not point at this feature's spec.md.
    pub(crate) fn check_spec_link(&mut self, found: &HeaderField) {
        let range = found.value_span.range();
        if self.has_placeholder_in(range.clone()) {
            return;
        }
        let (problem, at) = match self.spec_target(&range) {
            None => (Some(Message::new("diag-sd007-not-spec")), range),
            Some((dest, at)) => (
                spec_target_problem(&dest, self.ctx.feature_dir_name.as_deref()),
                at,
            ),
        };
        if let Some(problem) = problem {
            self.push(Rule::SpecLink, problem.arg("field", &found.name), at, None);
        }
    }

    /// Report a missing spec.md once, at the first spec field that is otherwise fine.
    pub(crate) fn check_spec_exists(&mut self, expected: &[ExpectedField]) {
        let Some(dir) = self.ctx.plan_dir.as_ref() else {
            return;
        };
        if self.probe(dir.join("spec.md")) == Probe::File {
            return;
        }
        let first = expected
            .iter()
            .filter(|f| f.role == FieldRole::Spec)
            .filter_map(|f| self.header_field(f))
            .find(|f| !f.value.trim().is_empty() && !self.has_placeholder_in(f.value_span.range()))
            .map(|f| f.value_span.range());
        if let Some(range) = first {
            self.push(Rule::SpecLink, Message::new("diag-sd007-no-spec"), range, None);
        }
    }

    /// The link destination (or quoted path) in a header value, with its byte range.
    fn spec_target(&self, range: &Range<usize>) -> Option<(String, Range<usize>)> {
        let first = self.plan.links.partition_point(|l| l.span.start < range.start);
        if let Some(link) = self.plan.links.get(first).filter(|l| l.span.end <= range.end) {
            return Some((link.destination.clone(), link.span.range()));
        }
        let value = &self.text[range.clone()];
        if let Some(open) = value.find('`') {
            if let Some(len) = value[open + 1..].find('`') {
                let start = range.start + open + 1;
                return Some((value[open + 1..open + 1 + len].to_string(), start..start + len));
            }
        }
        let mut offset = range.start;
        for word in value.split_inclusive(char::is_whitespace) {
            let w = word.trim_end();
            if w.ends_with(".md") {
                return Some((w.to_string(), offset..offset + w.len()));
            }
            offset += word.len();
        }
        if value.trim_end().ends_with("spec.md") || value.contains('/') {
            return Some((value.trim().to_string(), range.clone()));
        }
        None
    }
}

/// What is wrong with `dest` as the link to this feature's spec.md, if anything (a message
/// still missing its `field`).
fn spec_target_problem(dest: &str, feature_dir: Option<&str>) -> Option<Message> {
    let path = dest.split(['#', '?']).next().unwrap_or("");
    let path = percent_decode(path);
    let parts: Vec<&str> = path
        .split(['/', '\\'])
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    let other_file = || Message::new("diag-sd007-other-file").arg("target", dest);
    let Some(file) = parts.last() else {
        return Some(Message::new("diag-sd007-not-spec"));
    };
    if !file.eq_ignore_ascii_case("spec.md") {
        return Some(other_file());
    }
    if parts.len() == 1 {
        return (path.starts_with('/')).then(other_file);
    }
    let parent = parts[parts.len() - 2];
    match feature_dir {
        Some(dir) if parent != dir => Some(
            Message::new("diag-sd007-other-feature")
                .arg("target", dest)
                .arg("expected", format!("{dir}/spec.md")),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_targets() {
        assert_eq!(spec_target_problem("./spec.md", Some("001-a")), None);
        assert_eq!(spec_target_problem("/specs/001-a/spec.md", Some("001-a")), None);
        assert_eq!(spec_target_problem("specs/001-a/spec.md", Some("001-a")), None);
        assert!(spec_target_problem("../002-b/spec.md", Some("001-a")).is_some());
        assert!(spec_target_problem("./plan.md", Some("001-a")).is_some());
    }
}
