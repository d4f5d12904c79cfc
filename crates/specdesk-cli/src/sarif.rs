//! `check --format sarif`: SARIF 2.1.0, as GitHub code scanning accepts it.

use serde_json::{json, Value};
use specdesk_core::check::RepoCheck;
use specdesk_core::validate::Rule;
use specdesk_core::Severity;

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rules() -> Vec<Value> {
    Rule::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.code(),
                "name": r.name(),
                "shortDescription": { "text": r.description() },
                "defaultConfiguration": { "level": sarif_level(r.default_severity()) },
            })
        })
        .collect()
}

/// The SARIF log for `result`. Columns are UTF-16 code units (SARIF's default column kind).
pub fn report(result: &RepoCheck) -> String {
    let mut results = Vec::new();
    for plan in &result.plans {
        if let Some(err) = &plan.error {
            results.push(json!({
                "ruleId": "SD000",
                "level": "error",
                "message": { "text": crate::check_output::unreadable_message(&plan.rel_path, err, specdesk_core::i18n::Locale::En) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": plan.rel_path, "uriBaseId": "%SRCROOT%" } } }],
            }));
            continue;
        }
        for d in &plan.diagnostics {
            let rule_index = Rule::ALL.iter().position(|r| r.code() == d.code);
            let mut r = json!({
                "ruleId": d.code,
                "level": sarif_level(d.severity),
                "message": { "text": d.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": plan.rel_path, "uriBaseId": "%SRCROOT%" },
                        "region": {
                            "startLine": d.span.line,
                            "startColumn": d.span.column_utf16,
                            "endLine": d.span.end_line,
                            "endColumn": d.span.end_column_utf16,
                        }
                    }
                }],
            });
            if let (Some(i), Some(obj)) = (rule_index, r.as_object_mut()) {
                obj.insert("ruleIndex".into(), json!(i));
            }
            if let (Some(t), Some(obj)) = (&plan.template, r.as_object_mut()) {
                // Which template the plan was checked against (a property bag: SARIF's place
                // for tool-specific facts).
                obj.insert("properties".into(), json!({ "template": t.describe() }));
            }
            results.push(r);
        }
    }
    let mut rules = rules();
    rules.push(json!({
        "id": "SD000",
        "name": "unreadable-plan",
        "shortDescription": { "text": "The plan could not be read (binary, too large, not UTF-8 — the message names the encoding it looks like —, permission denied)." },
        "defaultConfiguration": { "level": "error" },
    }));
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "specdesk",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "properties": { "template": result.template.describe() },
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
