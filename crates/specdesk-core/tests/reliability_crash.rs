//! Crash during save: a child process saves small, large (MBs) and CRLF+BOM files through the
//! store in a loop and is killed with SIGKILL at a random moment. Afterwards every file must be
//! exactly the old or the new version (never truncated or mixed), and the next start
//! (`Store::clean_abandoned_temp_files`) must remove every temp file the kill left behind.
//!
//! The child is this test binary itself, re-run on `child_process_entry_for_crash_saves` with
//! the repository in the environment. Scale: `SPECDESK_KILLS` (default 20); the delays and
//! sizes come from `SPECDESK_SEED` (default: fixed), so a failing trial prints the seed that
//! repeats its schedule (a kill's exact moment still depends on the machine).

#![cfg(unix)]

mod reliability_support;

use reliability_support::{env_u64, env_usize, temp_files_below, Rng};
use specdesk_core::store::{Expected, Store};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROOT_ENV: &str = "SPECDESK_CRASH_ROOT";
const LOG_ENV: &str = "SPECDESK_CRASH_LOG";
const SEED_ENV: &str = "SPECDESK_CRASH_CHILD_SEED";

/// The files the child saves: repository path, size range in bytes, and whether the file on disk
/// uses CRLF with a BOM (the store keeps both when the editor hands back plain `\n` text).
const FILES: &[(&str, usize, usize, bool)] = &[
    ("specs/001-a/plan.md", 100, 4_000, false),
    ("specs/001-a/big.md", 1_000_000, 6_000_000, false),
    ("specs/002-b/tasks.md", 10_000, 200_000, true),
];

/// Version `generation` of file `index`, as the editor's text (`\n` line breaks). The header
/// names everything needed to rebuild it, so any content on disk can be checked for being one
/// whole version.
fn version_text(index: usize, generation: u64, len: usize) -> String {
    let mut text = format!("GEN {index} {generation} {len}\n");
    let mut line = 0u64;
    while text.len() < len {
        text.push_str(&format!(
            "{generation:010}-{line:08} lorem ipsum dolor sit amet\n"
        ));
        line += 1;
    }
    text.push_str(&format!("END {index} {generation}\n"));
    text
}

/// The bytes the store puts on disk for that version.
fn version_bytes(index: usize, generation: u64, len: usize) -> Vec<u8> {
    let text = version_text(index, generation, len);
    if FILES[index].3 {
        format!("\u{feff}{}", text.replace('\n', "\r\n")).into_bytes()
    } else {
        text.into_bytes()
    }
}

/// `(generation, len)` from the header of bytes on disk.
fn header_of(bytes: &[u8]) -> Option<(usize, u64, usize)> {
    let text = std::str::from_utf8(bytes.get(..200.min(bytes.len()))?).ok()?;
    let text = text.trim_start_matches('\u{feff}');
    let line = text.lines().next()?;
    let mut parts = line.strip_prefix("GEN ")?.split(' ');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

fn setup_repo(root: &Path) {
    for (index, (rel, min, _, _)) in FILES.iter().enumerate() {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, version_bytes(index, 0, *min)).unwrap();
    }
}

/// Entry point of the child process (does nothing in a normal test run): save forever.
#[test]
fn child_process_entry_for_crash_saves() {
    let (Some(root), Some(log)) = (std::env::var_os(ROOT_ENV), std::env::var_os(LOG_ENV)) else {
        return;
    };
    let mut rng = Rng::new(env_u64(SEED_ENV).unwrap_or(1));
    let store = Store::new(Path::new(&root)).expect("repository opens");
    let mut log = fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(log)
        .expect("log opens");
    loop {
        let index = rng.below(FILES.len());
        let (rel, min, max, _) = FILES[index];
        let file = store.read(Path::new(rel)).expect("the file is readable");
        let (_, generation, _) = header_of(file.text.as_bytes()).expect("the file holds a whole version");
        let next = generation + 1;
        let len = rng.between(min, max);
        let text = version_text(index, next, len);
        writeln!(log, "start {index} {next} {len}").unwrap();
        if let Err(e) = store.write(Path::new(rel), &text, Expected::Hash(file.hash)) {
            writeln!(log, "error {index} {next} {e}").unwrap();
            std::process::exit(3);
        }
        writeln!(log, "done {index} {next}").unwrap();
    }
}

