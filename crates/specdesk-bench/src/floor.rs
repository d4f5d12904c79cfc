//! The floor: walk a folder, read every matching file and run pulldown-cmark over it (with
//! SpecDesk's options), single-threaded, doing nothing with the result but counting events.
//!
//! `specdesk-cli check` does this plus building its model and validating; this is what no
//! Markdown tool can go below.

use pulldown_cmark::Parser;
use specdesk_core::markdown;
use std::fs;
use std::io;
use std::path::Path;

/// What the floor saw.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FloorCount {
    pub files: usize,
    pub bytes: usize,
    pub events: usize,
}

/// Walk `root` (symlinks not followed, hidden folders skipped) and parse every file whose name
/// is `name` (any `*.md` file when `name` is `None`). Files that are not UTF-8 are skipped.
pub fn run(root: &Path, name: Option<&str>) -> io::Result<FloorCount> {
    let mut count = FloorCount::default();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let file_name = entry.file_name();
            let file_name = file_name.to_string_lossy();
            let file_type = entry.file_type()?;
            if file_type.is_dir() && !file_name.starts_with('.') {
                stack.push(entry.path());
            } else if file_type.is_file() && matches_name(&file_name, name) {
                let bytes = fs::read(entry.path())?;
                let Ok(text) = String::from_utf8(bytes) else {
                    continue;
                };
                count.files += 1;
                count.bytes += text.len();
                count.events += parse_events(&text);
            }
        }
    }
    Ok(count)
}

fn matches_name(file_name: &str, name: Option<&str>) -> bool {
    match name {
        Some(name) => file_name == name,
        None => file_name.ends_with(".md"),
    }
}

/// The number of pulldown-cmark events (with offsets, as SpecDesk parses) of `text`.
pub fn parse_events(text: &str) -> usize {
    Parser::new_ext(text, markdown::options())
        .into_offset_iter()
        .count()
}
