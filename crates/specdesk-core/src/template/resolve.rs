//! Which file (or stack of files) a spec-kit 1.x repository's template is: the same order and
//! the same composition as `resolve_template_content` in spec-kit's `scripts/bash/common.sh`
//! (what `resolve-template.sh plan-template` prints).
//!
//! 1. `.specify/templates/overrides/<name>.md` wins outright.
//! 2. Presets in `.specify/presets/`, in the order of its `.registry` (lower priority first,
//!    then id; disabled ones skipped), or in folder order when the registry is missing or
//!    unusable. Each preset's `preset.yml` may declare the template's file and strategy
//!    (`replace`, `prepend`, `append`, `wrap`); an undeclared template is looked for at
//!    `templates/<name>.md`, then `<name>.md`. The first `replace` layer ends the search.
//! 3. Extensions in `.specify/extensions/` (registry order, then folders), `replace` only.
//! 4. `.specify/templates/<name>.md`.
//!
//! The composing layers above the base are applied bottom-up: `prepend` gives
//! `layer + "\n\n" + content`, `append` gives `content + "\n\n" + layer`, `wrap` puts the content
//! in place of every `{CORE_TEMPLATE}`. Every file is read through the [`Store`]: a layer that
//! is a symlink out of the repository is refused instead of followed.
//!
//! Two deliberate differences from the bash: it needs Python 3 and PyYAML (without them it
//! falls back or fails; this behaves as with them), and the folder fallback is in byte order
//! (bash's glob follows the locale's collation, the same in the C locale).

use super::manifest::{self, Declaration};
use super::registry;
use crate::error::{CoreError, Result};
use crate::store::Store;
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};

/// Project overrides and the repository's own templates (`overrides/` is inside).
pub const TEMPLATES_DIR: &str = ".specify/templates";
/// Installed presets.
pub const PRESETS_DIR: &str = ".specify/presets";
/// Installed extensions.
pub const EXTENSIONS_DIR: &str = ".specify/extensions";
/// Every folder whose content can change what a template resolves to: a change in one of them
/// means templates must be resolved again (the watcher follows them).
pub const TEMPLATE_DIRS: [&str; 3] = [TEMPLATES_DIR, PRESETS_DIR, EXTENSIONS_DIR];

/// How a layer combines with the layers below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LayerStrategy {
    /// The layer is the whole template (and the base of the layers above it).
    Replace,
    /// The layer, a blank line, then what is below.
    Prepend,
    /// What is below, a blank line, then the layer.
    Append,
    /// The layer with `{CORE_TEMPLATE}` replaced by what is below.
    Wrap,
}

impl LayerStrategy {
    /// The strategy's name in `preset.yml`.
    pub fn as_str(self) -> &'static str {
        match self {
            LayerStrategy::Replace => "replace",
            LayerStrategy::Prepend => "prepend",
            LayerStrategy::Append => "append",
            LayerStrategy::Wrap => "wrap",
        }
    }

    fn parse(s: &str) -> Option<LayerStrategy> {
        Some(match s {
            "replace" => LayerStrategy::Replace,
            "prepend" => LayerStrategy::Prepend,
            "append" => LayerStrategy::Append,
            "wrap" => LayerStrategy::Wrap,
            _ => return None,
        })
    }
}

/// One file of a resolved template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TemplateLayer {
    /// Repository-relative, with `/` separators.
    pub rel_path: String,
    pub strategy: LayerStrategy,
}

/// A template as spec-kit resolves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTemplate {
    /// The layers that made it, highest precedence first; the last one is the base
    /// (`replace`). A single layer when one file is the whole template.
    pub layers: Vec<TemplateLayer>,
    /// The composed text byte for byte as spec-kit prints it (each layer's byte order mark
    /// kept where the layer starts).
    pub exact: String,
    /// The same composition without the layers' byte order marks: what SpecDesk parses.
    pub text: String,
}

/// The placeholder a `wrap` layer puts the lower layers in.
pub const CORE_TEMPLATE_TOKEN: &str = "{CORE_TEMPLATE}";

