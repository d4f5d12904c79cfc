//! New features from the plan template: the `NNN-slug` folder name (as spec-kit's
//! `create-new-feature` script makes it), the next free number, and a `plan.md` whose header
//! tokens are filled in — written without ever replacing a file or folder that already exists.

use crate::error::{CoreError, Result};
use crate::plan::Plan;
use crate::repo::{parse_feature_dir, Repository, SpecsDir};
use crate::span::Span;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::OnceLock;

/// At most this many words make it into a slug.
const MAX_SLUG_WORDS: usize = 5;

/// A slug never grows past this many bytes (a longer single word is cut).
const MAX_SLUG_LEN: usize = 50;

/// Used when a title has no ASCII letters or digits at all (e.g. a Korean title).
const FALLBACK_SLUG: &str = "feature";

/// Feature numbers are zero-padded to at least this width (`001`).
const MIN_NUMBER_WIDTH: usize = 3;

/// Words that carry no meaning in a folder name; dropped unless nothing else is left.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "as",
    "is", "are", "be", "i", "we", "want", "need", "should", "can", "let", "my", "our", "your", "their",
    "this", "that",
];

/// What [`new_feature`] created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NewFeature {
    /// `009-share-albums`.
    pub dir_name: String,
    /// The feature folder, relative to the repository root (`specs/009-share-albums`).
    pub rel_path: String,
    /// The new plan, relative to the repository root (`specs/009-share-albums/plan.md`).
    pub plan_rel_path: String,
    /// The first placeholder left for the author, where the editor should put the cursor.
    pub first_placeholder: Option<Span>,
}

/// The folder-name slug of a feature title: lower-case ASCII words joined by `-`, stop words
/// dropped, at most [`MAX_SLUG_WORDS`] words and [`MAX_SLUG_LEN`] bytes; `feature` when the
/// title has no ASCII letters or digits.
pub fn slugify(title: &str) -> String {
    let words = ascii_words(title);
    let meaningful: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !STOP_WORDS.contains(w))
        .collect();
    let chosen = if meaningful.is_empty() {
        words.iter().map(String::as_str).collect()
    } else {
        meaningful
    };
    let slug = join_within_limits(&chosen);
    if slug.is_empty() {
        FALLBACK_SLUG.to_string()
    } else {
        slug
    }
}

/// Lower-case ASCII words of `text`; common Latin accents are folded (`é` → `e`), apostrophes
/// are dropped inside words, every other character separates words.
fn ascii_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if matches!(c, '\'' | '’') {
            continue;
        }
        match fold_to_ascii(c) {
            Some(folded) => current.push_str(folded),
            None if !current.is_empty() => words.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `c` as ASCII letters/digits, if it is one or a common accented Latin letter.
fn fold_to_ascii(c: char) -> Option<&'static str> {
    const ALNUM: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    if c.is_ascii_alphanumeric() {
        let i = ALNUM.find(c)?;
        return Some(&ALNUM[i..i + 1]);
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ð' => "d",
        _ => return None,
    };
    Some(folded)
}

