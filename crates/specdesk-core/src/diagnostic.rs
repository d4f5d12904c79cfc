//! Diagnostics: what validation reports, with a stable code, a severity, a span and maybe a fix.
//!
//! A diagnostic's `message` and its fix's `title` are English, as the CLI's JSON and SARIF have
//! always printed them; each also keeps its words as a [`Message`] (not serialized), so
//! [`Diagnostic::localized`] gives a copy in the user's language.

use crate::i18n::{Locale, Message};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A text replacement: replace the bytes `range` of the document with `insert`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TextEdit {
    /// Where the replacement goes (an empty span inserts).
    pub span: Span,
    /// The new text.
    pub insert: String,
}

/// A suggested repair for a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Fix {
    /// What applying the fix does, e.g. "Insert section “Summary” from the template" (English
    /// unless [`Diagnostic::localized`]).
    pub title: String,
    /// The edits, non-overlapping, in document order.
    pub edits: Vec<TextEdit>,
    /// The title's words in no language yet (`fix-…`), for [`Fix::localize`]. Not serialized.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub l10n: Option<Message>,
}

impl Fix {
    /// A fix titled by `title` (rendered in English).
    pub fn new(title: Message, edits: Vec<TextEdit>) -> Fix {
        Fix {
            title: title.english(),
            edits,
            l10n: Some(title),
        }
    }

    /// Put the title in `locale` (a title without [`Fix::l10n`] stays as it is).
    pub fn localize(&mut self, locale: Locale) {
        if let Some(title) = &self.l10n {
            self.title = title.to_locale(locale);
        }
    }
}

/// One finding about a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// Stable rule code, e.g. `SD001` (see [`crate::validate::Rule`]).
    pub code: String,
    /// Short rule name, e.g. `missing-section`.
    pub rule: String,
    pub severity: Severity,
    /// What is wrong: English as validation makes it (the CLI's JSON); the app sends it in the
    /// interface's language ([`Diagnostic::localized`]).
    pub message: String,
    pub span: Span,
    /// A suggested repair, when there is one.
    pub fix: Option<Fix>,
    /// The message's words in no language yet (`diag-…`), for [`Diagnostic::localized`]. Not
    /// serialized: `message` is its English rendering.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub l10n: Option<Message>,
}

impl Diagnostic {
    /// Put the message and the fix's title in `locale` (text without their [`Message`] stays
    /// as it is).
    pub fn localize(&mut self, locale: Locale) {
        if let Some(message) = &self.l10n {
            self.message = message.to_locale(locale);
        }
        if let Some(fix) = &mut self.fix {
            fix.localize(locale);
        }
    }

    /// A copy with the message and the fix's title in `locale`.
    pub fn localized(&self, locale: Locale) -> Diagnostic {
        let mut copy = self.clone();
        copy.localize(locale);
        copy
    }
}

/// Counts of diagnostics by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticCounts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl DiagnosticCounts {
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let mut c = DiagnosticCounts::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}