fn spawn_saver(root: &Path, log: &Path, seed: u64) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_process_entry_for_crash_saves",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ROOT_ENV, root)
        .env(LOG_ENV, log)
        .env(SEED_ENV, seed.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Per file: the generations the log says were last started and last finished.
#[derive(Debug, Default, Clone, Copy)]
struct Progress {
    started: Option<u64>,
    done: Option<u64>,
}

fn read_log(log: &Path) -> (BTreeMap<usize, Progress>, Vec<String>) {
    let mut progress: BTreeMap<usize, Progress> = BTreeMap::new();
    let mut errors = Vec::new();
    for line in fs::read_to_string(log).unwrap_or_default().lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        let (Some(index), Some(generation)) = (
            parts.get(1).and_then(|p| p.parse().ok()),
            parts.get(2).and_then(|p| p.parse().ok()),
        ) else {
            continue; // the last line may be cut by the kill
        };
        let entry = progress.entry(index).or_default();
        match parts[0] {
            "start" => entry.started = Some(generation),
            "done" => entry.done = Some(generation),
            "error" => errors.push(line.to_string()),
            _ => {}
        }
    }
    (progress, errors)
}

/// Figures of a series of kills.
#[derive(Debug, Default)]
struct Tally {
    trials: usize,
    saves_completed: u64,
    kills_mid_save: usize,
    kills_leaving_temp_files: usize,
    temp_files_cleaned: usize,
    files_checked: usize,
}

struct Trial<'a> {
    root: &'a Path,
    log: &'a Path,
    /// The generation each file held at the end of the previous trial.
    on_disk: Vec<u64>,
}

impl Trial<'_> {
    /// One kill; returns the problems found (empty when the invariant held).
    fn run(&mut self, seed: u64, delay: Duration, tally: &mut Tally) -> Vec<String> {
        let _ = fs::remove_file(self.log);
        let mut child = spawn_saver(self.root, self.log, seed);
        std::thread::sleep(delay);
        let mut problems = Vec::new();
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            let _ = std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err);
            problems.push(format!("the saver exited by itself ({status}): {err}"));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let (progress, errors) = read_log(self.log);
        problems.extend(errors.into_iter().map(|e| format!("a save failed: {e}")));
        let mut mid_save = false;
        for (index, (rel, _, _, _)) in FILES.iter().enumerate() {
            let bytes = fs::read(self.root.join(rel)).unwrap();
            tally.files_checked += 1;
            let Some((i, generation, len)) = header_of(&bytes).filter(|(i, _, _)| *i == index) else {
                problems.push(format!("{rel}: no valid header ({} bytes)", bytes.len()));
                continue;
            };
            if bytes != version_bytes(i, generation, len) {
                problems.push(format!(
                    "{rel}: torn or mixed content (generation {generation}, {} bytes)",
                    bytes.len()
                ));
                continue;
            }
            let p = progress.get(&index).copied().unwrap_or_default();
            let allowed: Vec<u64> = match (p.started, p.done) {
                (None, _) => vec![self.on_disk[index]],
                (Some(s), Some(d)) if d == s => vec![d],
                (Some(s), _) => {
                    mid_save = true;
                    vec![s - 1, s]
                }
            };
            if !allowed.contains(&generation) {
                problems.push(format!(
                    "{rel}: generation {generation}, expected one of {allowed:?}"
                ));
            }
            tally.saves_completed += p.done.map_or(0, |d| d - self.on_disk[index]);
            self.on_disk[index] = generation;
        }
        tally.kills_mid_save += usize::from(mid_save);
        // The next start cleans up after the dead process.
        let left = temp_files_below(self.root).len();
        tally.kills_leaving_temp_files += usize::from(left > 0);
        let store = Store::new(self.root).unwrap();
        let removed = store.clean_abandoned_temp_files(Path::new("")).unwrap();
        tally.temp_files_cleaned += removed;
        if removed != left || !temp_files_below(self.root).is_empty() {
            problems.push(format!(
                "{left} temp files after the kill, {removed} cleaned, still there: {:?}",
                temp_files_below(self.root)
            ));
        }
        for (rel, _, _, _) in FILES {
            if let Err(e) = store.read(Path::new(rel)) {
                problems.push(format!("{rel}: unreadable after the crash: {e}"));
            }
        }
        tally.trials += 1;
        problems
    }
}

