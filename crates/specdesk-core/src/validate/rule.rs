//! The [`Rule`] enum: every rule's stable code, kebab-case name, default severity, description
//! and documentation. What each rule checks is in its own file, `rules/sdNNN_<name>.rs`.

use crate::diagnostic::Severity;
use crate::i18n::{Locale, Localizer};

/// Every rule's documentation in every language: `rules/<code>.md` (English, the source of
/// `docs/rules.md`) and its translations `rules/<tag>/<code>.md`, in [`Rule::ALL`] order and,
/// within a rule, in [`Locale::ALL`] order.
macro_rules! documentation {
    ($($code:literal),* $(,)?) => {
        [$([
            include_str!(concat!("../../rules/", $code, ".md")),
            include_str!(concat!("../../rules/ko/", $code, ".md")),
            include_str!(concat!("../../rules/ja/", $code, ".md")),
            include_str!(concat!("../../rules/zh-Hans/", $code, ".md")),
        ]),*]
    };
}

const DOCUMENTATION: [[&str; 4]; 17] = documentation!(
    "SD001", "SD002", "SD003", "SD004", "SD005", "SD006", "SD007", "SD008", "SD009", "SD010", "SD011",
    "SD012", "SD013", "SD014", "SD015", "SD016", "SD017",
);

/// A validation rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    MissingSection,
    SectionOrder,
    UnfilledPlaceholder,
    MissingHeaderField,
    BranchMismatch,
    InvalidDate,
    SpecLink,
    TableHeader,
    TableCells,
    MissingLabel,
    EmptyLabel,
    ChecklistItem,
    BrokenLink,
    MissingSubsection,
    MissingTitle,
    UnknownBranch,
    NotFollowingTemplate,
}

impl Rule {
    /// Every rule, in code order.
    pub const ALL: [Rule; 17] = [
        Rule::MissingSection,
        Rule::SectionOrder,
        Rule::UnfilledPlaceholder,
        Rule::MissingHeaderField,
        Rule::BranchMismatch,
        Rule::InvalidDate,
        Rule::SpecLink,
        Rule::TableHeader,
        Rule::TableCells,
        Rule::MissingLabel,
        Rule::EmptyLabel,
        Rule::ChecklistItem,
        Rule::BrokenLink,
        Rule::MissingSubsection,
        Rule::MissingTitle,
        Rule::UnknownBranch,
        Rule::NotFollowingTemplate,
    ];

