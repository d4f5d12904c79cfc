//! The editor's live preview: one [`LivePreview`] per preview pane (the front end numbers them),
//! updated with the edits typed and answering with patches. The few most recently used are kept;
//! an older one is dropped, and its next edit is refused as stale, so the pane sends its text.

use crate::background::blocking;
use crate::error::AppError;
use specdesk_core::live_preview::{LivePreview, PreviewEdit, PreviewPatch};
use std::sync::{Arc, Mutex};
use tauri::State;

/// How many previews are kept (one per window is the usual case).
const KEPT: usize = 4;

/// The live previews, most recently used last.
#[derive(Default)]
pub struct PreviewsState {
    previews: Arc<Mutex<Vec<(u32, LivePreview)>>>,
}

/// Apply `edit`, made against version `base` of preview `session`, and return the patch that
/// brings the pane up to date. Fails with `stalePreview` when the edit does not fit what is held.
#[tauri::command]
pub async fn preview_update(
    previews: State<'_, PreviewsState>,
    session: u32,
    base: Option<u32>,
    edit: PreviewEdit,
) -> Result<PreviewPatch, AppError> {
    let previews = previews.previews.clone();
    blocking(move || {
        let mut held = previews
            .lock()
            .map_err(|_| AppError::Internal("the preview state is poisoned".into()))?;
        let preview = match held.iter().position(|(id, _)| *id == session) {
            Some(at) => held.remove(at).1,
            None => LivePreview::new(),
        };
        if held.len() >= KEPT {
            held.remove(0);
        }
        held.push((session, preview));
        let (_, preview) = held.last_mut().expect("just pushed");
        Ok(preview.update(base, edit)?)
    })
    .await
}
