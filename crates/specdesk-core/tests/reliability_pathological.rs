//! Pathological inputs finish in bounded time and memory: a 10 MB line, 100,000 nested lists
//! and block quotes, 100,000 table columns, deeply nested emphasis, brackets and raw HTML, and
//! more. Every case runs in its own child process (this test binary re-run on
//! `child_process_entry_for_pathological_case`), so a stack overflow is caught as a failure and
//! the peak memory (`VmHWM`) is the case's own.
//!
//! Scale: `SPECDESK_PATHO_DIVISOR` divides every size (default 100 in `cargo test`: 1,000 levels,
//! 100 KB lines; `scripts/reliability.sh` runs the full sizes with 1).

#![cfg(target_os = "linux")]

mod reliability_support;

use reliability_support::env_usize;
use specdesk_core::edit::{apply_edits, toggle_task};
use specdesk_core::markdown::task_items;
use specdesk_core::plan::Plan;
use specdesk_core::render::render_document;
use specdesk_core::status::{checklist_status, tasks_status};
use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::validate::{validate_plan, PlanContext};
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CASE_ENV: &str = "SPECDESK_PATHO_CASE";

/// Time one step may take in a debug build, and the whole case's peak memory.
const STEP_BUDGET: Duration = Duration::from_secs(30);
const MEMORY_BUDGET_KB: u64 = 1_500_000;
/// A case that runs longer than this is killed and reported.
const CASE_TIMEOUT: Duration = Duration::from_secs(300);

const HUNDRED_K: usize = 100_000;
const TEN_MB: usize = 10 * 1024 * 1024;

/// A case: its name, and its input at full size divided by a number.
type Case = (&'static str, fn(usize) -> String);

/// The cases.
fn cases() -> Vec<Case> {
    vec![
        ("10 MB line of words", |d| {
            "lorem ipsum dolor ".repeat(TEN_MB / 18 / d)
        }),
        ("10 MB line without spaces", |d| "x".repeat(TEN_MB / d)),
        ("10 MB heading line", |d| {
            format!("## {}\n", "word ".repeat(TEN_MB / 5 / d))
        }),
        ("10 MB of [NEEDS CLARIFICATION] placeholders", |d| {
            "[NEEDS CLARIFICATION: x] ".repeat(TEN_MB / 25 / d)
        }),
        ("100,000 nested lists", |d| {
            "- * ".repeat(HUNDRED_K / 2 / d) + "bottom"
        }),
        ("100,000 nested ordered lists", |d| {
            "1. ".repeat(HUNDRED_K / d) + "bottom"
        }),
        ("100,000 nested task lists", |d| {
            "- [ ] ".repeat(HUNDRED_K / d) + "bottom"
        }),
        ("100,000 indented nested lists", |d| {
            (0..HUNDRED_K / 100 / d)
                .map(|i| format!("{}- item\n", "  ".repeat(i % 1000)))
                .collect()
        }),
        ("100,000 nested block quotes", |d| {
            "> ".repeat(HUNDRED_K / d) + "bottom"
        }),
        ("100,000 block quotes on separate lines", |d| {
            (1..=HUNDRED_K / 100 / d)
                .map(|i| format!("{} q\n", ">".repeat(i)))
                .collect()
        }),
        ("100,000 table columns", |d| {
            let n = HUNDRED_K / d;
            format!(
                "{}|\n{}|\n{}|\n",
                "| a ".repeat(n),
                "|---".repeat(n),
                "| 1 ".repeat(n)
            )
        }),
        ("100,000 table rows", |d| {
            format!(
                "| a | b |\n|---|---|\n{}",
                "| [ ] x | [NEEDS CLARIFICATION] |\n".repeat(HUNDRED_K / d)
            )
        }),
        ("100,000 nested emphasis", |d| {
            let n = HUNDRED_K / 2 / d;
            format!("{}a{}", "*".repeat(n), "*".repeat(n))
        }),
        ("100,000 alternating emphasis", |d| {
            let n = HUNDRED_K / 2 / d;
            format!("{}a{}", "*_".repeat(n), "_*".repeat(n))
        }),
        ("100,000 unclosed emphasis runs", |d| {
            "*a **b ***c _d __e ".repeat(HUNDRED_K / 5 / d)
        }),
        ("100,000 nested brackets", |d| {
            let n = HUNDRED_K / 2 / d;
            format!("{}x{}", "[".repeat(n), "](u)".repeat(n))
        }),
        ("100,000 unclosed link openers", |d| "[a](".repeat(HUNDRED_K / d)),
        ("100,000 backticks", |d| "`".repeat(HUNDRED_K / d) + "x"),
        ("100,000 nested raw HTML divs", |d| {
            "<div>".repeat(HUNDRED_K / d) + "bottom"
        }),
        ("100,000 nested inline spans", |d| {
            "<span>".repeat(HUNDRED_K / d) + "bottom"
        }),
        ("100,000 unclosed HTML comments", |d| {
            "<!-- ".repeat(HUNDRED_K / d)
        }),
        ("100,000 tasks", |d| "- [ ] task\n".repeat(HUNDRED_K / d)),
        ("100,000 headings", |d| {
            "## Section\n\ntext\n\n".repeat(HUNDRED_K / d)
        }),
        ("100,000 footnotes", |d| {
            (0..HUNDRED_K / d)
                .map(|i| format!("a[^{i}]\n\n[^{i}]: note {i}\n\n"))
                .collect()
        }),
        ("100,000 labeled bullets", |d| {
            "- **Goal**: [value]\n".repeat(HUNDRED_K / d)
        }),
        ("10 MB fenced code block", |d| {
            format!("```\n{}\n```\n", "code line\n".repeat(TEN_MB / 10 / d))
        }),
        ("100,000 line front matter", |d| {
            format!("---\n{}---\n# T\n", "key: value\n".repeat(HUNDRED_K / d))
        }),
        ("10 MB of CRLF blank lines", |d| "\r\n".repeat(TEN_MB / 2 / d)),
        ("10 MB of multi-byte text", |d| "한글😀é ".repeat(TEN_MB / 12 / d)),
    ]
}

/// Every reader and editor operation of the core on `text`, each timed.
fn exercise(text: &str) -> Vec<(&'static str, Duration)> {
    let mut steps = Vec::new();
    let mut time = |name: &'static str, f: &mut dyn FnMut()| {
        let started = Instant::now();
        f();
        steps.push((name, started.elapsed()));
    };
    time("parse", &mut || drop(Plan::parse(text)));
    let template = Template::builtin_lite();
    let mut diagnostics = Vec::new();
    time("validate", &mut || {
        diagnostics = validate_plan(text, &template, &PlanContext::default())
    });
    time("render", &mut || drop(render_document(text)));
    time("status", &mut || {
        drop(tasks_status(text));
        drop(checklist_status(text));
    });
    time("toggle", &mut || {
        let tasks = task_items(text).len();
        for which in [0, tasks / 2, tasks.saturating_sub(1)]
            .into_iter()
            .filter(|_| tasks > 0)
        {
            let edit = toggle_task(text, which).expect("a listed task toggles");
            apply_edits(text, &[edit]).expect("a toggle applies");
        }
    });
    time("apply fix", &mut || {
        if let Some(fix) = diagnostics.iter().find_map(|d| d.fix.as_ref()) {
            let fixed = apply_edits(text, &fix.edits).expect("a fix applies");
            drop(Plan::parse(&fixed));
        }
    });
    time("as template", &mut || {
        let custom = Template::from_text(
            text.to_string(),
            TemplateSource::Repo {
                rel_path: "t.md".into(),
            },
        );
        drop(validate_plan(
            "# Plan\n\n## Summary\n\nx\n",
            &custom,
            &PlanContext::default(),
        ));
    });
    steps
}