/// Resolve template `name` (e.g. `plan-template`) in the repository of `store`. `Ok(None)`
/// when no layer provides it (spec-kit's "could not resolve"); an error for what makes
/// spec-kit fail: an invalid preset manifest or extension registry, a `wrap` layer without
/// `{CORE_TEMPLATE}`, composing layers with no base, an unreadable layer.
pub fn resolve(store: &Store, name: &str) -> Result<Option<ResolvedTemplate>> {
    if !registry::is_valid_id(name) {
        return Err(CoreError::Invalid {
            message: format!("template name {name:?}: only a-z, 0-9 and - are allowed"),
        });
    }
    let repo = Repo { store };
    let file = format!("{name}.md");

    let override_path = format!("{TEMPLATES_DIR}/overrides/{file}");
    if repo.is_file(&override_path) {
        return repo.single(override_path).map(Some);
    }

    let mut layers: Vec<TemplateLayer> = Vec::new();
    let mut base_found = false;

    const PRESETS: &str = PRESETS_DIR;
    if repo.is_dir(PRESETS)? {
        for id in repo.preset_ids()? {
            let dir = format!("{PRESETS}/{id}");
            let manifest_path = format!("{dir}/preset.yml");
            let mut strategy = LayerStrategy::Replace;
            let mut declared_file = String::new();
            let mut declared = false;
            if repo.is_file(&manifest_path) {
                let text = repo.read(&manifest_path)?.text;
                match manifest::declaration(&text, name) {
                    Ok(Declaration::Found { strategy: s, file }) => {
                        declared = true;
                        strategy = LayerStrategy::parse(&s).ok_or_else(|| {
                            repo.error(
                                &manifest_path,
                                format!("invalid preset manifest: unknown strategy {s:?}"),
                            )
                        })?;
                        declared_file = file;
                    }
                    Ok(Declaration::Absent) => {}
                    Err(reason) => {
                        return Err(repo.error(&manifest_path, format!("invalid preset manifest: {reason}")))
                    }
                }
            }
            if manifest::is_refused_path(&declared_file) {
                declared_file.clear();
            }
            let mut candidate = None;
            if !declared_file.is_empty() {
                let path = format!("{dir}/{declared_file}");
                if repo.is_file(&path) {
                    candidate = Some(path);
                }
            }
            if candidate.is_none() && !declared {
                candidate = [format!("{dir}/templates/{file}"), format!("{dir}/{file}")]
                    .into_iter()
                    .find(|p| repo.is_file(p));
            }
            if let Some(rel_path) = candidate {
                layers.push(TemplateLayer { rel_path, strategy });
                if strategy == LayerStrategy::Replace {
                    base_found = true;
                    break;
                }
            }
        }
    }

    const EXTENSIONS: &str = EXTENSIONS_DIR;
    if !base_found && repo.is_dir(EXTENSIONS)? {
        for id in repo.extension_ids()? {
            let dir = format!("{EXTENSIONS}/{id}");
            let found = [format!("{dir}/templates/{file}"), format!("{dir}/{file}")]
                .into_iter()
                .find(|p| repo.is_file(p));
            if let Some(rel_path) = found {
                layers.push(TemplateLayer {
                    rel_path,
                    strategy: LayerStrategy::Replace,
                });
                base_found = true;
                break;
            }
        }
    }

    let core = format!("{TEMPLATES_DIR}/{file}");
    if !base_found && repo.is_file(&core) {
        layers.push(TemplateLayer {
            rel_path: core,
            strategy: LayerStrategy::Replace,
        });
    }

    let Some(top) = layers.first() else {
        return Ok(None);
    };
    if top.strategy == LayerStrategy::Replace {
        let top = top.rel_path.clone();
        return repo.single(top).map(Some);
    }
    let Some(base_idx) = layers.iter().position(|l| l.strategy == LayerStrategy::Replace) else {
        return Err(repo.error(
            &top.rel_path,
            format!("template '{name}' has composing layers but no replace base"),
        ));
    };
    layers.truncate(base_idx + 1);
    let texts = layers
        .iter()
        .map(|l| repo.read(&l.rel_path))
        .collect::<Result<Vec<_>>>()?;
    let exact = compose(&layers, &texts, true).map_err(|(i, m)| repo.error(&layers[i].rel_path, m))?;
    let text = compose(&layers, &texts, false).map_err(|(i, m)| repo.error(&layers[i].rel_path, m))?;
    Ok(Some(ResolvedTemplate { layers, exact, text }))
}