    /// The stable code, e.g. `SD001`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::MissingSection => "SD001",
            Rule::SectionOrder => "SD002",
            Rule::UnfilledPlaceholder => "SD003",
            Rule::MissingHeaderField => "SD004",
            Rule::BranchMismatch => "SD005",
            Rule::InvalidDate => "SD006",
            Rule::SpecLink => "SD007",
            Rule::TableHeader => "SD008",
            Rule::TableCells => "SD009",
            Rule::MissingLabel => "SD010",
            Rule::EmptyLabel => "SD011",
            Rule::ChecklistItem => "SD012",
            Rule::BrokenLink => "SD013",
            Rule::MissingSubsection => "SD014",
            Rule::MissingTitle => "SD015",
            Rule::UnknownBranch => "SD016",
            Rule::NotFollowingTemplate => "SD017",
        }
    }

    /// The kebab-case name, e.g. `missing-section`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::MissingSection => "missing-section",
            Rule::SectionOrder => "section-order",
            Rule::UnfilledPlaceholder => "unfilled-placeholder",
            Rule::MissingHeaderField => "missing-header-field",
            Rule::BranchMismatch => "branch-mismatch",
            Rule::InvalidDate => "invalid-date",
            Rule::SpecLink => "spec-link",
            Rule::TableHeader => "table-header",
            Rule::TableCells => "table-cells",
            Rule::MissingLabel => "missing-label",
            Rule::EmptyLabel => "empty-label",
            Rule::ChecklistItem => "checklist-item",
            Rule::BrokenLink => "broken-link",
            Rule::MissingSubsection => "missing-subsection",
            Rule::MissingTitle => "missing-title",
            Rule::UnknownBranch => "unknown-branch",
            Rule::NotFollowingTemplate => "not-following-template",
        }
    }

    /// The severity policy (docs/rules.md): an error means the plan is broken for its readers
    /// or tools (no title, a required section truly absent, a malformed table, a plan that does
    /// not follow the template at all); what is left to fill or tidy is a warning; a fact worth
    /// knowing that may be fine (a branch deleted after merging) is information.
    pub fn default_severity(self) -> Severity {
        match self {
            Rule::MissingSection | Rule::TableCells | Rule::MissingTitle | Rule::NotFollowingTemplate => {
                Severity::Error
            }
            Rule::UnknownBranch => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// One sentence saying what the rule checks.
    pub fn description(self) -> &'static str {
        match self {
            Rule::MissingSection => {
                "An H2 section the template requires is missing (sections the template marks as conditional may be omitted)."
            }
            Rule::SectionOrder => "A template section appears out of the template's order.",
            Rule::UnfilledPlaceholder => {
                "A template placeholder is left: [FEATURE], [DATE], [link], [e.g., …], bracketed template prose, NEEDS CLARIFICATION, or any placeholder text copied verbatim from the template."
            }
            Rule::MissingHeaderField => {
                "A header field of the template (e.g. **Branch**, **Date**) is missing or has no value."
            }
            Rule::BranchMismatch => "The Branch value does not name this feature's folder.",
            Rule::InvalidDate => "The Date value is not an ISO 8601 date (YYYY-MM-DD).",
            Rule::SpecLink => {
                "The Spec/Input field does not point at this feature's spec.md, or spec.md does not exist."
            }
            Rule::TableHeader => {
                "A table's header differs from the template's table in the same section (extra columns are allowed)."
            }
            Rule::TableCells => "A table row has a different number of cells from its header.",
            Rule::MissingLabel => "A labeled line the template requires (e.g. **Goal**) is missing from its section.",
            Rule::EmptyLabel => "A labeled line of the template (e.g. **Goal**) is present but empty.",
            Rule::ChecklistItem => "A status-checklist item of the template is missing or was renamed.",
            Rule::BrokenLink => "A relative link points at a file that does not exist.",
            Rule::MissingSubsection => "An H3 subsection the template requires is missing from its section.",
            Rule::MissingTitle => "The plan has no H1 title although the template has one.",
            Rule::UnknownBranch => {
                "The Branch value names a branch that does not exist in the local git repository (checked only when git information is available and the repository has local branches)."
            }
            Rule::NotFollowingTemplate => {
                "The plan shares almost none of the template's required sections: one diagnostic says how much of the template it follows, instead of one per missing part."
            }
        }
    }

    /// [`Rule::description`] in `locale` (`rule-sdNNN-summary`).
    pub fn summary(self, locale: Locale) -> String {
        Localizer::new(locale).text(&format!("rule-{}-summary", self.code().to_ascii_lowercase()))
    }

    /// The rule's documentation in `locale` (`rules/<tag>/<code>.md`; English is
    /// [`Rule::documentation`]): what `specdesk-cli explain` prints and the app's rule help shows.
    pub fn documentation_in(self, locale: Locale) -> &'static str {
        let rule = Rule::ALL.iter().position(|r| *r == self).unwrap_or(0);
        let language = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        DOCUMENTATION[rule][language]
    }

    /// The rule's documentation (Markdown: what it checks, why, an example and the fix), from
    /// `crates/specdesk-core/rules/<code>.md`: what `specdesk-cli explain` prints and
    /// `docs/rules.md` collects.
    pub fn documentation(self) -> &'static str {
        match self {
            Rule::MissingSection => include_str!("../../rules/SD001.md"),
            Rule::SectionOrder => include_str!("../../rules/SD002.md"),
            Rule::UnfilledPlaceholder => include_str!("../../rules/SD003.md"),
            Rule::MissingHeaderField => include_str!("../../rules/SD004.md"),
            Rule::BranchMismatch => include_str!("../../rules/SD005.md"),
            Rule::InvalidDate => include_str!("../../rules/SD006.md"),
            Rule::SpecLink => include_str!("../../rules/SD007.md"),
            Rule::TableHeader => include_str!("../../rules/SD008.md"),
            Rule::TableCells => include_str!("../../rules/SD009.md"),
            Rule::MissingLabel => include_str!("../../rules/SD010.md"),
            Rule::EmptyLabel => include_str!("../../rules/SD011.md"),
            Rule::ChecklistItem => include_str!("../../rules/SD012.md"),
            Rule::BrokenLink => include_str!("../../rules/SD013.md"),
            Rule::MissingSubsection => include_str!("../../rules/SD014.md"),
            Rule::MissingTitle => include_str!("../../rules/SD015.md"),
            Rule::UnknownBranch => include_str!("../../rules/SD016.md"),
            Rule::NotFollowingTemplate => include_str!("../../rules/SD017.md"),
        }
    }

    /// Every rule's documentation in one Markdown page (`docs/rules.md`, `specdesk-cli rules
    /// --format markdown`).
    pub fn reference_page() -> String {
        // The introduction: the severity policy, what is never reported, turning rules off.
        let mut page = String::from(include_str!("../../rules/README.md"));
        for rule in Rule::ALL {
            // One level down: the rule's title becomes an H2, its parts H3 (not the headings
            // inside its examples).
            let mut doc = rule.documentation().replacen("# ", "## ", 1);
            for part in RULE_DOC_PARTS {
                doc = doc.replace(&format!("\n## {part}\n"), &format!("\n### {part}\n"));
            }
            page.push('\n');
            page.push_str(&doc);
        }
        page
    }

    /// The rule with this code (`SD001`) or name (`missing-section`), case-insensitive.
    pub fn from_code_or_name(s: &str) -> Option<Rule> {
        Rule::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(s) || r.name().eq_ignore_ascii_case(s))
    }
}

