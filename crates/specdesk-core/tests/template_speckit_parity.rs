//! SpecDesk's template resolution against spec-kit's own: on generated repositories, the text
//! `resolve::resolve` composes must be byte for byte what spec-kit's
//! `scripts/bash/resolve-template.sh plan-template` prints, and where spec-kit fails, so must
//! SpecDesk.
//!
//! Needs spec-kit's scripts (`../shared/reference/spec-kit-main` beside the checkout, or
//! `SPECKIT_REFERENCE`), bash, and python3 with PyYAML (`python3-yaml`, installed by
//! scripts/test.sh). Without them the test prints why and passes.

use specdesk_core::store::Store;
use specdesk_core::template::resolve::resolve;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn reference() -> Option<PathBuf> {
    let dir = match std::env::var_os("SPECKIT_REFERENCE") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference/spec-kit-main"),
    };
    dir.join("scripts/bash/resolve-template.sh")
        .is_file()
        .then_some(dir)
}

/// Why the comparison cannot run here, if it cannot.
fn missing_tool() -> Option<&'static str> {
    let works = |cmd: &str, args: &[&str]| {
        Command::new(cmd)
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !works("bash", &["-c", "true"]) {
        return Some("bash");
    }
    if !works("python3", &["-c", "import yaml"]) {
        return Some("python3 with PyYAML (python3-yaml)");
    }
    None
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn preset(root: &Path, id: &str, strategy: &str, text: &str) {
    write(
        root,
        &format!(".specify/presets/{id}/preset.yml"),
        &format!(
            "schema_version: \"1.0\"\npreset:\n  id: \"{id}\"\n  name: \"{id}\"\n  version: \"1.0.0\"\nprovides:\n  templates:\n    - type: \"template\"\n      name: \"plan-template\"\n      file: \"templates/plan-template.md\"\n      strategy: \"{strategy}\"\n"
        ),
    );
    write(
        root,
        &format!(".specify/presets/{id}/templates/plan-template.md"),
        text,
    );
}

const CORE: &str = ".specify/templates/plan-template.md";

/// The generated repositories: a name and what to put in it.
fn cases() -> Vec<(&'static str, Box<dyn Fn(&Path)>)> {
    vec![
        (
            "core only",
            Box::new(|r: &Path| write(r, CORE, "# Core\n\n## Summary\n")),
        ),
        (
            "core without a final newline, and trailing blank lines in layers",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core");
                preset(r, "tail", "append", "tail\n\n\n");
                preset(r, "head", "prepend", "\n\nhead");
            }),
        ),
        (
            "override over everything",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                preset(r, "p", "wrap", "no placeholder");
                write(r, ".specify/templates/overrides/plan-template.md", "# Override\n");
            }),
        ),
        (
            "wrap, prepend and append by registry priority",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n\n## Summary\n[what]\n");
                preset(
                    r,
                    "frame",
                    "wrap",
                    "<!-- top -->\n{CORE_TEMPLATE}\n<!-- {CORE_TEMPLATE} -->\n",
                );
                preset(r, "head", "prepend", "## Security\n");
                preset(r, "tail", "append", "## Compliance\n");
                preset(r, "off", "replace", "# Disabled\n");
                write(
                    r,
                    ".specify/presets/.registry",
                    r#"{"presets": {"tail": {"priority": "3"}, "frame": {"priority": 1}, "head": {"priority": 2.5}, "off": {"priority": 0, "enabled": false}}}"#,
                );
            }),
        ),
        (
            "registry ties, booleans and junk priorities",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                preset(r, "b-pre", "prepend", "B");
                preset(r, "a-app", "append", "A");
                preset(r, "c-rep", "replace", "# C\n");
                write(
                    r,
                    ".specify/presets/.registry",
                    r#"{"presets": {"c-rep": {"priority": true}, "b-pre": {"priority": "x"}, "a-app": {}}}"#,
                );
            }),
        ),
        (
            "no registry: folder order, a replace preset as the base",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                preset(r, "a-top", "Append", "more\n");
                preset(r, "b-base", "replace", "# Base\n");
            }),
        ),
        (
            "unparseable registry: folder order",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                preset(r, "alpha", "replace", "# Alpha\n");
                preset(r, "beta", "replace", "# Beta\n");
                write(r, ".specify/presets/.registry", "{ nope");
            }),
        ),
        (
            "registry without presets: none searched",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                preset(r, "alpha", "replace", "# Alpha\n");
                write(r, ".specify/presets/.registry", r#"{"presets": {}}"#);
            }),
        ),
        (
            "undeclared template: convention paths; refused declared path",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                write(
                    r,
                    ".specify/presets/conv/preset.yml",
                    "provides:\n  templates:\n    - {type: command, name: speckit.plan, file: commands/plan.md}\n",
                );
                write(r, ".specify/presets/conv/plan-template.md", "# Convention\n");
                write(
                    r,
                    ".specify/presets/a-escape/preset.yml",
                    "provides:\n  templates:\n    - {type: template, name: plan-template, file: ../conv/plan-template.md}\n",
                );
                write(
                    r,
                    ".specify/presets/a-escape/templates/plan-template.md",
                    "# Not used\n",
                );
            }),
        ),
        (
            "extensions by registry, under a composing preset",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                write(
                    r,
                    ".specify/extensions/alpha/templates/plan-template.md",
                    "# Alpha ext\n",
                );
                write(r, ".specify/extensions/zulu/plan-template.md", "# Zulu ext\n");
                write(
                    r,
                    ".specify/extensions/.registry",
                    r#"{"extensions": {"zulu": {"priority": 1}}}"#,
                );
                preset(r, "p", "wrap", "[{CORE_TEMPLATE}]");
            }),
        ),
        (
            "BOMs, CRLF and non-ASCII text",
            Box::new(|r: &Path| {
                write(r, CORE, "\u{FEFF}# Plan : [FEATURE]\r\n\r\n## Résumé\r\n");
                preset(r, "ko", "append", "\u{FEFF}## 요약\n");
            }),
        ),
        (
            "invalid manifest (YAML 1.1: file: yes is a boolean)",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                write(
                    r,
                    ".specify/presets/bad/preset.yml",
                    "provides:\n  templates:\n    - {type: template, name: plan-template, file: yes}\n",
                );
            }),
        ),
        (
            "wrap without {CORE_TEMPLATE}",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                preset(r, "frame", "wrap", "nothing to wrap into\n");
            }),
        ),
        (
            "composing layers without a base",
            Box::new(|r: &Path| preset(r, "only", "prepend", "alone\n")),
        ),
        (
            "invalid extension registry",
            Box::new(|r: &Path| {
                write(r, CORE, "# Core\n");
                write(r, ".specify/extensions/.registry", "[]");
                write(r, ".specify/extensions/e/plan-template.md", "# E\n");
            }),
        ),
        (
            "nothing at all",
            Box::new(|r: &Path| fs::create_dir_all(r.join(".specify/templates")).unwrap()),
        ),
    ]
}

