//! The editing loop's commands: read a document, save it with compare-and-swap, validate the
//! editor's text (the preview is `preview.rs`'s), and compute the edit a preview checkbox click makes.
//!
//! Each command is a thin translation to `specdesk-core`. Paths from the UI are
//! repository-relative and always go through [`Store`] (confinement to the open repository, size,
//! binary and UTF-8 checks). The store and the repository's plan template live in
//! [`DocumentsState`], rebuilt whenever the open repository changes.
//!
//! The editor works on `\n`-separated text: [`read_document`] hands out CRLF files with `\n`
//! line breaks and the store restores CRLF when it writes them back.
//!
//! A document that is not UTF-8 ([`read_document`] fails with `invalidUtf8`) is read decoded by
//! [`read_decoded_document`] for a read-only editor; saves over it are refused by the store, and
//! only [`convert_document`] rewrites it, as UTF-8, recorded in local history so that restoring the
//! version before brings the original bytes back.

use crate::background::blocking;
use crate::error::AppError;
use crate::profile::Profile;
use crate::save_dialog::SaveDialog;
use crate::state::AppState;
use serde::Serialize;
use specdesk_core::config::Config;
use specdesk_core::diagnostic::{Diagnostic, TextEdit};
use specdesk_core::repo::{document_kind, DocumentKind};
use specdesk_core::store::{encode_for_disk, write_chosen, AnyText, Expected, LineEnding, Store};
use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::validate::{validate_plan, PlanContext};
use specdesk_core::write_access::{write_access, WriteBlock};
use specdesk_core::{edit, CoreError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use tauri::State;

/// A document as the editor opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentView {
    /// Repository-relative, `/`-separated.
    pub rel_path: String,
    pub kind: DocumentKind,
    /// The content without BOM, every line break as `\n`.
    pub text: String,
    /// Hash of the bytes on disk: the base of the next save.
    pub hash: String,
    /// The line endings on disk (CRLF files are saved back as CRLF).
    pub line_ending: LineEnding,
    pub bom: bool,
    /// `None` for UTF-8. Otherwise the encoding the document was decoded from
    /// (`windows-1251`): it is shown read-only until converted ([`convert_document`]).
    pub encoding: Option<String>,
    /// For a document in another encoding: whether it decoded without loss, so that
    /// [`convert_document`] may rewrite it.
    pub convertible: bool,
    /// Why the document cannot be saved where it is (a read-only file, folder or file system),
    /// known now rather than at the first save; `None` when it can. The editor then opens it
    /// read-only and offers [`save_copy_as`].
    pub write_block: Option<WriteBlock>,
}

/// The outcome of [`convert_document`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConvertedDocument {
    pub rel_path: String,
    /// The text now on disk, as the editor shows it (`\n` line breaks; CRLF stays on disk).
    pub text: String,
    /// Hash of the UTF-8 bytes now on disk: the base of the next save.
    pub hash: String,
    /// The encoding it was converted from.
    pub from: String,
    /// The local-history version holding the original bytes: restoring it undoes the
    /// conversion (`None` when the app keeps no history).
    pub undo_version: Option<String>,
}

/// The outcome of a save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveResult {
    /// Hash of the bytes now on disk: the base of the next save.
    pub hash: String,
}

/// The store of the open repository and its plan template, cached between commands.
#[derive(Debug, Default)]
pub struct DocumentsState {
    workspace: Mutex<Option<Workspace>>,
}

#[derive(Debug)]
struct Workspace {
    /// The open repository's root as [`AppState`] knows it (the cache key).
    root: PathBuf,
    store: Store,
    /// The plan template and the configuration it was read with (`specdesk.toml`), read on
    /// first use and again after [`DocumentsState::forget_template`].
    checking: Option<(Arc<Template>, Arc<Config>)>,
}

impl DocumentsState {
    /// The store of the repository `app` has open, created on first use and whenever the open
    /// repository changed.
    pub fn store(&self, app: &AppState) -> Result<Store, AppError> {
        let mut guard = self.lock();
        Ok(Self::workspace_for(&mut guard, app)?.store.clone())
    }

    /// The plan template of the open repository (its own, else the built-in Lite), read once.
    pub fn template(&self, app: &AppState) -> Result<(Store, Arc<Template>), AppError> {
        let (store, template, _) = self.checking(app)?;
        Ok((store, template))
    }