/// `words` joined by `-`, stopping before the word or byte limit is passed.
fn join_within_limits(words: &[&str]) -> String {
    let mut slug = String::new();
    for word in words.iter().take(MAX_SLUG_WORDS) {
        let extra = word.len() + usize::from(!slug.is_empty());
        if slug.len() + extra > MAX_SLUG_LEN {
            if slug.is_empty() {
                // A single over-long word: cut it (ASCII, so any byte is a boundary).
                slug.push_str(&word[..MAX_SLUG_LEN]);
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}

/// The number for the next feature in `specs_dir`: the highest existing number plus one,
/// zero-padded to three digits (or to the width the existing numbers use, when wider).
pub fn next_number(specs_dir: &SpecsDir) -> String {
    next_number_after(specs_dir.features.iter().map(|f| f.number.as_str()))
}

/// [`next_number`] over feature numbers as written (`"001"`, `"0042"`).
fn next_number_after<'a>(numbers: impl Iterator<Item = &'a str>) -> String {
    let mut highest = 0u64;
    let mut width = MIN_NUMBER_WIDTH;
    for number in numbers {
        if let Ok(value) = number.parse::<u64>() {
            highest = highest.max(value);
            width = width.max(number.len());
        }
    }
    format!("{:0width$}", highest.saturating_add(1))
}

/// The template with its header tokens filled: `[FEATURE]` / `[FEATURE NAME]` → `title`,
/// `[###-feature-name]` / `[###-feature]` → `dir_name`, `[DATE]` → `date` (ISO), and the
/// header's `[link]` → `[spec.md](./spec.md)`. Every other placeholder is left for the author.
pub fn fill_template(template_text: &str, title: &str, dir_name: &str, date: chrono::NaiveDate) -> String {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    let token = TOKEN.get_or_init(|| {
        Regex::new(r"\[(FEATURE|FEATURE NAME|###-feature-name|###-feature|DATE|link)\]").unwrap()
    });
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let date = date.format("%Y-%m-%d").to_string();
    let header_end = header_end(template_text);
    let mut out = String::with_capacity(template_text.len() + 64);
    let mut copied = 0;
    for caps in token.captures_iter(template_text) {
        let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let replacement = match name.as_str() {
            "FEATURE" | "FEATURE NAME" => title.as_str(),
            "###-feature-name" | "###-feature" => dir_name,
            "DATE" => date.as_str(),
            "link" if is_header_link(template_text, whole.start(), whole.end(), header_end) => {
                "[spec.md](./spec.md)"
            }
            _ => continue,
        };
        out.push_str(&template_text[copied..whole.start()]);
        out.push_str(replacement);
        copied = whole.end();
    }
    out.push_str(&template_text[copied..]);
    out
}

/// Byte offset where the header ends: the first heading below the title (or the end).
fn header_end(text: &str) -> usize {
    let plan = Plan::parse(text);
    let title_start = plan.title.as_ref().map(|t| t.span.start).unwrap_or(0);
    plan.headings
        .iter()
        .find(|h| h.level >= 2 && h.span.start > title_start)
        .map(|h| h.span.start)
        .unwrap_or(text.len())
}

/// A bare `[link]` placeholder in the header (not the text of a real link `[link](…)`).
fn is_header_link(text: &str, start: usize, end: usize, header_end: usize) -> bool {
    start < header_end && !matches!(text.as_bytes().get(end), Some(b'(') | Some(b'['))
}

/// Create `NNN-slug/plan.md` for `title` in the specs folder `specs_dir_rel` (default: the
/// repository's first specs folder, or a new `specs/` when it has none), from `template_text`
/// filled by [`fill_template`].
///
/// The number is computed from the folder as it is on disk now, not from the `repo` snapshot.
/// Nothing existing is ever replaced: an existing folder or `plan.md` is
/// [`CoreError::AlreadyExists`]. An empty title is [`CoreError::Invalid`].
pub fn new_feature(
    repo: &Repository,
    specs_dir_rel: Option<&str>,
    title: &str,
    template_text: &str,
    date: chrono::NaiveDate,
) -> Result<NewFeature> {
    new_feature_named(repo, specs_dir_rel, title, None, template_text, date)
}

/// [`new_feature`] with the folder's slug taken from `short_name` (when given and not blank)
/// instead of the title.
pub fn new_feature_named(
    repo: &Repository,
    specs_dir_rel: Option<&str>,
    title: &str,
    short_name: Option<&str>,
    template_text: &str,
    date: chrono::NaiveDate,
) -> Result<NewFeature> {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        return Err(CoreError::Refused {
            reason: crate::i18n::Message::new("error-feature-needs-title"),
        });
    }
    let specs_rel = target_specs_dir(repo, specs_dir_rel)?;
    let specs_abs = repo.abs(&specs_rel);
    if specs_dir_rel.is_none() {
        fs::create_dir_all(&specs_abs).map_err(|e| CoreError::io(&specs_abs, e))?;
    }
    let number = next_number_after(feature_numbers_on_disk(&specs_abs)?.iter().map(String::as_str));
    let slug_source = short_name.filter(|s| !s.trim().is_empty()).unwrap_or(&title);
    let dir_name = format!("{number}-{}", slugify(slug_source));
    let text = fill_template(template_text, &title, &dir_name, date);
    create_feature_dir_with_plan(&specs_abs.join(&dir_name), &text)?;
    let rel_path = format!("{specs_rel}/{dir_name}");
    Ok(NewFeature {
        plan_rel_path: format!("{rel_path}/plan.md"),
        first_placeholder: Plan::parse(&text).placeholders.first().map(|p| p.span),
        dir_name,
        rel_path,
    })
}

/// The specs folder a new feature goes into (relative to the root): the requested one, which
/// must be one the repository scan found, else the first one, else `specs`.
fn target_specs_dir(repo: &Repository, requested: Option<&str>) -> Result<String> {
    match requested {
        Some(rel) => {
            let rel = rel.trim_matches('/');
            repo.specs_dirs
                .iter()
                .find(|d| d.rel_path == rel)
                .map(|d| d.rel_path.clone())
                .ok_or_else(|| CoreError::NotFound { path: repo.abs(rel) })
        }
        None => Ok(repo
            .specs_dirs
            .first()
            .map(|d| d.rel_path.clone())
            .unwrap_or_else(|| "specs".to_string())),
    }
}

/// The numbers of the `NNN-slug` folders in `specs_abs` right now.
fn feature_numbers_on_disk(specs_abs: &Path) -> Result<Vec<String>> {
    let entries = fs::read_dir(specs_abs).map_err(|e| CoreError::io(specs_abs, e))?;
    Ok(entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            parse_feature_dir(&name).map(|(number, _)| number.to_string())
        })
        .collect())
}

