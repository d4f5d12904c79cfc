//! SpecDesk's desktop shell: a Tauri window over `specdesk-core`.
//!
//! | module | job |
//! |---|---|
//! | [`state`] | which repository the app was launched with and which one is open |
//! | [`cli`] | the command line's definition: `--help`, `--version`, the manual page |
//! | [`background`] | runs the commands' disk work off the async runtime's threads |
//! | [`commands`] | the IPC commands, thin translations to `specdesk-core` |
//! | [`documents`] | the editing loop's commands: read, save (compare-and-swap), render, validate |
//! | [`error`] | [`AppError`], serialized for the UI as `{code, message, path}` |
//! | [`profile`] | the `SPECDESK_PROFILE=test` configuration overlay |
//! | [`save_dialog`] | where to save a file the user names in the native save dialog |
//! | [`watcher`] | the open repository's store, watcher (→ `repo-changes` events) and history |
//! | [`journal`] | the crash journal of unsaved buffers |
//! | [`session`] | recent repositories and the last place, in the data directory |
//! | [`menu`] | the native menu bar (→ `menu` events), in the interface's language |
//! | [`locale_commands`] | the interface's language: the user's setting or the system's (`ui_locale`, `set_ui_locale`, → `locale-changed`) |
//! | [`repo_commands`] | status, folder picker, session, journal and link commands |
//! | [`history_commands`] | local history (timeline, restore, deleted files) and coverage |
//! | [`review_commands`] | the review dashboard, its checkbox toggles and report export |
//! | [`branch_commands`] | "All branches": the portfolio, a document of another branch, fetch, checkout, worktree |
//! | [`authoring_commands`] | New Feature, placeholders, Find in Specs, git status |
//!
//! The TypeScript types of everything that crosses IPC are generated from these Rust types
//! (see `bindings.rs`, a test that keeps `ui/src/lib/bindings/` in sync).

pub mod background;
pub mod cli;
pub mod commands;
pub mod documents;
pub mod error;
pub mod preview;
pub mod profile;
pub mod save_dialog;
pub mod state;
// Watcher, journal, session, menu and their commands.
pub mod journal;
pub mod locale_commands;
pub mod menu;
pub mod repo_commands;
pub mod session;
pub mod watcher;
pub mod webview;
// Local history and requirement coverage.
pub mod history_commands;
// Review dashboard, pipeline and reports.
pub mod branch_commands;
pub mod review_commands;
// Authoring: New Feature, placeholders, Find in Specs, git status.
pub mod authoring_commands;
// The plan rules' documentation (Problems panel).
pub mod rule_commands;

#[cfg(test)]
mod bindings;

pub use error::AppError;
pub use state::{AppState, LaunchInfo};

/// Parse the command line, build the window and run the app until it is closed.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut context = tauri::generate_context!();
    let bundled_demo = demo_repo(context.package_info());
    let profile = profile::Profile::from_env()?;
    profile.apply(context.config_mut())?;
    tauri::Builder::default()
        .manage(profile)
        .manage(documents::DocumentsState::default())
        .manage(preview::PreviewsState::default())
        .manage(watcher::OpenRepoState::default())
        .manage(branch_commands::BranchesState::default())
        .setup(move |app| {
            // Before any window asks what to open: without a path, the demo (copied first when the
            // user may not write the bundled one).
            let handle = app.handle().clone();
            // The language setting, before anything is worded (the menu may be built first).
            locale_commands::init(&handle);
            let state =
                AppState::from_args_or(std::env::args_os().skip(1), || user_demo(&handle, bundled_demo));
            tauri::Manager::manage(app, state);
            if let Some(capability) = profile.extra_capability() {
                tauri::Manager::add_capability(app, capability)?;
            }
            for window in tauri::Manager::webview_windows(app).values() {
                webview::tune(window)?;
            }
            Ok(())
        })
        .menu(menu::build)
        .on_menu_event(menu::on_event)
        .invoke_handler(tauri::generate_handler![
            commands::launch_info,
            commands::open_repo,
            // Editor (documents.rs)
            documents::read_document,
            documents::read_decoded_document,
            documents::convert_document,
            documents::save_document,
            documents::save_copy_as,
            preview::preview_update,
            documents::validate_document,
            documents::task_toggle_edit,
            rule_commands::rule_help,
            // The interface's language (locale_commands.rs)
            locale_commands::ui_locale,
            locale_commands::set_ui_locale,
            // Repository, session, journal and link commands (repo_commands.rs)
            repo_commands::repo_status,
            repo_commands::create_feature,
            repo_commands::open_folder,
            repo_commands::open_recent,
            repo_commands::reset_demo,
            repo_commands::session_load,
            repo_commands::session_save,
            repo_commands::journal_write,
            repo_commands::journal_pending,
            repo_commands::journal_discard,
            repo_commands::open_external,
            // Local history and coverage (history_commands.rs)
            history_commands::history_versions,
            history_commands::history_version_text,
            history_commands::history_restore,
            history_commands::history_deleted,
            history_commands::history_restore_deleted,
            history_commands::feature_coverage,
            // Review dashboard (review_commands.rs)
            review_commands::review_status,
            review_commands::review_set_checkbox,
            review_commands::export_report,
            review_commands::report_diagram_sources,
            review_commands::export_document,
            // All branches (branch_commands.rs)
            branch_commands::branches_portfolio,
            branch_commands::branch_document,
            branch_commands::branches_fetch,
            branch_commands::branch_checkout,
            branch_commands::branch_worktree_add,
            // Authoring (authoring_commands.rs)
            authoring_commands::preview_new_feature,
            authoring_commands::create_new_feature,
            authoring_commands::document_placeholders,
            authoring_commands::search_specs,
            authoring_commands::git_status,
        ])
        .run(context)?;
    Ok(())
}

/// The demo to open: the bundled one when the user may write it, else their own copy in the data
/// folder; when no copy can be made, the bundled one, which then opens read-only and says why.
fn user_demo(app: &tauri::AppHandle, bundled: std::path::PathBuf) -> specdesk_core::demo::Demo {
    let copied =
        session::data_dir(app).and_then(|dir| Ok(specdesk_core::demo::demo_for_user(&bundled, &dir)?));
    copied.unwrap_or_else(|e| {
        eprintln!(
            "specdesk: no copy of the demo for you ({e}); opening {}",
            bundled.display()
        );
        specdesk_core::demo::Demo::Bundled(bundled)
    })
}

/// The demo repository: the source tree's when the app runs from it, else the copy an installed
/// package keeps among its resources (`/usr/lib/SpecDesk/demo-repo` for the .deb).
fn demo_repo(package: &tauri::PackageInfo) -> std::path::PathBuf {
    let source = std::path::PathBuf::from(state::DEMO_REPO);
    if source.is_dir() {
        return source;
    }
    tauri::utils::platform::resource_dir(package, &tauri::Env::default())
        .map(|dir| dir.join("demo-repo"))
        .unwrap_or(source)
}
