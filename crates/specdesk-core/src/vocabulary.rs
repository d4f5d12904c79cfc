//! spec-kit's plan vocabulary in ten languages, so that a translated plan matches its template.
//!
//! Teams write plans in their own language, from a translated template or by translating the
//! English one: `**브랜치**:` is the Branch field, `## 技術脈絡` is Technical Context. The words
//! live in `data/vocabulary.toml`, one [`Concept`] per header field, section or labeled line of
//! spec-kit's plan template, with its words in en, ko, ja, zh-Hans, zh-Hant, fr, es, pt, de and
//! ru. [`Vocabulary::concept`] finds the concept a heading or label names, in any of them;
//! validation then treats two names of one concept as the same thing, and names a missing item
//! in the plan's own language ([`Vocabulary::term`]).
//!
//! The file also says which template content is guidance (never required), which sections came
//! and went across template generations, and which checklists differ per feature by design; and
//! it holds the words that make template content conditional ([`conditional_marker`]).

use crate::template::{loose_key, name_key};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// What a concept names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConceptKind {
    /// A `**Name**: value` header field.
    Field,
    /// An H2 or H3 heading.
    Section,
    /// A `**Label**: value` line inside a section.
    Label,
}

/// One header field, section or labeled line of spec-kit's template, in every language.
#[derive(Debug, Clone, Deserialize)]
pub struct Concept {
    /// Stable id, e.g. `technical-context`.
    pub id: String,
    pub kind: ConceptKind,
    /// Instructions for the author or agent: never required in a plan.
    #[serde(default)]
    pub guidance: bool,
    /// Came and went across spec-kit's template generations: a plan may lack it.
    #[serde(default)]
    pub generational: bool,
    /// Its checklist differs per feature by design (a constitution gate).
    #[serde(default)]
    pub own_checklist: bool,
    /// Language tag → words, the first being the usual one (any other key is refused by
    /// [`Vocabulary::parse`] as an unknown language).
    #[serde(flatten)]
    pub terms: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    languages: Vec<String>,
    concept: Vec<Concept>,
    conditional: BTreeMap<String, Vec<String>>,
    clarification_mention: BTreeMap<String, Vec<String>>,
}

/// A concept of the vocabulary, by index.
pub type ConceptId = usize;

/// The parsed vocabulary with its lookup tables.
#[derive(Debug)]
pub struct Vocabulary {
    pub languages: Vec<String>,
    pub concepts: Vec<Concept>,
    /// Conditional words per language.
    pub conditional: BTreeMap<String, Vec<String>>,
    /// Words that, next to `NEEDS CLARIFICATION`, make it a mention, per language.
    pub clarification_mention: BTreeMap<String, Vec<String>>,
    /// Per kind ([`ConceptKind::index`]): name key → concept and the languages that word
    /// belongs to.
    by_key: [HashMap<String, (ConceptId, Vec<u16>)>; 3],
}

impl ConceptKind {
    fn index(self) -> usize {
        match self {
            ConceptKind::Field => 0,
            ConceptKind::Section => 1,
            ConceptKind::Label => 2,
        }
    }
}

/// The vocabulary file, compiled in.
pub const VOCABULARY_TOML: &str = include_str!("../data/vocabulary.toml");

