//! Minimal, exact edits to Markdown text.
//!
//! SpecDesk never re-serializes a document: every change it makes is a [`TextEdit`] over the
//! original bytes, so a ticked checkbox changes exactly one byte and everything else the author
//! wrote (spacing, line endings, odd formatting) stays as it was.

use crate::diagnostic::TextEdit;
use crate::error::{CoreError, Result};
use crate::markdown;
use crate::span::LineIndex;

/// The edit that sets task `task_index` (its index in [`markdown::task_items`]) to `checked`.
///
/// It replaces the single byte inside the mark: `' '` becomes `x`, `x`/`X` becomes `' '`. When
/// the task is already in the requested state the edit rewrites the byte with itself (so an
/// existing `X` stays `X`).
pub fn set_task(text: &str, task_index: usize, checked: bool) -> Result<TextEdit> {
    task_edit(text, task_index, |_| checked)
}

/// The edit that flips task `task_index`: unchecked → `x`, checked (`x` or `X`) → `' '`.
pub fn toggle_task(text: &str, task_index: usize) -> Result<TextEdit> {
    task_edit(text, task_index, |was| !was)
}

/// The one-byte edit giving task `task_index` the state `wanted(current state)`.
fn task_edit(text: &str, task_index: usize, wanted: impl FnOnce(bool) -> bool) -> Result<TextEdit> {
    let index = LineIndex::new(text);
    let task = markdown::task_items_with(text, &index)
        .into_iter()
        .nth(task_index)
        .ok_or_else(|| invalid(format!("there is no task #{task_index} in this document")))?;
    let inner = task.mark.start + 1;
    let current = &text[inner..inner + 1];
    let insert = match (wanted(task.checked), task.checked) {
        (true, true) | (false, false) => current,
        (true, false) => "x",
        (false, true) => " ",
    };
    Ok(TextEdit {
        span: index.span(inner..inner + 1),
        insert: insert.to_string(),
    })
}

/// An edit inserting `insert` at byte `offset` (which must be a character boundary of `text`).
pub fn insert_text(text: &str, offset: usize, insert: &str) -> Result<TextEdit> {
    check_offset(text, offset)?;
    Ok(TextEdit {
        span: LineIndex::new(text).span(offset..offset),
        insert: insert.to_string(),
    })
}

/// Apply `edits` to `text`. The edits may come in any order but must not overlap (insertions at
/// the same offset are applied in the order given); each range must lie within `text` on
/// character boundaries. Only the byte ranges of the spans are used.
pub fn apply_edits(text: &str, edits: &[TextEdit]) -> Result<String> {
    let mut sorted: Vec<&TextEdit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + edits.iter().map(|e| e.insert.len()).sum::<usize>());
    let mut cursor = 0;
    for edit in sorted {
        let (start, end) = (edit.span.start, edit.span.end);
        if start > end {
            return Err(invalid(format!("edit range {start}..{end} is reversed")));
        }
        check_offset(text, start)?;
        check_offset(text, end)?;
        if start < cursor {
            return Err(invalid(format!(
                "edit at {start}..{end} overlaps an earlier edit ending at {cursor}"
            )));
        }
        out.push_str(&text[cursor..start]);
        out.push_str(&edit.insert);
        cursor = end;
    }
    out.push_str(&text[cursor..]);
    Ok(out)
}

fn check_offset(text: &str, offset: usize) -> Result<()> {
    if offset > text.len() {
        return Err(invalid(format!(
            "offset {offset} is past the end of the text ({} bytes)",
            text.len()
        )));
    }
    if !text.is_char_boundary(offset) {
        return Err(invalid(format!("offset {offset} is inside a UTF-8 character")));
    }
    Ok(())
}

fn invalid(message: String) -> CoreError {
    CoreError::Invalid { message }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# T\r\n\r\n- [ ] one\r\n- [X] two\r\n  - [x] nested é\r\n";

    #[test]
    fn toggling_changes_one_byte() {
        let e = toggle_task(DOC, 0).unwrap();
        assert_eq!(e.span.end - e.span.start, 1);
        assert_eq!(e.insert, "x");
        assert_eq!((e.span.line, e.span.column), (3, 4));
        let out = apply_edits(DOC, &[e]).unwrap();
        assert_eq!(out, DOC.replacen("- [ ] one", "- [x] one", 1));
    }

    #[test]
    fn unchecking_capital_x_gives_space_and_rechecking_gives_lower_x() {
        let once = apply_edits(DOC, &[toggle_task(DOC, 1).unwrap()]).unwrap();
        assert!(once.contains("- [ ] two"));
        let twice = apply_edits(&once, &[toggle_task(&once, 1).unwrap()]).unwrap();
        assert!(twice.contains("- [x] two"));
    }

    #[test]
    fn set_task_to_its_current_state_is_a_no_op() {
        let e = set_task(DOC, 1, true).unwrap();
        assert_eq!(e.insert, "X");
        assert_eq!(apply_edits(DOC, &[e]).unwrap(), DOC);
        let e = set_task(DOC, 0, false).unwrap();
        assert_eq!(apply_edits(DOC, &[e]).unwrap(), DOC);
        let e = set_task(DOC, 2, false).unwrap();
        assert!(apply_edits(DOC, &[e]).unwrap().contains("- [ ] nested é"));
    }

    #[test]
    fn unknown_task_is_invalid() {
        let err = toggle_task(DOC, 3).unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert_eq!(set_task("no tasks", 0, true).unwrap_err().kind(), "invalid");
    }

    #[test]
    fn edits_apply_in_any_order() {
        let text = "abcdef";
        let idx = LineIndex::new(text);
        let edits = [
            TextEdit {
                span: idx.span(4..5),
                insert: "E".into(),
            },
            TextEdit {
                span: idx.span(0..1),
                insert: "AA".into(),
            },
            insert_text(text, 6, "!").unwrap(),
            insert_text(text, 2, "-").unwrap(),
        ];
        assert_eq!(apply_edits(text, &edits).unwrap(), "AAb-cdEf!");
    }

    #[test]
    fn overlapping_out_of_bounds_and_split_characters_are_rejected() {
        let text = "aé b";
        let idx = LineIndex::new(text);
        let edit = |r: std::ops::Range<usize>| TextEdit {
            span: idx.span(r),
            insert: String::new(),
        };
        assert_eq!(
            apply_edits(text, &[edit(0..2), edit(1..3)]).unwrap_err().kind(),
            "invalid"
        );
        let mut past_end = edit(0..1);
        past_end.span.end = 99;
        assert_eq!(apply_edits(text, &[past_end]).unwrap_err().kind(), "invalid");
        let mut inside_char = edit(0..1);
        inside_char.span.end = 2;
        assert_eq!(apply_edits(text, &[inside_char]).unwrap_err().kind(), "invalid");
        let mut reversed = edit(0..1);
        reversed.span.start = 3;
        assert_eq!(apply_edits(text, &[reversed]).unwrap_err().kind(), "invalid");
        assert_eq!(insert_text(text, 2, "x").unwrap_err().kind(), "invalid");
        assert_eq!(insert_text(text, 6, "x").unwrap_err().kind(), "invalid");
    }

    #[test]
    fn insertion_spans_carry_line_and_column() {
        let text = "# T\n\n## A\n";
        let e = insert_text(text, 5, "## Summary\n\n").unwrap();
        assert_eq!(
            (e.span.start, e.span.end, e.span.line, e.span.column),
            (5, 5, 3, 1)
        );
        assert_eq!(apply_edits(text, &[e]).unwrap(), "# T\n\n## Summary\n\n## A\n");
    }
}
