//! Source positions: byte ranges with 1-based line/column, for diagnostics and the editor.
//!
//! Every position SpecDesk reports points back into the exact bytes of the document it came
//! from. A [`Span`] carries the byte range (for edits), the 1-based line and column in Unicode
//! scalar values (for humans and the CLI) and the column in UTF-16 code units (for CodeMirror
//! and the webview, whose strings are UTF-16). [`LineIndex`] converts offsets to positions.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A range of a document, with both ends as line/column positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: u32,
    /// 1-based column of `start`, counted in Unicode scalar values.
    pub column: u32,
    /// 1-based column of `start`, counted in UTF-16 code units.
    pub column_utf16: u32,
    /// 1-based line of `end`.
    pub end_line: u32,
    /// 1-based column of `end` in Unicode scalar values.
    pub end_column: u32,
    /// 1-based column of `end` in UTF-16 code units.
    pub end_column_utf16: u32,
}

impl Span {
    /// The byte range this span covers.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A line/column position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column in Unicode scalar values.
    pub column: u32,
    /// 1-based column in UTF-16 code units.
    pub column_utf16: u32,
}

/// Maps byte offsets of one text to line/column positions.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<usize>,
    /// Every [`CHECKPOINT_BYTES`] bytes: how many characters and UTF-16 units come before, so a
    /// column far into a long line costs no more than one short scan.
    checkpoints: Vec<Counts>,
}

/// Spacing of [`LineIndex`]'s checkpoints (each costs 8 bytes: 6% of the text).
const CHECKPOINT_BYTES: usize = 128;

/// Characters and UTF-16 code units before a byte offset (a text of over 4 GiB would wrap).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    chars: u32,
    utf16: u32,
}

impl Counts {
    /// The counts of `bytes` (UTF-8, cut anywhere: a character counts at its first byte).
    fn of(bytes: &[u8]) -> Counts {
        // Most Markdown is ASCII: one character and one UTF-16 unit per byte, checked a word
        // at a time.
        if bytes.is_ascii() {
            let n = bytes.len() as u32;
            return Counts { chars: n, utf16: n };
        }
        let mut counts = Counts::default();
        for &b in bytes {
            let starts_char = (b & 0xC0) != 0x80;
            counts.chars += u32::from(starts_char);
            counts.utf16 += u32::from(starts_char) + u32::from(b >= 0xF0);
        }
        counts
    }
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`. Lines end at `\n` (a preceding `\r` stays on the line).
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        // memchr's iterator: `match_indices` searches afresh from each newline, costly on the
        // short lines of Markdown.
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_BYTES + 1);
        let mut total = Counts::default();
        checkpoints.push(total);
        for chunk in text.as_bytes().chunks_exact(CHECKPOINT_BYTES) {
            let counts = Counts::of(chunk);
            total.chars = total.chars.wrapping_add(counts.chars);
            total.utf16 = total.utf16.wrapping_add(counts.utf16);
            checkpoints.push(total);
        }
        LineIndex {
            text,
            line_starts,
            checkpoints,
        }
    }

    /// Characters and UTF-16 units in `text[..offset]`.
    fn counts_before(&self, offset: usize) -> Counts {
        let block = offset / CHECKPOINT_BYTES;
        let base = self.checkpoints[block];
        let rest = offset - block * CHECKPOINT_BYTES;
        // In a block whose character count grows by its length every byte starts a character:
        // all are ASCII but perhaps the last, which no offset inside the block has before it.
        // So nothing needs scanning.
        if let Some(next) = self.checkpoints.get(block + 1) {
            if next.chars.wrapping_sub(base.chars) == CHECKPOINT_BYTES as u32 {
                return Counts {
                    chars: base.chars.wrapping_add(rest as u32),
                    utf16: base.utf16.wrapping_add(rest as u32),
                };
            }
        }
        let rest = Counts::of(&self.text.as_bytes()[block * CHECKPOINT_BYTES..offset]);
        Counts {
            chars: base.chars.wrapping_add(rest.chars),
            utf16: base.utf16.wrapping_add(rest.utf16),
        }
    }

    /// The text this index was built over.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Number of lines (a trailing newline starts a last, empty line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line number holding byte `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> u32 {
        let offset = offset.min(self.text.len());
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts, if it exists.
    pub fn line_start(&self, line: u32) -> Option<usize> {
        self.line_starts.get((line as usize).checked_sub(1)?).copied()
    }

    /// Byte range of 1-based `line`, without its line terminator (`\n` or `\r\n`).
    pub fn line_range(&self, line: u32) -> Option<Range<usize>> {
        let start = self.line_start(line)?;
        let mut end = self
            .line_starts
            .get(line as usize)
            .map(|next| next - 1)
            .unwrap_or(self.text.len());
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Some(start..end)
    }

    /// The text of 1-based `line`, without its terminator.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        self.line_range(line).map(|r| &self.text[r])
    }