/// Create the folder `feature_dir` (which must not exist) and `plan.md` in it. If the plan
/// cannot be written, the folder is removed again (only if still empty).
fn create_feature_dir_with_plan(feature_dir: &Path, text: &str) -> Result<()> {
    fs::create_dir(feature_dir).map_err(|e| CoreError::io(feature_dir, e))?;
    let written = write_new_file(&feature_dir.join("plan.md"), text);
    if written.is_err() {
        // Best effort: `remove_dir` only ever removes an empty folder.
        let _ = fs::remove_dir(feature_dir);
    }
    written
}

/// Write `text` to `path` atomically, failing with [`CoreError::AlreadyExists`] if it exists.
pub(crate) fn write_new_file(path: &Path, text: &str) -> Result<()> {
    let dir = path.parent().ok_or_else(|| CoreError::Invalid {
        message: format!("{} has no parent folder", path.display()),
    })?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| CoreError::io(dir, e))?;
    tmp.write_all(text.as_bytes())
        .map_err(|e| CoreError::io(tmp.path(), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| CoreError::io(tmp.path(), e))?;
    tmp.persist_noclobber(path)
        .map_err(|e| CoreError::io(path, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::Feature;

    const LITE: &str = include_str!("../templates/plan-template-lite.md");

    fn date() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
    }

    fn specs_dir(numbers: &[&str]) -> SpecsDir {
        SpecsDir {
            rel_path: "specs".into(),
            features: numbers
                .iter()
                .map(|n| Feature {
                    number: n.to_string(),
                    slug: "x".into(),
                    dir_name: format!("{n}-x"),
                    numbering: crate::repo::Numbering::Sequential,
                    group: None,
                    rel_path: format!("specs/{n}-x"),
                    documents: Vec::new(),
                })
                .collect(),
            others: Vec::new(),
        }
    }

    #[test]
    fn slugify_english_titles() {
        assert_eq!(slugify("Photo Albums"), "photo-albums");
        assert_eq!(slugify("Share albums with the family"), "share-albums-family");
        assert_eq!(slugify("OAuth2 login for iOS v2"), "oauth2-login-ios-v2");
        assert_eq!(slugify("The"), "the");
    }

    #[test]
    fn slugify_punctuation_collapses_and_trims() {
        assert_eq!(slugify("  --Hello,   World!!  "), "hello-world");
        assert_eq!(slugify("Grandma's  print/order (v2)"), "grandmas-print-order-v2");
        assert_eq!(slugify("a_b.c"), "b-c");
    }

    #[test]
    fn slugify_limits_words_and_length() {
        assert_eq!(
            slugify("one two three four five six seven"),
            "one-two-three-four-five"
        );
        let long = slugify("supercalifragilisticexpialidocious extraordinarily lengthy words");
        assert!(long.len() <= MAX_SLUG_LEN, "{long}");
        assert_eq!(long, "supercalifragilisticexpialidocious-extraordinarily");
        let one_word = slugify(&"x".repeat(80));
        assert_eq!(one_word.len(), MAX_SLUG_LEN);
    }

    #[test]
    fn slugify_unicode_and_korean() {
        assert_eq!(slugify("Café crème brûlée"), "cafe-creme-brulee");
        assert_eq!(slugify("Straße 😀 Übersicht"), "strasse-ubersicht");
        assert_eq!(slugify("사진 앨범 공유"), FALLBACK_SLUG);
        assert_eq!(slugify("한글 UI 지원"), "ui");
        assert_eq!(slugify("   "), FALLBACK_SLUG);
    }

    #[test]
    fn next_number_empty_gaps_and_wide() {
        assert_eq!(next_number(&specs_dir(&[])), "001");
        assert_eq!(next_number(&specs_dir(&["001", "002", "007"])), "008");
        assert_eq!(next_number(&specs_dir(&["0001", "0012"])), "0013");
        assert_eq!(next_number(&specs_dir(&["998", "999"])), "1000");
        assert_eq!(next_number(&specs_dir(&["009"])), "010");
    }

    #[test]
    fn fill_template_fills_the_header_only() {
        let out = fill_template(LITE, "Photo Albums", "009-photo-albums", date());
        let plan = Plan::parse(&out);
        assert_eq!(plan.feature_name.as_deref(), Some("Photo Albums"));
        assert_eq!(plan.header_field("Branch").unwrap().value, "009-photo-albums");
        assert_eq!(plan.header_field("Date").unwrap().value, "2026-03-09");
        assert_eq!(plan.header_field("Spec").unwrap().value, "[spec.md](./spec.md)");
        assert!(plan
            .header_field("Input")
            .unwrap()
            .value
            .contains("/specs/009-photo-albums/spec.md"));
        let texts: Vec<_> = plan.placeholders.iter().map(|p| p.text.as_str()).collect();
        for filled in ["[FEATURE]", "[DATE]", "[link]", "[###-feature-name]"] {
            assert!(!texts.contains(&filled), "{filled} left in {texts:?}");
        }
        // Everything below the header stays for the author.
        let template_rest = Plan::parse(LITE)
            .placeholders
            .iter()
            .filter(|p| p.kind != crate::plan::PlaceholderKind::Token)
            .count();
        assert_eq!(plan.placeholders.len(), template_rest);
        assert!(texts.contains(&"[e.g., Python 3.12]"));
        assert_eq!(Plan::parse(LITE).sections.len(), plan.sections.len());
    }

    #[test]
    fn fill_template_is_single_pass_and_keeps_body_links() {
        let template =
            "# Plan: [FEATURE]\n**Spec**: [link]\n\n## Notes\nSee [link] and [link](x.md) on [DATE].\n";
        let out = fill_template(template, "Odd [DATE] $1 title", "001-odd", date());
        assert_eq!(
            out,
            "# Plan: Odd [DATE] $1 title\n**Spec**: [spec.md](./spec.md)\n\n## Notes\nSee [link] and [link](x.md) on 2026-03-09.\n"
        );
    }

    #[test]
    fn new_feature_creates_the_next_folder_and_a_parsable_plan() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir_all(root.join("specs/001-albums")).unwrap();
        fs::create_dir_all(root.join("specs/004-invites")).unwrap();
        fs::write(root.join("specs/001-albums/plan.md"), "# old").unwrap();
        let repo = Repository::open(root).unwrap();

        let created = new_feature(&repo, None, "  Share albums\nwith family ", LITE, date()).unwrap();
        assert_eq!(created.dir_name, "005-share-albums-family");
        assert_eq!(created.rel_path, "specs/005-share-albums-family");
        assert_eq!(created.plan_rel_path, "specs/005-share-albums-family/plan.md");
        let text = fs::read_to_string(repo.abs(&created.plan_rel_path)).unwrap();
        let plan = Plan::parse(&text);
        assert_eq!(plan.header_field("Branch").unwrap().value, created.dir_name);
        assert_eq!(plan.feature_name.as_deref(), Some("Share albums with family"));
        let cursor = created.first_placeholder.unwrap();
        assert_eq!(cursor, plan.placeholders[0].span);
        let summary = plan.section("Summary").unwrap().span;
        assert!(
            summary.start < cursor.start && cursor.end <= summary.end,
            "cursor in the Summary"
        );
        assert!(text[cursor.range()].starts_with('['));
        assert_eq!(
            fs::read_to_string(root.join("specs/001-albums/plan.md")).unwrap(),
            "# old"
        );

        // The stale snapshot does not matter: the number comes from the disk.
        let again = new_feature(&repo, Some("specs"), "Share albums with family", LITE, date()).unwrap();
        assert_eq!(again.dir_name, "006-share-albums-family");
        let json = serde_json::to_value(&again).unwrap();
        assert_eq!(json["planRelPath"], "specs/006-share-albums-family/plan.md");
        assert!(json["firstPlaceholder"]["line"].is_number());
    }

    #[test]
    fn new_feature_creates_specs_when_missing_and_checks_input() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir(tmp.path().join(".git")).unwrap();
        let repo = Repository::open(tmp.path()).unwrap();
        assert!(matches!(
            new_feature(&repo, None, " \n\t", LITE, date()),
            Err(CoreError::Refused { .. })
        ));
        assert!(matches!(
            new_feature(&repo, Some("docs/specs"), "Albums", LITE, date()),
            Err(CoreError::NotFound { .. })
        ));
        let created = new_feature(&repo, None, "사진 앨범", LITE, date()).unwrap();
        assert_eq!(created.rel_path, "specs/001-feature");
        let text = fs::read_to_string(repo.abs(&created.plan_rel_path)).unwrap();
        assert!(text.starts_with("# Implementation Plan (Lite): 사진 앨범\n"));
    }

    #[test]
    fn never_clobbers_an_existing_folder_or_plan() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("003-albums");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("plan.md"), "mine").unwrap();
        assert!(matches!(
            create_feature_dir_with_plan(&dir, "theirs"),
            Err(CoreError::AlreadyExists { .. })
        ));
        assert!(matches!(
            write_new_file(&dir.join("plan.md"), "theirs"),
            Err(CoreError::AlreadyExists { .. })
        ));
        assert_eq!(fs::read_to_string(dir.join("plan.md")).unwrap(), "mine");
        let leftovers: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers, ["plan.md"], "no temp files left behind");
    }
}
