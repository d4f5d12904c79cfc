//! Render and count every Markdown file of the shared corpus of real spec-kit repositories.
//!
//! The corpus lives outside the repository (`$SPECDESK_CORPUS`, else `../shared/corpus` next to
//! the workspace); without it these tests print a notice and pass.

use specdesk_core::markdown::task_items;
use specdesk_core::render::render_document;
use specdesk_core::status::{checklist_status, tasks_status};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("SPECDESK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipping: ../shared/corpus not found (set SPECDESK_CORPUS)");
        None
    }
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

fn read(path: &Path) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

#[test]
fn every_corpus_document_renders_with_matching_checkboxes() {
    let Some(dir) = corpus() else { return };
    let mut files = Vec::new();
    markdown_files(&dir, &mut files);
    assert!(
        !files.is_empty(),
        "corpus at {} holds no .md files",
        dir.display()
    );
    let (mut tasks, mut headings, mut bytes) = (0, 0, 0);
    let mut slowest = (Duration::ZERO, PathBuf::new());
    for path in &files {
        let Some(text) = read(path) else { continue };
        let started = Instant::now();
        let rendered = render_document(&text);
        let took = started.elapsed();
        if took > slowest.0 {
            slowest = (took, path.clone());
        }
        let items = task_items(&text);
        let checkboxes = rendered.html.matches(" data-task=\"").count();
        assert_eq!(checkboxes, items.len(), "{}", path.display());
        assert!(!rendered.html.contains("<script"), "{}", path.display());
        for (k, item) in items.iter().enumerate() {
            let needle = format!(
                " data-task=\"{k}\"{} aria-label=\"",
                if item.checked { " checked" } else { "" }
            );
            assert!(rendered.html.contains(&needle), "{}: task {k}", path.display());
        }
        tasks += items.len();
        headings += rendered.headings.len();
        bytes += text.len();
    }
    println!(
        "rendered {} files ({} KiB): {tasks} task checkboxes, {headings} headings; slowest {:?} ({})",
        files.len(),
        bytes / 1024,
        slowest.0,
        slowest.1.display()
    );
}

#[test]
fn tasks_and_checklists_count_every_item() {
    let Some(dir) = corpus() else { return };
    let mut files = Vec::new();
    markdown_files(&dir, &mut files);
    let (mut task_files, mut total, mut done, mut phases, mut with_id) = (0, 0, 0, 0, 0);
    let (mut checklist_files, mut checklist_items) = (0, 0);
    for path in &files {
        let Some(text) = read(path) else { continue };
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let in_specs = path.components().any(|c| c.as_os_str() == "specs");
        if name == "tasks.md" && in_specs {
            let status = tasks_status(&text);
            let n = task_items(&text).len();
            assert_eq!(status.progress.total, n, "{}", path.display());
            let listed: usize = status.phases.iter().map(|p| p.tasks.len()).sum();
            assert_eq!(listed, n, "{}", path.display());
            for phase in &status.phases {
                assert_eq!(phase.progress.total, phase.tasks.len(), "{}", path.display());
            }
            task_files += 1;
            total += n;
            done += status.progress.done;
            phases += status.phases.len();
            with_id += status
                .phases
                .iter()
                .flat_map(|p| &p.tasks)
                .filter(|t| t.id.is_some())
                .count();
        }
        if path
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|p| p == "checklists")
            && in_specs
        {
            let status = checklist_status(&text);
            assert_eq!(
                status.progress.total,
                task_items(&text).len(),
                "{}",
                path.display()
            );
            checklist_files += 1;
            checklist_items += status.items.len();
        }
    }
    println!(
        "tasks.md: {task_files} files, {total} tasks ({done} done) in {phases} phases, {with_id} with a T-id; \
         checklists: {checklist_files} files, {checklist_items} items"
    );
}
