//! The messages themselves: one Fluent bundle per [`Locale`], built once from `locales/<tag>.ftl`
//! and shared by every thread, and the [`Localizer`] that renders a [`Message`] with them.

use super::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The sources of the messages, one file per language at the repository's root (shared with
/// the interface, which imports the same files).
const SOURCES: [(Locale, &str); 4] = [
    (Locale::En, include_str!("../../../../locales/en.ftl")),
    (Locale::Ko, include_str!("../../../../locales/ko.ftl")),
    (Locale::Ja, include_str!("../../../../locales/ja.ftl")),
    (Locale::ZhHans, include_str!("../../../../locales/zh-Hans.ftl")),
];

/// The Fluent source of `locale`'s messages.
pub fn source(locale: Locale) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == locale)
        .map_or(SOURCES[0].1, |(_, s)| s)
}

/// A value given to a message: text (put in as it is) or a whole number (formatted as the
/// locale writes numbers and selecting plural forms), or a list of texts (joined as the locale
/// joins lists: `a, b` or `a、b`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    List(Vec<String>),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Vec<String>> for Arg {
    fn from(list: Vec<String>) -> Arg {
        Arg::List(list)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, i64, i32);

/// Something to say, in no language yet: a message id of `locales/*.ftl` and its arguments.
/// [`Localizer::format`] renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: Cow<'static, str>,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Message {
    /// The message `id` without arguments (add them with [`Message::arg`]).
    pub fn new(id: impl Into<Cow<'static, str>>) -> Message {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// This message with the variable `$name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The message in English.
    pub fn english(&self) -> String {
        Localizer::new(Locale::En).format(self)
    }

    /// The message in `locale`.
    pub fn to_locale(&self, locale: Locale) -> String {
        Localizer::new(locale).format(self)
    }
}

/// Renders [`Message`]s in one locale (falling back to English for a message the locale lacks,
/// and to the id itself for one that does not exist).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localizer {
    locale: Locale,
}

impl Localizer {
    pub fn new(locale: Locale) -> Localizer {
        Localizer { locale }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.render(id, &[])
    }

    /// `message` in this locale.
    pub fn format(&self, message: &Message) -> String {
        self.render(&message.id, &message.args)
    }

    fn render(&self, id: &str, args: &[(Cow<'static, str>, Arg)]) -> String {
        let tried = [self.locale, Locale::En];
        for locale in tried.iter().take(if self.locale == Locale::En { 1 } else { 2 }) {
            if let Some(text) = render_in(*locale, id, args) {
                return text;
            }
        }
        id.to_string()
    }

    /// Whether `id` (a message with a value) exists in this locale's own file.
    pub fn has(&self, id: &str) -> bool {
        bundle(self.locale)
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }
}

fn render_in(locale: Locale, id: &str, args: &[(Cow<'static, str>, Arg)]) -> Option<String> {
    let bundle = bundle(locale);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::List(items) => FluentValue::from(join_list(locale, items)),
        };
        fluent_args.set(name.as_ref(), value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "{locale}: {id}: {errors:?}");
    Some(text.into_owned())
}

/// `items` joined as `locale` writes a list: each as its `lang-list-item` message has it (English
/// as it is; the others quote the names, which are the template's or the plan's own words), then
/// joined by its `lang-list-separator` (`, ` or `、`).
fn join_list(locale: Locale, items: &[String]) -> String {
    let separator = render_in(locale, "lang-list-separator", &[]).unwrap_or_else(|| ", ".to_string());
    items
        .iter()
        .map(|item| {
            let arg = [(Cow::Borrowed("item"), Arg::Text(item.clone()))];
            render_in(locale, "lang-list-item", &arg).unwrap_or_else(|| item.clone())
        })
        .collect::<Vec<_>>()
        .join(&separator)
}

/// The bundle of `locale`, built on first use.
fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<(Locale, FluentBundle<FluentResource>)>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Locale::ALL.into_iter().map(|l| (l, build(l))).collect());
    bundles
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, b)| b)
        .unwrap_or(&bundles[0].1)
}

