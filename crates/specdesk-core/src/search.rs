//! Find in Specs: a literal text search over every Markdown document under the repository's
//! specs folders, grouped by document, each hit with its exact [`Span`] (for the editor) and the
//! line split around the match (for the result list).
//!
//! The query is literal (no regular expression syntax) and case-insensitive unless asked
//! otherwise (Unicode simple case folding, so `É` finds `é`). Files are read through the
//! [`Store`] (size, binary and UTF-8 checks): those it refuses are skipped and counted, never
//! an error. The number of hits is bounded ([`MAX_HITS`]); [`SearchResults::truncated`] says
//! when more were left out.

use crate::error::{CoreError, Result};
use crate::repo::Repository;
use crate::span::{LineIndex, Span};
use crate::store::Store;
use rayon::prelude::*;
use regex::{Regex, RegexBuilder};
use serde::Serialize;
use std::fs;
use std::path::Path;

/// At most this many hits are returned in all.
pub const MAX_HITS: usize = 1000;

/// At most this many hits are returned per document.
pub const MAX_HITS_PER_DOCUMENT: usize = 100;

/// At most this many files are searched (a runaway specs folder must not stall the app).
pub const MAX_FILES: usize = 20_000;

/// Characters of context kept on each side of a match in a hit's excerpt.
const CONTEXT_CHARS: usize = 60;

/// Folders below a specs folder are searched this deep.
const MAX_DEPTH: usize = 8;

/// The longest query accepted, in bytes.
const MAX_QUERY_BYTES: usize = 1000;

/// One match: where it is and the line around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    /// The matched text in the document (select it with this span).
    pub span: Span,
    /// The line's text before the match (cut to some context, `…` marks a cut).
    pub before: String,
    /// The matched text as written in the document.
    pub matched: String,
    /// The line's text after the match (cut like `before`).
    pub after: String,
}

/// The hits in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentHits {
    /// Repository-relative path, `/`-separated.
    pub rel_path: String,
    /// The feature folder (`specs/001-photo-albums`) when the document is in one.
    pub feature_path: Option<String>,
    /// The feature folder's name (`001-photo-albums`) when the document is in one.
    pub feature: Option<String>,
    /// Path relative to the feature folder (or to the root outside features).
    pub name: String,
    pub hits: Vec<SearchHit>,
}

/// Everything a search found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub query: String,
    pub case_sensitive: bool,
    /// Documents with at least one hit, in path order.
    pub documents: Vec<DocumentHits>,
    /// Hits returned in all.
    pub total_hits: u32,
    /// Markdown files read.
    pub files_searched: u32,
    /// Markdown files skipped: unreadable, binary, not UTF-8 or too large.
    pub files_skipped: u32,
    /// More hits (or files) exist than were returned.
    pub truncated: bool,
}

/// Search every Markdown document under `repo`'s specs folders for `query` (literal). An empty
/// or over-long query is invalid input ([`CoreError::Refused`]).
pub fn search_specs(
    repo: &Repository,
    store: &Store,
    query: &str,
    case_sensitive: bool,
) -> Result<SearchResults> {
    let matcher = matcher(query, case_sensitive)?;
    let (files, too_many_files) = markdown_files(repo);
    let outcomes: Vec<FileOutcome> = files
        .par_iter()
        .map(|rel| search_file(repo, store, rel, &matcher))
        .collect();
    let mut results = SearchResults {
        query: query.to_string(),
        case_sensitive,
        documents: Vec::new(),
        total_hits: 0,
        files_searched: 0,
        files_skipped: 0,
        truncated: too_many_files,
    };
    for outcome in outcomes {
        match outcome {
            FileOutcome::Skipped => results.files_skipped += 1,
            FileOutcome::Searched(None) => results.files_searched += 1,
            FileOutcome::Searched(Some(doc)) => {
                results.files_searched += 1;
                add_document(&mut results, doc);
            }
        }
    }
    Ok(results)
}