/// The parts of every rule's documentation, in order.
const RULE_DOC_PARTS: [&str; 4] = ["What it checks", "Why", "Example", "Fix"];

#[cfg(test)]
mod rule_documentation_tests {
    use super::*;

    #[test]
    fn every_rule_is_documented_under_its_code_name_and_severity() {
        for rule in Rule::ALL {
            let doc = rule.documentation();
            let severity = rule.default_severity().as_str();
            assert!(
                doc.starts_with(&format!("# {} {}\n", rule.code(), rule.name())),
                "{doc}"
            );
            assert!(
                doc.contains(&format!("Default severity: {severity}.")),
                "{}",
                rule.code()
            );
            let mut at = 0;
            for part in RULE_DOC_PARTS {
                let found = doc[at..].find(&format!("\n## {part}\n"));
                assert!(found.is_some(), "{}: no `## {part}` in order", rule.code());
                at += found.unwrap_or(0) + 1;
            }
        }
    }

    #[test]
    fn the_reference_page_has_every_rule_once_and_keeps_example_headings() {
        let page = Rule::reference_page();
        for rule in Rule::ALL {
            assert_eq!(
                page.matches(&format!("\n## {} {}\n", rule.code(), rule.name()))
                    .count(),
                1
            );
        }
        assert!(
            page.contains("\n## Summary\n"),
            "an example's heading was rewritten"
        );
        assert_eq!(page.matches("\n### Fix\n").count(), Rule::ALL.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fenced code blocks of a Markdown text (the examples: plans, never translated).
    fn code_blocks(doc: &str) -> Vec<&str> {
        doc.split("```").skip(1).step_by(2).collect()
    }

    #[test]
    fn every_translation_of_the_documentation_has_the_english_shape() {
        for rule in Rule::ALL {
            let english = rule.documentation_in(Locale::En);
            assert_eq!(english, rule.documentation());
            let parts = english.matches("\n## ").count();
            for locale in [Locale::Ko, Locale::Ja, Locale::ZhHans] {
                let doc = rule.documentation_in(locale);
                let file = format!("rules/{}/{}.md", locale.tag(), rule.code());
                assert!(
                    doc.starts_with(&format!("# {} {}\n\n", rule.code(), rule.name())),
                    "{file}: the title stays `# CODE name`"
                );
                assert_eq!(
                    doc.matches("\n## ").count(),
                    parts,
                    "{file}: one heading per part"
                );
                assert_eq!(
                    code_blocks(doc),
                    code_blocks(english),
                    "{file}: examples stay as they are"
                );
                let severity = format!("rule-severity-{}", rule.default_severity().as_str());
                let named = Localizer::new(locale).text(&severity);
                assert!(
                    doc.lines().nth(2).is_some_and(|l| l.contains(&named)),
                    "{file}: severity {named}"
                );
                assert!(!doc.contains("What it checks"), "{file} is not translated");
            }
        }
    }

    #[test]
    fn summaries_are_the_descriptions_in_english() {
        for rule in Rule::ALL {
            assert_eq!(rule.summary(Locale::En), rule.description(), "{}", rule.code());
            let korean = rule.summary(Locale::Ko);
            assert!(
                !korean.is_empty() && korean != rule.description(),
                "{}",
                rule.code()
            );
        }
    }

    #[test]
    fn codes_and_names_are_unique_and_stable() {
        let mut codes: Vec<_> = Rule::ALL.iter().map(|r| r.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), Rule::ALL.len());
        assert_eq!(Rule::MissingSection.code(), "SD001");
        assert_eq!(Rule::from_code_or_name("table-cells"), Some(Rule::TableCells));
        assert_eq!(Rule::from_code_or_name("sd003"), Some(Rule::UnfilledPlaceholder));
        assert!(Rule::ALL
            .iter()
            .all(|r| r.name().chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    }
}
