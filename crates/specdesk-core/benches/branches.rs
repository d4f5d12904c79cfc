//! "All branches": the portfolio of a generated repository with 50 branches of 200 features
//! each ([`branch_repo`]), read from git objects. Two figures (docs/benchmarks.md):
//!
//! - `cold`: a new [`BranchReader`] (nothing cached) reads the whole portfolio, the checkout's
//!   review on disk included: what the switch to "All branches" costs the first time;
//! - `one-commit`: the reader of the previous read, after one more commit on one branch (the
//!   branch's ref alternates between two commits, so each read has exactly one changed
//!   feature folder); the checkout's review is the one the app already holds.

#[allow(dead_code)]
#[path = "../../specdesk-bench/src/branch_repo.rs"]
mod branch_repo;
#[allow(dead_code)]
#[path = "../../specdesk-bench/src/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use specdesk_core::branches::{BranchReader, Checkout, ReadContext};
use specdesk_core::coverage::IdStyle;
use specdesk_core::repo::Repository;
use specdesk_core::review::repository_review;
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use std::fs;
use std::time::Duration;

const BRANCHES: usize = 50;
const FEATURES: usize = 200;

fn bench_branches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = fs::canonicalize(dir.path()).expect("canonical");
    let made = branch_repo::generate(&root, BRANCHES, FEATURES, 1).expect("generate");
    // Two commits of one branch: its tip, and one more ticking a task of its own feature.
    let branch = made.branches[made.branches.len() / 2].clone();
    let git = |args: &[&str]| branch_repo::git(&root, args).expect("git");
    let tip = git(&["rev-parse", &branch]).trim().to_string();
    git(&["checkout", "-q", &branch]);
    let tasks = root.join(format!("specs/{branch}/tasks.md"));
    let text = fs::read_to_string(&tasks).expect("tasks");
    fs::write(&tasks, text.replacen("- [ ]", "- [x]", 1)).expect("write");
    git(&["commit", "-qam", "one more"]);
    let next = git(&["rev-parse", "HEAD"]).trim().to_string();
    git(&["checkout", "-q", "main"]);
    git(&["update-ref", &format!("refs/heads/{branch}"), &tip]);

    let mut group = c.benchmark_group("branches");
    group.sample_size(20).measurement_time(Duration::from_secs(20));
    group.bench_function("cold/50x200", |b| {
        b.iter(|| BranchReader::new().read_path(&root).expect("read").features.len())
    });

    let repo = Repository::open(&root).expect("open");
    let store = Store::new(&repo.root).expect("store");
    let template = Template::for_repo(&repo).expect("template");
    let review = repository_review(&repo, &store, &template);
    let style = IdStyle::for_repo(&repo);
    let cx = ReadContext {
        template: &template,
        config: &repo.config,
        style: &style,
    };
    let read = |reader: &mut BranchReader| {
        let checkout = Checkout {
            repo: &repo,
            review: &review,
        };
        reader.read_with_stats(&root, Some(checkout), &cx).expect("read")
    };
    let mut reader = BranchReader::new();
    read(&mut reader);
    let mut flip = false;
    group.bench_function("one-commit/50x200", |b| {
        b.iter_batched(
            || {
                flip = !flip;
                let to = if flip { &next } else { &tip };
                git(&["update-ref", &format!("refs/heads/{branch}"), to]);
            },
            |()| {
                let (portfolio, stats) = read(&mut reader);
                assert_eq!(stats.reviewed, 1, "exactly one feature folder changed");
                portfolio.features.len()
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench_branches);
criterion_main!(benches);
