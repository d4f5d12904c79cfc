//! The manual pages, `packaging/man/specdesk-cli.1` and one `specdesk-cli-<command>.1` per
//! command, generated from the CLI's own definition with `clap_mangen`. The test below keeps the
//! committed pages in sync with [`Cli`]; `UPDATE_MANPAGES=1` rewrites them.

use crate::Cli;
use clap::CommandFactory;
use clap_mangen::Man;
use std::path::Path;

/// `specdesk-cli(1)`: clap_mangen's sections with the command list, then exit status and files.
fn main_page() -> std::io::Result<Vec<u8>> {
    let man = Man::new(Cli::command()).date("");
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    man.render_subcommands_section(&mut page)?;
    page.extend_from_slice(
        concat!(
            ".SH \"EXIT STATUS\"\n",
            ".TP\n\\fB0\\fR\nSuccess; for \\fBcheck\\fR, no errors.\n",
            ".TP\n\\fB1\\fR\n\\fBcheck\\fR found errors (with \\fB\\-\\-strict\\fR, errors or warnings); ",
            "\\fBcoverage \\-\\-strict\\fR found a requirement without a task.\n",
            ".TP\n\\fB2\\fR\nA usage error, an unreadable repository or file, or an invalid specdesk.toml.\n",
            ".SH FILES\n.TP\n\\fIspecdesk.toml\\fR\n",
            "At the repository's root: rule levels, ignored paths, extra specs roots and the template.\n",
            ".SH \"SEE ALSO\"\n\\fBspecdesk\\fR(1); each command's page, e.g. \\fBspecdesk\\-cli\\-check\\fR(1)\n",
        )
        .as_bytes(),
    );
    man.render_version_section(&mut page)?;
    Ok(page)
}

/// Every page: (file name, contents).
fn pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut pages = vec![("specdesk-cli.1".to_string(), main_page()?)];
    let mut cli = Cli::command();
    cli.build(); // adds the `help` command
    for command in cli.get_subcommands() {
        let name = format!("specdesk-cli-{}", command.get_name());
        let page_command = command
            .clone()
            .name(name.clone())
            .bin_name(format!("specdesk-cli {}", command.get_name()))
            .version(cli.get_version().unwrap_or_default().to_string());
        let mut page = Vec::new();
        Man::new(page_command).date("").render(&mut page)?;
        pages.push((format!("{name}.1"), page));
    }
    Ok(pages)
}

#[test]
fn the_committed_manual_pages_are_generated_from_the_cli_definition() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packaging/man");
    let update = std::env::var_os("UPDATE_MANPAGES").is_some();
    let pages = pages().expect("manual pages render into memory");
    assert!(pages.len() > 5, "one page per command");
    for (name, page) in pages {
        let path = dir.join(&name);
        if update {
            std::fs::write(&path, &page).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == page,
            "{} is out of date: UPDATE_MANPAGES=1 cargo test -p specdesk-cli --bin specdesk-cli manual",
            path.display()
        );
    }
    // No page is left for a command that no longer exists.
    let mut cli = Cli::command();
    cli.build();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(command) = name
            .strip_prefix("specdesk-cli-")
            .and_then(|n| n.strip_suffix(".1"))
        {
            assert!(
                cli.find_subcommand(command).is_some(),
                "{name} documents no command"
            );
        }
    }
}
