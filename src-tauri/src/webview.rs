//! WebKitGTK settings that keep the web view lean. SpecDesk shows documents, not animations, so:
//! - no accelerated compositing: on this kind of page it buys nothing visible, while its layer
//!   buffers (and, without a GPU, the software GL stack) doubled the web process's memory
//!   (PSS 193 → 96 MiB on the demo repository); it is also the usual cure for blank WebKitGTK
//!   windows on some GPU drivers;
//! - the document-viewer cache model: the app loads its own page once, so WebKit's memory
//!   caches for browsing (back/forward pages, decoded resources of other sites) stay small.
//!
//! With `SPECDESK_TRACE_STARTUP` set, the page's console messages go to standard output: the
//! front end logs when it first painted the features, which `scripts/startup_figures.py` reads
//! to time start-up without a WebDriver session in the way.

/// The variable that sends the page's console messages to standard output.
pub const TRACE_STARTUP_VAR: &str = "SPECDESK_TRACE_STARTUP";

/// Apply the settings to `window`'s web view (before its page has loaded, from `setup`).
pub fn tune<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) -> tauri::Result<()> {
    #[cfg(target_os = "linux")]
    window.with_webview(|webview| {
        use webkit2gtk::{CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt};
        let view = webview.inner();
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            if std::env::var_os(TRACE_STARTUP_VAR).is_some() {
                settings.set_enable_write_console_messages_to_stdout(true);
            }
        }
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
    })?;
    #[cfg(not(target_os = "linux"))]
    let _ = window;
    Ok(())
}
