//! A preset's `preset.yml`, checked as spec-kit 1.x checks it (the Python inside
//! `resolve_template_content` in `scripts/bash/common.sh`), and what it declares for one
//! template: a file and a composition strategy.
//!
//! The whole `provides.templates` list is validated, not only the entry asked for: a manifest
//! spec-kit refuses makes the resolution fail, here as there.

use super::yaml::{safe_load, Node};

/// What a valid manifest says about one template name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Declaration {
    /// Declared: its strategy (lower-case) and its file, as the bash reads them back from the
    /// Python's tab-separated line (first line only, surrounding tabs dropped).
    Found { strategy: String, file: String },
    /// Not declared: the preset's conventional paths apply, strategy `replace`.
    Absent,
}

const VALID_TYPES: [&str; 3] = ["template", "command", "script"];
const VALID_STRATEGIES: [&str; 4] = ["replace", "prepend", "append", "wrap"];

/// Validate manifest `text` and look up template `name`. The error is spec-kit's reason.
pub(crate) fn declaration(text: &str, name: &str) -> Result<Declaration, String> {
    let data = safe_load(text)?;
    let Some(data @ Node::Map(_)) = data else {
        return Err("manifest root must be a mapping".into());
    };
    let provides = data.get("provides").ok_or("manifest missing provides section")?;
    if !matches!(provides, Node::Map(_)) {
        return Err("manifest provides must be a mapping".into());
    }
    let templates = provides
        .get("templates")
        .ok_or("manifest provides missing templates")?;
    let Node::Seq(templates) = templates else {
        return Err("manifest templates must be a list".into());
    };
    if templates.is_empty() {
        return Err("manifest must provide at least one template".into());
    }
    for t in templates {
        if !matches!(t, Node::Map(_)) {
            return Err("manifest template entries must be mappings".into());
        }
        let (Some(kind), Some(entry_name), Some(file)) = (t.get("type"), t.get("name"), t.get("file")) else {
            return Err("manifest template entry missing type, name, or file".into());
        };
        for (field, value) in [("type", kind), ("name", entry_name), ("file", file)] {
            if value.as_str().is_none() {
                return Err(format!("manifest template {field} must be a string"));
            }
        }
        let kind = kind.as_str().unwrap_or_default();
        if !VALID_TYPES.contains(&kind) {
            return Err("invalid manifest template type".into());
        }
        let strategy = match t.get("strategy") {
            None => "replace".to_string(),
            Some(Node::Str(s)) => python_lower(s),
            Some(_) => return Err("manifest template strategy must be a string".into()),
        };
        if !VALID_STRATEGIES.contains(&strategy.as_str()) {
            return Err("invalid manifest template strategy".into());
        }
        if kind == "script" && strategy != "replace" && strategy != "wrap" {
            return Err("invalid manifest script strategy".into());
        }
    }
    for t in templates {
        let is_template = t.get("type").and_then(Node::as_str) == Some("template");
        if t.get("name").and_then(Node::as_str) == Some(name) && is_template {
            let file = t.get("file").and_then(Node::as_str).unwrap_or_default();
            let strategy = t.get("strategy").and_then(Node::as_str).unwrap_or("replace");
            return Ok(Declaration::Found {
                // The bash lower-cases with `tr '[:upper:]' '[:lower:]'`; validation above
                // already made sure the lower-cased value is one of the four.
                strategy: python_lower(strategy),
                file: as_bash_reads_it(file),
            });
        }
    }
    Ok(Declaration::Absent)
}

/// Python's `str.lower()` for what can pass validation (ASCII letters; `İ` and the like
/// lower-case to something that is not a strategy either way).
fn python_lower(s: &str) -> String {
    s.to_lowercase()
}

/// The file value after `IFS=$'\t' read -r declaration strategy manifest_file`: the first
/// line only, leading and trailing tabs removed.
fn as_bash_reads_it(file: &str) -> String {
    let first_line = file.split('\n').next().unwrap_or_default();
    first_line.trim_matches('\t').to_string()
}