/// The compiled literal matcher of `query`.
fn matcher(query: &str, case_sensitive: bool) -> Result<Regex> {
    if query.trim().is_empty() {
        return Err(CoreError::Refused {
            reason: crate::i18n::Message::new("error-search-empty"),
        });
    }
    if query.len() > MAX_QUERY_BYTES || query.contains('\n') {
        return Err(CoreError::Refused {
            reason: crate::i18n::Message::new("error-search-too-long").arg("bytes", MAX_QUERY_BYTES),
        });
    }
    RegexBuilder::new(&regex::escape(query))
        .case_insensitive(!case_sensitive)
        .build()
        .map_err(|e| CoreError::Invalid {
            message: format!("cannot search for this text: {e}"),
        })
}

/// Append `doc` to `results`, keeping the total within [`MAX_HITS`].
fn add_document(results: &mut SearchResults, mut doc: DocumentHits) {
    let room = MAX_HITS.saturating_sub(results.total_hits as usize);
    if room == 0 {
        results.truncated = true;
        return;
    }
    if doc.hits.len() > room {
        doc.hits.truncate(room);
        results.truncated = true;
    }
    if doc.hits.len() == MAX_HITS_PER_DOCUMENT {
        // Per-document cap reached (search_file stops there): there may be more.
        results.truncated = true;
    }
    results.total_hits += doc.hits.len() as u32;
    results.documents.push(doc);
}

enum FileOutcome {
    Skipped,
    Searched(Option<DocumentHits>),
}

/// Search one file; `None` inside when it has no hit.
fn search_file(repo: &Repository, store: &Store, rel: &str, matcher: &Regex) -> FileOutcome {
    let Ok(file) = store.read(Path::new(rel)) else {
        return FileOutcome::Skipped;
    };
    let hits = hits_in(&file.text, matcher);
    if hits.is_empty() {
        return FileOutcome::Searched(None);
    }
    let feature = repo.feature_of(rel);
    let name = match feature {
        Some(f) => rel[f.rel_path.len() + 1..].to_string(),
        None => rel.to_string(),
    };
    FileOutcome::Searched(Some(DocumentHits {
        rel_path: rel.to_string(),
        feature_path: feature.map(|f| f.rel_path.clone()),
        feature: feature.map(|f| f.dir_name.clone()),
        name,
        hits,
    }))
}

/// Every match of `matcher` in `text` (at most [`MAX_HITS_PER_DOCUMENT`]), with excerpts.
fn hits_in(text: &str, matcher: &Regex) -> Vec<SearchHit> {
    let index = LineIndex::new(text);
    matcher
        .find_iter(text)
        .filter(|m| !m.is_empty())
        .take(MAX_HITS_PER_DOCUMENT)
        .map(|m| {
            let line = line_around(text, m.start(), m.end());
            SearchHit {
                span: index.span(m.range()),
                before: cut_start(&text[line.start..m.start()]),
                matched: m.as_str().to_string(),
                after: cut_end(&text[m.end()..line.end]),
            }
        })
        .collect()
}

/// The byte range of the line(s) holding `start..end`, without the line break (nor a `\r`).
fn line_around(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[end..].find('\n').map(|i| end + i).unwrap_or(text.len());
    let line_end = if text[..line_end].ends_with('\r') && line_end > end {
        line_end - 1
    } else {
        line_end
    };
    line_start..line_end
}

/// The last [`CONTEXT_CHARS`] characters of `s` (leading blanks dropped), `…` when cut.
fn cut_start(s: &str) -> String {
    let s = s.trim_start();
    let count = s.chars().count();
    if count <= CONTEXT_CHARS {
        return s.to_string();
    }
    let skip = count - CONTEXT_CHARS;
    let kept: String = s.chars().skip(skip).collect();
    format!("…{kept}")
}