/// The bash's composition of `layers` (top first, the last the base) whose texts are
/// `texts`; with `with_bom`, each layer's byte order mark stays at its start. An error names
/// the layer (by index) and why.
fn compose(
    layers: &[TemplateLayer],
    texts: &[LayerText],
    with_bom: bool,
) -> std::result::Result<String, (usize, String)> {
    let text_of = |i: usize| texts[i].text(with_bom);
    let base = layers.len() - 1;
    let mut content = text_of(base);
    for i in (0..base).rev() {
        let layer = text_of(i);
        content = match layers[i].strategy {
            LayerStrategy::Replace => layer,
            LayerStrategy::Prepend => format!("{layer}\n\n{content}"),
            LayerStrategy::Append => format!("{content}\n\n{layer}"),
            LayerStrategy::Wrap => {
                if !layer.contains(CORE_TEMPLATE_TOKEN) {
                    return Err((i, "wrap strategy missing {CORE_TEMPLATE} placeholder".to_string()));
                }
                layer.replace(CORE_TEMPLATE_TOKEN, &content)
            }
        };
    }
    Ok(content)
}

/// A layer's text as read, and whether the file started with a byte order mark.
struct LayerText {
    text: String,
    bom: bool,
}

impl LayerText {
    fn text(&self, with_bom: bool) -> String {
        if with_bom && self.bom {
            format!("\u{FEFF}{}", self.text)
        } else {
            self.text.clone()
        }
    }
}

/// The repository, seen through the store.
struct Repo<'s> {
    store: &'s Store,
}

impl Repo<'_> {
    fn abs(&self, rel: &str) -> PathBuf {
        self.store.root().join(rel)
    }

    /// `[ -f path ]`: a regular file, symlinks followed.
    fn is_file(&self, rel: &str) -> bool {
        fs::metadata(self.abs(rel)).is_ok_and(|m| m.is_file())
    }

    /// `[ -d path ]`, refusing a folder that leads out of the repository.
    fn is_dir(&self, rel: &str) -> Result<bool> {
        if !fs::metadata(self.abs(rel)).is_ok_and(|m| m.is_dir()) {
            return Ok(false);
        }
        self.store.resolve(Path::new(rel))?;
        Ok(true)
    }

    fn read(&self, rel: &str) -> Result<LayerText> {
        let file = self.store.read(Path::new(rel))?;
        Ok(LayerText {
            text: file.text,
            bom: file.bom,
        })
    }

    /// A template that is one file.
    fn single(&self, rel_path: String) -> Result<ResolvedTemplate> {
        let layer = self.read(&rel_path)?;
        Ok(ResolvedTemplate {
            exact: layer.text(true),
            text: layer.text,
            layers: vec![TemplateLayer {
                rel_path,
                strategy: LayerStrategy::Replace,
            }],
        })
    }

    fn error(&self, rel: &str, message: String) -> CoreError {
        CoreError::Template {
            path: self.abs(rel),
            message,
        }
    }

    /// The names of the sub-folders of `rel` (symlinks to folders included) that are valid
    /// ids, in byte order.
    fn folder_ids(&self, rel: &str) -> Result<Vec<String>> {
        let dir = self.abs(rel);
        let entries = fs::read_dir(&dir).map_err(|e| CoreError::io(&dir, e))?;
        let mut ids: Vec<String> = entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| registry::is_valid_id(name))
            .filter(|name| fs::metadata(dir.join(name)).is_ok_and(|m| m.is_dir()))
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Preset ids in resolution order: the registry's when it parses, else the folders'.
    fn preset_ids(&self) -> Result<Vec<String>> {
        let registry_path = ".specify/presets/.registry";
        if self.is_file(registry_path) {
            match self.store.read(Path::new(registry_path)) {
                Ok(file) => {
                    if let Some(ids) = registry::preset_order(&file.text) {
                        return Ok(ids);
                    }
                }
                Err(e @ CoreError::OutsideRepo { .. }) => return Err(e),
                // Unreadable for Python too: the bash falls back to the folder listing.
                Err(_) => {}
            }
        }
        self.folder_ids(".specify/presets")
    }

    /// Extension ids in resolution order (`_sorted_extension_ids`).
    fn extension_ids(&self) -> Result<Vec<String>> {
        let registry_path = ".specify/extensions/.registry";
        let abs = self.abs(registry_path);
        let text = if fs::symlink_metadata(&abs).is_ok() {
            if !self.is_file(registry_path) {
                return Err(self.error(
                    registry_path,
                    "invalid extension registry: not a regular file".into(),
                ));
            }
            Some(self.store.read(Path::new(registry_path))?.text)
        } else {
            None
        };
        let folders = self.folder_ids(".specify/extensions")?;
        registry::extension_order(text.as_deref(), &folders)
            .map_err(|reason| self.error(registry_path, format!("invalid extension registry: {reason}")))
    }
}

#[cfg(test)]
mod tests;
