//! Whole-repository benchmarks on generated corpora: index (`Repository::open`), index +
//! validate every plan (what `specdesk-cli check` does, without printing), status of every
//! feature, and the watcher's latency from an external write to the typed change.

#[allow(dead_code)]
#[path = "../../specdesk-bench/src/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use specdesk_core::check::{check_repository, repository_status};
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use specdesk_core::watch::{RepoChange, RepoWatcher, DEBOUNCE_TIMEOUT};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const SEED: u64 = 1;

fn corpus_dir(features: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    corpus::generate(features, SEED)
        .write_to(dir.path())
        .expect("write corpus");
    dir
}

fn index_and_validate(root: &Path) -> usize {
    let repo = Repository::open(root).expect("open");
    let store = Store::new(&repo.root).expect("store");
    let template = Template::for_repo(&repo).expect("template");
    check_repository(&repo, &store, &template).plans.len()
}

fn bench_repository(c: &mut Criterion) {
    let mut group = c.benchmark_group("repository");
    for features in [100, 1_000] {
        let dir = corpus_dir(features);
        let root = dir.path();
        group.bench_with_input(BenchmarkId::new("index", features), root, |b, root| {
            b.iter(|| Repository::open(root).expect("open").specs_dirs.len())
        });
        group.bench_with_input(BenchmarkId::new("index+validate", features), root, |b, root| {
            b.iter(|| index_and_validate(root))
        });
        group.bench_with_input(BenchmarkId::new("index+status", features), root, |b, root| {
            b.iter(|| {
                let repo = Repository::open(root).expect("open");
                let store = Store::new(&repo.root).expect("store");
                let template = Template::for_repo(&repo).expect("template");
                repository_status(&repo, &store, &template).features.len()
            })
        });
    }
    group.finish();
}

/// Time from writing a plan (as another program would) to the watcher's `DocumentChanged`.
/// Includes the debounce window ([`DEBOUNCE_TIMEOUT`]) by design.
fn bench_watcher(c: &mut Criterion) {
    let mut group = c.benchmark_group("watcher");
    group.sample_size(10);
    for features in [100, 1_000] {
        let dir = corpus_dir(features);
        let root = dir.path().canonicalize().expect("canonical root");
        let (tx, rx) = mpsc::channel::<Vec<RepoChange>>();
        let store = Store::new(&root).expect("store");
        let watcher = RepoWatcher::start(&root, store.own_writes(), move |changes| {
            let _ = tx.send(changes);
        })
        .expect("watcher");
        let repo = watcher.repository();
        let plan = repo
            .features()
            .nth(features / 2)
            .and_then(|f| f.document(specdesk_core::repo::DocumentKind::Plan))
            .expect("a plan")
            .rel_path
            .clone();
        let path = root.join(&plan);
        let original = std::fs::read_to_string(&path).expect("read plan");
        let mut round = 0u64;
        group.bench_function(BenchmarkId::new("write->DocumentChanged", features), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    round += 1;
                    let text = format!("{original}\n<!-- edit {round} -->\n");
                    let started = Instant::now();
                    std::fs::write(&path, text).expect("write");
                    total += wait_for_change(&rx, &plan, started);
                }
                total
            })
        });
        drop(watcher);
    }
    group.finish();
    println!("(watcher latency includes the {DEBOUNCE_TIMEOUT:?} debounce window)");
}

/// Wait until `rel` is reported changed; the elapsed time since `started`.
fn wait_for_change(rx: &mpsc::Receiver<Vec<RepoChange>>, rel: &str, started: Instant) -> Duration {
    loop {
        let changes = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a change within 10 s");
        let seen = changes
            .iter()
            .any(|c| matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == rel));
        if seen {
            return started.elapsed();
        }
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10)
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_repository, bench_watcher
}
criterion_main!(benches);
