//! `specdesk.toml`: a repository's own configuration, read the same way by the app and the CLI.
//!
//! ```toml
//! [rules]                       # by code or by name; "off", "info", "warning" or "error"
//! SD012 = "off"
//! unfilled-placeholder = "error"
//!
//! [paths]
//! ignore = ["specs/archive/**"] # features (or specs folders) not listed nor checked
//! roots = ["design/plans"]      # specs roots discovery would not find on its own
//!
//! [template]
//! path = "docs/plan-template.md" # the plan template, instead of spec-kit's resolution
//! ```
//!
//! Like a linter's configuration (markdownlint, ruff), the file lives at the repository root.
//! A file that cannot be used is never replaced by a silent default: [`Config::read`] returns a
//! [`CoreError::Config`] naming the line and column, the CLI stops on it, and the app shows it
//! (checking with the defaults meanwhile, and saying so). Every path is repository-relative and
//! must stay inside the repository.

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::{CoreError, Result};
use crate::span::LineIndex;
use crate::store::Store;
use crate::validate::Rule;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Component, Path};
use std::sync::Arc;
use toml::Spanned;

/// The configuration file's name, at the repository root.
pub const CONFIG_FILE: &str = "specdesk.toml";

/// What a rule is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    Off,
    Info,
    Warning,
    Error,
}

impl RuleLevel {
    /// The severity a diagnostic gets, or `None` for [`RuleLevel::Off`].
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Info => Some(Severity::Info),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Error => Some(Severity::Error),
        }
    }

    /// As written in `specdesk.toml` (and serialized): `off`, `info`, `warning`, `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleLevel::Off => "off",
            RuleLevel::Info => "info",
            RuleLevel::Warning => "warning",
            RuleLevel::Error => "error",
        }
    }

    fn parse(s: &str) -> Option<RuleLevel> {
        match s.to_ascii_lowercase().as_str() {
            "off" => Some(RuleLevel::Off),
            "info" => Some(RuleLevel::Info),
            "warning" | "warn" => Some(RuleLevel::Warning),
            "error" => Some(RuleLevel::Error),
            _ => None,
        }
    }
}

/// The rule levels a configuration sets, by rule code (`SD012`), shared by every plan check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleLevels(Arc<BTreeMap<String, RuleLevel>>);

impl RuleLevels {
    /// `diagnostics` with the configured levels: rules set to `off` dropped, the others with
    /// their configured severity.
    pub fn apply(&self, mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        if self.0.is_empty() {
            return diagnostics;
        }
        diagnostics.retain_mut(|d| match self.0.get(&d.code).map(|l| l.severity()) {
            Some(None) => false,
            Some(Some(severity)) => {
                d.severity = severity;
                true
            }
            None => true,
        });
        diagnostics
    }
}

/// A repository's configuration: what `specdesk.toml` says, or the defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Config {
    /// [`CONFIG_FILE`] when the repository has one; `None`: the defaults are in effect.
    pub file: Option<String>,
    /// Rule code → level, for the rules the file sets (the others keep their defaults).
    pub rules: BTreeMap<String, RuleLevel>,
    /// Globs (repository-relative) of features and specs folders to leave out.
    pub ignore: Vec<String>,
    /// Extra specs roots (repository-relative folders).
    pub roots: Vec<String>,
    /// The plan template (repository-relative), instead of spec-kit's resolution.
    pub template: Option<String>,
    /// Why the file could not be used (`specdesk.toml:3:1: unknown rule “SD099”`); then
    /// everything else is the default, and the app says so.
    pub error: Option<String>,
    /// [`Config::describe`], for the app to show as is.
    pub summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    paths: RawPaths,
    #[serde(default)]
    template: RawTemplate,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPaths {
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    roots: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    path: Option<Spanned<String>>,
}

impl Config {
    /// The configuration of the repository at `store`'s root: its [`CONFIG_FILE`] (read
    /// through the store: confined, size-limited), or the defaults when there is none. An
    /// invalid file is an error naming its line.
    pub fn read(store: &Store) -> Result<Config> {
        let file = match store.read(Path::new(CONFIG_FILE)) {
            Ok(file) => file,
            Err(CoreError::NotFound { .. }) => return Ok(Config::default()),
            Err(e) => return Err(e),
        };
        let path = store.root().join(CONFIG_FILE);
        Config::parse(&file.text).map_err(|(offset, message)| {
            let index = LineIndex::new(&file.text);
            let span = index.span(offset..offset);
            CoreError::Config {
                path,
                line: span.line,
                column: span.column,
                message,
            }
        })
    }

    /// [`Config::read`] for the app and the scan: the configuration, or the defaults with the
    /// reason in [`Config::error`].
    pub fn load(store: &Store) -> Config {
        Config::read(store).unwrap_or_else(|e| {
            Config {
                file: Some(CONFIG_FILE.to_string()),
                error: Some(config_error_text(&e)),
                ..Config::default()
            }
            .summarized()
        })
    }

