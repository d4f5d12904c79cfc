//! The plan rules' documentation for the Problems panel: what a diagnostic's code means, why,
//! an example and the fix (the same text as `specdesk-cli explain` and `docs/rules.md`), in the
//! interface's language.

use crate::error::AppError;
use serde::Serialize;
use specdesk_core::i18n::{Locale, Localizer};
use specdesk_core::render::render_html;
use specdesk_core::validate::Rule;
use specdesk_core::CoreError;

/// One rule's documentation, rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleHelp {
    /// `SD004`.
    pub code: String,
    /// `missing-header-field`.
    pub name: String,
    /// `error` or `warning`: the rule's default severity.
    pub severity: String,
    /// The severity's name in the interface's language (`오류`).
    pub severity_label: String,
    /// What the rule checks, in one sentence, in the interface's language.
    pub summary: String,
    /// The documentation below its title, as sanitized HTML.
    pub html: String,
}

/// The documentation of the rule with `code` (or name); `invalid` for an unknown one.
#[tauri::command]
pub fn rule_help(code: String) -> Result<RuleHelp, AppError> {
    let rule = Rule::from_code_or_name(&code).ok_or_else(|| CoreError::Invalid {
        message: format!("no rule {code:?}"),
    })?;
    Ok(help(rule, crate::locale_commands::effective()))
}

fn help(rule: Rule, locale: Locale) -> RuleHelp {
    let doc = rule.documentation_in(locale);
    // The title (`# SD004 missing-header-field`) is the dialog's own.
    let body = doc.split_once('\n').map_or("", |(_, rest)| rest);
    let severity = rule.default_severity().as_str();
    RuleHelp {
        code: rule.code().to_string(),
        name: rule.name().to_string(),
        severity: severity.to_string(),
        severity_label: Localizer::new(locale).text(&format!("rule-severity-{severity}")),
        summary: rule.summary(locale),
        html: render_html(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_help_without_its_title_and_unknown_codes_are_refused() {
        for rule in Rule::ALL {
            assert!(rule_help(rule.code().to_lowercase()).is_ok());
            let help = help(rule, Locale::En);
            assert_eq!(
                (help.code.as_str(), help.name.as_str()),
                (rule.code(), rule.name())
            );
            assert!(help.html.contains("What it checks"), "{}", help.html);
            assert!(
                !help.html.contains("<h1"),
                "the title is the dialog's: {}",
                help.html
            );
        }
        let refused = rule_help("SD999".into()).map_err(|e| e.to_ipc().code);
        assert_eq!(refused, Err(crate::error::ErrorCode::Invalid));
    }

    #[test]
    fn help_is_in_the_language_asked_for() {
        let korean = help(Rule::MissingSection, Locale::Ko);
        assert!(korean.html.contains("검사 내용"), "{}", korean.html);
        assert_eq!(korean.severity, "error");
        assert_eq!(korean.severity_label, "오류");
        assert!(korean.summary.contains("섹션"), "{}", korean.summary);
        let japanese = help(Rule::TableCells, Locale::Ja);
        assert!(japanese.html.contains("チェック内容"), "{}", japanese.html);
        let chinese = help(Rule::BrokenLink, Locale::ZhHans);
        assert!(chinese.html.contains("检查内容"), "{}", chinese.html);
        assert_eq!(
            help(Rule::BrokenLink, Locale::En).summary,
            Rule::BrokenLink.description()
        );
    }
}
