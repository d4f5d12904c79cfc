//! Resolution of the plan template over real files in temporary repositories.

use super::*;
use std::path::Path;

const CORE: &str = ".specify/templates/plan-template.md";

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A repository with a core template.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), CORE, "# Core\n\n## Summary\n");
    dir
}

fn manifest(strategy: &str, file: &str) -> String {
    format!(
        "schema_version: \"1.0\"\npreset:\n  id: x\nprovides:\n  templates:\n    - type: \"template\"\n      name: \"plan-template\"\n      file: \"{file}\"\n      strategy: \"{strategy}\"\n"
    )
}

/// Preset `id` providing the plan template with `strategy` and `text`.
fn preset(root: &Path, id: &str, strategy: &str, text: &str) {
    write(
        root,
        &format!(".specify/presets/{id}/preset.yml"),
        &manifest(strategy, "templates/plan-template.md"),
    );
    write(
        root,
        &format!(".specify/presets/{id}/templates/plan-template.md"),
        text,
    );
}

fn registry(root: &Path, json: &str) {
    write(root, ".specify/presets/.registry", json);
}

fn resolved(root: &Path) -> Result<Option<ResolvedTemplate>> {
    resolve(&Store::new(root).unwrap(), "plan-template")
}

fn layers(r: &ResolvedTemplate) -> Vec<(&str, &str)> {
    r.layers
        .iter()
        .map(|l| (l.rel_path.as_str(), l.strategy.as_str()))
        .collect()
}

#[test]
fn the_core_template_alone() {
    let dir = repo();
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(layers(&r), [(CORE, "replace")]);
    assert_eq!(r.exact, "# Core\n\n## Summary\n");
    assert_eq!(r.text, r.exact);
}

#[test]
fn no_template_anywhere_is_none() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join(".specify/presets/empty")).unwrap();
    assert_eq!(resolved(dir.path()).unwrap(), None);
}

#[test]
fn an_override_wins_outright() {
    let dir = repo();
    preset(
        dir.path(),
        "wrapper",
        "wrap",
        "no placeholder: would fail if composed",
    );
    write(
        dir.path(),
        ".specify/templates/overrides/plan-template.md",
        "# Override\n",
    );
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(
        layers(&r),
        [(".specify/templates/overrides/plan-template.md", "replace")]
    );
    assert_eq!(r.exact, "# Override\n");
}

#[test]
fn prepend_append_and_wrap_compose_byte_for_byte() {
    let dir = repo();
    preset(dir.path(), "head", "prepend", "HEAD\n");
    preset(dir.path(), "tail", "append", "TAIL");
    preset(
        dir.path(),
        "frame",
        "wrap",
        "<<{CORE_TEMPLATE}|{CORE_TEMPLATE}>>\n",
    );
    registry(
        dir.path(),
        r#"{"presets": {"frame": {"priority": 1}, "head": {"priority": 2}, "tail": {"priority": 3}}}"#,
    );
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(
        layers(&r),
        [
            (".specify/presets/frame/templates/plan-template.md", "wrap"),
            (".specify/presets/head/templates/plan-template.md", "prepend"),
            (".specify/presets/tail/templates/plan-template.md", "append"),
            (CORE, "replace"),
        ]
    );
    // Bottom-up: core, then tail appended, head prepended, all of it wrapped (twice).
    let inner = "HEAD\n\n\n# Core\n\n## Summary\n\n\nTAIL";
    assert_eq!(r.exact, format!("<<{inner}|{inner}>>\n"));
}

#[test]
fn a_top_replace_layer_wins_over_lower_composing_ones() {
    let dir = repo();
    preset(dir.path(), "lower", "wrap", "no placeholder");
    preset(dir.path(), "upper", "replace", "# Upper\n");
    registry(
        dir.path(),
        r#"{"presets": {"upper": {"priority": 1}, "lower": {"priority": 2}}}"#,
    );
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(r.exact, "# Upper\n");
    assert_eq!(
        layers(&r),
        [(".specify/presets/upper/templates/plan-template.md", "replace")]
    );
}

#[test]
fn a_replace_preset_below_a_composing_one_is_the_base() {
    let dir = repo();
    preset(dir.path(), "a-top", "append", "more");
    preset(dir.path(), "b-base", "replace", "base");
    // No registry: folder order.
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(r.exact, "base\n\nmore");
    assert_eq!(r.layers.len(), 2);
}

