//! Fuzzing on stable Rust with proptest generators: parse, validate, render, status, task
//! toggles, text insertion and the application of every suggested fix, over
//! - Markdown soup mixing syntax, hostile HTML/URLs and awkward Unicode,
//! - real plans (the Lite template, the demo repository) mutated by cuts, duplications,
//!   insertions and line-ending changes,
//! - arbitrary Unicode strings,
//! - random templates validating random plans.
//!
//! Each input must get through without a panic, every span must lie on character boundaries
//! inside the text, every fix must apply cleanly, a toggle must change exactly one byte, and the
//! rendered HTML must pass the structural safety check of `reliability_xss`.
//!
//! Scale: `SPECDESK_FUZZ_CASES` inputs in total (default 2,000, split over the four targets);
//! `SPECDESK_SEED` picks the generator seed (default fixed). A failure prints the shrunk input
//! and the command that repeats the run.

mod reliability_support;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use reliability_support::{env_u64, env_usize, html_safety};
use specdesk_core::edit::{apply_edits, insert_text, set_task, toggle_task};
use specdesk_core::markdown::task_items;
use specdesk_core::plan::Plan;
use specdesk_core::render::render_document;
use specdesk_core::status::{checklist_status, tasks_status};
use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::validate::{validate_plan, PlanContext};
use specdesk_core::{Diagnostic, Span};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Number of fuzz targets sharing `SPECDESK_FUZZ_CASES`.
const TARGETS: usize = 4;

fn cases_per_target() -> u32 {
    (env_usize("SPECDESK_FUZZ_CASES", 2_000) / TARGETS).max(1) as u32
}

/// Run `check` on `cases_per_target()` inputs from `strategy`, seeded per target.
fn fuzz<S: Strategy>(target: &str, strategy: S, check: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let seed = env_u64("SPECDESK_SEED").unwrap_or(0x5EED);
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    for (i, b) in target.bytes().enumerate() {
        key[8 + i % 24] ^= b;
    }
    let cases = cases_per_target();
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &key));
    let done = AtomicUsize::new(0);
    let started = std::time::Instant::now();
    let result = runner.run(&strategy, |input| {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n.checked_rem(50_000) == Some(0) {
            println!("  {target}: {n} inputs, {:.0?}", started.elapsed());
        }
        check(input)
    });
    match result {
        Ok(()) => println!(
            "fuzz {target}: {cases} inputs, 0 failures, {:.1?} (SPECDESK_SEED={seed})",
            started.elapsed()
        ),
        Err(TestError::Fail(why, input)) => panic!(
            "fuzz {target} failed: {why}\nminimal input: {input:?}\nrepeat: SPECDESK_SEED={seed} SPECDESK_FUZZ_CASES={} cargo test -p specdesk-core --test reliability_fuzz {target}",
            cases as usize * TARGETS
        ),
        Err(e) => panic!("fuzz {target}: {e}"),
    }
}

// ---- generators -------------------------------------------------------------------------

/// Markdown syntax, hostile markup and awkward Unicode, to be glued together at random.
const PIECES: &[&str] = &[
    "#",
    "## ",
    "### ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "    ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "- [ ] ",
    "- [x] ",
    "* [X] ",
    "[ ]",
    "[x]",
    "> ",
    ">> ",
    "|",
    "| a | b |",
    "|---|:-:|",
    "```",
    "~~~",
    "```rust",
    "---",
    "***",
    "___",
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "``",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "[a](b)",
    "[x][r]",
    "[r]: /u",
    "![i](//x)",
    "![i](a.png)",
    "<",
    ">",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "<details>",
    "<summary>s</summary>",
    "</details>",
    "<br>",
    "<img src=x onerror=alert(1)>",
    "<script>x()</script>",
    "<a href=\"javascript:x()\">j</a>",
    "[ipc](http://ipc.localhost/x)",
    "<svg onload=x()>",
    "&#58;",
    "&amp;",
    "&lt;",
    "&#x6A;",
    "[^1]",
    "[^1]: note",
    "**Goal**: ",
    "**Branch**: `[###-x]` | **Date**: [DATE]",
    "[NEEDS CLARIFICATION: why?]",
    "[NEEDS CLARIFICATION]",
    "[FEATURE]",
    "[e.g., Rust 1.80]",
    "[DATE]",
    "T001 ",
    "[P] ",
    "[US1] ",
    "CHK001 ",
    "## Summary\n",
    "## Technical Snapshot\n",
    "## Status Checklist\n",
    "é",
    "ü",
    "한글",
    "😀",
    "👩‍👩‍👧",
    "e\u{301}",
    "\u{200B}",
    "\u{200F}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{0}",
    "\u{7F}",
    "\u{85}",
    "\u{2028}",
    "𝔘",
    "ｊａｖａ",
    "word",
    "text ",
    "NEEDS CLARIFICATION",
    "$$",
    "\\|",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..160).prop_map(|v| v.concat())
}

