//! The Markdown dialect SpecDesk reads, and the task-item scanner shared by every reader.
//!
//! All parsing goes through [`options`] so that the plan model, the status counts, the edits
//! and the preview agree on what is a table, a task item or front matter.

use crate::span::{LineIndex, Span};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// GFM as spec-kit writes it: tables, task lists, strikethrough, footnotes, YAML front matter,
/// and GitHub's alerts (`> [!NOTE]`, `> [!WARNING]`, …).
pub fn options() -> Options {
    Options::ENABLE_GFM
        | Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// A `- [ ]` / `- [x]` list item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TaskItem {
    /// 0-based index of this task item in the document (stable id for the preview).
    pub index: usize,
    /// `[x]` and `[X]` both count as checked.
    pub checked: bool,
    /// The item's text after the mark, trimmed, first line only.
    pub text: String,
    /// The three bytes `[ ]` / `[x]` / `[X]`.
    pub mark: Span,
    /// The whole list item's first line.
    pub line: Span,
}

/// Every task item of `text`, in document order.
///
/// Uses pulldown-cmark's own task-list detection (so code blocks and indented text are never
/// taken for tasks), then locates the exact `[ ]` bytes in the source.
pub fn task_items(text: &str) -> Vec<TaskItem> {
    let index = LineIndex::new(text);
    task_items_with(text, &index)
}

/// [`task_items`] with a caller-supplied [`LineIndex`] over the same text.
pub fn task_items_with(text: &str, index: &LineIndex<'_>) -> Vec<TaskItem> {
    let mut tasks = TaskCollector::default();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        tasks.event(text, index, &event, range);
    }
    tasks.finish()
}

/// Builds [`TaskItem`]s from a pulldown-cmark event stream, for readers that walk the events
/// anyway (the plan parser): one parse instead of two.
#[derive(Debug, Default)]
pub(crate) struct TaskCollector {
    items: Vec<TaskItem>,
    item_starts: Vec<usize>,
}

impl TaskCollector {
    /// Feed the next event of `text` (parsed with [`options`]) and its source range.
    pub(crate) fn event(
        &mut self,
        text: &str,
        index: &LineIndex<'_>,
        event: &Event<'_>,
        range: Range<usize>,
    ) {
        match event {
            Event::Start(Tag::Item) => self.item_starts.push(range.start),
            Event::End(TagEnd::Item) => {
                self.item_starts.pop();
            }
            Event::TaskListMarker(checked) => {
                let Some(mark_start) = find_mark(text, range.start) else {
                    return;
                };
                let mark = mark_start..mark_start + 3;
                let line_no = index.line_of(mark_start);
                let line_range = index.line_range(line_no).unwrap_or(mark.clone());
                let item_start = self.item_starts.last().copied().unwrap_or(line_range.start);
                let text_after = text[mark.end..line_range.end.max(mark.end)].trim().to_string();
                self.items.push(TaskItem {
                    index: self.items.len(),
                    checked: *checked,
                    text: text_after,
                    mark: index.span(mark),
                    line: index.span(item_start.max(line_range.start)..line_range.end),
                });
            }
            _ => {}
        }
    }

    /// The task items seen, in document order.
    pub(crate) fn finish(self) -> Vec<TaskItem> {
        self.items
    }
}

/// The offset of the `[` of a task mark at or just after `from`.
fn find_mark(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let window_end = (from + 8).min(bytes.len());
    (from..window_end).find(|&i| {
        bytes[i] == b'['
            && bytes.get(i + 2) == Some(&b']')
            && matches!(bytes.get(i + 1), Some(b' ' | b'x' | b'X'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_marks_exactly_and_ignores_code() {
        let text = "# T\n\n- [ ] one\n- [X] two\n  * [x] nested\n\n```\n- [ ] not a task\n```\n";
        let items = task_items(text);
        assert_eq!(items.len(), 3);
        assert!(!items[0].checked && items[1].checked && items[2].checked);
        for item in &items {
            let mark = &text[item.mark.range()];
            assert!(mark == "[ ]" || mark == "[x]" || mark == "[X]", "{mark:?}");
        }
        assert_eq!(items[1].text, "two");
        assert_eq!(items[2].mark.line, 5);
        assert_eq!(items[2].mark.column, 5);
    }
}
