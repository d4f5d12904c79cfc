//! The CLI in the environment's language: `check`'s text in Korean, Japanese and Simplified
//! Chinese, and its JSON (and SARIF, and `status --format json`) byte for byte what SpecDesk
//! printed before it spoke any language but English, under every locale.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

/// The locales the JSON must not depend on.
const LOCALES: [&str; 5] = [
    "C.UTF-8",
    "en_US.UTF-8",
    "ko_KR.UTF-8",
    "ja_JP.UTF-8",
    "zh_CN.UTF-8",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The CLI with `LANG=lang` and no other locale variable (the test's own environment aside).
fn cli(lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("specdesk-cli").expect("binary built");
    cmd.env("LANG", lang)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read fixture").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy fixture");
        }
    }
}

/// A copy of `tests/fixtures/i18n-repo` (plans with a problem of almost every rule, one in
/// Korean) outside any git repository.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixtures().join("i18n-repo"), tmp.path());
    tmp
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn json_is_what_it_always_was_under_every_locale() {
    // The expected files are the output of SpecDesk before it was translated (the commit before
    // the languages), on this fixture.
    let repo = repo();
    let cases: [(&[&str], &str); 3] = [
        (&["check", "--format", "json"], "i18n-repo.check.json"),
        (&["check", "--format", "sarif"], "i18n-repo.check.sarif"),
        (&["status", "--format", "json"], "i18n-repo.status.json"),
    ];
    for (args, file) in cases {
        let expected = fs::read_to_string(fixtures().join(file)).expect("expected output");
        for lang in LOCALES {
            let got = stdout(cli(lang).args(args).arg(repo.path()));
            assert!(
                got == expected,
                "{} under LANG={lang} differs from tests/fixtures/{file}:\n{got}",
                args.join(" ")
            );
        }
    }
}