/// Real documents to mutate: the Lite template and every Markdown file of the demo repository.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut docs = vec![Template::builtin_lite().text];
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo/specs");
        for file in reliability_support::files_below(&demo) {
            if file.extension().is_some_and(|e| e == "md") {
                if let Ok(text) = std::fs::read_to_string(&file) {
                    docs.push(text);
                }
            }
        }
        docs
    })
}

/// One change to a document, positions chosen relative to its length.
#[derive(Debug, Clone)]
enum Mutation {
    Cut(Index, Index),
    Duplicate(Index, Index),
    Insert(Index, String),
    Move(Index, Index, Index),
    ToCrlf,
    ToLf,
    DropLine(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Cut(a, b)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        3 => (any::<Index>(), soup()).prop_map(|(a, s)| Mutation::Insert(a, s)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(a, b, c)| Mutation::Move(a, b, c)),
        1 => Just(Mutation::ToCrlf),
        1 => Just(Mutation::ToLf),
        2 => any::<Index>().prop_map(Mutation::DropLine),
    ]
}

/// The char boundary at or before a relative position.
fn boundary(text: &str, at: &Index) -> usize {
    if text.is_empty() {
        return 0;
    }
    let mut i = at.index(text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ordered(text: &str, a: &Index, b: &Index) -> (usize, usize) {
    let (x, y) = (boundary(text, a), boundary(text, b));
    (x.min(y), x.max(y))
}

fn mutate(mut text: String, mutations: &[Mutation]) -> String {
    for m in mutations {
        match m {
            Mutation::Cut(a, b) => {
                let (x, y) = ordered(&text, a, b);
                text.replace_range(x..y, "");
            }
            Mutation::Duplicate(a, b) => {
                let (x, y) = ordered(&text, a, b);
                let piece = text[x..y].to_string();
                text.insert_str(y, &piece);
            }
            Mutation::Insert(a, s) => {
                let x = boundary(&text, a);
                text.insert_str(x, s);
            }
            Mutation::Move(a, b, c) => {
                let (x, y) = ordered(&text, a, b);
                let piece = text[x..y].to_string();
                text.replace_range(x..y, "");
                let z = boundary(&text, c);
                text.insert_str(z, &piece);
            }
            Mutation::ToCrlf => text = text.replace("\r\n", "\n").replace('\n', "\r\n"),
            Mutation::ToLf => text = text.replace("\r\n", "\n"),
            Mutation::DropLine(a) => {
                let lines: Vec<&str> = text.split_inclusive('\n').collect();
                if !lines.is_empty() {
                    let drop = a.index(lines.len());
                    text = lines
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != drop)
                        .map(|(_, l)| *l)
                        .collect();
                }
            }
        }
    }
    text
}

fn mutated_document() -> impl Strategy<Value = String> {
    (any::<Index>(), prop::collection::vec(mutation(), 0..8))
        .prop_map(|(pick, mutations)| mutate(pick.get(seeds()).clone(), &mutations))
}

// ---- checks -----------------------------------------------------------------------------

fn check_span(text: &str, span: &Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {}..{} outside a text of {} bytes",
        span.start,
        span.end,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {}..{} not on character boundaries",
        span.start,
        span.end
    );
    prop_assert!(
        span.line >= 1 && span.column >= 1 && span.end_line >= span.line,
        "{what}: bad position {span:?}"
    );
    Ok(())
}

fn check_plan(text: &str) -> Result<(), TestCaseError> {
    let plan = Plan::parse(text);
    for h in &plan.headings {
        check_span(text, &h.span, "heading")?;
    }
    for s in plan
        .sections
        .iter()
        .chain(plan.sections.iter().flat_map(|s| s.children.iter()))
    {
        check_span(text, &s.span, "section")?;
    }
    for t in &plan.tables {
        check_span(text, &t.span, "table")?;
        for cell in t.header.iter().chain(t.rows.iter().flat_map(|r| r.cells.iter())) {
            check_span(text, &cell.span, "table cell")?;
        }
    }
    for p in &plan.placeholders {
        check_span(text, &p.span, "placeholder")?;
    }
    for b in &plan.labeled_bullets {
        check_span(text, &b.span, "labeled bullet")?;
    }
    Ok(())
}

/// Validate, check every diagnostic's span, apply every fix (each alone), and validate the
/// result of one of them (picked by `pick`) again.
fn check_validation(text: &str, template: &Template, pick: &Index) -> Result<Vec<Diagnostic>, TestCaseError> {
    let diagnostics = validate_plan(text, template, &PlanContext::default());
    let fixes: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.fix.is_some()).collect();
    let revalidate = (!fixes.is_empty()).then(|| pick.index(fixes.len()));
    for d in &diagnostics {
        check_span(text, &d.span, &format!("diagnostic {}", d.code))?;
    }
    for (n, d) in fixes.iter().enumerate() {
        let fix = d.fix.as_ref().expect("filtered");
        for edit in &fix.edits {
            check_span(text, &edit.span, &format!("fix of {}", d.code))?;
        }
        let fixed = apply_edits(text, &fix.edits).map_err(|e| {
            TestCaseError::fail(format!("fix of {} ({}) does not apply: {e}", d.code, d.message))
        })?;
        if Some(n) == revalidate {
            // The repaired text goes through the readers again.
            check_plan(&fixed)?;
            for d2 in validate_plan(&fixed, template, &PlanContext::default()) {
                check_span(&fixed, &d2.span, "diagnostic after a fix")?;
            }
        }
    }
    Ok(diagnostics)
}

