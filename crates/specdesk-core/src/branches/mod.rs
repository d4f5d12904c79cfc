//! Every feature in flight: the features of the checkout, of every local branch, of every
//! remote-tracking branch and of every linked worktree, in one portfolio ([`Portfolio`]), each
//! feature once.
//!
//! - [`sources`]: where features can come from (refs, loose or packed; worktrees; HEAD);
//! - [`tree`]: a commit's tree as a folder tree, so that discovery ([`crate::repo::discover`])
//!   and layout ([`crate::repo::layout`]) run on git objects with the rules they use on disk;
//! - [`choose`]: which copy of a feature is shown (its own branch, else the newest change)
//!   and on which other branches it also is;
//! - [`actions`]: one document of another branch (read-only), and the writes through the
//!   user's `git`: fetch, check out, add a worktree;
//! - [`watch`]: a watcher on the git directory saying when a branch may have moved.
//!
//! Branches are read straight from git's object database with gitoxide: nothing is checked
//! out, the index and the working tree are never touched, no `git` process is started. The
//! checkout's own features come from its review on disk (editable, uncommitted changes
//! included). A [`BranchReader`] keeps what it computed by tree id (a commit's specs roots, a
//! specs folder's features, a feature folder's review), so reading again after one commit
//! re-parses only the folders whose tree changed.
//!
//! Plans on other branches are validated against the checkout's template and `specdesk.toml`
//! (the checks that look at other files on disk, such as broken links, are skipped for them).

pub mod actions;
mod choose;
mod sources;
mod tree;
pub mod watch;

#[cfg(test)]
mod tests;

pub use sources::{Source, SourceKind};

use crate::config::Config;
use crate::coverage::IdStyle;
use crate::error::Result;
use crate::repo::folder_name;
use crate::repo::layout::{scan_feature, scan_specs_entries, FolderTree, Found as FoundFolder};
use crate::repo::{rel, Feature, Repository};
use crate::review::{self, Documents, FeatureReview, RepoReview, Stage, StageCount};
use crate::status::ReadProblem;
use crate::store::text_of_bytes;
use crate::template::Template;
use crate::validate::PlanContext;
use choose::{Copy, TouchMemo};
use gix::ObjectId;
use rayon::prelude::*;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use tree::{GitTree, WalkMemo};

/// One feature of the portfolio, from the source it is shown from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BranchFeature {
    /// The row the review shows for it (paths are repository-relative, as in the checkout).
    pub review: FeatureReview,
    /// Index in [`Portfolio::sources`] of where it is shown from.
    pub source: usize,
    /// Only the checkout's features can be edited here; the others are read-only.
    pub editable: bool,
    /// The other sources having the feature (their [`Source::name`]s), in portfolio order.
    pub also_on: Vec<String>,
}

/// Every feature in flight, each once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    /// The checkout first (when there is one), then local branches, remote-tracking branches
    /// and detached worktrees.
    pub sources: Vec<Source>,
    /// In list order (by number, then name).
    pub features: Vec<BranchFeature>,
    pub stages: Vec<StageCount>,
    /// What cannot be shown, in words (no git, a bare repository, a shallow clone, a branch
    /// that could not be read…).
    pub notes: Vec<String>,
}

impl Portfolio {
    /// The source a feature is shown from.
    pub fn source_of(&self, feature: &BranchFeature) -> &Source {
        &self.sources[feature.source]
    }
}

/// The checkout a portfolio starts from: its repository as scanned and its review on disk.
pub struct Checkout<'a> {
    pub repo: &'a Repository,
    pub review: &'a RepoReview,
}

/// What a read needs besides the repository.
pub struct ReadContext<'a> {
    /// The template plans are validated against.
    pub template: &'a Template,
    /// `paths.ignore`, `paths.roots` and rule levels.
    pub config: &'a Config,
    pub style: &'a IdStyle,
}