impl Vocabulary {
    /// The vocabulary compiled into SpecDesk (parsed once).
    pub fn get() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            // The file is ours and tested (`the_vocabulary_file_is_valid`); a broken one is a
            // build defect, not user input.
            Vocabulary::parse(VOCABULARY_TOML).expect("data/vocabulary.toml is valid")
        })
    }

    /// Parse a vocabulary file; an error names what is wrong.
    pub fn parse(text: &str) -> Result<Vocabulary, String> {
        let file: VocabularyFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut by_key: [HashMap<String, (ConceptId, Vec<u16>)>; 3] = Default::default();
        for (id, concept) in file.concept.iter().enumerate() {
            for (lang, words) in &concept.terms {
                let Some(l) = file.languages.iter().position(|x| x == lang) else {
                    return Err(format!("concept {}: unknown language {lang}", concept.id));
                };
                for word in words {
                    let key = name_key(word);
                    let entry = by_key[concept.kind.index()]
                        .entry(key)
                        .or_insert((id, Vec::new()));
                    if entry.0 != id {
                        return Err(format!(
                            "“{word}” means both {} and {}",
                            file.concept[entry.0].id, concept.id
                        ));
                    }
                    if !entry.1.contains(&(l as u16)) {
                        entry.1.push(l as u16);
                    }
                }
            }
        }
        Ok(Vocabulary {
            languages: file.languages,
            concepts: file.concept,
            conditional: file.conditional,
            clarification_mention: file.clarification_mention,
            by_key,
        })
    }

    /// The concept of `kind` that `name` (a heading, field name or label as written) names:
    /// its whole text, without parenthesised parts (`Technical Context (Our Stack)`), a
    /// parenthesised part alone (`기술적 문맥 (Technical Context)`), or the part before a colon
    /// or dash (`Technical Context: decisions`).
    pub fn concept(&self, kind: ConceptKind, name: &str) -> Option<ConceptId> {
        self.lookup(kind, name).map(|(id, _)| id)
    }

    fn lookup(&self, kind: ConceptKind, name: &str) -> Option<(ConceptId, &[u16])> {
        let map = &self.by_key[kind.index()];
        let find = |key: String| map.get(&key).map(|(id, langs)| (*id, langs.as_slice()));
        // The fallbacks only where they can differ (this runs for every heading and label of
        // every plan checked: most are one lookup).
        let bracketed = name.contains(['(', '（', '[']);
        find(name_key(name))
            .or_else(|| bracketed.then(|| find(loose_key(name))).flatten())
            .or_else(|| {
                let inner = if bracketed {
                    parenthesised(name)
                } else {
                    Vec::new()
                };
                inner.into_iter().find_map(|inner| find(name_key(inner)))
            })
            .or_else(|| {
                let head = name.split([':', '：', '—', '–']).next().unwrap_or(name);
                (head.len() < name.len()).then(|| find(loose_key(head))).flatten()
            })
    }

    /// The languages (indexes into [`Vocabulary::languages`]) whose words include `name`.
    pub fn languages_of(&self, kind: ConceptKind, name: &str) -> &[u16] {
        self.lookup(kind, name).map(|(_, langs)| langs).unwrap_or(&[])
    }

    /// The usual word for `concept` in language `lang` (an index into
    /// [`Vocabulary::languages`]).
    pub fn term(&self, concept: ConceptId, lang: u16) -> Option<&str> {
        let tag = self.languages.get(lang as usize)?;
        self.concepts
            .get(concept)?
            .terms
            .get(tag)?
            .first()
            .map(String::as_str)
    }

    /// The language most of `names` (headings, fields and labels of one document, each with
    /// its kind) are written in, when any is recognised.
    pub fn language_of<'n>(&self, names: impl IntoIterator<Item = (ConceptKind, &'n str)>) -> Option<u16> {
        let mut votes = vec![0usize; self.languages.len()];
        for (kind, name) in names {
            for &l in self.languages_of(kind, name) {
                votes[l as usize] += 1;
            }
        }
        let best = *votes.iter().max()?;
        // Ties go to the earlier language of the file (English first).
        (best > 0).then(|| votes.iter().position(|&v| v == best).unwrap_or(0) as u16)
    }
}

/// The parenthesised parts of `name`, ASCII or full-width brackets.
fn parenthesised(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = name;
    while let Some(open) = rest.find(['(', '（']) {
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = after.find([')', '）']) else {
            break;
        };
        out.push(&after[..close]);
        rest = &after[close..];
    }
    out
}

/// The words in `text` that make template content conditional ("Fill ONLY if…", "(if
/// applicable)", "(선택)", "可选", …), from the vocabulary's `[conditional]` table: the
/// leftmost, and the longest there, as the vocabulary writes it.
pub fn conditional_marker(text: &str) -> Option<String> {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    let words = WORDS.get_or_init(|| WordList::new(&Vocabulary::get().conditional));
    let text = Normalized::of(text);
    words.find(&text).map(str::to_string)
}

/// True when `before` (the text before `NEEDS CLARIFICATION` on its line) ends with, or `after`
/// starts with, one of the vocabulary's `[clarification_mention]` words: “no NEEDS
/// CLARIFICATION”, “NEEDS CLARIFICATION markers”, “所有 NEEDS CLARIFICATION 已解決”.
pub fn mentions_clarification(before: &str, after: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    let words = WORDS.get_or_init(|| WordList::new(&Vocabulary::get().clarification_mention));
    let not_word = |c: char| !(c.is_alphanumeric() || c == '_');
    // Only the words next to the marker matter: a bounded window keeps a long line of markers
    // linear (each marker would otherwise normalize its whole line).
    const WINDOW: usize = 48;
    // A word cut by the window's edge is left out (its end alone could look like a word).
    let tail = match before.char_indices().rev().nth(WINDOW) {
        Some((i, _)) => before[i..]
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest),
        None => before,
    };
    let head = match after.char_indices().nth(WINDOW) {
        Some((i, _)) => after[..i]
            .rsplit_once(char::is_whitespace)
            .map_or("", |(kept, _)| kept),
        None => after,
    };
    let before = Normalized::of(tail);
    let after = Normalized::of(head);
    let before = before.0.trim_end_matches(not_word);
    let after = after.0.trim_start_matches(not_word);
    words.0.iter().any(|w| {
        let ends = before
            .strip_suffix(w.text.as_str())
            .is_some_and(|rest| !w.start || boundary(rest.chars().last()));
        let starts = after
            .strip_prefix(w.text.as_str())
            .is_some_and(|rest| !w.end || boundary(rest.chars().next()));
        ends || starts
    })
}

