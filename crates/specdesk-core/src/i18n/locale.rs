//! The languages SpecDesk speaks ([`Locale`]) and which one to use: from the user's preferences
//! ([`Locale::negotiate`]) or from the environment as gettext reads it ([`Locale::from_env`]).

use serde::{Deserialize, Serialize};

/// A language SpecDesk is written in. Its tag is the BCP 47 tag of its `locales/<tag>.ftl`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Locale {
    /// English: the source language and the fallback.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Korean.
    #[serde(rename = "ko")]
    Ko,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

/// Every locale with its tag, in the order the language menus list them.
const TAGS: [(Locale, &str); 4] = [
    (Locale::En, "en"),
    (Locale::Ko, "ko"),
    (Locale::Ja, "ja"),
    (Locale::ZhHans, "zh-Hans"),
];

/// Chinese subtags (script or region) that mean Traditional Chinese: never answered with the
/// Simplified translation.
const TRADITIONAL_CHINESE: [&str; 4] = ["hant", "tw", "hk", "mo"];

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Ko, Locale::Ja, Locale::ZhHans];

    /// The BCP 47 tag: `en`, `ko`, `ja`, `zh-Hans`.
    pub fn tag(self) -> &'static str {
        TAGS.iter().find(|(l, _)| *l == self).map_or("en", |(_, t)| t)
    }

    /// The locale whose tag is exactly `tag` (case-insensitive): `zh-hans` → [`Locale::ZhHans`].
    pub fn from_tag(tag: &str) -> Option<Locale> {
        TAGS.iter()
            .find(|(_, t)| t.eq_ignore_ascii_case(tag))
            .map(|(l, _)| *l)
    }

    /// The language's name in itself ("English", "한국어", "日本語", "简体中文"), from its own
    /// messages (`lang-name`).
    pub fn native_name(self) -> String {
        super::Localizer::new(self).text("lang-name")
    }

    /// The locale for one preference, POSIX (`ko_KR.UTF-8`, `zh_CN@euro`) or BCP 47
    /// (`zh-Hans-SG`); `None` for languages SpecDesk is not written in, `C`, `POSIX` and
    /// Traditional Chinese.
    pub fn matching(preference: &str) -> Option<Locale> {
        let tag = preference
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-")
            .to_ascii_lowercase();
        let mut parts = tag.split('-').filter(|p| !p.is_empty());
        let language = parts.next()?;
        if language == "zh" {
            let rest: Vec<&str> = parts.collect();
            return (!rest.iter().any(|p| TRADITIONAL_CHINESE.contains(p))).then_some(Locale::ZhHans);
        }
        Locale::ALL
            .into_iter()
            .find(|l| l != &Locale::ZhHans && l.tag() == language)
    }

    /// The first of `preferences` SpecDesk speaks, else English.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Locale {
        preferences
            .into_iter()
            .find_map(Locale::matching)
            .unwrap_or(Locale::En)
    }

    /// The system's locale as gettext finds it, with `var` reading the environment: the locale
    /// of messages is the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`; unless it is `C` or
    /// `POSIX` (or nothing is set), the `LANGUAGE` list (`ko:ja`) comes before it.
    pub fn from_env_with(var: impl Fn(&str) -> Option<String>) -> Locale {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let messages = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"));
        let Some(messages) = messages else {
            return Locale::En;
        };
        let base = messages.split(['.', '@']).next().unwrap_or("");
        if base == "C" || base == "POSIX" {
            return Locale::En;
        }
        let language = set("LANGUAGE").unwrap_or_default();
        Locale::negotiate(language.split(':').chain(std::iter::once(messages.as_str())))
    }

    /// The system's locale, from this process's environment (see [`Locale::from_env_with`]).
    pub fn from_env() -> Locale {
        Locale::from_env_with(|name| std::env::var(name).ok())
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> Locale {
        Locale::from_env_with(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn tags_round_trip_and_serialize_as_tags() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(serde_json::to_value(locale).unwrap(), locale.tag());
        }
        assert_eq!(Locale::from_tag("ZH-hans"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("ko_KR"), None);
        assert_eq!(Locale::ZhHans.to_string(), "zh-Hans");
    }

    #[test]
    fn posix_and_bcp47_preferences() {
        assert_eq!(Locale::matching("ko_KR.UTF-8"), Some(Locale::Ko));
        assert_eq!(Locale::matching("ja_JP.UTF-8"), Some(Locale::Ja));
        assert_eq!(Locale::matching("ja-JP"), Some(Locale::Ja));
        assert_eq!(Locale::matching("en_US.UTF-8"), Some(Locale::En));
        assert_eq!(Locale::matching("zh_CN.UTF-8"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("zh_SG"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("zh-Hans-SG"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("zh"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("de_DE@euro"), None);
        assert_eq!(Locale::matching("C"), None);
        assert_eq!(Locale::matching(""), None);
    }

    #[test]
    fn traditional_chinese_is_not_answered_with_simplified() {
        for tag in ["zh_TW.UTF-8", "zh_HK", "zh-Hant", "zh-Hant-CN", "zh_MO"] {
            assert_eq!(Locale::matching(tag), None, "{tag}");
        }
        assert_eq!(Locale::negotiate(["zh_TW", "ja_JP"]), Locale::Ja);
        assert_eq!(Locale::negotiate(["zh_TW"]), Locale::En);
    }

    #[test]
    fn the_environment_as_gettext_reads_it() {
        assert_eq!(env(&[("LANG", "ko_KR.UTF-8")]), Locale::Ko);
        assert_eq!(env(&[("LANG", "ja_JP.UTF-8")]), Locale::Ja);
        assert_eq!(env(&[("LANG", "zh_CN.UTF-8")]), Locale::ZhHans);
        assert_eq!(env(&[("LANG", "C.UTF-8")]), Locale::En);
        assert_eq!(env(&[("LANG", "POSIX")]), Locale::En);
        assert_eq!(env(&[("LANG", "")]), Locale::En);
        assert_eq!(env(&[]), Locale::En);
        assert_eq!(env(&[("LANG", "fr_FR.UTF-8")]), Locale::En);
        // LC_ALL before LC_MESSAGES before LANG.
        assert_eq!(
            env(&[("LANG", "ko_KR.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")]),
            Locale::Ja
        );
        assert_eq!(
            env(&[
                ("LANG", "ko_KR.UTF-8"),
                ("LC_MESSAGES", "ja_JP.UTF-8"),
                ("LC_ALL", "zh_CN.UTF-8")
            ]),
            Locale::ZhHans
        );
        assert_eq!(env(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "C")]), Locale::En);
        assert_eq!(env(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "")]), Locale::Ko);
    }

    #[test]
    fn the_language_list_comes_first_unless_the_locale_is_c() {
        let list = |language: &str, lang: &str| env(&[("LANGUAGE", language), ("LANG", lang)]);
        assert_eq!(list("ja:ko", "ko_KR.UTF-8"), Locale::Ja);
        assert_eq!(list("fr:zh_CN:ko", "en_US.UTF-8"), Locale::ZhHans);
        assert_eq!(
            list("fr:de", "ko_KR.UTF-8"),
            Locale::Ko,
            "none of the list: the locale"
        );
        assert_eq!(list("ja", "C"), Locale::En);
        assert_eq!(list("ja", "C.UTF-8"), Locale::En);
        assert_eq!(env(&[("LANGUAGE", "ja")]), Locale::En, "no locale set is C");
        assert_eq!(list("", "ko_KR.UTF-8"), Locale::Ko);
    }

    #[test]
    fn every_language_is_named_in_itself() {
        let names: Vec<String> = Locale::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(names, ["English", "한국어", "日本語", "简体中文"]);
    }
}