#[test]
fn a_killed_save_leaves_the_old_or_the_new_file_and_the_next_start_cleans_up() {
    let kills = env_usize("SPECDESK_KILLS", 20);
    let seed = env_u64("SPECDESK_SEED").unwrap_or(20_240_601);
    let mut rng = Rng::new(seed);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    let log = tmp.path().join("saves.log");
    setup_repo(&root);
    let mut trial = Trial {
        root: &root,
        log: &log,
        on_disk: vec![0; FILES.len()],
    };
    let mut tally = Tally::default();
    let started = Instant::now();
    for n in 0..kills {
        let child_seed = rng.next_u64();
        // From "killed while starting up" to "killed after several saves".
        let delay = Duration::from_millis(rng.between(5, 250) as u64);
        let problems = trial.run(child_seed, delay, &mut tally);
        assert!(
            problems.is_empty(),
            "kill {n} (SPECDESK_SEED={seed}, after {delay:?}):\n{}",
            problems.join("\n")
        );
    }
    println!(
        "crash: {} kills in {:.1?}, {} saves completed, {} kills mid-save, {} left temp files ({} cleaned at next start), {} file checks, 0 torn",
        tally.trials,
        started.elapsed(),
        tally.saves_completed,
        tally.kills_mid_save,
        tally.kills_leaving_temp_files,
        tally.temp_files_cleaned,
        tally.files_checked
    );
    assert!(
        tally.kills_mid_save > 0 || kills < 10,
        "no kill landed during a save: {tally:?}"
    );
}

#[test]
fn cleaning_at_start_never_removes_a_save_in_progress() {
    // Another SpecDesk window opening the same repository while this one saves.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    let log = tmp.path().join("saves.log");
    setup_repo(&root);
    let mut child = spawn_saver(&root, &log, 99);
    let store = Store::new(&root).unwrap();
    let deadline = Instant::now() + Duration::from_millis(env_usize("SPECDESK_CLEAN_MS", 1000) as u64);
    let (mut cleanups, mut removed) = (0, 0);
    while Instant::now() < deadline {
        removed += store.clean_abandoned_temp_files(Path::new("")).unwrap();
        cleanups += 1;
    }
    let alive = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    let (progress, errors) = read_log(&log);
    let saves: u64 = progress.values().filter_map(|p| p.done).sum();
    assert!(alive, "the saver died while being cleaned around: {errors:?}");
    // A cleanup may grab a temp file in the instant between its creation and its lock; the
    // save notices and carries on with a fresh one. No save may fail, no file may suffer.
    assert!(errors.is_empty(), "saves failed: {errors:?}");
    for (index, (rel, _, _, _)) in FILES.iter().enumerate() {
        let bytes = fs::read(root.join(rel)).unwrap();
        let (i, generation, len) = header_of(&bytes).expect("a whole version");
        assert!(
            i == index && bytes == version_bytes(i, generation, len),
            "{rel} is torn"
        );
    }
    assert!(saves > 0 && cleanups > 10, "saves {saves}, cleanups {cleanups}");
    println!(
        "{cleanups} cleanups during {saves} saves: no save disturbed ({removed} temp files grabbed before their lock, retried)"
    );
}

/// The content helpers agree with each other (so the crash checks can fail only on the disk).
#[test]
fn versions_are_recognisable() {
    for (index, (_, min, _, _)) in FILES.iter().enumerate() {
        let bytes = version_bytes(index, 42, *min);
        assert_eq!(header_of(&bytes), Some((index, 42, *min)));
        let mut torn = bytes.clone();
        torn.truncate(bytes.len() / 2);
        assert_ne!(torn, version_bytes(index, 42, *min));
    }
}
