//! The preview of a document while it is edited, kept up to date with small patches.
//!
//! Sending the whole text to the renderer and the whole HTML back on every keystroke costs time
//! in proportion to the document (a 1 MB document spent most of a keystroke's 300 ms copying and
//! parsing). A [`LivePreview`] instead holds the text and its rendered units (see
//! [`crate::render`]): the editor sends only what changed (a [`PreviewEdit`]), the units are
//! rendered again reusing the sanitized HTML of every unit whose source did not change, and the
//! answer is a [`PreviewPatch`] naming the units to replace, plus how far the `data-line` and
//! `data-task` numbers of the units after them moved.
//!
//! The patch is exact: applying it to the previous preview gives the same HTML as rendering the
//! new text from scratch ([`crate::render::render_document`]); the tests check this on random
//! edits. Each patch carries the version it leads to; an edit made against another version (or
//! against a preview this process never saw) is refused with [`LivePreviewError::Stale`], and
//! the editor answers by sending its whole text.

use crate::render::{render_units, BlockCache, OutlineEntry, RenderedUnits, TaskToken, Unit};
use serde::{Deserialize, Serialize};

/// What changed in the editor since the version the preview last answered with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum PreviewEdit {
    /// The whole text (a new document, or starting over).
    Text { text: String },
    /// The UTF-16 range `from..to` of the previous text was replaced by `insert` (the editor's
    /// offsets are JavaScript string offsets).
    Splice { from: u32, to: u32, insert: String },
}

/// How to turn the preview of the previous version into the preview of this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PreviewPatch {
    /// The version this patch leads to; the next edit is made against it.
    pub version: u32,
    /// Throw the current preview away first (then `start` and `removed` are 0).
    pub reset: bool,
    /// Index of the first unit replaced.
    pub start: u32,
    /// How many units are removed at `start`.
    pub removed: u32,
    /// The HTML of the units inserted at `start`, one string per unit (sanitized).
    pub inserted: Vec<String>,
    /// Added to every `data-line` in the units after the inserted ones.
    pub line_shift: i32,
    /// Added to every `data-task` in the units after the inserted ones.
    pub task_shift: i32,
    /// The outline, when it changed.
    pub headings: Option<Vec<OutlineEntry>>,
}

/// Why an edit could not be applied; the answer is to send the whole text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LivePreviewError {
    /// The edit was made against another version than the one held.
    #[error("the preview holds version {held:?}, the edit was made against {base:?}")]
    Stale { held: Option<u32>, base: Option<u32> },
    /// The range is outside the text or splits a character.
    #[error("the edit's range {from}..{to} does not fit the text (UTF-16 length {len})")]
    BadRange { from: u32, to: u32, len: usize },
}

/// One document's preview as the editor last saw it.
pub struct LivePreview {
    text: String,
    /// Length of `text` in UTF-16 code units (the editor's unit).
    utf16_len: usize,
    /// `None` until a whole text arrived.
    version: Option<u32>,
    token: TaskToken,
    units: Vec<Unit>,
    headings: Vec<OutlineEntry>,
    lines: usize,
    tasks: usize,
}

impl Default for LivePreview {
    fn default() -> Self {
        Self::new()
    }
}

impl LivePreview {
    pub fn new() -> Self {
        LivePreview {
            text: String::new(),
            utf16_len: 0,
            version: None,
            token: TaskToken::secret(),
            units: Vec::new(),
            headings: Vec::new(),
            lines: 1,
            tasks: 0,
        }
    }

    /// The text as of the last patch.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Apply `edit`, made against version `base`, and say how the preview changes.
    pub fn update(&mut self, base: Option<u32>, edit: PreviewEdit) -> Result<PreviewPatch, LivePreviewError> {
        let reset = match edit {
            PreviewEdit::Text { text } => {
                self.utf16_len = utf16_len(&text);
                self.text = text;
                true
            }
            PreviewEdit::Splice { from, to, insert } => {
                if self.version.is_none() || base != self.version {
                    return Err(LivePreviewError::Stale {
                        held: self.version,
                        base,
                    });
                }
                let bad = || LivePreviewError::BadRange {
                    from,
                    to,
                    len: self.utf16_len,
                };
                let (start, end) = byte_range(&self.text, from as usize, to as usize).ok_or_else(bad)?;
                self.utf16_len = self.utf16_len - (to - from) as usize + utf16_len(&insert);
                self.text.replace_range(start..end, &insert);
                false
            }
        };
        let cache: BlockCache = if reset {
            BlockCache::new()
        } else {
            self.units.iter().map(|u| (u.key, u.template.clone())).collect()
        };
        let rendered = render_units(&self.text, &self.token, &cache);
        let version = self.version.map_or(0, |v| v.wrapping_add(1));
        let patch = if reset {
            PreviewPatch {
                version,
                reset: true,
                start: 0,
                removed: 0,
                inserted: rendered.units.iter().map(Unit::html).collect(),
                line_shift: 0,
                task_shift: 0,
                headings: Some(rendered.headings.clone()),
            }
        } else {
            self.diff(&rendered, version)
        };
        self.units = rendered.units;
        self.headings = rendered.headings;
        self.lines = rendered.lines;
        self.tasks = rendered.tasks;
        self.version = Some(version);
        Ok(patch)
    }

