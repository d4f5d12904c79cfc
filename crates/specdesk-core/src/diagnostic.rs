//! Diagnostics: what validation reports, with a stable code, a severity, a span and maybe a fix.

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
    /// What applying the fix does, e.g. "Insert section “Summary” from the template".
    pub title: String,
    /// The edits, non-overlapping, in document order.
    pub edits: Vec<TextEdit>,
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
    pub message: String,
    pub span: Span,
    /// A suggested repair, when there is one.
    pub fix: Option<Fix>,
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