#[test]
fn resolution_matches_spec_kits_resolve_template_sh_byte_for_byte() {
    let Some(reference) = reference() else {
        println!("skipped: spec-kit's scripts are not here (../shared/reference/spec-kit-main or SPECKIT_REFERENCE)");
        return;
    };
    if let Some(tool) = missing_tool() {
        println!("skipped: {tool} is not installed");
        return;
    }
    let script = reference.join("scripts/bash/resolve-template.sh");
    let mut compared = 0;
    for (name, build) in cases() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join(".specify")).unwrap();
        build(dir.path());
        let bash = Command::new("bash")
            .arg(&script)
            .arg("plan-template")
            .current_dir(dir.path())
            .env_remove("SPECIFY_INIT_DIR")
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        let ours = resolve(&Store::new(dir.path()).unwrap(), "plan-template");
        if bash.status.success() {
            let ours = ours
                .unwrap_or_else(|e| panic!("{name}: spec-kit resolves it, SpecDesk fails: {e}"))
                .unwrap_or_else(|| panic!("{name}: spec-kit resolves it, SpecDesk finds nothing"));
            assert_eq!(
                ours.exact.as_bytes(),
                bash.stdout.as_slice(),
                "{name}: ours {:?}, spec-kit's {:?}",
                ours.exact,
                String::from_utf8_lossy(&bash.stdout)
            );
        } else {
            assert!(
                !matches!(ours, Ok(Some(_))),
                "{name}: spec-kit fails ({}), SpecDesk resolves {ours:?}",
                String::from_utf8_lossy(&bash.stderr)
            );
        }
        compared += 1;
    }
    assert_eq!(compared, cases().len());
    println!("{compared} repositories resolved the same as spec-kit's resolve-template.sh");
}
