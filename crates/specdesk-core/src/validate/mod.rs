//! Validation: check a plan against a [`Template`] and report [`Diagnostic`]s with stable codes.
//!
//! Every rule is a [`Rule`] with a stable code (`SD001`…), a kebab-case name, a default severity
//! and a description (the CLI documents them from [`Rule::ALL`]). [`validate_plan`] parses the
//! plan once and runs every rule; each diagnostic points at the exact bytes concerned (for a
//! missing section: the empty span where it should go) and carries a fix when one is obvious.
//!
//! The rules only know what the template says: section names, labels, tables and checklist
//! items all come from [`crate::template::Expected`], so templates in any language work.
//!
//! # Where things are
//!
//! As in markdownlint (`lib/md0xx.js`) and ruff (`rules/…`), a rule is found by its code: each
//! rule has one file, `rules/sdNNN_<name>.rs`, holding its documentation (the Markdown of
//! `crates/specdesk-core/rules/SDNNN.md`, which `Rule::documentation` embeds and
//! `docs/rules.md` collects), the code that decides and words its diagnostic, and its tests.
//!
//! | file | what it holds |
//! |---|---|
//! | `mod.rs` | the public API: [`validate_plan`], [`validate_file`], [`PlanContext`] |
//! | `rule.rs` | the [`Rule`] enum: codes, names, severities, descriptions, documentation |
//! | `check.rs` | the `Check` driver: the parsed plan, which rule runs when, diagnostics and fixes, helpers several rules share (positions, header fields, placeholders, the disk) |
//! | `matching.rs` | which plan section, label or column is the template's: [`similarity`] and section matching |
//! | `rules/sd001_missing_section.rs` … `rules/sd017_not_following_template.rs` | one rule each |
//!
//! The driver runs the rules in this order: the title (SD015); section matching and whether
//! the plan follows the template at all (SD017); the header fields (SD004, SD005, SD016, SD006,
//! SD007); when the plan follows the template, its sections (SD002 order, SD001 missing, and
//! in each section its tables SD008, labels SD010/SD011, checklist SD012 and subsections
//! SD014); then every table's cells (SD009), placeholders (SD003) and relative links (SD013).
//! [`validate_plan`] sorts the result by position, so the order rules run in does not show.

mod check;
mod matching;
mod rule;
mod rules;

pub use matching::similarity;
pub use rule::Rule;

use crate::config::RuleLevels;
use crate::diagnostic::Diagnostic;
use crate::error::{CoreError, Result};
use crate::repo::folder_name::FolderName;
use crate::template::Template;
use check::Check;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the plan lives, for the rules that look beyond its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanContext {
    /// The feature folder's name, e.g. `001-photo-albums` (branch and spec-link checks).
    pub feature_dir_name: Option<String>,
    /// The absolute folder of the plan (relative links and spec.md are resolved against it).
    pub plan_dir: Option<PathBuf>,
    /// The git repository's local branches (see [`crate::git::local_branches`]), for the
    /// unknown-branch rule; `None` (no git information) keeps that rule silent.
    pub local_branches: Option<Arc<[String]>>,
    /// The rule levels of the repository's `specdesk.toml` ([`crate::config`]).
    pub rules: RuleLevels,
}

impl PlanContext {
    /// The context of a plan file at `path`: its folder, and the folder's name when it is a
    /// feature folder (`NNN-slug`).
    pub fn for_plan_path(path: &Path) -> PlanContext {
        let plan_dir = path.parent().map(Path::to_path_buf);
        let feature_dir_name = plan_dir
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| FolderName::parse(n).is_numbered());
        PlanContext {
            feature_dir_name,
            plan_dir,
            local_branches: None,
            rules: RuleLevels::default(),
        }
    }

    /// This context with the rule levels of the repository's configuration.
    pub fn with_rules(mut self, rules: RuleLevels) -> PlanContext {
        self.rules = rules;
        self
    }

    /// This context with the git repository's local branches (`None`: no git information).
    pub fn with_local_branches(mut self, branches: Option<Arc<[String]>>) -> PlanContext {
        self.local_branches = branches;
        self
    }
}

/// Check `text` (a plan) against `template`. Diagnostics are sorted by position, then code;
/// those the plan's `specdesk-disable` comments turn off are left out ([`crate::suppress`]),
/// and the configuration's rule levels are applied ([`PlanContext::rules`]).
pub fn validate_plan(text: &str, template: &Template, ctx: &PlanContext) -> Vec<Diagnostic> {
    let mut check = Check::new(text, template, ctx);
    check.run();
    let out = crate::suppress::apply(&check.plan.comments, check.out);
    let mut out = ctx.rules.apply(out);
    out.sort_by(|a, b| (a.span.start, &a.code, a.span.end).cmp(&(b.span.start, &b.code, b.span.end)));
    out
}

