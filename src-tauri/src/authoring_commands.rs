//! The authoring commands: the New Feature dialog (live preview, creation with companion
//! documents), the placeholders of the editor's text, Find in Specs, and the read-only git
//! status. Each is a thin translation to `specdesk-core` ([`authoring`], [`Plan`],
//! [`search`], [`git`]), run off the UI thread.

use crate::background::blocking;
use crate::error::AppError;
use crate::watcher::OpenRepoState;
use specdesk_core::authoring::{self, CreatedFeature, FeaturePreview, FeatureRequest};
use specdesk_core::git::{self, GitInfo};
use specdesk_core::plan::{Placeholder, Plan};
use specdesk_core::repo::Repository;
use specdesk_core::search::{self, SearchResults};
use specdesk_core::template::Template;
use tauri::State;

/// What "New Feature" would create for `title` (slug from `short_name` when given), as the
/// open repository is now.
#[tauri::command]
pub async fn preview_new_feature(
    open: State<'_, OpenRepoState>,
    title: String,
    short_name: Option<String>,
) -> Result<FeaturePreview, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        Ok(authoring::preview_feature(&repo, &title, short_name.as_deref()))
    })
    .await
}

/// Create the feature the New Feature dialog describes: folder, plan.md from the repository's
/// plan template (or Lite), and spec.md/tasks.md from their templates when asked for.
#[tauri::command]
pub async fn create_new_feature(
    open: State<'_, OpenRepoState>,
    request: FeatureRequest,
) -> Result<CreatedFeature, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        let template = Template::for_repo(&repo).unwrap_or_else(|_| Template::builtin_lite());
        let today = chrono::Local::now().date_naive();
        Ok(authoring::create_feature(&repo, &request, &template.text, today)?)
    })
    .await
}

/// The unfilled template placeholders of `text` (any Markdown document), in document order.
#[tauri::command]
pub async fn document_placeholders(text: String) -> Result<Vec<Placeholder>, AppError> {
    blocking(move || Ok(Plan::parse(&text).placeholders)).await
}

/// Find `query` (literal) in every Markdown document under the open repository's specs folders.
#[tauri::command]
pub async fn search_specs(
    open: State<'_, OpenRepoState>,
    query: String,
    case_sensitive: bool,
) -> Result<SearchResults, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        Ok(search::search_specs(&repo, &store, &query, case_sensitive)?)
    })
    .await
}

/// The open repository's git branch and uncommitted spec files; `None` without git (not
/// installed, not a repository): never an error for that.
#[tauri::command]
pub async fn git_status(open: State<'_, OpenRepoState>) -> Result<Option<GitInfo>, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        Ok(GitInfo::for_repository(&repo))
    })
    .await
}

/// The local branches the unknown-branch rule checks plans against (for the editor's
/// validation of the open repository).
pub fn local_branches(root: &std::path::Path) -> Option<std::sync::Arc<[String]>> {
    git::local_branches(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_come_from_the_core_parser() {
        let text = "# Plan: [FEATURE]\n\n**Date**: [DATE]\n\nDone.\n".to_string();
        let found = tauri::async_runtime::block_on(document_placeholders(text.clone())).unwrap();
        let texts: Vec<_> = found.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["[FEATURE]", "[DATE]"]);
        assert_eq!(&text[found[1].span.range()], "[DATE]");
        assert_eq!(found[1].span.line, 3);
    }
}