#[test]
fn wrap_without_its_placeholder_is_an_error() {
    let dir = repo();
    preset(dir.path(), "frame", "wrap", "nothing to wrap into\n");
    let err = resolved(dir.path()).unwrap_err();
    assert_eq!(err.kind(), "template");
    assert!(err.to_string().contains("{CORE_TEMPLATE}"), "{err}");
    assert!(err.to_string().contains("frame"), "{err}");
}

#[test]
fn composing_layers_without_a_base_are_an_error() {
    let dir = tempfile::tempdir().unwrap();
    preset(dir.path(), "only", "prepend", "alone");
    let err = resolved(dir.path()).unwrap_err();
    assert_eq!(err.kind(), "template");
    assert!(err.to_string().contains("no replace base"), "{err}");
}

#[test]
fn registry_priority_and_enabled_decide_the_order() {
    let dir = repo();
    for id in ["alpha", "beta", "gamma", "delta"] {
        preset(dir.path(), id, "replace", &format!("# {id}\n"));
    }
    let winner = |json: &str| {
        registry(dir.path(), json);
        resolved(dir.path()).unwrap().unwrap().exact
    };
    assert_eq!(
        winner(r#"{"presets": {"alpha": {"priority": 5}, "beta": {"priority": 2}}}"#),
        "# beta\n"
    );
    assert_eq!(
        winner(r#"{"presets": {"alpha": {"priority": 5}, "beta": {"priority": 2, "enabled": false}}}"#),
        "# alpha\n"
    );
    // A boolean, zero or nonsense priority counts as 10; ties go by id.
    assert_eq!(
        winner(
            r#"{"presets": {"gamma": {"priority": true}, "delta": {"priority": 0}, "beta": {"priority": "x"}}}"#
        ),
        "# beta\n"
    );
    assert_eq!(
        winner(r#"{"presets": {"gamma": {"priority": "3"}, "delta": {"priority": 3.9}}}"#),
        "# delta\n"
    );
    // Presets the registry does not list are not searched...
    assert_eq!(winner(r#"{"presets": {}}"#), "# Core\n\n## Summary\n");
    // ...unless the registry is unusable: then every folder, in order.
    assert_eq!(winner("{ not json"), "# alpha\n");
    assert_eq!(winner(r#"{"presets": [1]}"#), "# alpha\n");
}

#[test]
fn an_invalid_manifest_is_an_error_unless_a_higher_preset_already_won() {
    let dir = repo();
    write(
        dir.path(),
        ".specify/presets/broken/preset.yml",
        "provides:\n  templates:\n    - type: template\n      name: plan-template\n      file: yes\n",
    );
    let err = resolved(dir.path()).unwrap_err();
    assert_eq!(err.kind(), "template");
    assert!(err.to_string().contains("invalid preset manifest"), "{err}");
    assert!(err.to_string().contains("file must be a string"), "{err}");

    preset(dir.path(), "above", "replace", "# Above\n");
    registry(
        dir.path(),
        r#"{"presets": {"above": {"priority": 1}, "broken": {"priority": 2}}}"#,
    );
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "# Above\n");
}

#[test]
fn declared_files_convention_files_and_refused_paths() {
    let dir = repo();
    let p = ".specify/presets/p";
    // Declared elsewhere than the convention: the declared file wins.
    write(
        dir.path(),
        &format!("{p}/preset.yml"),
        &manifest("replace", "custom/plan.md"),
    );
    write(dir.path(), &format!("{p}/custom/plan.md"), "# Declared\n");
    write(
        dir.path(),
        &format!("{p}/templates/plan-template.md"),
        "# Convention\n",
    );
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "# Declared\n");
    // Declared but missing: no fallback to the convention file; the core template it is.
    fs::remove_file(dir.path().join(p).join("custom/plan.md")).unwrap();
    assert_eq!(
        resolved(dir.path()).unwrap().unwrap().exact,
        "# Core\n\n## Summary\n"
    );
    // A path leading out of the preset is no candidate at all.
    write(dir.path(), ".specify/presets/elsewhere.md", "# Escaped\n");
    write(
        dir.path(),
        &format!("{p}/preset.yml"),
        &manifest("replace", "../elsewhere.md"),
    );
    assert_eq!(
        resolved(dir.path()).unwrap().unwrap().exact,
        "# Core\n\n## Summary\n"
    );
    write(
        dir.path(),
        &format!("{p}/preset.yml"),
        &manifest(
            "replace",
            &dir.path()
                .join(".specify/presets/elsewhere.md")
                .display()
                .to_string(),
        ),
    );
    assert_eq!(
        resolved(dir.path()).unwrap().unwrap().exact,
        "# Core\n\n## Summary\n"
    );
    // Not declared (the manifest provides something else): templates/<name>.md, then <name>.md.
    write(
        dir.path(),
        &format!("{p}/preset.yml"),
        "provides:\n  templates:\n    - {type: command, name: speckit.plan, file: commands/plan.md}\n",
    );
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "# Convention\n");
    fs::remove_file(dir.path().join(p).join("templates/plan-template.md")).unwrap();
    write(dir.path(), &format!("{p}/plan-template.md"), "# Top level\n");
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "# Top level\n");
    // No manifest at all: the same convention.
    fs::remove_file(dir.path().join(p).join("preset.yml")).unwrap();
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "# Top level\n");
}

#[test]
fn extensions_come_after_presets_and_before_the_core() {
    let dir = repo();
    let ext = |id: &str, text: &str| {
        write(
            dir.path(),
            &format!(".specify/extensions/{id}/templates/plan-template.md"),
            text,
        )
    };
    ext("zed", "# Zed\n");
    ext("abc", "# Abc\n");
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "# Abc\n");
    write(
        dir.path(),
        ".specify/extensions/.registry",
        r#"{"extensions": {"zed": {"priority": 1}}}"#,
    );
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(r.exact, "# Zed\n");
    assert_eq!(
        layers(&r),
        [(".specify/extensions/zed/templates/plan-template.md", "replace")]
    );
    // A composing preset goes over the extension.
    preset(dir.path(), "pre", "prepend", "Before");
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(r.exact, "Before\n\n# Zed\n");
    assert_eq!(
        TemplateSource::Stack { layers: r.layers.clone() }.describe(),
        "the stack: .specify/presets/pre/templates/plan-template.md (prepend) over .specify/extensions/zed/templates/plan-template.md"
    );
    // A registry spec-kit cannot read fails the resolution.
    write(dir.path(), ".specify/extensions/.registry", "[]");
    let err = resolved(dir.path()).unwrap_err();
    assert_eq!(err.kind(), "template");
    assert!(err.to_string().contains("invalid extension registry"), "{err}");
    // A disabled extension is skipped.
    write(
        dir.path(),
        ".specify/extensions/.registry",
        r#"{"extensions": {"zed": {"enabled": false}}}"#,
    );
    assert_eq!(resolved(dir.path()).unwrap().unwrap().exact, "Before\n\n# Abc\n");
}

use crate::template::TemplateSource;

#[test]
fn byte_order_marks_stay_in_the_exact_text_only() {
    let dir = repo();
    write(dir.path(), CORE, "\u{FEFF}# Core\r\n");
    preset(dir.path(), "p", "append", "\u{FEFF}tail");
    let r = resolved(dir.path()).unwrap().unwrap();
    assert_eq!(r.exact, "\u{FEFF}# Core\r\n\n\n\u{FEFF}tail");
    assert_eq!(r.text, "# Core\r\n\n\ntail");
}

#[cfg(unix)]
#[test]
fn layers_leading_out_of_the_repository_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "plan-template.md", "# Secret\n");
    let dir = repo();
    fs::create_dir_all(dir.path().join(".specify/presets/p/templates")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("plan-template.md"),
        dir.path().join(".specify/presets/p/templates/plan-template.md"),
    )
    .unwrap();
    let err = resolved(dir.path()).unwrap_err();
    assert_eq!(err.kind(), "outsideRepo", "{err}");
    // A whole extensions folder elsewhere, too.
    fs::remove_dir_all(dir.path().join(".specify/presets")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join(".specify/extensions")).unwrap();
    let err = resolved(dir.path()).unwrap_err();
    assert_eq!(err.kind(), "outsideRepo", "{err}");
}

#[test]
fn only_spec_kit_template_names_are_resolved() {
    let dir = repo();
    let store = Store::new(dir.path()).unwrap();
    assert_eq!(resolve(&store, "../x").unwrap_err().kind(), "invalid");
    assert_eq!(resolve(&store, "").unwrap_err().kind(), "invalid");
}
