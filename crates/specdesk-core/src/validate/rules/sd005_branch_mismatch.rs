#![doc = include_str!("../../../rules/SD005.md")]
//!
//! ## In the code
//!
//! `Check::check_header` (check.rs) calls `check_branch` with the plan's filled Branch field.
//! The branch is the value's first backquoted part, else its first word
//! (`branch_token`, check.rs, shared with SD016).

use crate::i18n::Message;
use crate::plan::HeaderField;
use crate::repo::folder_name::FolderName;
use crate::template::ExpectedField;
use crate::validate::check::{branch_token, Check};
use crate::validate::rule::Rule;
use regex::Regex;
use std::sync::OnceLock;

impl Check<'_> {
    /// Reports the plan's Branch value `found` when it does not name the feature folder, with the
    /// branch the template's form gives (`field`) as the fix.
    pub(crate) fn check_branch(&mut self, found: &HeaderField, field: &ExpectedField) {
        let Some(dir) = self.ctx.feature_dir_name.clone() else {
            return;
        };
        if self.has_placeholder_in(found.value_span.range()) {
            return;
        }
        let Some(token) = branch_token(self.text, found.value_span.range()) else {
            return;
        };
        let branch = &self.text[token.clone()];
        if branch_matches(branch, &dir) {
            return;
        }
        let suggested = suggested_branch(&field.template_value, &dir);
        let fix = self.replace_fix(
            Message::new("fix-use-branch").arg("branch", &suggested),
            token.clone(),
            suggested,
        );
        self.push(
            Rule::BranchMismatch,
            Message::new("diag-sd005-branch-mismatch")
                .arg("branch", branch)
                .arg("folder", dir),
            token,
            Some(fix),
        );
    }
}

/// Accepted forms of a branch for feature folder `dir` (as seen in real spec-kit repos):
/// `001-photo-albums`, `feature/001-photo-albums`, `feature/photo-albums`, or the trunk
/// (`main`, …) for teams that plan without feature branches.
fn branch_matches(branch: &str, dir: &str) -> bool {
    let branch = branch.trim().to_lowercase();
    let dir = dir.to_lowercase();
    let last = branch.rsplit('/').next().unwrap_or(&branch);
    let slug = FolderName::parse(&dir).slug;
    last == dir || last == slug || matches!(branch.as_str(), "main" | "master" | "trunk" | "develop")
}

/// The branch the template's form gives for `dir` (`feature/[###-feature-name]` →
/// `feature/001-x`).
fn suggested_branch(template_value: &str, dir: &str) -> String {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    let re = TOKEN.get_or_init(|| Regex::new(r"\[[^\]]*\]").unwrap());
    let v = template_value.trim().trim_matches('`');
    if re.is_match(v) {
        re.replace(v, regex::NoExpand(dir)).into_owned()
    } else {
        dir.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_forms() {
        assert!(branch_matches("001-photo-albums", "001-photo-albums"));
        assert!(branch_matches("feature/001-photo-albums", "001-photo-albums"));
        assert!(branch_matches("feature/photo-albums", "001-photo-albums"));
        assert!(branch_matches("main", "001-photo-albums"));
        assert!(!branch_matches("002-other", "001-photo-albums"));
        assert_eq!(
            suggested_branch("feature/[###-feature-name]", "001-x"),
            "feature/001-x"
        );
    }
}
