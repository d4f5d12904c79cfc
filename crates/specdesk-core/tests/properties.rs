//! Property tests: task toggles are exact one-byte edits, the preview's checkboxes match
//! `task_items`, and no reader panics on any input.

use proptest::prelude::*;
use proptest::sample::Index;
use specdesk_core::edit::{apply_edits, toggle_task};
use specdesk_core::markdown::task_items;
use specdesk_core::plan::Plan;
use specdesk_core::render::render_html;
use specdesk_core::status::{checklist_status, tasks_status};

/// A short run of text: ASCII, accents, CJK, emoji, and some Markdown punctuation.
fn words() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 éü한글😀_.,:()/-]{0,24}"
}

fn task_line() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just(""), Just("  "), Just("    "), Just("> ")],
        prop_oneof![Just("-"), Just("*"), Just("+"), Just("1.")],
        prop_oneof![Just(' '), Just('x'), Just('X')],
        prop_oneof![
            Just(""),
            Just("T001 "),
            Just("T002 [P] "),
            Just("T003 [P] [US1] "),
            Just("CHK004 ")
        ],
        words(),
    )
        .prop_map(|(indent, bullet, mark, id, w)| format!("{indent}{bullet} [{mark}] {id}{w}"))
}

/// One or more lines of a spec-kit-like document.
fn block() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        3 => task_line().prop_map(|l| vec![l]),
        1 => ("#{1,4}", words()).prop_map(|(h, w)| vec![format!("{h} {w}")]),
        1 => words().prop_map(|w| vec![w]),
        1 => words().prop_map(|w| vec![format!("- {w}")]),
        1 => Just(vec![String::new()]),
        1 => (task_line(), task_line()).prop_map(|(a, b)| vec!["```".into(), a, b, "```".into()]),
        1 => task_line().prop_map(|a| vec!["~~~md".into(), a, "~~~".into()]),
        1 => (words(), words()).prop_map(|(a, b)| vec![
            "| A | B |".into(),
            "|:--|--:|".into(),
            format!("| {a} | {b} |"),
            "| - [ ] not a task | x |".into(),
        ]),
        1 => words().prop_map(|w| vec!["---".into(), format!("title: {w}"), "---".into()]),
        1 => task_line().prop_map(|t| vec![format!("    {t}")]),
        1 => words().prop_map(|w| vec![format!("<details><summary>{w}</summary>"), String::new(), "- [ ] inside html".into(), String::new(), "</details>".into()]),
    ]
}

/// A whole document, each line ended by `\n` or `\r\n`.
fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((block(), prop::collection::vec(any::<bool>(), 8)), 0..24).prop_map(|blocks| {
        let mut doc = String::new();
        for (lines, crlf) in blocks {
            for (i, line) in lines.iter().enumerate() {
                doc.push_str(line);
                doc.push_str(if crlf[i % crlf.len()] { "\r\n" } else { "\n" });
            }
        }
        doc
    })
}

/// Markdown punctuation soup, to reach the parser's odd corners.
fn soup() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("#"),
        Just("## "),
        Just("- [ ] "),
        Just("* [x]"),
        Just("[X]"),
        Just("|"),
        Just("|--|"),
        Just("```"),
        Just("~~~"),
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("> "),
        Just("[^1]"),
        Just("[^1]: "),
        Just("<"),
        Just(">"),
        Just("<!--"),
        Just("-->"),
        Just("*"),
        Just("_"),
        Just("`"),
        Just("---"),
        Just("  "),
        Just("\t"),
        Just("1. "),
        Just("[a](b)"),
        Just("![i](//x)"),
        Just("<img src=x>"),
        Just("\u{0}"),
        Just("é"),
        Just("😀"),
        Just("NEEDS CLARIFICATION"),
        Just("**Goal**: "),
        Just("[FEATURE]"),
        Just("\\"),
        Just("&#58;"),
    ];
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn differing_bytes(a: &str, b: &str) -> Vec<usize> {
    a.bytes()
        .zip(b.bytes())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(i, _)| i)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn toggling_a_task_changes_exactly_its_mark_byte(doc in document(), pick in any::<Index>()) {
        let items = task_items(&doc);
        prop_assume!(!items.is_empty());
        let k = pick.index(items.len());
        let inner = items[k].mark.start + 1;

        let once = apply_edits(&doc, &[toggle_task(&doc, k).unwrap()]).unwrap();
        prop_assert_eq!(once.len(), doc.len());
        prop_assert_eq!(differing_bytes(&doc, &once), vec![inner]);

        let after = task_items(&once);
        prop_assert_eq!(after.len(), items.len());
        for (before, now) in items.iter().zip(&after) {
            prop_assert_eq!(before.mark, now.mark);
            prop_assert_eq!(now.checked, if before.index == k { !before.checked } else { before.checked });
        }

        // Twice restores the original, except that `[X]` comes back as `[x]`.
        let twice = apply_edits(&once, &[toggle_task(&once, k).unwrap()]).unwrap();
        if doc.as_bytes()[inner] == b'X' {
            prop_assert_eq!(differing_bytes(&doc, &twice), vec![inner]);
            prop_assert_eq!(twice.as_bytes()[inner], b'x');
        } else {
            prop_assert_eq!(&twice, &doc);
        }
    }

    #[test]
    fn preview_checkboxes_match_task_items(doc in document()) {
        let html = render_html(&doc);
        let re = regex::Regex::new(r#"<input type="checkbox" class="task" data-task="(\d+)"( checked)? aria-label="[^"]*">"#).unwrap();
        let rendered: Vec<(usize, bool)> = re
            .captures_iter(&html)
            .map(|c| (c[1].parse().unwrap(), c.get(2).is_some()))
            .collect();
        let expected: Vec<(usize, bool)> = task_items(&doc).iter().map(|t| (t.index, t.checked)).collect();
        prop_assert_eq!(rendered, expected, "{}", html);
        prop_assert_eq!(html.matches("<input").count(), task_items(&doc).len());
    }

    #[test]
    fn status_totals_match_task_items(doc in document()) {
        let n = task_items(&doc).len();
        let tasks = tasks_status(&doc);
        prop_assert_eq!(tasks.progress.total, n);
        prop_assert_eq!(tasks.phases.iter().map(|p| p.tasks.len()).sum::<usize>(), n);
        prop_assert_eq!(checklist_status(&doc).progress.total, n);
    }

    #[test]
    fn readers_never_panic_on_arbitrary_text(text in any::<String>()) {
        read_everything(&text);
    }

    #[test]
    fn readers_never_panic_on_lossy_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        read_everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn readers_never_panic_on_markdown_soup(text in soup()) {
        read_everything(&text);
        let html = render_html(&text);
        prop_assert!(!html.contains("<script"));
        prop_assert!(!html.to_lowercase().contains("src=\"//"));
    }
}

fn read_everything(text: &str) {
    let plan = Plan::parse(text);
    let html = render_html(text);
    let status = tasks_status(text);
    let checklist = checklist_status(text);
    // Touch the results so the work is not optimised away, and check the cheap invariants.
    assert_eq!(status.progress.total, plan.tasks.len());
    assert_eq!(checklist.items.len(), plan.tasks.len());
    assert!(!html.contains("<script"));
}
