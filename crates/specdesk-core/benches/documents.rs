//! Per-document benchmarks: parse, validate, render and status of a small plan, a typical
//! 20 KB plan and a 1 MB plan (what the editor does on each keystroke), plus `tasks.md`
//! status at the same sizes. Documents come from the benchmark corpus generator.

#[allow(dead_code)]
#[path = "../../specdesk-bench/src/corpus.rs"]
mod corpus;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use specdesk_core::live_preview::{LivePreview, PreviewEdit};
use specdesk_core::plan::Plan;
use specdesk_core::template::Template;
use specdesk_core::validate::{validate_plan, PlanContext};
use specdesk_core::{render, status};
use std::time::Duration;

const SEED: u64 = 2024;

/// (name, minimum size in bytes). "small" is the Lite template filled in, nothing added.
const SIZES: [(&str, usize); 3] = [("small", 0), ("typical-20KB", 20_000), ("large-1MB", 1_000_000)];

fn plans() -> Vec<(&'static str, String)> {
    SIZES
        .iter()
        .map(|(name, size)| (*name, corpus::plan_of_size(SEED, *size)))
        .collect()
}

/// A `tasks.md` of at least `min_bytes`: the corpus's task lists one after another.
fn tasks_of_size(min_bytes: usize) -> String {
    let mut out = String::new();
    let mut features = 8;
    while out.len() < min_bytes.max(1) {
        out.clear();
        let generated = corpus::generate(features, SEED);
        for file in generated
            .files
            .iter()
            .filter(|f| f.rel_path.ends_with("/tasks.md"))
        {
            out.push_str(&file.text);
            if out.len() >= min_bytes.max(1) {
                break;
            }
        }
        features *= 2;
    }
    out
}

fn bench_documents(c: &mut Criterion) {
    let template = Template::builtin_lite();
    // A real folder so link checks (spec.md, research.md) hit the file system as in the app.
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["spec.md", "research.md"] {
        std::fs::write(dir.path().join(name), "# x\n").expect("write");
    }
    let ctx = PlanContext {
        feature_dir_name: None,
        plan_dir: Some(dir.path().to_path_buf()),
        local_branches: None,
        rules: Default::default(),
    };
    let plans = plans();

    let mut group = c.benchmark_group("plan");
    for (name, text) in &plans {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), text, |b, t| {
            b.iter(|| Plan::parse(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("validate", name), text, |b, t| {
            b.iter(|| validate_plan(black_box(t), &template, &ctx))
        });
        group.bench_with_input(BenchmarkId::new("render_html", name), text, |b, t| {
            b.iter(|| render::render_html(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("render_document", name), text, |b, t| {
            b.iter(|| render::render_document(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("status", name), text, |b, t| {
            b.iter(|| status::checklist_status(black_box(t)))
        });
        // What the editor's preview costs per keystroke: one character typed in the middle of
        // the document, answered with a patch (alternately typed and deleted, so the text stays
        // the same size).
        group.bench_with_input(BenchmarkId::new("live_keystroke", name), text, |b, t| {
            let mut live = LivePreview::new();
            let mut version = live
                .update(None, PreviewEdit::Text { text: t.clone() })
                .expect("whole text")
                .version;
            let middle = t[..t.len() / 2].rfind("\n\n").map_or(0, |at| at + 2);
            let at = t[..middle].encode_utf16().count() as u32;
            let mut typed = false;
            b.iter(|| {
                let edit = if typed {
                    PreviewEdit::Splice {
                        from: at,
                        to: at + 1,
                        insert: String::new(),
                    }
                } else {
                    PreviewEdit::Splice {
                        from: at,
                        to: at,
                        insert: "x".to_string(),
                    }
                };
                typed = !typed;
                let patch = live.update(Some(version), edit).expect("splice");
                version = patch.version;
                black_box(patch)
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("tasks");
    for (name, size) in SIZES {
        let text = tasks_of_size(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("status", name), &text, |b, t| {
            b.iter(|| status::tasks_status(black_box(t)))
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_documents
}
criterion_main!(benches);
