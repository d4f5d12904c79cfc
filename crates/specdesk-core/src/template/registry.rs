//! The order of installed presets and extensions, from their `.registry` files, as spec-kit
//! 1.x computes it (the Python snippets in `scripts/bash/common.sh`): lower priority first,
//! then the id; disabled entries left out; a priority that is not a whole number of at least 1
//! (or a boolean) counts as 10; `enabled` is Python truthiness.

use serde_json::Value;

/// Ids spec-kit accepts (`re.fullmatch(r'[a-z0-9-]+', id)`): also what keeps an id from
/// leading out of its folder.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The preset ids of a `.specify/presets/.registry` text, in resolution order. `None` when
/// the text is not what the Python accepts (not JSON, no object, `presets` not an object):
/// then spec-kit falls back to the folder listing.
pub(crate) fn preset_order(text: &str) -> Option<Vec<String>> {
    let data: Value = serde_json::from_str(text).ok()?;
    let presets = match data.as_object()?.get("presets") {
        None => return Some(Vec::new()),
        Some(Value::Object(presets)) => presets,
        Some(_) => return None,
    };
    let mut ranked: Vec<(i128, &String, &Value)> = presets
        .iter()
        .map(|(id, meta)| {
            let priority = match meta {
                Value::Object(m) if !m.get("priority").is_some_and(Value::is_boolean) => {
                    priority(m.get("priority").unwrap_or(&Value::from(10)))
                }
                _ => 10,
            };
            (priority, id, meta)
        })
        .collect();
    ranked.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    Some(
        ranked
            .into_iter()
            .filter(|(_, id, meta)| is_enabled(meta) && is_valid_id(id))
            .map(|(_, id, _)| id.clone())
            .collect(),
    )
}

/// Why an extension registry is refused (spec-kit then fails the resolution).
pub(crate) type RegistryError = String;

/// The extension ids in resolution order, from `.specify/extensions/.registry`'s text (when
/// there is one) and the extension folders present (`folders`, any order). Registered ids come
/// with their priority, disabled ones are left out; folders not in the registry rank at 10.
pub(crate) fn extension_order(
    registry: Option<&str>,
    folders: &[String],
) -> Result<Vec<String>, RegistryError> {
    let empty = serde_json::Map::new();
    let data: Value;
    let registered = match registry {
        None => &empty,
        Some(text) => {
            data = serde_json::from_str(text).map_err(|e| format!("registry_invalid: {e}"))?;
            let Value::Object(root) = &data else {
                return Err("registry_invalid: root must be a mapping".into());
            };
            match root.get("extensions") {
                None => &empty,
                Some(Value::Object(extensions)) => extensions,
                Some(_) => return Err("registry_invalid: extensions must be a mapping".into()),
            }
        }
    };
    let mut ranked: Vec<(i128, String)> = Vec::new();
    for (id, meta) in registered {
        if let Value::Object(m) = meta {
            if is_valid_id(id) && is_enabled(meta) {
                let p = match m.get("priority") {
                    Some(Value::Bool(_)) => 10,
                    Some(v) => priority(v),
                    None => 10,
                };
                ranked.push((p, id.clone()));
            }
        }
    }
    for name in folders {
        if is_valid_id(name) && !registered.contains_key(name) {
            ranked.push((10, name.clone()));
        }
    }
    ranked.sort();
    ranked.dedup();
    Ok(ranked.into_iter().map(|(_, id)| id).collect())
}

/// `bool(meta.get('enabled', True))` for a registry entry (`meta` not an object: disabled,
/// as the Python's `isinstance(meta, dict)` check leaves it out).
fn is_enabled(meta: &Value) -> bool {
    match meta {
        Value::Object(m) => m.get("enabled").map_or(true, truthy),
        _ => false,
    }
}

/// Python truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0) || n.as_i64().is_some_and(|i| i != 0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `int(value)` if that works and is at least 1, else 10 (booleans are handled by callers).
fn priority(v: &Value) -> i128 {
    let parsed = match v {
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(i128::from(i))
            } else if let Some(u) = n.as_u64() {
                Some(i128::from(u))
            } else {
                // int(2.7) == 2; int(nan) and int(inf) raise. `as` saturates beyond i128.
                n.as_f64().filter(|f| f.is_finite()).map(|f| f.trunc() as i128)
            }
        }
        Value::String(s) => python_int(s),
        _ => None,
    };
    match parsed {
        Some(p) if p >= 1 => p,
        _ => 10,
    }
}

/// Python's `int(str)`: surrounding whitespace, a sign, decimal digits with single
/// underscores between them.
fn python_int(s: &str) -> Option<i128> {
    let t = s.trim();
    let (negative, digits) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let mut value: i128 = 0;
    for c in digits.chars().filter(|&c| c != '_') {
        let d = c.to_digit(10)?;
        value = value.saturating_mul(10).saturating_add(i128::from(d));
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_sort_by_priority_then_id_and_skip_disabled_or_bad_ids() {
        let text = r#"{"presets": {
            "zeta": {"priority": 1},
            "alpha": {"priority": 5},
            "beta": {"priority": "5"},
            "off": {"priority": 0, "enabled": false},
            "zero": {"priority": 0},
            "flag": {"priority": true},
            "float": {"priority": 2.9},
            "neg": {"priority": -3},
            "text": {"priority": "high"},
            "under": {"priority": " 1_0 "},
            "noprio": {},
            "empty-str": {"enabled": ""},
            "string-false": {"enabled": "false"},
            "not-a-dict": 3,
            "../escape": {"priority": 1},
            "Upper": {"priority": 1}
        }}"#;
        assert_eq!(
            preset_order(text).unwrap(),
            [
                "zeta",
                "float",
                "alpha",
                "beta",
                "flag",
                "neg",
                "noprio",
                "string-false",
                "text",
                "under",
                "zero"
            ]
        );
    }

    #[test]
    fn an_unusable_preset_registry_means_the_folder_listing() {
        assert_eq!(preset_order("not json"), None);
        assert_eq!(preset_order("[1]"), None);
        assert_eq!(preset_order(r#"{"presets": []}"#), None);
        assert_eq!(preset_order("{}").unwrap(), Vec::<String>::new());
        assert_eq!(preset_order(r#"{"presets": {}}"#).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn extensions_mix_registered_and_unregistered_folders() {
        let registry =
            r#"{"extensions": {"late": {"priority": 20}, "early": {"priority": 2}, "off": {"enabled": 0}}}"#;
        let folders = vec![
            "off".to_string(),
            "plain".into(),
            "late".into(),
            "Bad_Name".into(),
            "a-first".into(),
        ];
        assert_eq!(
            extension_order(Some(registry), &folders).unwrap(),
            ["early", "a-first", "plain", "late"]
        );
        assert_eq!(
            extension_order(None, &folders).unwrap(),
            ["a-first", "late", "off", "plain"]
        );
        assert!(extension_order(Some("{"), &folders).is_err());
        assert!(extension_order(Some("[]"), &folders).is_err());
        assert!(extension_order(Some(r#"{"extensions": []}"#), &folders).is_err());
    }

    #[test]
    fn python_int_accepts_what_int_accepts() {
        assert_eq!(python_int(" 7\n"), Some(7));
        assert_eq!(python_int("+1_000"), Some(1000));
        assert_eq!(python_int("-2"), Some(-2));
        assert_eq!(python_int("1__0"), None);
        assert_eq!(python_int("_1"), None);
        assert_eq!(python_int("1.5"), None);
        assert_eq!(python_int(""), None);
    }
}
