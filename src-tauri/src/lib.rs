//! SpecDesk's desktop shell: a Tauri window over `specdesk-core`.
//!
//! | module | job |
//! |---|---|
//! | [`state`] | which repository the app was launched with and which one is open |
//! | [`commands`] | the IPC commands, thin translations to `specdesk-core` |
//! | [`documents`] | the editing loop's commands: read, save (compare-and-swap), render, validate |
//! | [`error`] | [`AppError`], serialized for the UI as `{code, message, path}` |
//! | [`profile`] | the `SPECDESK_PROFILE=test` configuration overlay |
//!
//! The TypeScript types of everything that crosses IPC are generated from these Rust types
//! (see `bindings.rs`, a test that keeps `ui/src/lib/bindings/` in sync).

pub mod commands;
pub mod documents;
pub mod error;
pub mod profile;
pub mod state;

#[cfg(test)]
mod bindings;

pub use error::AppError;
pub use state::{AppState, LaunchInfo};

/// Parse the command line, build the window and run the app until it is closed.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let state = AppState::from_args(std::env::args_os().skip(1));
    let mut context = tauri::generate_context!();
    let profile = profile::Profile::from_env()?;
    profile.apply(context.config_mut())?;
    tauri::Builder::default()
        .manage(state)
        .manage(profile)
        .manage(documents::DocumentsState::default())
        .invoke_handler(tauri::generate_handler![
            commands::launch_info,
            commands::open_repo,
            // Editor (documents.rs)
            documents::read_document,
            documents::save_document,
            documents::render_markdown,
            documents::validate_document,
            documents::task_toggle_edit,
        ])
        .run(context)?;
    Ok(())
}