/// Reads portfolios, keeping what it computed by tree id for the next read.
#[derive(Default)]
pub struct BranchReader {
    walk: WalkMemo,
    roots: Memo<(ObjectId, String), Arc<Vec<(Feature, ObjectId)>>>,
    folders: RefCell<Memo<(ObjectId, String, Option<String>), Vec<(Feature, ObjectId)>>>,
    reviews: Memo<(ObjectId, String), Arc<FeatureReview>>,
    touches: TouchMemo,
}

/// A cache that keeps, at each [`Memo::sweep`], only what was used since the previous one.
struct Memo<K, V> {
    old: HashMap<K, V>,
    used: HashMap<K, V>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            old: HashMap::new(),
            used: HashMap::new(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Clone, V: Clone> Memo<K, V> {
    fn get(&mut self, key: &K) -> Option<V> {
        if let Some(v) = self.used.get(key) {
            return Some(v.clone());
        }
        let v = self.old.remove(key)?;
        self.used.insert(key.clone(), v.clone());
        Some(v)
    }

    fn put(&mut self, key: K, value: V) {
        self.used.insert(key, value);
    }

    fn sweep(&mut self) {
        self.old = std::mem::take(&mut self.used);
    }

    fn len(&self) -> usize {
        self.old.len() + self.used.len()
    }
}

/// Counters of one read, for tests and benchmarks: how much was parsed rather than reused.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Feature reviews computed from blobs (the others came from the cache).
    pub reviewed: usize,
    /// Feature reviews cached after the read.
    pub cached: usize,
}

impl BranchReader {
    pub fn new() -> BranchReader {
        BranchReader::default()
    }

    /// The portfolio of the git repository at (or above) `path`, starting from `checkout` (none
    /// for a bare repository). Without git, the checkout's features alone, with a note saying
    /// so.
    pub fn read(&mut self, path: &Path, checkout: Option<Checkout>, cx: &ReadContext) -> Result<Portfolio> {
        Ok(self.read_with_stats(path, checkout, cx)?.0)
    }

    /// The portfolio of the repository at (or above) `path`: its checkout scanned and reviewed on
    /// disk as the Review screen does, then every branch. A bare repository (no checkout) is
    /// read from its branches alone, validated against the built-in templates.
    pub fn read_path(&mut self, path: &Path) -> Result<Portfolio> {
        Ok(self.read_path_with_stats(path)?.0)
    }

    /// [`BranchReader::read_path`] and how much it parsed.
    pub fn read_path_with_stats(&mut self, path: &Path) -> Result<(Portfolio, ReadStats)> {
        let checkout = match Repository::open(path) {
            Ok(repo) => Some(repo),
            Err(e) => match sources::open(path)? {
                Some(git) if git.workdir().is_none() => None,
                _ => return Err(e),
            },
        };
        let Some(repo) = checkout else {
            let cx = ReadContext {
                template: &Template::builtins(),
                config: &Config::default(),
                style: &IdStyle::default(),
            };
            return self.read_with_stats(path, None, &cx);
        };
        let store = crate::store::Store::new(&repo.root)?;
        let template = Template::for_repo(&repo)?;
        let review = review::repository_review(&repo, &store, &template);
        let style = IdStyle::for_repo(&repo);
        let cx = ReadContext {
            template: &template,
            config: &repo.config,
            style: &style,
        };
        let checkout = Checkout {
            repo: &repo,
            review: &review,
        };
        self.read_with_stats(&repo.root, Some(checkout), &cx)
    }