    /// Parse the text of a configuration file; an error is the byte offset it is about and
    /// what is wrong there.
    pub fn parse(text: &str) -> std::result::Result<Config, (usize, String)> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            (offset, e.message().trim_end().to_string())
        })?;
        let mut rules = BTreeMap::new();
        for (key, value) in &raw.rules {
            let rule = Rule::from_code_or_name(key.get_ref()).ok_or_else(|| {
                (
                    key.span().start,
                    format!(
                        "unknown rule “{}” (`specdesk-cli rules` lists them)",
                        key.get_ref()
                    ),
                )
            })?;
            let level = RuleLevel::parse(value.get_ref()).ok_or_else(|| {
                (
                    value.span().start,
                    format!(
                        "rule {} is set to “{}”: use \"off\", \"info\", \"warning\" or \"error\"",
                        rule.code(),
                        value.get_ref()
                    ),
                )
            })?;
            if rules.insert(rule.code().to_string(), level).is_some() {
                return Err((key.span().start, format!("rule {} is set twice", rule.code())));
            }
        }
        let mut ignore = Vec::new();
        for glob in &raw.paths.ignore {
            relative_path(glob, "paths.ignore")?;
            Glob::new(glob.get_ref()).map_err(|e| (glob.span().start, format!("paths.ignore: {e}")))?;
            ignore.push(glob.get_ref().clone());
        }
        let mut roots = Vec::new();
        for root in &raw.paths.roots {
            roots.push(relative_path(root, "paths.roots")?);
        }
        let template = match &raw.template.path {
            Some(path) => Some(relative_path(path, "template.path")?),
            None => None,
        };
        Ok(Config {
            file: Some(CONFIG_FILE.to_string()),
            rules,
            ignore,
            roots,
            template,
            error: None,
            summary: String::new(),
        }
        .summarized())
    }

    /// This configuration with its [`Config::summary`] filled in.
    fn summarized(mut self) -> Config {
        self.summary = self.describe();
        self
    }

    /// The rule levels, for [`crate::validate::PlanContext`].
    pub fn rule_levels(&self) -> RuleLevels {
        RuleLevels(Arc::new(self.rules.clone()))
    }

    /// The `paths.ignore` globs, compiled (they were checked when the file was parsed).
    pub fn ignore_set(&self) -> GlobSet {
        let mut builder = GlobSetBuilder::new();
        for glob in self.ignore.iter().filter_map(|g| Glob::new(g).ok()) {
            builder.add(glob);
        }
        builder.build().unwrap_or_else(|_| GlobSet::empty())
    }

    /// For people: `specdesk.toml (SD012 off, SD003 error; ignores specs/archive/**)`, or
    /// `the defaults (no specdesk.toml)`.
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::Locale::En)
    }

    /// [`Config::describe`] in `locale`. Rule codes, levels, paths and the error itself (the
    /// configuration parser's words) stay as they are.
    pub fn describe_in(&self, locale: crate::i18n::Locale) -> String {
        use crate::i18n::{Localizer, Message};
        let l = Localizer::new(locale);
        let Some(file) = &self.file else {
            return l.format(&Message::new("cli-config-defaults").arg("file", CONFIG_FILE));
        };
        if let Some(error) = &self.error {
            return l.format(&Message::new("cli-config-defaults-because").arg("error", error));
        }
        let mut parts: Vec<String> = self
            .rules
            .iter()
            .map(|(code, level)| format!("{code} {}", level.as_str()))
            .collect();
        if !self.ignore.is_empty() {
            parts.push(l.format(&Message::new("cli-config-ignores").arg("paths", self.ignore.join(", "))));
        }
        if !self.roots.is_empty() {
            parts.push(l.format(&Message::new("cli-config-roots").arg("paths", self.roots.join(", "))));
        }
        if let Some(t) = &self.template {
            parts.push(l.format(&Message::new("cli-config-template").arg("path", t)));
        }
        if parts.is_empty() {
            file.clone()
        } else {
            format!("{file} ({})", parts.join("; "))
        }
    }
}

/// A configuration error as one line, without the absolute path: `specdesk.toml:3:1: …`.
pub fn config_error_text(error: &CoreError) -> String {
    match error {
        CoreError::Config {
            line,
            column,
            message,
            ..
        } => format!("{CONFIG_FILE}:{line}:{column}: {message}"),
        other => format!("{CONFIG_FILE}: {}", other.reason()),
    }
}

