//! `history PATH [--restore ID | --restore-deleted]`: the local history the app keeps, from a
//! terminal — the same store in the same data directory, restores through the same
//! compare-and-swap write.

use crate::CliError;
use chrono::{Local, TimeZone};
use specdesk_core::history::{self, HistoryStore, Restored, Version, VersionSource};
use specdesk_core::i18n::{Localizer, Message};
use specdesk_core::repo::find_root;
use specdesk_core::store::Store;
use specdesk_core::CoreError;
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

/// Characters of a version id shown in listings (any unique prefix of 4+ is accepted back).
const SHOWN_ID: usize = 12;

/// A path the user named, which may no longer exist (a deleted file or feature folder).
pub struct Target {
    pub root: PathBuf,
    /// Repository-relative, `/`-separated; empty for the root itself.
    pub rel: String,
}

/// Find the repository and the repository-relative path of `path`, which may be gone: the
/// nearest existing ancestor locates the repository.
pub fn resolve_target(path: &Path) -> Result<Target, CliError> {
    let cwd = std::env::current_dir().map_err(|source| CliError::Io {
        path: PathBuf::from("."),
        source,
    })?;
    let abs = lexical_normalize(&cwd.join(path));
    let mut existing = abs.as_path();
    let mut missing: Vec<&std::ffi::OsStr> = Vec::new();
    while !existing.exists() {
        let Some(name) = existing.file_name() else {
            break;
        };
        missing.push(name);
        existing = existing.parent().unwrap_or(Path::new("/"));
    }
    let real = std::fs::canonicalize(existing).map_err(|e| CoreError::io(existing, e))?;
    let dir = if real.is_dir() {
        real.clone()
    } else {
        real.parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| real.clone())
    };
    let root = find_root(&dir)?;
    let mut full = real;
    for name in missing.iter().rev() {
        full.push(name);
    }
    let rel = full
        .strip_prefix(&root)
        .map_err(|_| CoreError::OutsideRepo { path: full.clone() })?;
    let rel = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Ok(Target { root, rel })
}

/// `a/b/../c/./d` → `a/c/d`, without touching the disk.
fn lexical_normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The data directory, or a usage error saying how to set one.
pub fn data_dir() -> Result<PathBuf, CliError> {
    history::default_data_dir().ok_or_else(|| {
        CliError::Said(Message::new("cli-history-no-data-dir").arg("variable", history::DATA_DIR_ENV))
    })
}

pub fn open(target: &Target) -> Result<HistoryStore, CliError> {
    Ok(HistoryStore::open(&data_dir()?, &target.root)?)
}

fn when(at_ms: i64) -> String {
    match Local.timestamp_millis_opt(at_ms).single() {
        Some(t) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
        None => at_ms.to_string(),
    }
}

fn size(bytes: u64) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    }
}

fn short(id: &str) -> &str {
    id.get(..SHOWN_ID).unwrap_or(id)
}

/// How `source` made a version, in `l`'s language (`saved here`, `changed on disk`, …).
fn source_label(source: VersionSource, l: &Localizer) -> String {
    l.text(match source {
        VersionSource::Saved => "cli-history-saved",
        VersionSource::Disk => "cli-history-disk",
        VersionSource::Restored => "cli-history-restored",
        VersionSource::Deleted => "cli-history-deleted",
    })
}

/// `text` padded with spaces to `width` terminal columns (a wide character takes two).
fn pad(text: &str, width: usize) -> String {
    let used: usize = text
        .chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum();
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

/// The versions of one file or of every file under a folder, newest first, grouped by file, in
/// `l`'s language.
pub fn text_listing(
    target: &Target,
    versions: &[Version],
    on_disk: impl Fn(&str) -> bool,
    l: &Localizer,
) -> String {
    let mut out = String::new();
    if versions.is_empty() {
        let what = if target.rel.is_empty() {
            l.text("cli-history-the-repository")
        } else {
            target.rel.clone()
        };
        let none = Message::new("cli-history-none").arg("path", what);
        let _ = writeln!(out, "{}", l.format(&none));
        return out;
    }
    let mut paths: Vec<&str> = versions.iter().map(|v| v.path.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    for path in paths {
        let of_path: Vec<&Version> = versions.iter().filter(|v| v.path == path).collect();
        let heading = Message::new(if on_disk(path) {
            "cli-history-versions"
        } else {
            "cli-history-versions-gone"
        })
        .arg("path", path)
        .arg("count", of_path.len());
        let _ = writeln!(out, "{}", l.format(&heading));
        for v in of_path {
            let change = if v.is_deletion() {
                format!("−{}", v.removed)
            } else {
                format!("+{} −{}", v.added, v.removed)
            };
            let _ = writeln!(
                out,
                "  {:<12}  {}  {}  {:>9}  {}",
                short(&v.id),
                when(v.at),
                pad(&source_label(v.source, l), 15),
                if v.is_deletion() {
                    "—".to_string()
                } else {
                    size(v.size)
                },
                change
            );
        }
    }
    let _ = writeln!(out, "\n{}", l.text("cli-history-restore-hint"));
    out
}

/// `{version, path, versions[]}`.
pub fn json_listing(target: &Target, versions: &[Version]) -> String {
    let doc = serde_json::json!({ "version": 1, "path": target.rel, "versions": versions });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// One line per restored file, and how to undo it, in `l`'s language.
pub fn text_restored(restored: &[Restored], l: &Localizer) -> String {
    let mut out = String::new();
    if restored.is_empty() {
        let _ = writeln!(out, "{}", l.text("cli-history-nothing-to-restore"));
    }
    for r in restored {
        let from = &r.from;
        if r.write.is_none() {
            let same = Message::new("cli-history-already")
                .arg("path", &from.path)
                .arg("id", short(&from.id));
            let _ = writeln!(out, "{}", l.format(&same));
            continue;
        }
        let done = Message::new("cli-history-restored-to")
            .arg("path", &from.path)
            .arg("id", short(&from.id))
            .arg("when", when(from.at))
            .arg("source", source_label(from.source, l));
        let _ = writeln!(out, "{}", l.format(&done));
        if let Some(replaced) = &r.replaced {
            let undo = Message::new("cli-history-undo")
                .arg("path", &from.path)
                .arg("id", short(&replaced.id));
            let _ = writeln!(out, "  {}", l.format(&undo));
        }
    }
    out
}

pub fn json_restored(restored: &[Restored]) -> String {
    let doc = serde_json::json!({ "version": 1, "restored": restored });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Whether `rel` exists in the repository (through the store's confinement).
pub fn on_disk(store: &Store, rel: &str) -> bool {
    store.resolve(Path::new(rel)).map(|p| p.exists()).unwrap_or(false)
}