    /// [`BranchReader::read`] and how much it parsed.
    pub fn read_with_stats(
        &mut self,
        path: &Path,
        checkout: Option<Checkout>,
        cx: &ReadContext,
    ) -> Result<(Portfolio, ReadStats)> {
        let mut notes = Vec::new();
        let Some(repo) = sources::open(path)? else {
            notes.push("Not a git repository: only this checkout's features are shown.".to_string());
            return Ok((checkout_only(checkout, notes), ReadStats::default()));
        };
        let found = sources::list(&repo, &mut notes)?;
        // The opened folder may be below the git work tree's root (a monorepo's sub-project).
        let prefix = match (&checkout, repo.workdir()) {
            (Some(c), Some(workdir)) => {
                let workdir = std::fs::canonicalize(workdir).unwrap_or_else(|_| workdir.to_path_buf());
                if c.repo.root.starts_with(&workdir) {
                    rel(&workdir, &c.repo.root)
                } else {
                    String::new()
                }
            }
            _ => String::new(),
        };
        let git_path = |rel: &str| tree::join(&prefix, rel);

        // Each source's features with their folder's tree id.
        let mut per_source: Vec<Arc<Vec<(Feature, ObjectId)>>> = Vec::with_capacity(found.len());
        {
            let git = GitTree { repo: &repo };
            for source in &found {
                let root = source.tree.and_then(|t| match prefix.as_str() {
                    "" => Some(t),
                    p => tree::folder_id(&git, t, p),
                });
                let features = match root {
                    Some(root) => self.features_of(&git, root, cx.config),
                    None => Arc::new(Vec::new()),
                };
                per_source.push(features);
            }
        }

        // Every copy of each feature, by folder path, in portfolio order.
        let checkout_index = found.iter().position(|f| f.source.kind == SourceKind::Checkout);
        let mut copies: HashMap<String, Vec<Copy>> = HashMap::new();
        // Each feature's folder name (what its own branch is called).
        let mut names: HashMap<String, String> = HashMap::new();
        if let (Some(c), Some(index)) = (&checkout, checkout_index) {
            let head: HashMap<&str, ObjectId> = per_source[index]
                .iter()
                .map(|(f, id)| (f.rel_path.as_str(), *id))
                .collect();
            for f in &c.review.features {
                copies.entry(f.rel_path.clone()).or_default().push(Copy {
                    source: index,
                    tree: head.get(f.rel_path.as_str()).copied(),
                });
                names.insert(f.rel_path.clone(), f.dir_name.clone());
            }
        }
        for (index, features) in per_source.iter().enumerate() {
            if Some(index) == checkout_index && checkout.is_some() {
                continue;
            }
            for (feature, id) in features.iter() {
                copies.entry(feature.rel_path.clone()).or_default().push(Copy {
                    source: index,
                    tree: Some(*id),
                });
                names
                    .entry(feature.rel_path.clone())
                    .or_insert_with(|| feature.dir_name.clone());
            }
        }

        // The copy shown of each, and what must be reviewed from blobs.
        struct Pick {
            rel_path: String,
            source: usize,
            tree: Option<ObjectId>,
            also_on: Vec<String>,
            modified_ms: Option<u64>,
        }
        let mut picks = Vec::with_capacity(copies.len());
        for (rel_path, list) in &copies {
            let dir_name = names.get(rel_path).map_or("", String::as_str);
            let chosen = choose::choose(
                Some(&repo),
                &found,
                list,
                dir_name,
                &git_path(rel_path),
                &mut self.touches,
            );
            let copy = &list[chosen];
            let from_checkout = Some(copy.source) == checkout_index && checkout.is_some();
            let modified_ms = match (from_checkout, found[copy.source].commit) {
                (false, Some(tip)) => self
                    .touches
                    .last_change(&repo, tip, &git_path(rel_path))
                    .map(|s| s.max(0) as u64 * 1000),
                _ => None,
            };
            picks.push(Pick {
                rel_path: rel_path.clone(),
                source: copy.source,
                tree: if from_checkout { None } else { copy.tree },
                also_on: list
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != chosen)
                    .map(|(_, c)| found[c.source].source.name.clone())
                    .collect(),
                modified_ms,
            });
        }

