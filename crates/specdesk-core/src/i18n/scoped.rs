//! The language of what is being written on this thread, for text made deep inside pure
//! functions (the review report, [`crate::report`]) without a locale parameter on each of them:
//! [`with_locale`] sets it around the call, [`text`] and [`format`] render in it. English unless
//! set, so callers that never set it (the CLI's reports) keep their English text.

use super::{Locale, Localizer, Message};
use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::En) };
}

/// Run `f` with this thread's language set to `locale` (restored afterwards, also on panic).
pub fn with_locale<T>(locale: Locale, f: impl FnOnce() -> T) -> T {
    struct Restore(Locale);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(locale)));
    f()
}

/// This thread's language.
pub fn current() -> Locale {
    CURRENT.with(Cell::get)
}

/// The message `id` in this thread's language.
pub fn text(id: &str) -> String {
    Localizer::new(current()).text(id)
}

/// `message` in this thread's language.
pub fn format(message: &Message) -> String {
    Localizer::new(current()).format(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_set_around_a_call_and_restored() {
        assert_eq!(current(), Locale::En);
        let inside = with_locale(Locale::Ja, || (current(), text("lang-name")));
        assert_eq!(inside, (Locale::Ja, "日本語".to_string()));
        assert_eq!(current(), Locale::En);
        let nested = with_locale(Locale::Ko, || with_locale(Locale::ZhHans, current));
        assert_eq!(nested, Locale::ZhHans);
        assert_eq!(current(), Locale::En);
        assert_eq!(format(&Message::new("count-errors").arg("count", 2)), "2 errors");
    }
}