    /// The plan template and the repository's configuration (`specdesk.toml`, whose
    /// `template.path` may name the template), read once.
    pub fn checking(&self, app: &AppState) -> Result<(Store, Arc<Template>, Arc<Config>), AppError> {
        let mut guard = self.lock();
        let workspace = Self::workspace_for(&mut guard, app)?;
        let (template, config) = match &workspace.checking {
            Some(cached) => cached.clone(),
            None => {
                let config = Arc::new(Config::load(&workspace.store));
                let template = Arc::new(Template::for_store_with(&workspace.store, &config)?);
                workspace.checking = Some((template.clone(), config.clone()));
                (template, config)
            }
        };
        Ok((workspace.store.clone(), template, config))
    }

    /// Forget the cached template and configuration (after a template was saved here, or a
    /// template or `specdesk.toml` changed on disk).
    pub fn forget_template(&self) {
        if let Some(workspace) = self.lock().as_mut() {
            workspace.checking = None;
        }
    }

    fn workspace_for<'a>(
        guard: &'a mut MutexGuard<'_, Option<Workspace>>,
        app: &AppState,
    ) -> Result<&'a mut Workspace, AppError> {
        let root = app.current_root().ok_or_else(|| {
            AppError::Core(CoreError::Refused {
                reason: specdesk_core::i18n::Message::new("error-no-repository"),
            })
        })?;
        let stale = !matches!(guard.as_ref(), Some(w) if w.root == root);
        if stale {
            **guard = Some(Workspace {
                store: Store::new(&root)?,
                root,
                checking: None,
            });
        }
        guard.as_mut().ok_or_else(|| internal("workspace cache"))
    }

    fn lock(&self) -> MutexGuard<'_, Option<Workspace>> {
        // The cache holds no invariant a panic could break half-way: keep using it.
        self.workspace
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn internal(what: &str) -> AppError {
    AppError::Internal(format!("{what} is empty right after being filled"))
}

/// Read `rel_path` for the editor. Binary, non-UTF-8 and oversize files fail with the codes
/// `binary`, `invalidUtf8` and `tooLarge`.
#[tauri::command]
pub async fn read_document(
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    rel_path: String,
) -> Result<DocumentView, AppError> {
    let store = docs.store(&app)?;
    blocking(move || {
        let file = store.read(Path::new(&rel_path))?;
        Ok(any_view(&store, rel_path, AnyText::Utf8(file)))
    })
    .await
}

/// Read `rel_path` in whatever encoding it is: what the editor shows, read-only, for a document
/// [`read_document`] refused as `invalidUtf8` (a UTF-8 document reads as there). Damaged UTF-8
/// (no encoding fits) still fails with `invalidUtf8`.
#[tauri::command]
pub async fn read_decoded_document(
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    rel_path: String,
) -> Result<DocumentView, AppError> {
    let store = docs.store(&app)?;
    blocking(move || {
        let read = store.read_any(Path::new(&rel_path))?;
        Ok(any_view(&store, rel_path, read))
    })
    .await
}

/// Rewrite `rel_path`, a document in another encoding, as UTF-8, if the disk still holds the
/// bytes hashing to `base_hash` (the version the user was shown; `conflict` otherwise). Local
/// history then gets the bytes it replaced and the converted file as saved here, so restoring
/// [`ConvertedDocument::undo_version`] undoes it exactly.
#[tauri::command]
pub async fn convert_document(
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    open: State<'_, crate::watcher::OpenRepoState>,
    handle: tauri::AppHandle,
    rel_path: String,
    base_hash: String,
) -> Result<ConvertedDocument, AppError> {
    let store = docs.store(&app)?;
    let history = open.with(|o| o.history.clone()).ok().flatten();
    blocking(move || {
        let converted = store.convert_to_utf8(Path::new(&rel_path), &base_hash)?;
        let undo_version = crate::history_commands::capture_converted(
            &handle,
            history.as_ref(),
            &store,
            &rel_path,
            &converted,
        );
        Ok(ConvertedDocument {
            text: to_lf(converted.text),
            hash: converted.write.hash,
            from: converted.from,
            undo_version,
            rel_path,
        })
    })
    .await
}

/// The editor's view of a document in any encoding.
fn any_view(store: &Store, rel_path: String, read: AnyText) -> DocumentView {
    let kind = document_kind(store.root(), &rel_path);
    let write_block = store
        .resolve(Path::new(&rel_path))
        .ok()
        .and_then(|real| write_access(&real));
    match read {
        AnyText::Utf8(file) => DocumentView {
            kind,
            text: to_lf(file.text),
            hash: file.hash,
            line_ending: file.line_ending,
            bom: file.bom,
            encoding: None,
            convertible: false,
            write_block,
            rel_path,
        },
        AnyText::Other(decoded) => DocumentView {
            kind,
            text: to_lf(decoded.text),
            hash: decoded.hash,
            line_ending: decoded.line_ending,
            bom: decoded.bom,
            encoding: Some(decoded.encoding),
            convertible: decoded.lossless,
            write_block,
            rel_path,
        },
    }
}