/// Text lower-cased with every run of whitespace made one space, as the words are kept.
struct Normalized(String);

impl Normalized {
    fn of(text: &str) -> Normalized {
        Normalized(
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        )
    }
}

/// A word of a [`WordList`]: normalized, and whether it must start (end) at a word boundary —
/// where it starts (ends) with a letter of a script that separates words with spaces (Latin,
/// Greek, Cyrillic); CJK words match anywhere.
struct ListedWord {
    text: String,
    start: bool,
    end: bool,
}

/// Every word of a vocabulary table (all languages), longest first. Matched by plain search
/// rather than a regex: a regex of them all took longer to compile than every search of a
/// repository's templates together (a cost paid by every `specdesk-cli` run).
struct WordList(Vec<ListedWord>);

impl WordList {
    fn new(table: &BTreeMap<String, Vec<String>>) -> WordList {
        let spaced = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && (c as u32) < 0x0530);
        let mut words: Vec<String> = table.values().flatten().map(|w| Normalized::of(w).0).collect();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        WordList(
            words
                .into_iter()
                .map(|text| ListedWord {
                    start: spaced(text.chars().next()),
                    end: spaced(text.chars().last()),
                    text,
                })
                .collect(),
        )
    }

    /// The leftmost word in `text` (the longest of those starting there).
    fn find<'w>(&'w self, text: &Normalized) -> Option<&'w str> {
        let text = text.0.as_str();
        let mut best: Option<(usize, &ListedWord)> = None;
        for word in &self.0 {
            for (at, _) in text.match_indices(word.text.as_str()) {
                if best.is_some_and(|(b, _)| b <= at) {
                    break;
                }
                let after = &text[at + word.text.len()..];
                if (!word.start || boundary(text[..at].chars().last()))
                    && (!word.end || boundary(after.chars().next()))
                {
                    best = Some((at, word));
                    break;
                }
            }
        }
        best.map(|(_, w)| w.text.as_str())
    }
}

