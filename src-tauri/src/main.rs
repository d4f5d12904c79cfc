//! The `specdesk` executable: `specdesk [PATH]` opens the spec-kit repository at PATH (or the
//! bundled demo repository) in a window. All the work happens in the `specdesk_app` library.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Some(answer) = specdesk_app::cli::early_answer(std::env::args_os().skip(1)) {
        print!("{answer}");
        return;
    }
    if let Err(error) = specdesk_app::run() {
        eprintln!("specdesk: {error}");
        std::process::exit(1);
    }
}