fn check_render(text: &str) -> Result<(), TestCaseError> {
    let rendered = render_document(text);
    let problems = html_safety::problems(&rendered.html);
    prop_assert!(
        problems.is_empty(),
        "unsafe HTML: {problems:?}\n{}",
        rendered.html
    );
    // Every checkbox is a real task, in document order, none twice (a raw `<!--` left open
    // hides the rest of the document, tasks included, as it would on GitHub).
    let tasks = task_items(text).len();
    let numbers: Vec<usize> = rendered
        .html
        .match_indices("data-task=\"")
        .filter_map(|(at, m)| {
            let rest = &rendered.html[at + m.len()..];
            rest[..rest.find('"')?].parse().ok()
        })
        .collect();
    prop_assert!(
        html_safety::inputs(&rendered.html) <= tasks,
        "more checkboxes than task items"
    );
    prop_assert!(
        numbers.windows(2).all(|w| w[0] < w[1]),
        "checkboxes out of order: {:?}",
        numbers
    );
    prop_assert!(
        numbers.iter().all(|n| *n < tasks),
        "checkbox for a task that does not exist: {:?}",
        numbers
    );
    Ok(())
}

fn check_tasks(text: &str, pick: &Index, insert: &str) -> Result<(), TestCaseError> {
    let tasks = task_items(text);
    prop_assert_eq!(tasks_status(text).progress.total, tasks.len());
    prop_assert_eq!(checklist_status(text).items.len(), tasks.len());
    let mut chosen = vec![0, pick.index(tasks.len().max(1)), tasks.len().saturating_sub(1)];
    chosen.dedup();
    for which in chosen.into_iter().filter(|w| *w < tasks.len()) {
        let toggled = apply_edits(
            text,
            &[toggle_task(text, which).map_err(|e| TestCaseError::fail(e.to_string()))?],
        )
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(toggled.len(), text.len());
        let changed = text.bytes().zip(toggled.bytes()).filter(|(a, b)| a != b).count();
        prop_assert_eq!(changed, 1, "toggling task {} changed {} bytes", which, changed);
        let back = apply_edits(
            &toggled,
            &[toggle_task(&toggled, which).map_err(|e| TestCaseError::fail(e.to_string()))?],
        )
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        // Toggling twice restores the text, except that a checked `X` comes back as `x`.
        let mark = tasks[which].mark.start + 1;
        let mut expected = text.as_bytes().to_vec();
        if expected[mark] == b'X' {
            expected[mark] = b'x';
        }
        prop_assert!(
            back.as_bytes() == expected.as_slice(),
            "toggling task {} twice did not restore the text",
            which
        );
        let set =
            apply_edits(
                text,
                &[set_task(text, which, tasks[which].checked)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?],
            )
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&set, text, "setting a task to its own state changed the text");
    }
    let at = boundary(text, pick);
    let edit = insert_text(text, at, insert).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let inserted = apply_edits(text, &[edit]).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(inserted.len(), text.len() + insert.len());
    Ok(())
}

fn check_everything(text: &str, pick: &Index, insert: &str) -> Result<(), TestCaseError> {
    check_plan(text)?;
    check_validation(text, &Template::builtin_lite(), pick)?;
    check_render(text)?;
    check_tasks(text, pick, insert)?;
    Ok(())
}

// ---- targets ----------------------------------------------------------------------------

#[test]
fn fuzz_markdown_soup() {
    fuzz(
        "soup",
        (soup(), any::<Index>(), soup()),
        |(text, pick, insert)| check_everything(&text, &pick, &insert),
    );
}

#[test]
fn fuzz_mutated_plans() {
    fuzz(
        "mutated",
        (mutated_document(), any::<Index>(), soup()),
        |(text, pick, insert)| check_everything(&text, &pick, &insert),
    );
}

#[test]
fn fuzz_arbitrary_unicode() {
    fuzz(
        "unicode",
        (any::<String>(), any::<Index>(), any::<String>()),
        |(text, pick, insert)| check_everything(&text, &pick, &insert),
    );
}

#[test]
fn fuzz_random_templates() {
    let strategy = (
        prop_oneof![mutated_document(), soup()],
        prop_oneof![mutated_document(), soup()],
    );
    fuzz(
        "templates",
        (strategy, any::<Index>()),
        |((template_text, plan), pick)| {
            let template = Template::from_text(
                template_text,
                TemplateSource::Repo {
                    rel_path: "t.md".into(),
                },
            );
            check_validation(&plan, &template, &pick)?;
            Ok(())
        },
    );
}
