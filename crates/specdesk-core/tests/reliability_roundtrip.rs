//! Round-trip fidelity: `Store::read` → `Store::write` of the unchanged text is byte-identical,
//! for every file of the shared corpus (not only Markdown) and for generated files mixing BOM,
//! CRLF, mixed and lone-CR line endings, trailing spaces, tabs, missing final newlines and
//! non-ASCII text. Also: the text an editor hands back with its line breaks normalised to `\n`
//! still round-trips for LF and CRLF files, and ticking a task changes exactly one byte on disk.

mod reliability_support;

use reliability_support::{corpus_dir, env_usize, files_below, Rng};
use specdesk_core::edit::{apply_edits, toggle_task};
use specdesk_core::markdown::task_items;
use specdesk_core::store::{Expected, LineEnding, Store};
use specdesk_core::CoreError;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Read `rel`, write the same text back, and return the bytes before and after.
fn read_write_unchanged(store: &Store, rel: &Path) -> Result<(Vec<u8>, Vec<u8>), CoreError> {
    let abs = store.root().join(rel);
    let before = fs::read(&abs).unwrap();
    let file = store.read(rel)?;
    let outcome = store.write(rel, &file.text, Expected::Hash(file.hash.clone()))?;
    let after = fs::read(&abs).unwrap();
    assert_eq!(outcome.hash, file.hash, "{}", rel.display());
    Ok((before, after))
}

