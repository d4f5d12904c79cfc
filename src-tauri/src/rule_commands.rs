//! The plan rules' documentation for the Problems panel: what a diagnostic's code means, why,
//! an example and the fix (the same text as `specdesk-cli explain` and `docs/rules.md`).

use crate::error::AppError;
use serde::Serialize;
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
    /// The documentation below its title, as sanitized HTML.
    pub html: String,
}

/// The documentation of the rule with `code` (or name); `invalid` for an unknown one.
#[tauri::command]
pub fn rule_help(code: String) -> Result<RuleHelp, AppError> {
    let rule = Rule::from_code_or_name(&code).ok_or_else(|| CoreError::Invalid {
        message: format!("no rule {code:?}"),
    })?;
    Ok(help(rule))
}

fn help(rule: Rule) -> RuleHelp {
    let doc = rule.documentation();
    // The title (`# SD004 missing-header-field`) is the dialog's own.
    let body = doc.split_once('\n').map_or("", |(_, rest)| rest);
    RuleHelp {
        code: rule.code().to_string(),
        name: rule.name().to_string(),
        severity: rule.default_severity().as_str().to_string(),
        html: render_html(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_help_without_its_title_and_unknown_codes_are_refused() {
        for rule in Rule::ALL {
            let help = rule_help(rule.code().to_lowercase()).unwrap();
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
}
