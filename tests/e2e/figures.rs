//! The desktop app's own figures for docs/benchmarks.md, taken from the real app: start-up (process
//! start → the features painted in the sidebar), memory once settled (the app process and its
//! WebKit children), and keystroke → preview on a 1 MB document. Printed, never asserted; ignored
//! in the normal test run. `scripts/bench.sh app` runs them on a release build:
//!
//! ```sh
//! SPECDESK_APP_BINARY=target/release/specdesk \
//!   cargo test -p specdesk --test e2e -- --ignored --nocapture --test-threads=1 figures::
//! ```

use crate::harness::{bounded, copy_dir, durations, ensure, quantile, run, specdesk_pid, step};
use std::fs;
use std::path::Path;
use std::time::Duration;

/// Launches per repository for the start-up figure.
const LAUNCHES: usize = 5;

/// A repository of `count` features made of the demo repository's documents, round-robin.
fn repo_of(count: usize) -> tempfile::TempDir {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-repo/specs");
    let mut sources: Vec<_> = fs::read_dir(&demo)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.path())
        .collect();
    sources.sort();
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir_all(repo.path().join(".git")).unwrap();
    for n in 1..=count {
        let source = &sources[(n - 1) % sources.len()];
        let slug = source.file_name().unwrap().to_str().unwrap()[4..].to_string();
        let target = repo.path().join(format!("specs/{n:03}-{slug}-{n}"));
        copy_dir(source, &target).unwrap();
    }
    repo
}

/// When process `pid` started, in milliseconds since the epoch (from /proc, so the figure
/// includes everything from `exec` on, WebDriver's own set-up excluded).
fn process_start_ms(pid: u32) -> Option<f64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let after = &stat[stat.rfind(')')? + 2..];
    let start_ticks: f64 = after.split(' ').nth(19)?.parse().ok()?;
    let boot_s: f64 = fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("btime ")?.trim().parse().ok())?;
    // USER_HZ is 100 on every Linux this runs on.
    Some((boot_s + start_ticks / 100.0) * 1000.0)
}

/// Resident memory (KiB) of `pid` and all its descendants (WebKit's web and network processes):
/// RSS summed (shared pages counted in every process) and PSS summed (shared pages split between
/// the processes that map them, so the sum is what the app really occupies).
fn tree_memory_kib(pid: u32) -> (u64, u64) {
    let mut parents = std::collections::HashMap::<u32, Vec<u32>>::new();
    for entry in fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(child) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        if let Some(ppid) = stat[close + 2..].split(' ').nth(1).and_then(|p| p.parse().ok()) {
            parents.entry(ppid).or_default().push(child);
        }
    }
    let (mut rss, mut pss) = (0, 0);
    let mut stack = vec![pid];
    while let Some(p) = stack.pop() {
        let rollup = fs::read_to_string(format!("/proc/{p}/smaps_rollup")).unwrap_or_default();
        let field = |name: &str| -> u64 {
            rollup
                .lines()
                .find_map(|l| {
                    l.strip_prefix(name)?
                        .trim()
                        .strip_suffix(" kB")?
                        .trim()
                        .parse()
                        .ok()
                })
                .unwrap_or(0)
        };
        rss += field("Rss:");
        pss += field("Pss:");
        stack.extend(parents.get(&p).into_iter().flatten());
    }
    (rss, pss)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    quantile(&values, 0.5)
}

/// The start-up marks, in order (each the first of its name).
const START_MARKS: [&str; 6] = [
    "specdesk:script",
    "specdesk:mounted",
    "specdesk:launch-info",
    "specdesk:session",
    "specdesk:repo-opened",
    "specdesk:features-shown",
];

