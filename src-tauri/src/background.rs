//! Disk work of the IPC commands, run off the async runtime's threads so that a slow disk never
//! stalls the IPC; a task that stopped (panicked) comes back as [`AppError::Internal`].

use crate::error::AppError;

/// Run `work` on a blocking thread and return its result.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(format!("background task stopped: {e}")))?
}