/// Read the plan at `path` and validate it with the context of its location.
pub fn validate_file(path: &Path, template: &Template) -> Result<Vec<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|e| CoreError::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| CoreError::not_utf8(path, e.as_bytes()))?;
    Ok(validate_plan(&text, template, &PlanContext::for_plan_path(path)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn diagnostics_are_english_and_localize_with_their_fix() {
        let template = Template::builtin_lite();
        let plan = template.text.replace("## Validation Strategy\n", "");
        let ds = validate_plan(&plan, &template, &PlanContext::default());
        let missing = ds.iter().find(|d| d.code == "SD001").expect("a missing section");
        assert!(
            missing.message.starts_with("Missing section “"),
            "{}",
            missing.message
        );
        let korean = missing.localized(Locale::Ko);
        assert!(korean.message.contains("섹션이 없습니다"), "{}", korean.message);
        let title = korean.fix.as_ref().map(|f| f.title.as_str()).unwrap_or("");
        assert!(title.starts_with("템플릿에서 “"), "{title}");
        let japanese = missing.localized(Locale::Ja);
        assert!(
            japanese.message.starts_with("セクション「"),
            "{}",
            japanese.message
        );
        let chinese = missing.localized(Locale::ZhHans);
        assert!(chinese.message.starts_with("缺少章节“"), "{}", chinese.message);
        // The same words, whatever the language; English back again.
        assert_eq!(korean.localized(Locale::En), *missing);
        assert_eq!(korean.code, missing.code);
        assert_eq!(korean.span, missing.span);
        // The JSON stays English and never shows the message's id.
        let json = serde_json::to_string(&korean.localized(Locale::En)).unwrap_or_default();
        assert_eq!(json, serde_json::to_string(missing).unwrap_or_default());
        assert!(!json.contains("l10n") && !json.contains("diag-sd001"), "{json}");
    }

    mod robustness {
        use super::super::*;
        use crate::template::TemplateSource;
        use proptest::prelude::*;

        const FRAGMENTS: &[&str] = &[
            "# Plan: [FEATURE]\n",
            "## Summary\n",
            "## 요약\n",
            "### 준비\n",
            "## Status Checklist\n",
            "- **Goal**: x\n",
            "- **Goal**:\n",
            "**Users**:",
            "| a | b |\n",
            "|---|---|\n",
            "| 1 | 2 | 3 |\n",
            "- [ ] item\n",
            "- [x] Summary captures\n",
            "```\n",
            "[e.g., x]",
            "NEEDS CLARIFICATION",
            "`",
            "**Branch**: `x` | **Date**: 2025-13-01\n",
            "**Spec**: [s](../x/spec.md)\n",
            "\r\n",
            "\n",
            "\n\n",
            "한글",
            "😀",
            "[",
            "]",
            "(",
            ")",
            "<!-- ",
            " -->",
            "---\n",
            "> **Fill ONLY if**\n",
            "*",
            "|",
            "[link]",
            "[주요 사용자]",
            "[x](./missing.md)",
            "  ",
            "1. ",
            "\\",
        ];

        fn assert_valid(text: &str, ds: &[Diagnostic]) {
            for d in ds {
                let spans = std::iter::once(&d.span)
                    .chain(d.fix.iter().flat_map(|f| f.edits.iter().map(|e| &e.span)));
                for span in spans {
                    assert!(span.start <= span.end && span.end <= text.len(), "{d:?}");
                    assert!(
                        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                        "{d:?}"
                    );
                }
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]
            #[test]
            fn never_panics_and_spans_stay_valid(
                parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60),
                noise in "\\PC{0,20}",
            ) {
                let text = format!("{}{noise}", parts.concat());
                let korean = Template::from_text(
                    "# 계획: [기능 이름]\n\n**날짜**: [YYYY-MM-DD]\n\n## 요약\n- **목표**: [목표]\n\n### 준비\n[준비]\n\n## 상태 점검표\n- [ ] 요약 완료\n".into(),
                    TemplateSource::BuiltinLite,
                );
                let ctx = PlanContext {
                    feature_dir_name: Some("001-a".into()),
                    plan_dir: Some(std::env::temp_dir().join("specdesk-no-such-dir")),
                    local_branches: None,
                    rules: Default::default(),
                };
                for template in [Template::builtin_lite(), korean] {
                    let ds = validate_plan(&text, &template, &ctx);
                    assert_valid(&text, &ds);
                    let template_ds = validate_plan(&template.text, &template, &ctx);
                    assert_valid(&template.text, &template_ds);
                }
            }
        }
    }
}