/// What a CodeMirror document gives back: every line break as `\n`.
fn editor_normalised(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[test]
fn every_corpus_file_round_trips_byte_for_byte() {
    let Some(corpus) = corpus_dir() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&corpus, tmp.path());
    let store = Store::new(tmp.path()).unwrap();
    let mut round_tripped = 0;
    let mut refused: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut endings: BTreeMap<String, usize> = BTreeMap::new();
    let mut editor_losses = Vec::new();
    let files = files_below(store.root());
    for abs in &files {
        let rel = abs.strip_prefix(store.root()).unwrap();
        match read_write_unchanged(&store, rel) {
            Ok((before, after)) => {
                assert!(
                    before == after,
                    "{}: bytes changed by read → write",
                    rel.display()
                );
                round_tripped += 1;
            }
            Err(e) => {
                assert!(
                    matches!(
                        e,
                        CoreError::Binary { .. } | CoreError::InvalidUtf8 { .. } | CoreError::TooLarge { .. }
                    ),
                    "{}: unexpected {e}",
                    rel.display()
                );
                *refused.entry(e.kind()).or_default() += 1;
                continue;
            }
        }
        let file = store.read(rel).unwrap();
        *endings.entry(format!("{:?}", file.line_ending)).or_default() += 1;
        // The editor's normalised text comes back identical unless the file mixes endings.
        let before = fs::read(abs).unwrap();
        store
            .write(rel, &editor_normalised(&file.text), Expected::Hash(file.hash))
            .unwrap();
        if fs::read(abs).unwrap() != before {
            editor_losses.push((rel.display().to_string(), file.line_ending));
            fs::write(abs, &before).unwrap();
        }
    }
    println!(
        "corpus: {} files, {round_tripped} round-tripped byte-identical, refused {refused:?}, line endings {endings:?}",
        files.len()
    );
    println!(
        "editor-normalised text differs only for {} mixed/lone-CR files: {editor_losses:?}",
        editor_losses.len()
    );
    assert!(round_tripped > 0, "nothing round-tripped");
    for (path, ending) in &editor_losses {
        assert_eq!(*ending, LineEnding::Mixed, "{path}: an LF or CRLF file changed");
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for file in files_below(from) {
        let dest = to.join(file.strip_prefix(from).unwrap());
        fs::create_dir_all(dest.parent().unwrap()).unwrap();
        fs::copy(&file, &dest).unwrap();
        let mut perms = fs::metadata(&dest).unwrap().permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(false);
        fs::set_permissions(&dest, perms).unwrap();
    }
}

/// Line break styles for generated files.
const BREAKS: &[&str] = &["\n", "\r\n", "\r"];

/// One generated document: lines with odd whitespace, tasks, non-ASCII, in the given break style
/// (`None`: each line picks its own).
fn generated_file(rng: &mut Rng, style: Option<&str>, bom: bool, final_newline: bool) -> Vec<u8> {
    let pieces = [
        "# Title",
        "## Section\t",
        "- [ ] task one",
        "- [x] done  ",
        "\t- [ ] indented",
        "plain text   ",
        "",
        "   ",
        "| a | b |",
        "|---|---|",
        "| 1 | 2 |",
        "```",
        "code\twith tabs",
        "```",
        "Ünïcödé — 中文 — 🚀",
        "> quote",
        "trailing backslash\\",
        "* [X] upper",
        "text with \u{a0}nbsp",
        "1. [ ] numbered",
    ];
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    let lines = rng.between(0, 30);
    for i in 0..lines {
        out.push_str(pieces[rng.below(pieces.len())]);
        if i + 1 < lines || final_newline {
            out.push_str(style.unwrap_or_else(|| *rng.pick(BREAKS)));
        }
    }
    out.into_bytes()
}

#[test]
fn generated_files_round_trip_byte_for_byte() {
    let count = env_usize("SPECDESK_ROUNDTRIP_FILES", 600);
    let mut rng = Rng::new(7);
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path()).unwrap();
    let mut by_ending: BTreeMap<String, usize> = BTreeMap::new();
    for n in 0..count {
        let style = match n % 4 {
            0 => Some("\n"),
            1 => Some("\r\n"),
            2 => Some("\r"),
            _ => None,
        };
        let bytes = generated_file(&mut rng, style, n % 3 == 0, n % 5 != 0);
        let rel = Path::new("gen").join(format!("{n}.md"));
        fs::create_dir_all(tmp.path().join("gen")).unwrap();
        fs::write(tmp.path().join(&rel), &bytes).unwrap();
        let (before, after) = read_write_unchanged(&store, &rel).unwrap();
        assert!(
            before == after,
            "file {n} changed: {:?} → {:?}",
            String::from_utf8_lossy(&before),
            String::from_utf8_lossy(&after)
        );
        let file = store.read(&rel).unwrap();
        *by_ending.entry(format!("{:?}", file.line_ending)).or_default() += 1;
        // LF and CRLF files survive the editor's normalisation.
        if matches!(style, Some("\n") | Some("\r\n")) {
            store
                .write(&rel, &editor_normalised(&file.text), Expected::Hash(file.hash))
                .unwrap();
            assert!(
                fs::read(tmp.path().join(&rel)).unwrap() == before,
                "file {n}: normalised text changed the bytes"
            );
        }
    }
    println!("{count} generated files round-tripped; line endings {by_ending:?}");
    assert!(
        by_ending.len() >= 3,
        "the generator did not cover the line-ending styles"
    );
}

#[test]
fn ticking_a_task_changes_exactly_one_byte_on_disk() {
    let mut rng = Rng::new(11);
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path()).unwrap();
    let mut toggles = 0;
    for n in 0..300 {
        let style = [Some("\n"), Some("\r\n"), None][n % 3];
        let bytes = generated_file(&mut rng, style, n % 2 == 0, n % 7 != 0);
        let rel = Path::new(&format!("t{n}.md")).to_path_buf();
        fs::write(tmp.path().join(&rel), &bytes).unwrap();
        let file = store.read(&rel).unwrap();
        let tasks = task_items(&file.text).len();
        if tasks == 0 {
            continue;
        }
        let which = rng.below(tasks);
        let edit = toggle_task(&file.text, which).unwrap();
        let text = apply_edits(&file.text, &[edit]).unwrap();
        store.write(&rel, &text, Expected::Hash(file.hash)).unwrap();
        let after = fs::read(tmp.path().join(&rel)).unwrap();
        assert_eq!(after.len(), bytes.len(), "file {n}: length changed");
        let differing = bytes.iter().zip(&after).filter(|(a, b)| a != b).count();
        assert_eq!(differing, 1, "file {n}: {differing} bytes changed");
        toggles += 1;
    }
    assert!(toggles > 100, "only {toggles} files had tasks");
}