    /// Line/column of byte `offset`. Offsets inside a UTF-8 sequence are moved back to its start.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1];
        let (a, b) = (self.counts_before(start), self.counts_before(offset));
        let before = Counts {
            chars: b.chars.wrapping_sub(a.chars),
            utf16: b.utf16.wrapping_sub(a.utf16),
        };
        Position {
            line,
            column: before.chars + 1,
            column_utf16: before.utf16 + 1,
        }
    }

    /// The span of byte range `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        let a = self.position(range.start);
        let b = self.position(range.end.max(range.start));
        Span {
            start: range.start,
            end: range.end.max(range.start),
            line: a.line,
            column: a.column,
            column_utf16: a.column_utf16,
            end_line: b.line,
            end_column: b.column,
            end_column_utf16: b.column_utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_scalars_and_utf16_units() {
        let text = "ab\n한글 😀x\r\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        let x = text.find('x').unwrap();
        let p = idx.position(x);
        assert_eq!((p.line, p.column, p.column_utf16), (2, 5, 6));
        assert_eq!(idx.line_text(2), Some("한글 😀x"));
        assert_eq!(idx.line_text(3), Some("last"));
        let s = idx.span(x..text.len());
        assert_eq!((s.end_line, s.end_column), (3, 5));
    }

    #[test]
    fn columns_far_into_long_lines_match_a_plain_count() {
        // Found by tests/reliability_pathological.rs: every column was counted from the start
        // of its line, so a table with 100,000 columns on one line took quadratic time.
        let mut text = String::from("x\n");
        for i in 0..1500 {
            text.push_str(["a", "é", "한", "😀", "\r\n", " "][i % 6]);
        }
        text.push_str(&"|😀é".repeat(800));
        let idx = LineIndex::new(&text);
        for offset in (0..=text.len()).step_by(7).filter(|o| text.is_char_boundary(*o)) {
            let p = idx.position(offset);
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let before = &text[start..offset];
            assert_eq!(p.column, before.chars().count() as u32 + 1, "{offset}");
            assert_eq!(
                p.column_utf16,
                before.encode_utf16().count() as u32 + 1,
                "{offset}"
            );
        }
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// Mostly-ASCII text takes the unscanned path for whole blocks; a multi-byte character
        /// straddling a block boundary must not throw the count off.
        #[test]
        fn every_column_matches_a_plain_count(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    4 => proptest::sample::select(vec!["a", "bc", "abcdefg", "x y z ", "\n", "\r\n"]),
                    4 => (1usize..130).prop_map(|n| "a".repeat(n)).prop_map(|s| &*s.leak()),
                    1 => proptest::sample::select(vec!["é", "😀", "한"]),
                ],
                0..120,
            ),
        ) {
            let text: String = pieces.concat();
            let idx = LineIndex::new(&text);
            for offset in (0..=text.len()).filter(|o| text.is_char_boundary(*o)) {
                let p = idx.position(offset);
                let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
                let before = &text[start..offset];
                proptest::prop_assert_eq!(p.column, before.chars().count() as u32 + 1);
                proptest::prop_assert_eq!(p.column_utf16, before.encode_utf16().count() as u32 + 1);
            }
        }
    }

    #[test]
    fn offsets_inside_a_character_snap_back() {
        let idx = LineIndex::new("é");
        assert_eq!(idx.position(1).column, 1);
    }
}