/// True at the edge of the text or next to a character that is not part of a word.
fn boundary(next: Option<char>) -> bool {
    next.is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_file_is_valid() {
        let v = Vocabulary::parse(VOCABULARY_TOML).unwrap();
        assert!(v.concepts.len() >= 20);
    }

    #[test]
    fn every_concept_and_the_conditional_words_have_all_ten_languages() {
        let v = Vocabulary::get();
        let want = [
            "en", "ko", "ja", "zh-Hans", "zh-Hant", "fr", "es", "pt", "de", "ru",
        ];
        assert_eq!(v.languages, want);
        for c in &v.concepts {
            for lang in want {
                let words = c
                    .terms
                    .get(lang)
                    .unwrap_or_else(|| panic!("{} has no {lang}", c.id));
                assert!(
                    !words.is_empty() && words.iter().all(|w| !name_key(w).is_empty()),
                    "{} {lang}",
                    c.id
                );
            }
        }
        for lang in want {
            assert!(
                v.conditional.get(lang).is_some_and(|w| !w.is_empty()),
                "conditional {lang}"
            );
            assert!(
                v.clarification_mention.get(lang).is_some_and(|w| !w.is_empty()),
                "mention {lang}"
            );
        }
    }

    #[test]
    fn a_word_meaning_two_concepts_is_refused() {
        let text = r#"
languages = ["en"]
conditional = { en = ["optional"] }
clarification_mention = { en = ["no"] }
[[concept]]
id = "a"
kind = "section"
en = ["Summary"]
[[concept]]
id = "b"
kind = "section"
en = ["summary"]
"#;
        let err = Vocabulary::parse(text).unwrap_err();
        assert!(err.contains("means both a and b"), "{err}");
        let err = Vocabulary::parse(&text.replace("en = [\"summary\"]", "xx = [\"Other\"]")).unwrap_err();
        assert!(err.contains("unknown language xx"), "{err}");
    }

    #[test]
    fn translated_headings_fields_and_labels_name_the_same_concept() {
        let v = Vocabulary::get();
        let same = |kind, a: &str, b: &str| {
            let (ca, cb) = (v.concept(kind, a), v.concept(kind, b));
            assert!(ca.is_some() && ca == cb, "{a} vs {b}: {ca:?} {cb:?}");
        };
        same(ConceptKind::Section, "Summary", "요약");
        same(ConceptKind::Section, "Summary", "摘要");
        same(ConceptKind::Section, "Technical Context", "技術脈絡");
        same(
            ConceptKind::Section,
            "Technical Context",
            "기술적 문맥 (Technical Context)",
        );
        same(
            ConceptKind::Section,
            "Technical Context",
            "Technical Context (Our Stack)",
        );
        same(ConceptKind::Section, "Technical Context", "Contexte Technique");
        same(
            ConceptKind::Section,
            "Constitution Check",
            "헌법 준수 확인 (Constitution Check)",
        );
        same(ConceptKind::Section, "Project Structure", "專案結構");
        same(
            ConceptKind::Section,
            "Documentation (this feature)",
            "文件（本功能）",
        );
        same(
            ConceptKind::Section,
            "Execution Flow (/plan command scope)",
            "実行フロー (/speckit.plan コマンドのスコープ)",
        );
        same(ConceptKind::Field, "Branch", "브랜치");
        same(ConceptKind::Field, "Branch", "Ветка");
        same(ConceptKind::Field, "Date", "日付");
        same(ConceptKind::Field, "要件ID", "機能ID");
        same(ConceptKind::Label, "Language/Version", "語言/版本");
        same(ConceptKind::Label, "Storage", "Stockage");
        // Kinds are separate, and unknown words name nothing.
        assert_eq!(v.concept(ConceptKind::Field, "Summary"), None);
        assert_eq!(v.concept(ConceptKind::Section, "Photo albums"), None);
        assert_ne!(
            v.concept(ConceptKind::Section, "Summary"),
            v.concept(ConceptKind::Section, "Technical Context")
        );
    }

    #[test]
    fn terms_and_languages() {
        let v = Vocabulary::get();
        let ko = v.languages.iter().position(|l| l == "ko").unwrap() as u16;
        let tc = v.concept(ConceptKind::Section, "Technical Context").unwrap();
        assert_eq!(v.term(tc, ko), Some("기술 컨텍스트"));
        let names = [
            (ConceptKind::Section, "요약"),
            (ConceptKind::Section, "프로젝트 구조"),
            (ConceptKind::Field, "브랜치"),
            (ConceptKind::Section, "Photo albums"),
        ];
        assert_eq!(v.language_of(names), Some(ko));
        assert_eq!(v.language_of([(ConceptKind::Section, "Photo albums")]), None);
    }

    #[test]
    fn conditional_words_in_every_language() {
        for text in [
            "*Fill ONLY if Constitution Check has violations*",
            "(if applicable)",
            "OPTIONAL",
            "## 복잡성 추적 (선택)",
            "（可选）",
            "該当する場合のみ",
            "(facultatif)",
            "necesario solo si aplica",
            "falls zutreffend",
            "Необязательно",
        ] {
            assert!(conditional_marker(text).is_some(), "{text}");
        }
        for text in [
            "Optionality is discussed",
            "Summary",
            "Resolve the design",
            "необязательность",
        ] {
            assert_eq!(conditional_marker(text), None, "{text}");
        }
    }

    #[test]
    fn clarification_mentions_in_several_languages() {
        for (before, after) in [
            ("No ", ""),
            ("all ", " resolved"),
            ("| research.md 已完成 6 項研究課題，所有 ", " 已解決 |"),
            ("Pas de ", " restante"),
            ("", " markers remain: 0"),
            ("Нет ", ""),
        ] {
            assert!(mentions_clarification(before, after), "{before}|{after}");
        }
        // Only the words next to the marker count, and a word cut by the window does not.
        let far = format!("No {} ", "x".repeat(60));
        assert!(!mentions_clarification(&far, ""));
        let cut = format!("{}all ", "y".repeat(60));
        assert!(!mentions_clarification(&cut, ""));
        for (before, after) in [("Storage: ", ""), ("- ", " about the cache"), ("Note ", "")] {
            assert!(!mentions_clarification(before, after), "{before}|{after}");
        }
    }
}