/// Save `text` to `rel_path` if the disk still holds `base_hash` (`None`: the file must not
/// exist yet). A changed disk fails with code `conflict`, carrying the disk's text and hash.
/// There is no blind overwrite: "keep mine" passes the hash of the disk version the user saw.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn save_document(
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    open: State<'_, crate::watcher::OpenRepoState>,
    handle: tauri::AppHandle,
    rel_path: String,
    text: String,
    base_hash: Option<String>,
) -> Result<SaveResult, AppError> {
    let store = docs.store(&app)?;
    let expected = expected_on_disk(base_hash);
    let is_template = is_plan_template(&rel_path);
    // Saves are our own writes, which the watcher does not report: history records them here.
    let history = open.with(|o| o.history.clone()).ok().flatten();
    let outcome = blocking(move || {
        let written = store.write(Path::new(&rel_path), &text, expected)?;
        crate::history_commands::capture_saved(&handle, history.as_ref(), &store, &rel_path, &written);
        Ok(written)
    })
    .await;
    if is_template {
        docs.forget_template();
    }
    outcome.map(|written| SaveResult { hash: written.hash })
}

/// "Save a Copy As…": for a document SpecDesk cannot save where it is (read-only, or a save that
/// just failed), ask in the native save dialog where to put `text`, then write it there
/// atomically with the document's own BOM and line endings. Returns the path written, `None`
/// when the dialog was cancelled.
#[tauri::command]
pub async fn save_copy_as(
    profile: State<'_, Profile>,
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    rel_path: String,
    text: String,
) -> Result<Option<String>, AppError> {
    let store = docs.store(&app)?;
    let dialog = SaveDialog {
        title: crate::save_dialog::text("menu-dialog-save-copy"),
        file_name: copy_name(&rel_path),
        filters: vec![
            ("Markdown".to_string(), &["md", "markdown"]),
            (crate::save_dialog::text("menu-filter-any-file"), &["*"]),
        ],
    };
    let Some(path) = dialog.ask(*profile).await else {
        return Ok(None);
    };
    blocking(move || {
        // The original's bytes only shape the copy's BOM and line endings; it may be gone.
        let original = store.read_bytes(Path::new(&rel_path)).ok();
        write_chosen(&path, &encode_for_disk(&text, original.as_deref()))?;
        Ok(Some(path.to_string_lossy().into_owned()))
    })
    .await
}

/// The name proposed for a copy: the feature folder's name with the file's (`001-x-plan.md`),
/// since the copy leaves its folder.
fn copy_name(rel_path: &str) -> String {
    let mut parts = rel_path.rsplit('/');
    let file = parts.next().unwrap_or(rel_path);
    match parts.next() {
        Some(folder) if !folder.is_empty() => format!("{folder}-{file}"),
        _ => file.to_string(),
    }
}

/// The outcome of [`validate_document`].
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanValidation {
    pub diagnostics: Vec<Diagnostic>,
    /// The template the plan was checked against (the repository's file or stack, or the
    /// built-in one the plan follows); `None` for a document that is not a plan.
    pub template: Option<TemplateSource>,
}

/// Validate the editor's text of `rel_path` against the repository's plan template. Only plans
/// are validated; every other document has no diagnostics.
#[tauri::command]
pub async fn validate_document(
    app: State<'_, AppState>,
    docs: State<'_, DocumentsState>,
    rel_path: String,
    text: String,
) -> Result<PlanValidation, AppError> {
    let (store, template, config) = docs.checking(&app)?;
    blocking(move || {
        // Confined like every command: a path out of the repository is refused, not "not a plan".
        let real = store.resolve(Path::new(&rel_path))?;
        if document_kind(store.root(), &rel_path) != DocumentKind::Plan {
            return Ok(PlanValidation {
                diagnostics: Vec::new(),
                template: None,
            });
        }
        let used = template.for_plan(&text);
        let diagnostics = validate_plan(
            &text,
            used,
            // Local git branches, for the unknown-branch rule (SD016).
            &PlanContext::for_plan_path(&real)
                .with_local_branches(crate::authoring_commands::local_branches(store.root()))
                .with_rules(config.rule_levels()),
        );
        Ok(PlanValidation {
            diagnostics: crate::locale_commands::localized(diagnostics),
            template: Some(used.source.clone()),
        })
    })
    .await
}