        // Reviews of the branch copies: cached by (folder tree, path), else read from blobs
        // (here, with gitoxide) and parsed on all cores.
        let mut to_review: Vec<(&Feature, ObjectId, Documents)> = Vec::new();
        let mut wanted = std::collections::HashSet::new();
        for pick in &picks {
            let Some(tree_id) = pick.tree else { continue };
            let key = (tree_id, pick.rel_path.clone());
            if self.reviews.get(&key).is_some() || !wanted.insert(key) {
                continue;
            }
            let feature = per_source[pick.source]
                .iter()
                .find(|(f, _)| f.rel_path == pick.rel_path)
                .map(|(f, _)| f);
            if let Some(feature) = feature {
                to_review.push((feature, tree_id, read_blobs(&repo, tree_id, feature)));
            }
        }
        let stats_reviewed = to_review.len();
        let fresh: Vec<((ObjectId, String), FeatureReview)> = to_review
            .into_par_iter()
            .map(|(feature, tree_id, files)| {
                let context = PlanContext {
                    feature_dir_name: Some(feature.dir_name.clone()),
                    plan_dir: None,
                    local_branches: None,
                    rules: cx.config.rule_levels(),
                };
                let (review, _) =
                    review::review_documents(cx.template, cx.style, &context, feature, &files, None);
                ((tree_id, feature.rel_path.clone()), review)
            })
            .collect();
        for (key, review) in fresh {
            self.reviews.put(key, Arc::new(review));
        }

        let checkout_reviews: HashMap<&str, &FeatureReview> = checkout
            .as_ref()
            .map(|c| {
                c.review
                    .features
                    .iter()
                    .map(|f| (f.rel_path.as_str(), f))
                    .collect()
            })
            .unwrap_or_default();
        let mut features: Vec<BranchFeature> = picks
            .into_iter()
            .filter_map(|pick| {
                let review = match pick.tree {
                    None => checkout_reviews
                        .get(pick.rel_path.as_str())
                        .map(|r| (*r).clone())?,
                    Some(id) => {
                        let mut r = (*self.reviews.get(&(id, pick.rel_path.clone()))?).clone();
                        r.modified_ms = pick.modified_ms;
                        r
                    }
                };
                Some(BranchFeature {
                    editable: pick.tree.is_none(),
                    review,
                    source: pick.source,
                    also_on: pick.also_on,
                })
            })
            .collect();
        sort_rows(&mut features);
        let stats = ReadStats {
            reviewed: stats_reviewed,
            cached: self.reviews.len(),
        };
        self.walk.sweep();
        self.roots.sweep();
        self.folders.borrow_mut().sweep();
        self.reviews.sweep();
        self.touches.sweep();
        Ok((
            Portfolio {
                stages: stage_counts(&features),
                sources: found.into_iter().map(|f| f.source).collect(),
                features,
                notes,
            },
            stats,
        ))
    }

    /// The features of the tree `root` (the opened folder in one commit), each with its
    /// folder's tree id: its specs roots, cached by tree id, with `config`'s extra roots and
    /// ignored paths applied as a scan on disk applies them.
    fn features_of(
        &mut self,
        git: &GitTree,
        root: ObjectId,
        config: &Config,
    ) -> Arc<Vec<(Feature, ObjectId)>> {
        let mut roots = tree::specs_roots(git, root, &mut self.walk);
        for extra in &config.roots {
            let extra = extra.trim_matches('/');
            let overlaps = roots.iter().any(|(r, _)| {
                r == extra || r.starts_with(&format!("{extra}/")) || extra.starts_with(&format!("{r}/"))
            });
            if !overlaps {
                if let Some(id) = tree::folder_id(git, root, extra) {
                    roots.push((extra.to_string(), id));
                }
            }
        }
        let ignored = config.ignore_set();
        let mut all = Vec::new();
        for (rel_path, id) in roots {
            if ignored.is_match(&rel_path) {
                continue;
            }
            let key = (id, rel_path.clone());
            let features = match self.roots.get(&key) {
                Some(f) => f,
                None => {
                    let cached = CachedTree {
                        git,
                        folders: &self.folders,
                    };
                    let entries = git.entries(&id, &rel_path).unwrap_or_default();
                    let (dir, ids) = scan_specs_entries(&cached, rel_path, entries);
                    let f = Arc::new(dir.features.into_iter().zip(ids).collect::<Vec<_>>());
                    self.roots.put(key, f.clone());
                    f
                }
            };
            all.extend(
                features
                    .iter()
                    .filter(|(f, _)| !ignored.is_match(&f.rel_path))
                    .cloned(),
            );
        }
        Arc::new(all)
    }
}