    /// The patch from the held units to `rendered`'s: the units equal at both ends are kept (those at
    /// the end only if every one of them moved by the same lines and tasks as the document's
    /// end, so shifting their numbers makes them exact), the rest is replaced.
    fn diff(&self, rendered: &RenderedUnits, version: u32) -> PreviewPatch {
        let (old, next) = (&self.units, &rendered.units);
        let line_shift = rendered.lines as i64 - self.lines as i64;
        let task_shift = rendered.tasks as i64 - self.tasks as i64;
        let prefix = old
            .iter()
            .zip(next)
            .take_while(|(o, n)| o.key == n.key && o.line == n.line && o.task == n.task)
            .count();
        let room = old.len().min(next.len()) - prefix;
        let suffix = old
            .iter()
            .rev()
            .zip(next.iter().rev())
            .take(room)
            .take_while(|(o, n)| {
                o.key == n.key
                    && i64::from(n.line) == i64::from(o.line) + line_shift
                    && i64::from(n.task) == i64::from(o.task) + task_shift
            })
            .count();
        PreviewPatch {
            version,
            reset: false,
            start: prefix as u32,
            removed: (old.len() - prefix - suffix) as u32,
            inserted: next[prefix..next.len() - suffix].iter().map(Unit::html).collect(),
            line_shift: i32::try_from(line_shift).unwrap_or(0),
            task_shift: i32::try_from(task_shift).unwrap_or(0),
            headings: (rendered.headings != self.headings).then(|| rendered.headings.clone()),
        }
    }
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The byte range of the UTF-16 range `from..to` of `text`; `None` if it is reversed, runs past
/// the end or splits a character.
fn byte_range(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    if from > to {
        return None;
    }
    let (mut units, mut start) = (0usize, None);
    for (byte, c) in text.char_indices() {
        if units == from {
            start = Some(byte);
        }
        if units == to {
            return Some((start?, byte));
        }
        if units > to {
            return None;
        }
        units += c.len_utf16();
    }
    if units == from {
        start = Some(text.len());
    }
    (units == to).then_some(())?;
    Some((start?, text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::render_document;
    use proptest::prelude::*;

    /// A preview as the front end holds it: one HTML string per unit.
    #[derive(Default)]
    struct Shown {
        units: Vec<String>,
        headings: Vec<OutlineEntry>,
    }

    impl Shown {
        fn apply(&mut self, patch: &PreviewPatch) {
            if patch.reset {
                self.units.clear();
            }
            let start = patch.start as usize;
            let after = start + patch.inserted.len();
            self.units.splice(
                start..start + patch.removed as usize,
                patch.inserted.iter().cloned(),
            );
            for unit in &mut self.units[after..] {
                let mut moved = String::new();
                crate::render::shift_positions(
                    unit,
                    i64::from(patch.line_shift),
                    i64::from(patch.task_shift),
                    &mut moved,
                );
                *unit = moved;
            }
            if let Some(h) = &patch.headings {
                self.headings = h.clone();
            }
        }
    }

    fn utf16_offset(text: &str, byte: usize) -> u32 {
        utf16_len(&text[..byte]) as u32
    }

    /// Apply byte-range edits and check the shown preview against a full render each time.
    fn check_edits(start: &str, edits: &[(usize, usize, &str)]) {
        let mut live = LivePreview::new();
        let mut shown = Shown::default();
        let patch = live
            .update(None, PreviewEdit::Text { text: start.into() })
            .unwrap();
        shown.apply(&patch);
        let mut text = start.to_string();
        let mut version = patch.version;
        for &(from, to, insert) in edits {
            let (from16, to16) = (utf16_offset(&text, from), utf16_offset(&text, to));
            text.replace_range(from..to, insert);
            let patch = live
                .update(
                    Some(version),
                    PreviewEdit::Splice {
                        from: from16,
                        to: to16,
                        insert: insert.into(),
                    },
                )
                .unwrap();
            version = patch.version;
            shown.apply(&patch);
            let full = render_document(&text);
            assert_eq!(live.text(), text);
            assert_eq!(
                shown.units.concat(),
                full.html,
                "after {from}..{to} → {insert:?} in {text:?}"
            );
            assert_eq!(shown.headings, full.headings);
        }
    }

    const PLAN: &str = "# Plan\n\nIntro *text*.\n\n## Tasks\n\n- [ ] T001 one\n- [x] T002 two\n\n\
                        | a | b |\n|---|---|\n| 1 | 2 |\n\n<details>\n<summary>More</summary>\n\n\
                        Hidden **bold**\n\n</details>\n\n## Tasks\n\n- [ ] T003 three[^n]\n\n[^n]: note\n";

    /// The patch for inserting `insert` into [`PLAN`] just before the first `before`.
    fn insert_into_plan(before: &str, insert: &str) -> PreviewPatch {
        let mut live = LivePreview::new();
        let first = live
            .update(None, PreviewEdit::Text { text: PLAN.into() })
            .unwrap();
        assert!(first.reset);
        let at = utf16_offset(PLAN, PLAN.find(before).unwrap());
        let edit = PreviewEdit::Splice {
            from: at,
            to: at,
            insert: insert.into(),
        };
        live.update(Some(first.version), edit).unwrap()
    }

    #[test]
    fn typing_patches_one_unit_and_moves_nothing() {
        let patch = insert_into_plan("*text*", "x");
        assert!(!patch.reset);
        assert_eq!(
            (patch.start, patch.removed, patch.inserted.len()),
            (1, 1, 1),
            "{patch:?}"
        );
        assert!(patch.inserted[0].contains("Intro x"), "{patch:?}");
        assert_eq!((patch.line_shift, patch.task_shift), (0, 0));
        assert_eq!(patch.headings, None);
    }

    #[test]
    fn a_new_line_moves_the_units_below_without_resending_them() {
        let patch = insert_into_plan("## Tasks", "- [ ] T000 new\n\n");
        assert_eq!((patch.removed, patch.inserted.len()), (0, 1), "{patch:?}");
        assert_eq!((patch.line_shift, patch.task_shift), (2, 1));
        assert!(patch.headings.is_some(), "outline lines moved");
    }

    #[test]
    fn edits_keep_the_preview_equal_to_a_full_render() {
        let plus = PLAN.find("T003").unwrap();
        let details = PLAN.find("</details>").unwrap();
        check_edits(
            PLAN,
            &[
                (0, 0, "Front\n\n"),
                (plus, plus, "x"),
                (details, details + 10, ""),
                (details, details, "</details>"),
                (2, 6, "Plan 📷"),
                (0, 0, "## Tasks\n\n"),
                (plus + 5, plus + 5, "\n\n- [x] T009 extra\n"),
            ],
        );
    }

    #[test]
    fn edits_against_another_version_are_refused() {
        let mut live = LivePreview::new();
        let splice = PreviewEdit::Splice {
            from: 0,
            to: 0,
            insert: "x".into(),
        };
        assert!(matches!(
            live.update(Some(0), splice.clone()),
            Err(LivePreviewError::Stale { .. })
        ));
        let first = live
            .update(
                None,
                PreviewEdit::Text {
                    text: "a📷b".into()
                },
            )
            .unwrap();
        assert!(matches!(
            live.update(Some(first.version + 1), splice.clone()),
            Err(LivePreviewError::Stale { .. })
        ));
        // Inside the surrogate pair of 📷, and past the end.
        for (from, to) in [(2, 2), (1, 5), (3, 2)] {
            let edit = PreviewEdit::Splice {
                from,
                to,
                insert: "x".into(),
            };
            assert!(
                matches!(
                    live.update(Some(first.version), edit),
                    Err(LivePreviewError::BadRange { .. })
                ),
                "{from}..{to}"
            );
        }
        assert_eq!(live.text(), "a📷b", "a refused edit changes nothing");
        let ok = live
            .update(
                Some(first.version),
                PreviewEdit::Splice {
                    from: 3,
                    to: 4,
                    insert: "c".into(),
                },
            )
            .unwrap();
        assert_eq!(live.text(), "a📷c");
        assert_eq!(ok.version, first.version + 1);
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "x",
            "\n",
            "\n\n",
            "# H\n",
            "## Tasks\n",
            "- [ ] T1 a\n",
            "- [x] b\n",
            "  - [ ] n\n",
            "> q\n",
            "```\ncode\n```\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "<details>\n",
            "</details>\n",
            "<div>",
            "</div>",
            "[^1]",
            "[^1]: f\n",
            "é📷",
            "***\n",
            "1. one\n",
            "<!-- c",
            "-->",
            "*",
            "`",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn random_edits_match_a_full_render(
            start in prop::collection::vec(piece(), 0..30),
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..12, piece()), 1..12),
        ) {
            let start = start.concat();
            let mut text = start.clone();
            let mut owned: Vec<(usize, usize, String)> = Vec::new();
            for (at, len, insert) in edits {
                let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let from = boundaries[at.index(boundaries.len())];
                let to = boundaries.iter().copied().filter(|&b| b >= from).nth(len).unwrap_or(text.len());
                text.replace_range(from..to, insert);
                owned.push((from, to, insert.to_string()));
            }
            let edits: Vec<(usize, usize, &str)> = owned.iter().map(|(f, t, i)| (*f, *t, i.as_str())).collect();
            check_edits(&start, &edits);
        }
    }
}
