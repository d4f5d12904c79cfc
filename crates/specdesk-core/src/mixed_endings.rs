//! Keeps the line endings of a file that mixes `\n` and `\r\n` when an editor hands its text back
//! with `\n` only (CodeMirror, like most editors, normalizes line breaks).
//!
//! A file whose endings are all `\r\n` simply gets `\r\n` back (see `store::encode_for_disk`);
//! a mixed file needs to know which line had which ending. The edited text is matched to the
//! original line by line: a line the user did not touch keeps its own ending, a changed line
//! takes the ending of the original line it replaced, and a new line takes the ending of the
//! line before it. So saving changes nothing outside the edit, byte for byte.

use similar::{DiffTag, TextDiff};
use std::time::Duration;

/// Beyond this a diff gives up looking for the best match (the result stays correct text).
const DIFF_TIMEOUT: Duration = Duration::from_millis(200);

/// One line of the original: its content and its ending (`""`, `"\n"` or `"\r\n"`).
struct Line<'a> {
    content: &'a str,
    ending: &'static str,
}

/// `edited` (with `\n` line breaks) with the line endings `original` had on the same lines.
/// `edited` that already contains `\r` is returned unchanged: it carries its own endings.
pub fn restore_mixed_endings(original: &str, edited: &str) -> String {
    if edited.contains('\r') {
        return edited.to_string();
    }
    let old = split_lines(original);
    let old_contents: Vec<&str> = old.iter().map(|l| l.content).collect();
    let new_contents: Vec<&str> = edited.split('\n').collect();
    let fallback = dominant_ending(&old);
    let diff = TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_slices(&old_contents, &new_contents);
    let mut endings: Vec<&'static str> = Vec::with_capacity(new_contents.len());
    for op in diff.ops() {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        for (offset, _) in new_range.clone().enumerate() {
            let ending = match tag {
                DiffTag::Equal | DiffTag::Replace if offset < old_range.len() => {
                    old[old_range.start + offset].ending
                }
                _ => endings.last().copied().unwrap_or(fallback),
            };
            endings.push(ending);
        }
    }
    let mut out = String::with_capacity(edited.len() + edited.len() / 16);
    let last = new_contents.len().saturating_sub(1);
    for (i, content) in new_contents.iter().enumerate() {
        out.push_str(content);
        if i < last {
            // An original line without an ending (the last one) that now has a successor.
            out.push_str(non_empty(endings[i], fallback));
        }
    }
    out
}

/// The lines of `text` with their endings; a final line without a break is kept (even empty),
/// so that the contents match `edited.split('\n')` of the same text.
fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('\n') {
        let (content, ending) = match rest[..at].strip_suffix('\r') {
            Some(content) => (content, "\r\n"),
            None => (&rest[..at], "\n"),
        };
        lines.push(Line { content, ending });
        rest = &rest[at + 1..];
    }
    lines.push(Line {
        content: rest,
        ending: "",
    });
    lines
}

/// The ending most of the lines use (`\n` on a tie).
fn dominant_ending(lines: &[Line<'_>]) -> &'static str {
    let crlf = lines.iter().filter(|l| l.ending == "\r\n").count();
    let lf = lines.iter().filter(|l| l.ending == "\n").count();
    if crlf > lf {
        "\r\n"
    } else {
        "\n"
    }
}

fn non_empty(ending: &'static str, fallback: &'static str) -> &'static str {
    if ending.is_empty() {
        fallback
    } else {
        ending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lf(text: &str) -> String {
        text.replace("\r\n", "\n")
    }

    #[test]
    fn unchanged_text_comes_back_byte_for_byte() {
        let original = "# Plan\r\n\nintro\r\n- [ ] a\n- [ ] b\r\n";
        assert_eq!(restore_mixed_endings(original, &lf(original)), original);
    }

    #[test]
    fn an_edited_line_keeps_its_ending_and_the_others_theirs() {
        let original = "one\r\ntwo\nthree\r\n";
        assert_eq!(
            restore_mixed_endings(original, "one\ntwo!\nthree\n"),
            "one\r\ntwo!\nthree\r\n"
        );
    }

    #[test]
    fn an_inserted_line_takes_the_ending_of_the_line_before() {
        let original = "one\r\ntwo\nthree\r\n";
        assert_eq!(
            restore_mixed_endings(original, "one\nnew\ntwo\nthree\n"),
            "one\r\nnew\r\ntwo\nthree\r\n"
        );
        assert_eq!(
            restore_mixed_endings(original, "one\ntwo\nnew\nthree\n"),
            "one\r\ntwo\nnew\nthree\r\n"
        );
    }

    #[test]
    fn deleted_lines_take_nothing_with_them() {
        let original = "one\r\ntwo\nthree\r\nfour\n";
        assert_eq!(
            restore_mixed_endings(original, "one\nthree\nfour\n"),
            "one\r\nthree\r\nfour\n"
        );
    }

    #[test]
    fn text_appended_after_a_last_line_without_a_break_gets_the_dominant_ending() {
        let original = "a\r\nb\r\nc\nlast";
        assert_eq!(
            restore_mixed_endings(original, "a\nb\nc\nlast\nmore"),
            "a\r\nb\r\nc\nlast\r\nmore"
        );
    }

    #[test]
    fn text_that_brings_its_own_carriage_returns_is_left_alone() {
        assert_eq!(restore_mixed_endings("a\r\nb\n", "x\r\ny\n"), "x\r\ny\n");
    }

    fn mixed_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(("[a-c é]{0,6}", prop::bool::ANY), 0..12).prop_map(|lines| {
            lines
                .into_iter()
                .map(|(content, crlf)| format!("{content}{}", if crlf { "\r\n" } else { "\n" }))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn a_round_trip_without_edits_is_exact(original in mixed_text(), tail in "[a-c]{0,3}") {
            let original = format!("{original}{tail}");
            prop_assert_eq!(restore_mixed_endings(&original, &lf(&original)), original);
        }

        #[test]
        fn lines_outside_an_inserted_line_keep_their_endings(
            original in mixed_text(),
            at in 0usize..12,
        ) {
            let lines: Vec<&str> = original.split_inclusive('\n').collect();
            let at = at.min(lines.len());
            let mut edited_lines: Vec<String> = lines.iter().map(|l| lf(l)).collect();
            edited_lines.insert(at, "INSERTED\n".to_string());
            let restored = restore_mixed_endings(&original, &edited_lines.concat());
            let mut kept: Vec<&str> = restored.split_inclusive('\n').collect();
            prop_assert_eq!(kept.remove(at).trim_end_matches(['\r', '\n']), "INSERTED");
            prop_assert_eq!(kept, lines);
        }
    }
}