/// A [`GitTree`] whose feature folders are scanned once per tree id.
struct CachedTree<'a, 'r> {
    git: &'a GitTree<'r>,
    folders: &'a RefCell<Memo<(ObjectId, String, Option<String>), Vec<(Feature, ObjectId)>>>,
}

impl FolderTree for CachedTree<'_, '_> {
    type Folder = ObjectId;

    fn entries(&self, folder: &ObjectId, rel: &str) -> Option<Vec<crate::repo::layout::TreeEntry<ObjectId>>> {
        self.git.entries(folder, rel)
    }

    fn scan_features(&self, found: Vec<FoundFolder<ObjectId>>) -> Vec<(Feature, ObjectId)> {
        let mut out = Vec::new();
        for (folder, rel_path, group) in found {
            let key = (folder, rel_path, group);
            let cached = self.folders.borrow_mut().get(&key);
            let features = match cached {
                Some(f) => f,
                None => {
                    let f = scan_feature(self.git, key.0, &key.1, key.2.clone());
                    self.folders.borrow_mut().put(key, f.clone());
                    f
                }
            };
            out.extend(features);
        }
        out
    }
}

/// The documents of `feature` the review reads, from the blobs of its folder's tree.
fn read_blobs(repo: &gix::Repository, folder: ObjectId, feature: &Feature) -> Documents {
    let tree = repo.find_tree(folder).ok();
    feature
        .documents
        .iter()
        .filter(|d| review::is_reviewed(d.kind))
        .map(|d| {
            let path = Path::new(&d.rel_path);
            let read = tree
                .as_ref()
                .and_then(|t| t.lookup_entry_by_path(&d.name).ok().flatten())
                .and_then(|e| e.object().ok())
                .map(|blob| text_of_bytes(path, blob.detach().data))
                .unwrap_or_else(|| {
                    Err(crate::CoreError::NotFound {
                        path: path.to_path_buf(),
                    })
                })
                .map_err(ReadProblem::from);
            (d.rel_path.clone(), read)
        })
        .collect()
}

/// The portfolio of a folder without git: its checkout alone.
fn checkout_only(checkout: Option<Checkout>, notes: Vec<String>) -> Portfolio {
    let features: Vec<BranchFeature> = checkout
        .map(|c| {
            c.review
                .features
                .iter()
                .map(|r| BranchFeature {
                    review: r.clone(),
                    source: 0,
                    editable: true,
                    also_on: Vec::new(),
                })
                .collect()
        })
        .unwrap_or_default();
    Portfolio {
        sources: vec![Source {
            name: "working tree".to_string(),
            kind: SourceKind::Checkout,
            branch: None,
            reference: None,
            commit: None,
            worktree: None,
        }],
        stages: stage_counts(&features),
        features,
        notes,
    }
}

fn sort_rows(rows: &mut [BranchFeature]) {
    rows.sort_by(|a, b| {
        folder_name::sort_key(&a.review.dir_name, &a.review.rel_path)
            .cmp(&folder_name::sort_key(&b.review.dir_name, &b.review.rel_path))
    });
}

fn stage_counts(features: &[BranchFeature]) -> Vec<StageCount> {
    Stage::ALL
        .iter()
        .map(|&stage| StageCount {
            stage,
            features: features.iter().filter(|f| f.review.stage == stage).count(),
        })
        .collect()
}