/// `value` as a repository-relative path with `/` separators, refused when absolute or leading
/// out of the repository.
fn relative_path(value: &Spanned<String>, key: &str) -> std::result::Result<String, (usize, String)> {
    let raw = value.get_ref().trim();
    let path = Path::new(raw);
    let escapes = path.components().any(|c| {
        matches!(
            c,
            Component::ParentDir | Component::RootDir | Component::Prefix(_)
        )
    });
    if raw.is_empty() || escapes {
        return Err((
            value.span().start,
            format!("{key}: “{raw}” must be a path inside the repository, relative to its root"),
        ));
    }
    Ok(raw.trim_end_matches('/').replace('\\', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> (u32, String) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), text).unwrap();
        let store = Store::new(dir.path()).unwrap();
        match Config::read(&store).unwrap_err() {
            CoreError::Config { line, message, .. } => (line, message),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_full_configuration() {
        let c = Config::parse(
            "[rules]\nSD012 = \"off\"\nunfilled-placeholder = \"error\"\n\n[paths]\nignore = [\"specs/archive/**\"]\nroots = [\"design/plans/\"]\n\n[template]\npath = \"docs/plan-template.md\"\n",
        )
        .unwrap();
        assert_eq!(c.rules["SD012"], RuleLevel::Off);
        assert_eq!(c.rules["SD003"], RuleLevel::Error);
        assert_eq!(c.ignore, ["specs/archive/**"]);
        assert_eq!(c.roots, ["design/plans"]);
        assert_eq!(c.template.as_deref(), Some("docs/plan-template.md"));
        assert!(c.ignore_set().is_match("specs/archive/001-old"));
        assert!(!c.ignore_set().is_match("specs/001-new"));
        assert_eq!(
            c.describe(),
            "specdesk.toml (SD003 error; SD012 off; ignores specs/archive/**; roots design/plans; template docs/plan-template.md)"
        );
        assert_eq!(c.summary, c.describe());
    }

    #[test]
    fn no_file_is_the_defaults_and_an_empty_file_too() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path()).unwrap();
        assert_eq!(Config::read(&store).unwrap(), Config::default());
        assert_eq!(
            Config::default().summary,
            "",
            "no file: nothing for the app to show"
        );
        assert_eq!(Config::default().describe(), "the defaults (no specdesk.toml)");
        std::fs::write(dir.path().join(CONFIG_FILE), "# nothing yet\n").unwrap();
        let c = Config::read(&store).unwrap();
        assert_eq!(c.file.as_deref(), Some(CONFIG_FILE));
        assert!(c.rules.is_empty());
    }

    #[test]
    fn every_mistake_is_an_error_with_its_line() {
        let (line, message) = error_of("[rules]\nSD012 = \"off\"\nSD099 = \"off\"\n");
        assert_eq!(line, 3);
        assert!(message.contains("unknown rule “SD099”"), "{message}");
        let (line, message) = error_of("\n[rules]\nSD012 = \"sometimes\"\n");
        assert_eq!(line, 3);
        assert!(
            message.contains("use \"off\", \"info\", \"warning\" or \"error\""),
            "{message}"
        );
        let (line, message) = error_of("[rules]\nSD012 = \"off\"\nchecklist-item = \"error\"\n");
        assert_eq!(line, 3);
        assert!(message.contains("set twice"), "{message}");
        let (line, message) = error_of("[paths]\nignored = [\"x\"]\n");
        assert_eq!(line, 2);
        assert!(message.contains("unknown field"), "{message}");
        let (line, message) = error_of("[paths]\nroots = [\"../elsewhere\"]\n");
        assert_eq!(line, 2);
        assert!(message.contains("inside the repository"), "{message}");
        let (line, message) = error_of("[paths]\nignore = [\"specs/[\"]\n");
        assert_eq!(line, 2);
        assert!(message.contains("paths.ignore"), "{message}");
        let (line, message) = error_of("[rules\nSD012 = \"off\"\n");
        assert_eq!(line, 1, "{message}");
        let (_, message) = error_of("[template]\npath = \"/etc/passwd\"\n");
        assert!(message.contains("inside the repository"), "{message}");
    }

    #[test]
    fn load_keeps_the_error_visible() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "[rules]\nSD099 = \"off\"\n").unwrap();
        let c = Config::load(&Store::new(dir.path()).unwrap());
        let error = c.error.clone().unwrap();
        assert!(error.starts_with("specdesk.toml:2:1: unknown rule"), "{error}");
        assert!(
            c.describe()
                .starts_with("the defaults, because specdesk.toml:2:1"),
            "{}",
            c.describe()
        );
        assert!(c.rules.is_empty());
    }

    #[test]
    fn levels_turn_rules_off_and_change_severities() {
        let c = Config::parse("[rules]\nSD003 = \"off\"\nmissing-section = \"warning\"\n").unwrap();
        let d = |code: &str, severity| Diagnostic {
            code: code.to_string(),
            rule: String::new(),
            severity,
            message: String::new(),
            span: LineIndex::new("").span(0..0),
            fix: None,
            l10n: None,
        };
        let out = c.rule_levels().apply(vec![
            d("SD003", Severity::Warning),
            d("SD001", Severity::Error),
            d("SD009", Severity::Error),
        ]);
        let got: Vec<_> = out.iter().map(|d| (d.code.as_str(), d.severity)).collect();
        assert_eq!(got, [("SD001", Severity::Warning), ("SD009", Severity::Error)]);
    }
}