/// The first [`CONTEXT_CHARS`] characters of `s` (trailing blanks dropped), `…` when cut.
fn cut_end(s: &str) -> String {
    let s = s.trim_end();
    if s.chars().count() <= CONTEXT_CHARS {
        return s.to_string();
    }
    let kept: String = s.chars().take(CONTEXT_CHARS).collect();
    format!("{kept}…")
}

/// Every Markdown file under the specs folders (repository-relative, sorted, deduplicated),
/// and whether [`MAX_FILES`] cut the list. Hidden entries and symlinked folders are skipped.
fn markdown_files(repo: &Repository) -> (Vec<String>, bool) {
    let mut found = Vec::new();
    for dir in &repo.specs_dirs {
        collect_markdown(&repo.abs(&dir.rel_path), &dir.rel_path, 0, &mut found);
    }
    found.sort();
    found.dedup();
    let cut = found.len() > MAX_FILES;
    found.truncate(MAX_FILES);
    (found, cut)
}

fn collect_markdown(dir: &Path, rel: &str, depth: usize, found: &mut Vec<String>) {
    if found.len() > MAX_FILES {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else { continue };
        let child = format!("{rel}/{name}");
        if kind.is_dir() && depth < MAX_DEPTH {
            collect_markdown(&entry.path(), &child, depth + 1, found);
        } else if (kind.is_file() || kind.is_symlink()) && is_markdown(&name) {
            found.push(child);
        }
    }
}

