//! Build script of the desktop app: checks that the front end was built, declares SpecDesk's
//! commands so that only the capabilities in `src-tauri/capabilities/` can grant them, and runs
//! Tauri's code generation helpers.

use std::path::Path;

/// Every command the front end may invoke. A command missing here cannot be granted at all; a
/// command listed here must still be granted by a capability file.
const COMMANDS: &[&str] = &[
    "launch_info",
    "open_repo",
    // Repository, session, journal and link commands (repo_commands.rs).
    "repo_status",
    "create_feature",
    "open_folder",
    "open_recent",
    "reset_demo",
    "session_load",
    "session_save",
    "journal_write",
    "journal_pending",
    "journal_discard",
    "open_external",
    // Editor (documents.rs)
    "read_document",
    "read_decoded_document",
    "convert_document",
    "save_document",
    "save_copy_as",
    "preview_update",
    "validate_document",
    "task_toggle_edit",
    // The rules' documentation (rule_commands.rs).
    "rule_help",
    // The interface's language (locale_commands.rs).
    "ui_locale",
    "set_ui_locale",
    // Local history and coverage (history_commands.rs)
    "history_versions",
    "history_version_text",
    "history_restore",
    "history_deleted",
    "history_restore_deleted",
    "feature_coverage",
    // Review dashboard (review_commands.rs)
    "review_status",
    "review_set_checkbox",
    "export_report",
    "report_diagram_sources",
    "export_document",
    // All branches (branch_commands.rs)
    "branches_portfolio",
    "branch_document",
    "branches_fetch",
    "branch_checkout",
    "branch_worktree_add",
    // Authoring (authoring_commands.rs).
    "preview_new_feature",
    "create_new_feature",
    "document_placeholders",
    "search_specs",
    "git_status",
];

fn main() {
    require_built_ui();
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    // The UI is embedded at compile time: rebuild when `npm run build` changes it.
    println!("cargo:rerun-if-changed=ui/dist");
    println!("cargo:rerun-if-changed=tauri.test.conf.json");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}

/// `tauri.conf.json` embeds `ui/dist`; without it the build fails deep inside a macro, so say
/// clearly what to do instead.
fn require_built_ui() {
    if !Path::new("ui/dist/index.html").is_file() {
        println!(
            "cargo:warning=ui/dist/index.html is missing: build the front end first \
             (cd ui && npm ci && npm run build), or use scripts/run.sh"
        );
        std::process::exit(1);
    }
}
