//! What the app tells the interface about its language ([`UiLocale`]): the locale in effect, the
//! user's setting, the system's locale and the languages to choose from.

use super::Locale;
use serde::{Deserialize, Serialize};

/// A language to choose, named in itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LocaleChoice {
    /// `en`, `ko`, `ja`, `zh-Hans`.
    pub tag: String,
    /// "English", "한국어", "日本語", "简体中文".
    pub name: String,
}

/// The interface's language: what `ui_locale` answers and `locale-changed` carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UiLocale {
    /// The locale in effect: the user's setting, else the system's.
    pub locale: String,
    /// The user's choice; `null` follows the system.
    pub setting: Option<String>,
    /// The system's locale, as the interface would follow it.
    pub system: String,
    /// Every language, each named in itself.
    pub available: Vec<LocaleChoice>,
}

impl UiLocale {
    /// The state for the user's `setting` (`None`: follow the system) and the `system` locale.
    pub fn new(setting: Option<Locale>, system: Locale) -> UiLocale {
        UiLocale {
            locale: setting.unwrap_or(system).tag().to_string(),
            setting: setting.map(|l| l.tag().to_string()),
            system: system.tag().to_string(),
            available: Locale::ALL
                .iter()
                .map(|l| LocaleChoice {
                    tag: l.tag().to_string(),
                    name: l.native_name(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_wins_over_the_system() {
        let ui = UiLocale::new(Some(Locale::Ja), Locale::Ko);
        let json = serde_json::to_value(&ui).unwrap_or_default();
        assert_eq!(json["locale"], "ja");
        assert_eq!(json["setting"], "ja");
        assert_eq!(json["system"], "ko");
        assert_eq!(json["available"][3]["tag"], "zh-Hans");
        assert_eq!(json["available"][3]["name"], "简体中文");
        let follow = UiLocale::new(None, Locale::ZhHans);
        assert_eq!(follow.locale, "zh-Hans");
        assert_eq!(follow.setting, None);
    }
}
