//! `specdesk`'s command line, defined once: for `--help` and `--version` (answered before any
//! window opens) and for the manual page, `packaging/man/specdesk.1`, generated from this
//! definition with `clap_mangen` (a test keeps the committed page in sync; `UPDATE_MANPAGES=1`
//! rewrites it).
//!
//! The app reads its arguments itself ([`crate::state::launch_argument`], the data directory in
//! [`crate::session`]) and ignores options it does not know, which WebKit's automation mode may
//! add; this definition only has to describe them.

use clap::{Arg, ArgAction, Command};

/// The definition of `specdesk`'s command line.
pub fn command() -> Command {
    Command::new("specdesk")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Review and edit spec-kit plans with live validation")
        .long_about(
            "SpecDesk opens a spec-kit repository (one folder per feature under specs/) and shows each \
             plan in a split Markdown editor with a live preview, checked against the repository's plan \
             template. It tracks checklist and task progress, keeps a local history of every spec \
             document, and never overwrites a change made on disk by someone else.",
        )
        .arg(
            Arg::new("path")
                .value_name("PATH")
                .help("The spec-kit repository to open (any folder inside it)")
                .long_help(
                    "The spec-kit repository to open (any folder inside it). Without it, SpecDesk \
                     reopens the repository of the last session, or else its demo repository. When \
                     the installed demo is not writable, SpecDesk opens your own copy of it, made in \
                     its data folder on first use (Help > Reset Demo Repository starts it afresh).",
                ),
        )
        .arg(
            Arg::new("data-dir")
                .long("data-dir")
                .value_name("DIR")
                .require_equals(true)
                .help("Keep SpecDesk's data in DIR")
                .long_help(
                    "Keep SpecDesk's data (session, crash journal, local history, the copy of the \
                     demo) in DIR instead of $SPECDESK_DATA_DIR or $XDG_DATA_HOME/dev.specdesk.app.",
                ),
        )
        .after_long_help("Environment: SPECDESK_DATA_DIR names the data folder when --data-dir is not given.")
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Print help"),
        )
        .disable_help_flag(true)
}

/// `--help` or `--version` among `args`: the text to print before exiting, without starting the
/// app. Anything else (a path, options the app or WebKit handle) is left to the app.
pub fn early_answer(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<String> {
    let args: Vec<_> = args.into_iter().collect();
    let asks = |names: &[&str]| args.iter().any(|arg| names.iter().any(|name| arg == *name));
    if asks(&["--help", "-h"]) {
        return Some(command().render_long_help().to_string());
    }
    if asks(&["--version", "-V"]) {
        return Some(command().render_version());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_definition_is_valid_and_parses_what_the_app_accepts() {
        command().debug_assert();
        let matches = command()
            .try_get_matches_from(args(&["specdesk", "--data-dir=/d", "/r"]))
            .unwrap();
        assert_eq!(matches.get_one::<String>("path").map(String::as_str), Some("/r"));
        assert_eq!(
            matches.get_one::<String>("data-dir").map(String::as_str),
            Some("/d")
        );
    }

    #[test]
    fn help_and_version_are_answered_and_nothing_else_is() {
        let help = early_answer(args(&["--help"])).unwrap();
        assert!(
            help.contains("--data-dir=<DIR>") && help.contains("[PATH]"),
            "{help}"
        );
        let version = early_answer(args(&["-V"])).unwrap();
        assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
        assert_eq!(early_answer(args(&["/r", "--automation"])), None);
    }

    /// The manual page, `specdesk(1)`: clap_mangen's sections, then environment, files and see-also.
    fn manual_page() -> std::io::Result<Vec<u8>> {
        let man = clap_mangen::Man::new(command()).date("");
        let mut page = Vec::new();
        man.render_title(&mut page)?;
        man.render_name_section(&mut page)?;
        man.render_synopsis_section(&mut page)?;
        man.render_description_section(&mut page)?;
        man.render_options_section(&mut page)?;
        page.extend_from_slice(
            concat!(
                ".SH ENVIRONMENT\n.TP\n\\fBSPECDESK_DATA_DIR\\fR\n",
                "The data folder, when \\fB\\-\\-data\\-dir\\fR is not given.\n",
                ".SH FILES\n.TP\n\\fI$XDG_DATA_HOME/dev.specdesk.app/\\fR\n",
                "The data folder: session.json (recent repositories, last place), the crash journal of ",
                "unsaved edits, local history, and demo\\-repo/, your own copy of the demo repository.\n",
                ".TP\n\\fI/usr/lib/SpecDesk/demo\\-repo/\\fR\n",
                "The demo repository as installed; SpecDesk never modifies it.\n",
                ".SH SEE ALSO\n\\fBspecdesk\\-cli\\fR(1), \\fBgit\\fR(1)\n",
            )
            .as_bytes(),
        );
        man.render_version_section(&mut page)?;
        Ok(page)
    }

    #[test]
    fn the_committed_manual_page_is_generated_from_this_definition() {
        let page = manual_page().expect("a manual page renders into memory");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/man/specdesk.1");
        if std::env::var_os("UPDATE_MANPAGES").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &page).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == page,
            "{} is out of date: UPDATE_MANPAGES=1 cargo test -p specdesk --lib cli",
            path.display()
        );
    }
}
