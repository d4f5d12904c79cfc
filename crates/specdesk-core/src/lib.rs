//! specdesk-core: everything SpecDesk knows about spec-kit repositories, with no UI attached.
//!
//! The desktop app (Tauri) and the headless `specdesk-cli` are thin shells over this crate.
//! Each module has one job:
//!
//! | module | job |
//! |---|---|
//! | [`span`] | byte ranges ↔ line/column (scalar and UTF-16) |
//! | [`error`] | the [`CoreError`] type, serializable as `{kind, message, path}` |
//! | [`i18n`] | SpecDesk's messages in English, Korean, Japanese and Simplified Chinese (Fluent) |
//! | [`encoding`] | documents that are not UTF-8: detect their encoding, decode them |
//! | [`markdown`] | the pulldown-cmark options and the task-item scanner every reader shares |
//! | [`repo`] | find the repository root, its specs folders and features |
//! | [`plan`] | parse `plan.md` into a model with spans |
//! | [`template`] | find the plan template as spec-kit does, or pick a built-in one; derive the expected plan structure |
//! | [`validate`] | check a plan against a template, producing [`Diagnostic`]s |
//! | [`vocabulary`] | spec-kit's plan words in ten languages, so translated plans match their template |
//! | [`config`] | `specdesk.toml`: rule levels, ignored paths, extra roots, the template path |
//! | [`diagnostic`] | diagnostic, severity, fix types |
//! | [`status`] | progress of plans, tasks.md and checklists; repository summary |
//! | [`render`] | Markdown → sanitized HTML with `data-line` and task ids |
//! | [`live_preview`] | the preview of a document being edited, updated by small patches |
//! | [`edit`] | minimal, exact edits: toggle a task, insert a section |
//! | [`store`] | confined, limited reads; compare-and-swap atomic writes |
//! | [`write_access`] | whether a document can be saved where it is, known when it is opened |
//! | [`demo`] | the demo repository a user can edit: their own copy of an installed, read-only one |
//! | [`mixed_endings`] | keep each line's own ending when saving a file that mixes `\n` and `\r\n` |
//! | [`watch`] | `notify` events → typed repository changes |
//! | [`scaffold`] | create a new feature folder from the template |
//! | [`check`] | validate every plan and gather every feature's status |
//! | [`history`] | local history: every version of each document, restore, replacement detection |
//! | [`coverage`] | requirement ids in spec.md ↔ the tasks and checklist items that cite them |
//! | [`review`] | the review dashboard: every feature's row and stage; checkbox toggles |
//! | [`report`] | the repository review as Markdown or self-contained HTML |
//! | [`report_diagrams`] | the Mermaid diagrams of each feature in that report: found here, drawn by the app, sanitized again |
//! | [`document_export`] | one document as the preview shows it, in a self-contained HTML file with no script |
//! | [`search`] | Find in Specs: literal search over every Markdown document of the specs folders |
//! | [`git`] | read-only git awareness: current branch, local branches, uncommitted spec files |
//! | [`branches`] | every feature in flight: the checkout, every branch and worktree, read from git objects |
//! | [`authoring`] | the New Feature dialog: preview of the folder name, companion spec/tasks |

pub mod check;
pub mod config;
pub mod coverage;
pub mod demo;
pub mod diagnostic;
pub mod document_export;
pub mod edit;
pub mod encoding;
pub mod error;
pub mod history;
pub mod i18n;
pub mod live_preview;
pub mod markdown;
pub mod mixed_endings;
pub mod plan;
pub mod render;
pub mod repo;
pub mod report;
pub mod report_diagrams;
pub mod review;
pub mod scaffold;
pub mod span;
pub mod status;
pub mod store;
pub mod suppress;
pub mod template;
pub mod validate;
pub mod vocabulary;
pub mod write_access;
// Authoring: search, git awareness, New Feature.
pub mod authoring;
pub mod branches;
pub mod git;
pub mod search;
pub mod watch;

pub use diagnostic::{Diagnostic, DiagnosticCounts, Fix, Severity, TextEdit};
pub use error::{CoreError, Result};
pub use span::{LineIndex, Span};