/// spec-kit's refusal of a declared path: absolute, or containing `../` anywhere
/// (`case "$manifest_file" in /*|*../*|../*)`).
pub(crate) fn is_refused_path(file: &str) -> bool {
    file.starts_with('/') || file.contains("../")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = "provides:\n  templates:\n    - type: template\n      name: plan-template\n      file: templates/plan.md\n";

    #[test]
    fn finds_the_declared_file_and_strategy() {
        assert_eq!(
            declaration(ENTRY, "plan-template").unwrap(),
            Declaration::Found {
                strategy: "replace".into(),
                file: "templates/plan.md".into()
            }
        );
        let wrap = format!("{ENTRY}      strategy: Wrap\n");
        assert_eq!(
            declaration(&wrap, "plan-template").unwrap(),
            Declaration::Found {
                strategy: "wrap".into(),
                file: "templates/plan.md".into()
            }
        );
        assert_eq!(declaration(ENTRY, "spec-template").unwrap(), Declaration::Absent);
        // A command of the same name is not the template.
        let command = ENTRY.replace("type: template", "type: command");
        assert_eq!(
            declaration(&command, "plan-template").unwrap(),
            Declaration::Absent
        );
    }

    #[test]
    fn refuses_what_spec_kit_refuses() {
        let cases = [
            ("", "root must be a mapping"),
            ("- a\n", "root must be a mapping"),
            ("preset: {}\n", "missing provides"),
            ("provides: []\n", "provides must be a mapping"),
            ("provides: {}\n", "missing templates"),
            ("provides:\n  templates: {}\n", "must be a list"),
            ("provides:\n  templates: []\n", "at least one template"),
            ("provides:\n  templates: [x]\n", "must be mappings"),
            (
                "provides:\n  templates: [{type: template, name: x}]\n",
                "missing type, name, or file",
            ),
            (
                "provides:\n  templates: [{type: template, name: x, file: yes}]\n",
                "file must be a string",
            ),
            (
                "provides:\n  templates: [{type: widget, name: x, file: f}]\n",
                "invalid manifest template type",
            ),
            (
                "provides:\n  templates: [{type: template, name: x, file: f, strategy: 1}]\n",
                "strategy must be a string",
            ),
            (
                "provides:\n  templates: [{type: template, name: x, file: f, strategy: merge}]\n",
                "invalid manifest template strategy",
            ),
            (
                "provides:\n  templates: [{type: script, name: x, file: f, strategy: append}]\n",
                "script strategy",
            ),
            ("provides: [unclosed\n", ""),
        ];
        for (text, reason) in cases {
            let err = declaration(text, "plan-template").unwrap_err();
            assert!(err.contains(reason), "{text:?}: {err}");
        }
        // An invalid entry anywhere in the list spoils the manifest, even after a match.
        let spoiled = format!("{ENTRY}    - type: template\n      name: other\n      file: 3\n");
        assert!(declaration(&spoiled, "plan-template").is_err());
    }

    #[test]
    fn paths_are_read_back_as_the_bash_does_and_traversal_is_refused() {
        let text = "provides:\n  templates:\n    - {type: template, name: plan-template, file: \"\\ttemplates/p.md\\nsecond\"}\n";
        assert_eq!(
            declaration(text, "plan-template").unwrap(),
            Declaration::Found {
                strategy: "replace".into(),
                file: "templates/p.md".into()
            }
        );
        assert!(is_refused_path("/etc/passwd"));
        assert!(is_refused_path("../x.md"));
        assert!(is_refused_path("templates/../../x.md"));
        assert!(is_refused_path("a../b.md"));
        assert!(!is_refused_path("templates/plan.md"));
        assert!(!is_refused_path("templates/..plan.md"));
    }
}
