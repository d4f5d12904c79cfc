//! The Review view's commands: the whole repository's review in one call, a checkbox toggled
//! from the dashboard (compare-and-swap, like the editor's saves), and "Export report…" to a
//! file the user picks in the native save dialog ([`crate::save_dialog`]); "Export Document as
//! HTML…" writes the open document as its preview shows it (diagrams as inline SVG) the same way.
//! The report's Mermaid diagrams are drawn by the web view: it asks for their sources
//! ([`report_diagram_sources`]) and sends the drawings with the export, which sanitizes them again.
//! Each is a thin translation to `specdesk-core`'s [`review`](specdesk_core::review),
//! [`report`](specdesk_core::report), [`report_diagrams`] and [`document_export`].

use crate::background::blocking;
use crate::documents::{DocumentsState, SaveResult};
use crate::error::AppError;
use crate::profile::Profile;
use crate::save_dialog::{text, SaveDialog};
use crate::state::AppState;
use crate::watcher::OpenRepoState;
use serde::Serialize;
use specdesk_core::document_export;
use specdesk_core::repo::Repository;
use specdesk_core::report::{self, ReportFormat};
use specdesk_core::report_diagrams::{self, DiagramDrawing, ReportDiagram, ReportDiagrams};
use specdesk_core::review::{self, RepoReview};
use specdesk_core::template::Template;
use std::time::Instant;
use tauri::State;

/// The review and how long the back end took to compute it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewOverview {
    pub review: RepoReview,
    /// Milliseconds spent scanning, reading, validating and summing.
    pub elapsed_ms: f64,
}

/// The open repository's review, computed fresh.
fn compute(store: &specdesk_core::store::Store) -> Result<RepoReview, AppError> {
    let repo = Repository::open(store.root())?;
    let template = Template::for_repo(&repo).unwrap_or_else(|_| Template::builtin_lite());
    Ok(review::repository_review(&repo, store, &template))
}

/// Every feature's review row, the stages and the totals, in one call.
#[tauri::command]
pub async fn review_status(open: State<'_, OpenRepoState>) -> Result<ReviewOverview, AppError> {
    let store = open.store()?;
    blocking(move || {
        let started = Instant::now();
        let review = compute(&store)?;
        Ok(ReviewOverview {
            review,
            elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
        })
    })
    .await
}

/// Set checkbox `index` of `rel_path` to `checked` if the file still has `expected_hash`
/// (the hash the dashboard showed it with); a changed file fails with code `conflict`.
#[tauri::command]
pub async fn review_set_checkbox(
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    rel_path: String,
    index: usize,
    checked: bool,
    expected_hash: String,
) -> Result<SaveResult, AppError> {
    let store = docs.store(&app)?;
    blocking(move || {
        let written = review::set_checkbox(&store, &rel_path, index, checked, &expected_hash)?;
        Ok(SaveResult { hash: written.hash })
    })
    .await
}

/// The Mermaid diagrams of every feature, for the web view to draw before "Export report…".
#[tauri::command]
pub async fn report_diagram_sources(open: State<'_, OpenRepoState>) -> Result<Vec<ReportDiagram>, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        Ok(report_diagrams::collect(&repo, &store))
    })
    .await
}

/// File → Export Report…: ask where to save (HTML, or Markdown by the `.md` extension), then
/// write the open repository's report there atomically, with the diagrams the web view drew
/// (`drawings`, sanitized again; without them each diagram shows its source). Returns the path
/// written, `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_report(
    profile: State<'_, Profile>,
    open: State<'_, OpenRepoState>,
    drawings: Option<Vec<DiagramDrawing>>,
) -> Result<Option<String>, AppError> {
    let store = open.store()?;
    let name = store
        .root()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "repository".into());
    let dialog = SaveDialog {
        title: text("menu-dialog-export-report"),
        file_name: format!("{name}-review.html"),
        filters: vec![
            (text("menu-filter-html-report"), &["html", "htm"]),
            (text("menu-filter-markdown-report"), &["md"]),
        ],
    };
    let Some(path) = dialog.ask(*profile).await else {
        return Ok(None);
    };
    blocking(move || {
        let review = compute(&store)?;
        let generated = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
        let repo = Repository::open(store.root())?;
        let sources = report_diagrams::collect(&repo, &store);
        let diagrams = match drawings {
            Some(drawings) => ReportDiagrams::drawn(sources, drawings),
            None => ReportDiagrams::sources(sources),
        };
        let format = ReportFormat::for_path(&path);
        // The report's own words in the interface's language (the CLI's stay English).
        let locale = crate::locale_commands::effective();
        let text = specdesk_core::i18n::scoped::with_locale(locale, || {
            report_diagrams::render(format, &review, Some(&generated), &diagrams)
        });
        report::write_report(&path, &text)?;
        Ok(Some(path.to_string_lossy().into_owned()))
    })
    .await
}

/// File → Export Document as HTML…: ask where to save, then write `body` (the preview pane's
/// HTML of `rel_path`, diagrams drawn and code coloured) and `diagram_css` as one self-contained
/// file with no script ([`document_export`]: sanitized again, locked by its own CSP). Returns the
/// path written, `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_document(
    profile: State<'_, Profile>,
    rel_path: String,
    body: String,
    diagram_css: String,
) -> Result<Option<String>, AppError> {
    let stem = std::path::Path::new(&rel_path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".into());
    let dialog = SaveDialog {
        title: text("menu-dialog-export-document"),
        file_name: format!("{stem}.html"),
        filters: vec![("HTML".to_string(), &["html", "htm"])],
    };
    let Some(path) = dialog.ask(*profile).await else {
        return Ok(None);
    };
    blocking(move || {
        let html = document_export::document_html(&rel_path, &body, &diagram_css);
        report::write_report(&path, &html)?;
        Ok(Some(path.to_string_lossy().into_owned()))
    })
    .await
}