/// The edit that flips task number `index` (document order) of `text`.
#[tauri::command]
pub fn task_toggle_edit(text: String, index: usize) -> Result<TextEdit, AppError> {
    Ok(edit::toggle_task(&text, index)?)
}

/// The compare-and-swap expectation of a save.
fn expected_on_disk(base_hash: Option<String>) -> Expected {
    match base_hash {
        Some(hash) => Expected::Hash(hash),
        None => Expected::Absent,
    }
}

fn is_plan_template(rel_path: &str) -> bool {
    // Any file of spec-kit's stack (overrides, presets, extensions, their registries and
    // manifests) can change the resolved template.
    rel_path.trim_start_matches("./").starts_with(".specify/")
}

/// `\r\n` → `\n` (the editor's line breaks); other text unchanged.
pub(crate) fn to_lf(text: String) -> String {
    if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use specdesk_core::store::content_hash;
    use std::fs;

    fn repo_with(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        for (rel, bytes) in files {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, bytes).unwrap();
        }
        let store = Store::new(dir.path()).unwrap();
        (dir, store)
    }

    #[test]
    fn saves_expect_their_base_or_absence_never_anything() {
        assert_eq!(expected_on_disk(Some("h".into())), Expected::Hash("h".into()));
        assert_eq!(expected_on_disk(None), Expected::Absent);
    }

    #[test]
    fn crlf_text_reaches_the_editor_with_lf_and_goes_back_as_crlf() {
        let original = b"# Plan\r\n\r\n- [ ] one\r\n";
        let (_dir, store) = repo_with(&[("specs/001-a/plan.md", original)]);
        let file = store.read(Path::new("specs/001-a/plan.md")).unwrap();
        assert_eq!(file.line_ending, LineEnding::Crlf);
        let editor_text = to_lf(file.text);
        assert_eq!(editor_text, "# Plan\n\n- [ ] one\n");
        let edited = editor_text.replace("[ ]", "[x]");
        let written = store
            .write(
                Path::new("specs/001-a/plan.md"),
                &edited,
                Expected::Hash(file.hash),
            )
            .unwrap();
        let on_disk = fs::read(store.root().join("specs/001-a/plan.md")).unwrap();
        assert_eq!(on_disk, b"# Plan\r\n\r\n- [x] one\r\n");
        assert_eq!(written.hash, content_hash(&on_disk));
    }

    #[test]
    fn a_windows_1251_plan_reads_decoded_and_converts_to_the_same_text_in_utf8() {
        let text = "# План\r\n\r\n- [ ] Проверить\r\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (_dir, store) = repo_with(&[("specs/002-a/plan.md", &bytes)]);
        let rel = "specs/002-a/plan.md";
        let view = any_view(&store, rel.into(), store.read_any(Path::new(rel)).unwrap());
        assert_eq!(view.kind, DocumentKind::Plan);
        assert_eq!(view.encoding.as_deref(), Some("windows-1251"));
        assert!(view.convertible);
        assert_eq!(view.text, "# План\n\n- [ ] Проверить\n");
        assert_eq!(view.line_ending, LineEnding::Crlf);
        let refused = store.write(Path::new(rel), &view.text, Expected::Hash(view.hash.clone()));
        assert_eq!(refused.map_err(|e| e.kind()), Err("invalidUtf8"));
        store.convert_to_utf8(Path::new(rel), &view.hash).unwrap();
        let after = any_view(&store, rel.into(), store.read_any(Path::new(rel)).unwrap());
        assert_eq!((after.encoding, after.text), (None, view.text));
        assert_eq!(fs::read(store.root().join(rel)).unwrap(), text.as_bytes());
    }

    #[test]
    fn a_copy_is_named_after_its_feature_and_file() {
        assert_eq!(
            copy_name("specs/001-photo-albums/plan.md"),
            "001-photo-albums-plan.md"
        );
        assert_eq!(copy_name("README.md"), "README.md");
    }

    #[test]
    fn a_writable_document_opens_without_a_write_block() {
        let (_dir, store) = repo_with(&[("specs/001-x/plan.md", b"# Plan\n")]);
        let view = any_view(
            &store,
            "specs/001-x/plan.md".into(),
            AnyText::Utf8(store.read(Path::new("specs/001-x/plan.md")).unwrap()),
        );
        assert_eq!(view.write_block, None);
    }

    #[test]
    fn the_plan_template_path_is_recognised() {
        assert!(is_plan_template(".specify/templates/plan-template.md"));
        assert!(is_plan_template(".specify/presets/p/preset.yml"));
        assert!(!is_plan_template("specs/001-a/plan.md"));
    }
}