fn is_markdown(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_with(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Repository, Store) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(".git")).unwrap();
        for (rel, bytes) in files {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, bytes).unwrap();
        }
        let repo = Repository::open(dir.path()).unwrap();
        let store = Store::new(&repo.root).unwrap();
        (dir, repo, store)
    }

    #[test]
    fn finds_literal_text_case_insensitively_grouped_by_document() {
        let (_d, repo, store) = repo_with(&[
            (
                "specs/001-albums/plan.md",
                b"# Plan\n\nShare ALBUMS with family.\n",
            ),
            ("specs/001-albums/spec.md", b"# Spec\nNothing here.\n"),
            (
                "specs/002-print/tasks.md",
                b"- [ ] T001 print albums (a.b*)\n- [ ] albums again\n",
            ),
            ("specs/README.md", b"About albums.\n"),
            ("specs/002-print/notes.txt", b"albums in a text file\n"),
            ("README.md", b"albums outside specs\n"),
        ]);
        let r = search_specs(&repo, &store, "albums", false).unwrap();
        let paths: Vec<_> = r.documents.iter().map(|d| d.rel_path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "specs/001-albums/plan.md",
                "specs/002-print/tasks.md",
                "specs/README.md"
            ]
        );
        assert_eq!(r.total_hits, 4);
        assert_eq!(r.files_searched, 4);
        assert_eq!(r.files_skipped, 0);
        assert!(!r.truncated);
        let plan = &r.documents[0];
        assert_eq!(plan.feature.as_deref(), Some("001-albums"));
        assert_eq!(plan.feature_path.as_deref(), Some("specs/001-albums"));
        assert_eq!(plan.name, "plan.md");
        let hit = &plan.hits[0];
        assert_eq!(
            (hit.before.as_str(), hit.matched.as_str(), hit.after.as_str()),
            ("Share ", "ALBUMS", " with family.")
        );
        assert_eq!((hit.span.line, hit.span.column), (3, 7));
        assert_eq!(r.documents[2].feature, None);
        assert_eq!(r.documents[2].name, "specs/README.md");

        let exact = search_specs(&repo, &store, "ALBUMS", true).unwrap();
        assert_eq!(exact.total_hits, 1);
        // Regex characters are literal.
        let literal = search_specs(&repo, &store, "(a.b*)", false).unwrap();
        assert_eq!(literal.total_hits, 1);
        assert_eq!(literal.documents[0].hits[0].span.line, 1);
        assert!(search_specs(&repo, &store, "a.c", false)
            .unwrap()
            .documents
            .is_empty());
    }

    #[test]
    fn unicode_matches_and_spans_are_exact() {
        let text = "# 사진\n\nCafé — ÉCLAIR 😀 éclair\r\nend\n";
        let (_d, repo, store) = repo_with(&[("specs/003-cafe/plan.md", text.as_bytes())]);
        let r = search_specs(&repo, &store, "éclair", false).unwrap();
        let hits = &r.documents[0].hits;
        assert_eq!(hits.len(), 2);
        for hit in hits {
            assert_eq!(&text[hit.span.range()], hit.matched);
            assert_eq!(hit.span.line, 3);
        }
        assert_eq!(hits[0].matched, "ÉCLAIR");
        // UTF-16 column: "Café — " is 7 units, so the match starts at column 8.
        assert_eq!(hits[0].span.column_utf16, 8);
        assert_eq!(hits[1].before, "Café — ÉCLAIR 😀 ");
        // The CR of a CRLF line is not part of the excerpt.
        assert_eq!(hits[1].after, "");
        assert_eq!(hits[1].span.column_utf16, 8 + 7 + 3);
        let korean = search_specs(&repo, &store, "사진", true).unwrap();
        assert_eq!(korean.documents[0].hits[0].span.line, 1);
    }

    #[test]
    fn skips_binary_invalid_and_oversize_files_and_counts_them() {
        let big = vec![b'a'; (crate::store::MAX_FILE_BYTES + 1) as usize];
        let (_d, repo, store) = repo_with(&[
            ("specs/001-a/plan.md", b"needle\n"),
            ("specs/001-a/bin.md", b"needle\0\x01"),
            ("specs/001-a/latin1.md", b"needle caf\xe9\n"),
            ("specs/001-a/huge.md", &big),
            ("specs/001-a/.hidden.md", b"needle\n"),
        ]);
        let r = search_specs(&repo, &store, "needle", false).unwrap();
        assert_eq!(r.total_hits, 1);
        assert_eq!(r.files_searched, 1);
        assert_eq!(r.files_skipped, 3);
    }

    #[test]
    fn results_are_bounded_and_long_lines_cut() {
        let many = "x needle ".repeat(MAX_HITS_PER_DOCUMENT + 5);
        let long_line = format!("{}needle{}\n", "b".repeat(200), "a".repeat(200));
        let mut files: Vec<(String, Vec<u8>)> = (0..12)
            .map(|i| (format!("specs/{:03}-f/plan.md", i + 1), many.clone().into_bytes()))
            .collect();
        files.push(("specs/999-z/plan.md".into(), long_line.into_bytes()));
        let borrowed: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (p.as_str(), b.as_slice())).collect();
        let (_d, repo, store) = repo_with(&borrowed);
        let r = search_specs(&repo, &store, "needle", false).unwrap();
        assert!(r.truncated);
        assert_eq!(r.total_hits as usize, MAX_HITS);
        assert!(r.documents.iter().all(|d| d.hits.len() <= MAX_HITS_PER_DOCUMENT));

        let (_d2, repo2, store2) = repo_with(&borrowed[12..]);
        let hit = &search_specs(&repo2, &store2, "needle", false).unwrap().documents[0].hits[0];
        assert_eq!(hit.before.chars().count(), CONTEXT_CHARS + 1);
        assert!(hit.before.starts_with('…') && hit.after.ends_with('…'));
    }

    #[test]
    fn empty_and_multiline_queries_are_refused() {
        let (_d, repo, store) = repo_with(&[("specs/001-a/plan.md", b"x\n")]);
        for bad in ["", "   ", "a\nb"] {
            assert!(matches!(
                search_specs(&repo, &store, bad, false),
                Err(CoreError::Refused { .. })
            ));
        }
        assert!(search_specs(&repo, &store, &"q".repeat(MAX_QUERY_BYTES + 1), false).is_err());
    }
}
