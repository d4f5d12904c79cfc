#![doc = include_str!("../../../rules/SD017.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) pairs the template's sections with the plan's (matching.rs) and asks
//! `check_follows_template` whether the plan follows the template; when it does not, what is
//! missing is not reported part by part: no missing header field (SD004), and none of the
//! section rules run (SD001, SD002, SD014 and the rules on a section's content).

use crate::i18n::Message;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// False, after one [`Rule::NotFollowingTemplate`] diagnostic, when the plan has fewer
    /// than a third of the template's required sections (of at least three): the per-section
    /// and per-field reports would only repeat it.
    pub(crate) fn check_follows_template(&mut self, matches: &[Option<usize>]) -> bool {
        let expected = &self.template.expected.sections;
        let required: Vec<usize> = (0..expected.len()).filter(|&i| expected[i].required).collect();
        let found: Vec<usize> = required
            .iter()
            .copied()
            .filter(|&i| matches[i].is_some())
            .collect();
        if required.len() < 3 || found.len() * 3 >= required.len() {
            return true;
        }
        let names = |list: &mut dyn Iterator<Item = usize>| -> Vec<String> {
            list.map(|i| self.shown(&expected[i].name, expected[i].concept))
                .collect()
        };
        let present = names(&mut found.iter().copied());
        let missing = names(&mut required.iter().copied().filter(|i| !found.contains(i)));
        let message = if present.is_empty() {
            Message::new("diag-sd017-not-following")
        } else {
            Message::new("diag-sd017-not-following-found").arg("present", present)
        };
        let message = message
            .arg("found", found.len())
            .arg("required", required.len())
            .arg("missing", missing);
        let range = self.plan.title.as_ref().map(|t| t.span.range()).unwrap_or(0..0);
        self.push(Rule::NotFollowingTemplate, message, range, None);
        false
    }
}
