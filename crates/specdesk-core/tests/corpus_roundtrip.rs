//! Every Markdown file of the shared corpus (real spec-kit repositories) survives
//! `Store::read` → `Store::write` of the same text byte-for-byte.
//!
//! The corpus is found at `$SPECDESK_CORPUS`, else `../shared/corpus` beside the workspace;
//! without it the test prints a notice and passes.

use specdesk_core::store::{Expected, LineEnding, Store};
use specdesk_core::CoreError;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn corpus_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("SPECDESK_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"),
    };
    dir.is_dir().then_some(dir)
}

/// Copy `from` into `to` recursively (regular files and folders only).
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let ft = entry.file_type().unwrap();
        let dest = to.join(entry.file_name());
        if ft.is_dir() {
            copy_tree(&entry.path(), &dest);
        } else if ft.is_file() {
            fs::copy(entry.path(), &dest).unwrap();
            // The corpus may be read-only; the copy must be writable.
            let mut perms = fs::metadata(&dest).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            fs::set_permissions(&dest, perms).unwrap();
        }
    }
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

#[test]
fn every_corpus_markdown_file_round_trips_byte_for_byte() {
    let Some(corpus) = corpus_dir() else {
        println!("skipping: ../shared/corpus not found");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&corpus, tmp.path());
    let store = Store::new(tmp.path()).unwrap();
    let mut files = Vec::new();
    markdown_files(store.root(), &mut files);
    files.sort();

    let mut endings: BTreeMap<String, usize> = BTreeMap::new();
    let mut refused = Vec::new();
    let mut bom = 0;
    for path in &files {
        let original = fs::read(path).unwrap();
        let file = match store.read(path) {
            Ok(file) => file,
            Err(e @ (CoreError::InvalidUtf8 { .. } | CoreError::Binary { .. })) => {
                refused.push(e.to_string());
                continue;
            }
            Err(e) => panic!("{}: unexpected error {e}", path.display()),
        };
        *endings.entry(format!("{:?}", file.line_ending)).or_default() += 1;
        bom += usize::from(file.bom);
        let outcome = store
            .write(path, &file.text, Expected::Hash(file.hash.clone()))
            .unwrap_or_else(|e| panic!("{}: write failed: {e}", path.display()));
        let written = fs::read(path).unwrap();
        assert!(
            written == original,
            "{}: bytes changed by read → write",
            path.display()
        );
        assert_eq!(outcome.hash, file.hash, "{}", path.display());
        let has_crlf = original.windows(2).any(|w| w == b"\r\n");
        assert_eq!(
            has_crlf,
            matches!(file.line_ending, LineEnding::Crlf | LineEnding::Mixed),
            "{}",
            path.display()
        );
    }
    println!(
        "corpus round trip: {} Markdown files, {} round-tripped, {} refused, {} with BOM, line endings {:?}",
        files.len(),
        files.len() - refused.len(),
        refused.len(),
        bom,
        endings
    );
    for reason in &refused {
        println!("  refused: {reason}");
    }
    assert!(!files.is_empty(), "the corpus holds no Markdown files");
    assert!(refused.len() < files.len(), "every corpus file was refused");
}