async fn start_up_and_memory(label: &str, repo: &Path) {
    // Per launch: ms from process start to navigation start and to each mark; memory.
    let mut launches: Vec<(Vec<f64>, f64, f64)> = Vec::new();
    for launch in 0..LAUNCHES {
        let data = tempfile::tempdir().unwrap();
        let marker = format!("--data-dir={}", data.path().display());
        let path = repo.to_str().unwrap().to_string();
        let figures = std::sync::Arc::new(std::sync::Mutex::new((Vec::new(), 0u64, 0u64)));
        run(
            &format!("figures {label} launch {launch}"),
            &[&path, &marker],
            |app| {
                let (marker, figures) = (marker.clone(), figures.clone());
                Box::pin(async move {
                    app.wait_for("[data-testid=feature-number]").await?;
                    // The last mark is set on the frame that painted the features.
                    let mut marks = serde_json::Value::Null;
                    for _ in 0..200 {
                        marks = app
                            .execute_async(
                                "const done = arguments[arguments.length - 1];
                                 const at = n => { const m = performance.getEntriesByName(n)[0]; return m ? m.startTime : null; };
                                 done([performance.timeOrigin, ...arguments[0].map(at)]);",
                                vec![serde_json::json!(START_MARKS)],
                            )
                            .await?;
                        if marks.as_array().is_some_and(|m| m.iter().all(|v| !v.is_null())) {
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    let marks: Vec<f64> = marks
                        .as_array()
                        .ok_or("no marks")?
                        .iter()
                        .map(|v| v.as_f64().ok_or("a start-up mark is missing"))
                        .collect::<Result<_, _>>()?;
                    let pid = specdesk_pid(&marker).ok_or("the SpecDesk process was not found")?;
                    let started = process_start_ms(pid).ok_or("no start time in /proc")?;
                    let origin = marks[0] - started;
                    let mut times = vec![origin];
                    times.extend(marks[1..].iter().map(|m| origin + m));
                    // Let the history capture and the first statuses settle before reading memory.
                    tokio::time::sleep(Duration::from_secs(3)).await;
                    let (rss, pss) = tree_memory_kib(pid);
                    *figures.lock().unwrap() = (times, rss, pss);
                    Ok(())
                })
            },
        )
        .await;
        let (times, rss, pss) = figures.lock().unwrap().clone();
        launches.push((times, rss as f64 / 1024.0, pss as f64 / 1024.0));
    }
    let column = |i: usize| median(launches.iter().map(|l| l.0[i]).collect());
    let steps: Vec<String> = std::iter::once("navigation start")
        .chain(START_MARKS.iter().map(|m| m.trim_start_matches("specdesk:")))
        .enumerate()
        .map(|(i, name)| format!("{name} {:.0}", column(i)))
        .collect();
    eprintln!(
        "figures {label}: start → features painted median {:.0} ms (runs {:?}); steps (median ms after process start): {}; \
         memory (app + WebKit processes) median RSS {:.0} MiB, PSS {:.0} MiB (PSS runs {:?})",
        column(START_MARKS.len()),
        launches.iter().map(|l| l.0[START_MARKS.len()].round() as i64).collect::<Vec<_>>(),
        steps.join(", "),
        median(launches.iter().map(|l| l.1).collect()),
        median(launches.iter().map(|l| l.2).collect()),
        launches.iter().map(|l| l.2.round() as i64).collect::<Vec<_>>(),
    );
}

#[tokio::test]
#[ignore = "figures for docs/benchmarks.md: run with --ignored on a release build"]
async fn start_up_and_memory_on_the_demo_and_a_1000_feature_repository() {
    let demo = repo_of(8);
    start_up_and_memory("8 features (the demo's documents)", demo.path()).await;
    let large = repo_of(1000);
    start_up_and_memory("1,000 features", large.path()).await;
}

#[tokio::test]
#[ignore = "figures for docs/benchmarks.md: run with --ignored on a release build"]
async fn keystroke_to_preview_on_a_1_mb_document() {
    let repo = repo_of(1);
    let feature = fs::read_dir(repo.path().join("specs"))
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    let paragraph = "Albums keep their photos in order; café 📷 covers are chosen by date. \
                     Sharing is read-only for guests, and every change is kept in history.\n\n";
    let mut text = String::from("# Notes\n\n");
    let mut n = 0;
    while text.len() < 1_000_000 {
        n += 1;
        text.push_str(&format!(
            "## Section {n}\n\n{paragraph}- [ ] T{n:04} Check case {n}\n\n"
        ));
    }
    fs::write(feature.join("research.md"), &text).unwrap();
    let path = repo.path().to_str().unwrap().to_string();
    run("figures keystroke on 1 MB", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=doc-tab]").await?;
            let tabs = app.texts("[data-testid=doc-tab]").await?;
            let index = tabs
                .iter()
                .position(|t| t.contains("research.md"))
                .ok_or("no research.md tab")?;
            // A click through script: the tab bar may re-render under WebDriver's pointer.
            app.execute(&format!(
                "document.querySelectorAll('[data-testid=doc-tab]')[{index}].click(); return true"
            ))
            .await?;
            app.wait_for_texts("[data-testid=preview] h1", |t| t == ["Notes"]).await?;
            app.execute("performance.clearMeasures(); return true").await?;
            let content = app.wait_for(".cm-content").await?;
            step("focus", bounded("click", content.clone().click()).await?)?;
            for c in "abcdefghijklmnopqrst".chars() {
                step("type", bounded("type", content.send_keys(&c.to_string())).await?)?;
                tokio::time::sleep(Duration::from_millis(600)).await;
            }
            let total = app
                .execute(
                    "return performance.getEntriesByName('specdesk:keystroke-to-preview').map(e => e.duration);",
                )
                .await?;
            let samples = durations(&total);
            ensure(!samples.is_empty(), || "no latency marks recorded".to_string())?;
            eprintln!(
                "figures keystroke → preview on a {} byte document ({} samples): median {:.0} ms, p95 {:.0} ms",
                text.len(),
                samples.len(),
                quantile(&samples, 0.5),
                quantile(&samples, 0.95)
            );
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
#[ignore = "figures for docs/benchmarks.md: run with --ignored on a release build"]
async fn ipc_round_trip_by_payload_size() {
    let repo = repo_of(1);
    let path = repo.path().to_str().unwrap().to_string();
    run("figures ipc round trip", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=feature-number]").await?;
            for size in [1usize, 20_000, 1_000_000] {
                let script = "const done = arguments[arguments.length - 1];
                    const text = 'x'.repeat(arguments[0]);
                    const times = [];
                    (async () => {
                      for (let i = 0; i < 30; i++) {
                        const t = performance.now();
                        await window.__TAURI_INTERNALS__.invoke('task_toggle_edit', { text, index: 999999 }).catch(() => {});
                        times.push(performance.now() - t);
                      }
                      const para = 'Albums keep their photos in order; **café** covers are chosen by date.\\n\\n- [ ] T001 Check\\n\\n';
                      const doc = para.repeat(Math.ceil(arguments[0] / para.length));
                      for (let i = 0; i < 30; i++) {
                        const t = performance.now();
                        await window.__TAURI_INTERNALS__.invoke('preview_update', { session: 999, base: null, edit: { kind: 'text', text: doc } });
                        times.push(performance.now() - t);
                      }
                      done(times);
                    })();";
                let times = app.execute_async(script, vec![size.into()]).await?;
                let all: Vec<f64> = times
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_f64())
                    .collect();
                ensure(all.len() == 60, || format!("samples: {times}"))?;
                for (what, part) in [("error answer", &all[..30]), ("whole preview", &all[30..])] {
                    let mut samples = part.to_vec();
                    samples.sort_by(f64::total_cmp);
                    eprintln!(
                        "figures IPC round trip with a {size} byte argument ({what}): median {:.1} ms, p95 {:.1} ms",
                        quantile(&samples, 0.5),
                        quantile(&samples, 0.95)
                    );
                }
            }
            Ok(())
        })
    })
    .await;
}
