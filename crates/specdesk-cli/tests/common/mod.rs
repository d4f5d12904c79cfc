//! What the CLI's test files share (each test file is its own crate and uses part of it).

use assert_cmd::Command;

/// The CLI speaking English whatever the test's own locale (its text is asserted in English).
#[allow(dead_code)]
pub fn cli() -> Command {
    cli_in("C.UTF-8")
}

/// The CLI with `LANG=lang` and no other locale variable (the test's own environment aside).
#[allow(dead_code)]
pub fn cli_in(lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("specdesk-cli").expect("binary built");
    cmd.env("LANG", lang)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}
