#![doc = include_str!("../../../rules/SD016.md")]
//!
//! ## In the code
//!
//! `Check::check_header` (check.rs) calls `check_branch_exists` with the plan's filled Branch
//! field, after SD005's `check_branch`. The branch is the value's first backquoted part, else
//! its first word (`branch_token`, check.rs).

use crate::i18n::Message;
use crate::plan::HeaderField;
use crate::validate::check::{branch_token, Check};
use crate::validate::rule::Rule;

impl Check<'_> {
    /// The unknown-branch rule: the Branch value names no local git branch. Silent without git
    /// information, in a repository without any local branch (a detached CI checkout), and for
    /// values that are not a single branch-like word.
    pub(crate) fn check_branch_exists(&mut self, found: &HeaderField) {
        let Some(branches) = self.ctx.local_branches.clone() else {
            return;
        };
        if branches.is_empty() || self.has_placeholder_in(found.value_span.range()) {
            return;
        }
        let Some(token) = branch_token(self.text, found.value_span.range()) else {
            return;
        };
        let branch = self.text[token.clone()].to_string();
        if !looks_like_branch_name(&branch) || branches.contains(&branch) {
            return;
        }
        self.push(
            Rule::UnknownBranch,
            Message::new("diag-sd016-unknown-branch").arg("branch", branch),
            token,
            None,
        );
    }
}

/// Whether `word` could be a git branch name (not prose like `N/A` or `(none)`).
fn looks_like_branch_name(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with(['-', '/', '.', '('])
        && !word.ends_with(['/', '.', ')', ','])
        && !word.contains("..")
        && !word.eq_ignore_ascii_case("n/a")
        && word
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"~^:?*[\\".contains(c))
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Diagnostic, Severity};
    use crate::template::Template;
    use crate::validate::{validate_plan, PlanContext, Rule};

    fn unknown_branch_diagnostics(plan: &str, branches: Option<&[&str]>) -> Vec<Diagnostic> {
        let ctx = PlanContext {
            feature_dir_name: Some("002-share-albums".to_string()),
            plan_dir: None,
            local_branches: None,
            rules: Default::default(),
        }
        .with_local_branches(branches.map(|b| b.iter().map(|s| s.to_string()).collect()));
        validate_plan(plan, &Template::builtin_lite(), &ctx)
            .into_iter()
            .filter(|d| d.code == Rule::UnknownBranch.code())
            .collect()
    }

    #[test]
    fn unknown_branch_is_reported_only_with_git_information() {
        let plan = |branch: &str| {
            format!("# Implementation Plan (Lite): Share\n\n**Branch**: {branch} | **Date**: 2026-03-09 | **Spec**: [spec.md](./spec.md)\n")
        };
        let local: &[&str] = &["001-albums", "main"];
        let found = unknown_branch_diagnostics(&plan("`002-share-albums`"), Some(local));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, "unknown-branch");
        assert_eq!(found[0].severity, Severity::Info);
        assert!(
            found[0].message.contains("“002-share-albums”"),
            "{}",
            found[0].message
        );
        let text = plan("`002-share-albums`");
        assert_eq!(&text[found[0].span.range()], "002-share-albums");

        // The branch exists; no git information; a CI checkout without local branches.
        let with_it: &[&str] = &["002-share-albums", "main"];
        assert!(unknown_branch_diagnostics(&text, Some(with_it)).is_empty());
        assert!(unknown_branch_diagnostics(&text, None).is_empty());
        assert!(unknown_branch_diagnostics(&text, Some(&[])).is_empty());
        // Placeholders and prose are not branch names.
        assert!(unknown_branch_diagnostics(&plan("`[###-feature-name]`"), Some(local)).is_empty());
        assert!(unknown_branch_diagnostics(&plan("N/A"), Some(local)).is_empty());
        // A plain (unquoted) value is checked too.
        assert_eq!(
            unknown_branch_diagnostics(&plan("feature/002-share-albums"), Some(local)).len(),
            1
        );
        assert_eq!(Rule::from_code_or_name("SD016"), Some(Rule::UnknownBranch));
    }
}