fn build(locale: Locale) -> FluentBundle<FluentResource> {
    let langid = locale.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No bidi isolation marks: the four languages are left-to-right, and the marks would end up
    // in terminals, copied text and accessible names.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    // A file with a syntax error keeps the messages that parse (the parity test fails on it).
    let resource = FluentResource::try_new(source(locale).to_string()).unwrap_or_else(|(partial, _)| partial);
    // Overriding only happens for ids defined twice, which the parity test reports.
    bundle.add_resource_overriding(resource);
    bundle
}

/// Fluent's own number formatting does not group digits; every locale SpecDesk speaks writes
/// numbers with Latin digits grouped by three with `,` (CLDR: en `12,345`, ko `12,345`,
/// ja `12,345`, zh-Hans `12,345`), so numbers are grouped here.
fn format_value(value: &FluentValue, _intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.use_grouping => Some(group_digits(&n.as_string(), ",")),
        _ => None,
    }
}

/// `number` (as Fluent writes it: `-12345.5`) with its integer digits grouped by three.
pub(crate) fn group_digits(number: &str, separator: &str) -> String {
    let (sign, rest) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let (integer, fraction) = match rest.find('.') {
        Some(dot) => rest.split_at(dot),
        None => (rest, ""),
    };
    if integer.len() <= 3 || !integer.bytes().all(|b| b.is_ascii_digit()) {
        return number.to_string();
    }
    let mut out = String::with_capacity(number.len() + integer.len() / 3);
    out.push_str(sign);
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out.push_str(fraction);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_by_three() {
        assert_eq!(group_digits("0", ","), "0");
        assert_eq!(group_digits("999", ","), "999");
        assert_eq!(group_digits("1000", ","), "1,000");
        assert_eq!(group_digits("12345", ","), "12,345");
        assert_eq!(group_digits("-1234567", ","), "-1,234,567");
        assert_eq!(group_digits("1234.5", ","), "1,234.5");
        assert_eq!(group_digits("inf", ","), "inf");
    }

    #[test]
    fn counts_use_the_plural_forms_and_group_digits() {
        let en = Localizer::new(Locale::En);
        let errors = |n: usize| Message::new("count-errors").arg("count", n);
        assert_eq!(en.format(&errors(1)), "1 error");
        assert_eq!(en.format(&errors(2)), "2 errors");
        assert_eq!(en.format(&errors(0)), "0 errors");
        assert_eq!(en.format(&errors(12345)), "12,345 errors");
        for locale in [Locale::Ko, Locale::Ja, Locale::ZhHans] {
            let one = Localizer::new(locale).format(&errors(1));
            let many = Localizer::new(locale).format(&errors(1234));
            assert!(one.contains('1') && !one.contains("error"), "{locale}: {one}");
            assert!(many.contains("1,234"), "{locale}: {many}");
        }
        assert_eq!(Localizer::new(Locale::Ko).format(&errors(3)), "오류 3개");
    }

    #[test]
    fn a_korean_diagnostic() {
        let message =
            Message::new("diag-sd001-missing-section").arg("name", "기술 컨텍스트 (Technical Context)");
        assert_eq!(
            message.to_locale(Locale::Ko),
            "“기술 컨텍스트 (Technical Context)” 섹션이 없습니다(템플릿에서 필수)"
        );
        assert_eq!(
            message.english(),
            "Missing section “기술 컨텍스트 (Technical Context)” (required by the template)"
        );
    }

    #[test]
    fn lists_are_joined_as_the_language_does() {
        let items = vec!["A".to_string(), "B".to_string()];
        assert_eq!(join_list(Locale::En, &items), "A, B");
        assert_eq!(join_list(Locale::Ko, &items), "“A”, “B”");
        assert_eq!(join_list(Locale::Ja, &items), "「A」、「B」");
        assert_eq!(join_list(Locale::ZhHans, &items), "“A”、“B”");
    }

    #[test]
    fn unknown_ids_fall_back_to_the_id() {
        assert_eq!(
            Localizer::new(Locale::Ko).text("no-such-message"),
            "no-such-message"
        );
        assert!(!Localizer::new(Locale::Ko).has("no-such-message"));
        assert!(Localizer::new(Locale::Ko).has("count-errors"));
    }
}