/// Peak resident memory of this process, in kB.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

/// Entry point of the child process (does nothing in a normal test run): run one case, print
/// `STEP <name> <µs>` lines, then `BYTES <n>` and `PEAK_RSS_KB <n>`.
#[test]
fn child_process_entry_for_pathological_case() {
    let Ok(name) = std::env::var(CASE_ENV) else {
        return;
    };
    let divisor = env_usize("SPECDESK_PATHO_DIVISOR", 100).max(1);
    let (_, make) = cases().into_iter().find(|(n, _)| *n == name).expect("known case");
    let text = make(divisor);
    for (step, took) in exercise(&text) {
        println!("STEP {step} {}", took.as_micros());
    }
    println!("BYTES {}", text.len());
    println!("PEAK_RSS_KB {}", peak_rss_kb());
}

struct Outcome {
    bytes: usize,
    steps: Vec<(String, Duration)>,
    peak_kb: u64,
}

fn run_case(name: &str) -> Result<Outcome, String> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_process_entry_for_pathological_case",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CASE_ENV, name)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > CASE_TIMEOUT {
            child.kill().unwrap();
            child.wait().unwrap();
            return Err(format!("did not finish within {CASE_TIMEOUT:?}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (mut out, mut err) = (String::new(), String::new());
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    if !status.success() {
        let tail: String = err.lines().rev().take(8).collect::<Vec<_>>().join(" | ");
        return Err(format!("crashed ({status}): {tail}"));
    }
    let mut outcome = Outcome {
        bytes: 0,
        steps: Vec::new(),
        peak_kb: 0,
    };
    for line in out.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["STEP", name @ .., micros] => outcome
                .steps
                .push((name.join(" "), Duration::from_micros(micros.parse().unwrap_or(0)))),
            ["BYTES", n] => outcome.bytes = n.parse().unwrap_or(0),
            ["PEAK_RSS_KB", n] => outcome.peak_kb = n.parse().unwrap_or(0),
            _ => {}
        }
    }
    if outcome.steps.is_empty() {
        return Err(format!("no result; stderr: {err}"));
    }
    Ok(outcome)
}

#[test]
fn pathological_inputs_finish_in_bounded_time_and_memory() {
    let divisor = env_usize("SPECDESK_PATHO_DIVISOR", 100).max(1);
    let only = std::env::var("SPECDESK_PATHO_ONLY").ok();
    let mut failures = Vec::new();
    println!("pathological inputs (sizes divided by {divisor}); slowest step and peak memory per case:");
    for (name, _) in cases() {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        match run_case(name) {
            Err(why) => failures.push(format!("{name}: {why}")),
            Ok(outcome) => {
                let (slowest, took) = outcome
                    .steps
                    .iter()
                    .max_by_key(|(_, t)| *t)
                    .map(|(n, t)| (n.clone(), *t))
                    .unwrap();
                let total: Duration = outcome.steps.iter().map(|(_, t)| *t).sum();
                println!(
                    "  {name:<46} {:>9} bytes  total {:>8.2?}  slowest {slowest} {took:.2?}  peak {} MB",
                    outcome.bytes,
                    total,
                    outcome.peak_kb / 1024
                );
                for (step, t) in &outcome.steps {
                    if *t > STEP_BUDGET {
                        failures.push(format!("{name}: {step} took {t:?} (budget {STEP_BUDGET:?})"));
                    }
                }
                if outcome.peak_kb > MEMORY_BUDGET_KB {
                    failures.push(format!("{name}: peak memory {} MB", outcome.peak_kb / 1024));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
