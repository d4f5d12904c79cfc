//! Keeps the TypeScript types of the IPC in `ui/src/lib/bindings/` identical to what ts-rs
//! generates from the Rust types. The test fails when they drift; regenerate them with
//! `UPDATE_BINDINGS=1 cargo test -p specdesk --lib bindings`.

use crate::error::IpcError;
use crate::state::LaunchInfo;
use specdesk_core::repo::Repository;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Where the committed bindings live.
fn bindings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings")
}

/// Export every type that crosses IPC, with its dependencies, into `dir`.
fn export_all(dir: &Path) {
    let cfg = ts_rs::Config::new().with_out_dir(dir);
    Repository::export_all(&cfg).unwrap();
    LaunchInfo::export_all(&cfg).unwrap();
    IpcError::export_all(&cfg).unwrap();
    // Repository, session, journal and link commands (repo_commands.rs).
    crate::watcher::RepoChangesEvent::export_all(&cfg).unwrap();
    crate::repo_commands::RepoOverview::export_all(&cfg).unwrap();
    specdesk_core::scaffold::NewFeature::export_all(&cfg).unwrap();
    crate::session::Session::export_all(&cfg).unwrap();
    crate::journal::JournalEntry::export_all(&cfg).unwrap();
    crate::menu::MenuEvent::export_all(&cfg).unwrap();
    // All branches (branch_commands.rs)
    specdesk_core::branches::Portfolio::export_all(&cfg).unwrap();
    crate::branch_commands::BranchDocument::export_all(&cfg).unwrap();
    // Editor (documents.rs)
    crate::documents::DocumentView::export_all(&cfg).unwrap();
    crate::documents::SaveResult::export_all(&cfg).unwrap();
    crate::documents::PlanValidation::export_all(&cfg).unwrap();
    crate::documents::ConvertedDocument::export_all(&cfg).unwrap();
    crate::rule_commands::RuleHelp::export_all(&cfg).unwrap();
    // The interface's language (locale_commands.rs).
    specdesk_core::i18n::UiLocale::export_all(&cfg).unwrap();
    specdesk_core::live_preview::PreviewEdit::export_all(&cfg).unwrap();
    specdesk_core::live_preview::PreviewPatch::export_all(&cfg).unwrap();
    specdesk_core::diagnostic::Diagnostic::export_all(&cfg).unwrap();
    // Local history and coverage (history_commands.rs)
    crate::history_commands::HistoryChangedEvent::export_all(&cfg).unwrap();
    crate::history_commands::VersionText::export_all(&cfg).unwrap();
    crate::history_commands::RestoredDocument::export_all(&cfg).unwrap();
    crate::history_commands::DeletedHistory::export_all(&cfg).unwrap();
    specdesk_core::history::ReplacementNotice::export_all(&cfg).unwrap();
    specdesk_core::coverage::FeatureCoverage::export_all(&cfg).unwrap();
    // Review dashboard
    crate::review_commands::ReviewOverview::export_all(&cfg).unwrap();
    specdesk_core::report_diagrams::ReportDiagram::export_all(&cfg).unwrap();
    specdesk_core::report_diagrams::DiagramDrawing::export_all(&cfg).unwrap();
    // Authoring (authoring_commands.rs).
    specdesk_core::authoring::FeaturePreview::export_all(&cfg).unwrap();
    specdesk_core::authoring::FeatureRequest::export_all(&cfg).unwrap();
    specdesk_core::authoring::CreatedFeature::export_all(&cfg).unwrap();
    specdesk_core::plan::Placeholder::export_all(&cfg).unwrap();
    specdesk_core::search::SearchResults::export_all(&cfg).unwrap();
    specdesk_core::git::GitInfo::export_all(&cfg).unwrap();
}

/// Every `.ts` file directly in `dir`, by name.
fn ts_files(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn committed_bindings_match_the_rust_types() {
    let generated_dir = tempfile::tempdir().unwrap();
    export_all(generated_dir.path());
    let generated = ts_files(generated_dir.path());
    assert!(generated.contains_key("Repository.ts"), "{:?}", generated.keys());
    assert!(generated.contains_key("IpcError.ts"), "{:?}", generated.keys());

    let dir = bindings_dir();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        fs::create_dir_all(&dir).unwrap();
        for stale in ts_files(&dir)
            .keys()
            .filter(|name| !generated.contains_key(*name))
        {
            fs::remove_file(dir.join(stale)).unwrap();
        }
        for (name, text) in &generated {
            fs::write(dir.join(name), text).unwrap();
        }
    }
    let committed = ts_files(&dir);
    assert!(
        committed == generated,
        "ui/src/lib/bindings/ is out of date with the Rust types (files differ: {:?}); \
         regenerate with UPDATE_BINDINGS=1 cargo test -p specdesk --lib bindings",
        differing(&committed, &generated)
    );
}

fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> Vec<String> {
    let mut names: Vec<_> = a.keys().chain(b.keys()).cloned().collect();
    names.sort();
    names.dedup();
    names.retain(|n| a.get(n) != b.get(n));
    names
}
