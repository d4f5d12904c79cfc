//! SpecDesk in English, Korean, Japanese and Simplified Chinese (Project Fluent).
//!
//! The messages are in `locales/<tag>.ftl` at the repository's root, one file per language,
//! shared with the interface (which imports the same files). English is the source and the
//! fallback: every id of `en.ftl` is in every other file with the same variables (the parity
//! test, `tests.rs`, fails otherwise). Plural forms come from the locale's CLDR rules (Fluent's
//! selectors), numbers are grouped as the locale groups them.
//!
//! | file | what it holds |
//! |---|---|
//! | `locale.rs` | [`Locale`]: the four languages, their tags and names; which one the user's preferences or the environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`) ask for |
//! | `messages.rs` | the Fluent bundles (built once, shared across threads), [`Message`] (an id and its arguments, in no language yet) and the [`Localizer`] that renders it |
//! | `scoped.rs` | the language of text written deep inside pure functions (the review report), set around the call |
//! | `choice.rs` | [`UiLocale`]: what the app tells the interface about its language |
//! | `tests.rs` | the parity test over the four files |
//!
//! What the core says to people is made as a [`Message`] and rendered where it is shown: in
//! English where the output must stay stable (the CLI's JSON, [`crate::Diagnostic::message`]),
//! in the user's locale in the CLI's text and in the app. Rule codes, file names, branch names
//! and the plan's own words are arguments, never translated.

mod choice;
mod locale;
mod messages;
pub mod scoped;
#[cfg(test)]
mod tests;

pub use choice::{LocaleChoice, UiLocale};
pub use locale::Locale;
pub use messages::{source, Arg, Localizer, Message};
