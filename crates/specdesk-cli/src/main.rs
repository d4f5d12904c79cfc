//! `specdesk-cli`: SpecDesk without the window, for CI pipelines and terminals.
//!
//! Human-readable output (check's and status's text, rules, explain, errors) is in the
//! environment's language ([`Locale::from_env`]: `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`);
//! JSON, SARIF and Markdown/HTML reports stay English and byte-identical under every locale.
//! `--help` (clap's) stays English.
//!
//! Exit codes: 0 success (for `check`: no errors), 1 `check` found errors (with `--strict`:
//! errors or warnings; or `coverage --strict` found a requirement without a task), 2 usage or
//! I/O failure.

mod check_output;
mod coverage_output;
mod history_cmd;
#[cfg(test)]
mod manual;
mod sarif;
mod status_output;

use clap::{Parser, Subcommand, ValueEnum};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use specdesk_core::branches::BranchReader;
use specdesk_core::check;
use specdesk_core::config::Config;
use specdesk_core::coverage::{self, FeatureTexts, IdStyle, RepoCoverage};
use specdesk_core::i18n::{Locale, Localizer, Message};
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::{resolve, Template, TemplateSource, LITE_TEMPLATE, PLAN_TEMPLATE_NAME};
use specdesk_core::validate::Rule;
use specdesk_core::{render, scaffold, CoreError};
use specdesk_core::{report, report_diagrams, review};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "specdesk-cli",
    version,
    about = "Check, summarise, render and create spec-kit plans; requirement coverage; local history"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate plans against the repository's template (resolved as spec-kit does), or in a
    /// repository without one, each against the built-in template it follows.
    Check {
        /// A repository (any folder inside it) or a single plan.md. Default: current folder.
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Validate against this template instead of the repository's own.
        #[arg(long)]
        template: Option<PathBuf>,
        /// Exit 1 on warnings too (unfilled placeholders, open questions…), for CI gates.
        #[arg(long)]
        strict: bool,
    },
    /// Print the repository's plan template exactly as spec-kit 1.x resolves it (overrides,
    /// presets, extensions, .specify/templates), or which files make it.
    Template {
        /// A repository (any folder inside it). Default: current folder.
        path: Option<PathBuf>,
        /// List the layers (path and strategy, highest precedence first) instead of the text.
        #[arg(long)]
        sources: bool,
    },
    /// Every feature with its plan checklist, tasks and checklists progress.
    Status {
        /// A repository (any folder inside it). Default: current folder.
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
        format: StatusFormat,
        /// Every feature in flight: the checkout, every local and remote-tracking branch and
        /// every worktree, read from git without checking anything out (text, json, markdown).
        #[arg(long)]
        all_branches: bool,
    },
    /// Render a Markdown file to sanitized HTML on standard output.
    Render { file: PathBuf },
    /// Create the next feature folder with a plan.md from the repository's template.
    New {
        /// The feature's title, e.g. "Photo albums".
        title: String,
        /// The repository (any folder inside it). Default: current folder.
        #[arg(long)]
        repo: Option<PathBuf>,
        /// The specs folder to create it in (repository-relative), for monorepos.
        #[arg(long)]
        specs_dir: Option<String>,
    },
    /// Which tasks cite each requirement of spec.md; requirements without a task.
    Coverage {
        /// A repository (any folder inside it), or a feature folder or a file in one.
        /// Default: current folder.
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = CoverageFormat::Text)]
        format: CoverageFormat,
        /// Exit 1 when a feature with a tasks.md has a requirement no task cites.
        #[arg(long)]
        strict: bool,
        /// Also list the covered requirements and their tasks (text format).
        #[arg(long, short)]
        verbose: bool,
    },
    /// The plan rules `check` applies: code, name, default severity and what each checks.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// What one rule checks, why, an example and its fix (`explain SD004`, `explain
    /// missing-header-field`).
    Explain {
        /// A rule's code or name.
        rule: String,
    },
    /// List the versions SpecDesk kept of a document (or of every file under a folder, also
    /// one that was deleted), or restore one.
    History {
        /// A document or folder of the repository; it may no longer exist.
        path: PathBuf,
        /// Restore this version (an id, or a unique prefix of 4+ characters, from the listing).
        #[arg(long, value_name = "ID", conflicts_with = "restore_deleted")]
        restore: Option<String>,
        /// Restore every file under PATH that is gone from disk, each to its newest version.
        #[arg(long)]
        restore_deleted: bool,
        #[arg(long, value_enum, default_value_t = HistoryFormat::Text)]
        format: HistoryFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CoverageFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    /// One line per rule.
    Text,
    /// Every rule's documentation as one page (docs/rules.md).
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum HistoryFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum StatusFormat {
    Text,
    Json,
    /// The review report as Markdown (summary, overview table, a table per feature, Mermaid
    /// diagrams as ```mermaid blocks).
    Markdown,
    /// The review report as one self-contained HTML file (no scripts, prints well). Mermaid
    /// diagrams show as their source: the app's Export report draws them.
    Html,
}

/// Failures of the CLI itself (the core's errors are wrapped).
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Core(#[from] CoreError),
    #[error("{path}: {source}", path = .path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    Usage(String),
    /// A usage error worded in the user's language.
    #[error("{}", .0.english())]
    Said(Message),
}

impl CliError {
    /// The error's sentence in `locale` (the system's and git's words stay as they are).
    fn message_in(&self, locale: Locale) -> String {
        match self {
            CliError::Core(e) => e.message_in(locale),
            CliError::Said(message) => message.to_locale(locale),
            CliError::Io { .. } | CliError::Usage(_) => self.to_string(),
        }
    }
}

/// The language of the human-readable output: the environment's.
fn locale() -> Locale {
    static LOCALE: std::sync::OnceLock<Locale> = std::sync::OnceLock::new();
    *LOCALE.get_or_init(Locale::from_env)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let message = Message::new("cli-error").arg("message", e.message_in(locale()));
            eprintln!("{}", message.to_locale(locale()));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Check {
            path,
            format,
            template,
            strict,
        } => run_check(&path_or_cwd(path)?, format, template.as_deref(), strict),
        Command::Template { path, sources } => run_template(&path_or_cwd(path)?, sources),
        Command::Status {
            path,
            format,
            all_branches: false,
        } => run_status(&path_or_cwd(path)?, format),
        Command::Status {
            path,
            format,
            all_branches: true,
        } => run_status_all_branches(&path_or_cwd(path)?, format),
        Command::Render { file } => run_render(&file),
        Command::New {
            title,
            repo,
            specs_dir,
        } => run_new(&path_or_cwd(repo)?, &title, specs_dir.as_deref()),
        Command::Coverage {
            path,
            format,
            strict,
            verbose,
        } => run_coverage(&path_or_cwd(path)?, format, strict, verbose),
        Command::History {
            path,
            restore,
            restore_deleted,
            format,
        } => run_history(&path, restore.as_deref(), restore_deleted, format),
        Command::Rules { format } => run_rules(format),
        Command::Explain { rule } => run_explain(&rule),
    }
}

/// `rules`: `SD001  error    missing-section  An H2 section …` per rule (the sentence in the
/// user's language; the severity is the word `specdesk.toml` takes), or the reference page
/// (docs/rules.md, English).
fn run_rules(format: RulesFormat) -> Result<ExitCode, CliError> {
    let out = match format {
        RulesFormat::Markdown => Rule::reference_page(),
        RulesFormat::Text => Rule::ALL
            .iter()
            .map(|rule| {
                let severity = rule.default_severity().as_str();
                format!(
                    "{}  {severity:<7}  {:<20}  {}\n",
                    rule.code(),
                    rule.name(),
                    rule.summary(locale())
                )
            })
            .collect(),
    };
    print_styled(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `explain CODE`: the rule's documentation; an unknown rule is a usage error naming the codes.
fn run_explain(rule: &str) -> Result<ExitCode, CliError> {
    let found = Rule::from_code_or_name(rule).ok_or_else(|| {
        CliError::Said(
            Message::new("cli-unknown-rule")
                .arg("rule", rule)
                .arg("last", format!("SD{:03}", Rule::ALL.len())),
        )
    })?;
    print_styled(found.documentation_in(locale()))?;
    Ok(ExitCode::SUCCESS)
}

fn path_or_cwd(path: Option<PathBuf>) -> Result<PathBuf, CliError> {
    match path {
        Some(p) => Ok(p),
        None => std::env::current_dir().map_err(|source| CliError::Io {
            path: PathBuf::from("."),
            source,
        }),
    }
}

/// The repository containing `path`; a `specdesk.toml` that cannot be used stops the command
/// with its error (`…/specdesk.toml:3:1: unknown rule “SD099”`), never a silent default.
fn open_repo(path: &Path) -> Result<Repository, CliError> {
    let repo = Repository::open(path)?;
    if repo.config.error.is_some() {
        Config::read(&Store::new(&repo.root)?)?;
    }
    Ok(repo)
}

/// The template to validate against: `--template FILE`, else the repository's, else Lite.
fn load_template(repo: &Repository, explicit: Option<&Path>) -> Result<Template, CliError> {
    match explicit {
        Some(file) => {
            let text = std::fs::read_to_string(file).map_err(|source| CliError::Io {
                path: file.to_path_buf(),
                source,
            })?;
            let rel_path = file.display().to_string();
            Ok(Template::from_text(text, TemplateSource::Repo { rel_path }))
        }
        None => Ok(Template::for_repo(repo)?),
    }
}

fn run_check(
    path: &Path,
    format: CheckFormat,
    template: Option<&Path>,
    strict: bool,
) -> Result<ExitCode, CliError> {
    let is_file = path.is_file();
    let dir = if is_file {
        path.parent().unwrap_or(Path::new("."))
    } else {
        path
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let repo = open_repo(dir)?;
    let store = Store::new(&repo.root)?;
    let template = load_template(&repo, template)?;
    let result = if is_file {
        let abs = std::fs::canonicalize(path).map_err(|e| CoreError::io(path, e))?;
        let rel = abs
            .strip_prefix(&repo.root)
            .map_err(|_| CoreError::OutsideRepo { path: abs.clone() })?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        let feature = repo.feature_of(&rel).ok_or_else(|| {
            CliError::Usage(format!("{}: not a plan inside a feature folder", path.display()))
        })?;
        let plan = check::check_plan(&repo, &store, &template, feature, &rel);
        check::RepoCheck::of(&template, &repo.config, vec![plan])
    } else {
        check::check_repository(&repo, &store, &template)
    };
    let out = match format {
        CheckFormat::Text => check_output::text(&result, &repo.root, locale()),
        CheckFormat::Json => check_output::json(&result),
        CheckFormat::Sarif => sarif::report(&result),
    };
    print_styled(&out)?;
    let failed = result.has_errors() || (strict && result.counts.warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `template`: the resolved text byte for byte (no newline added), or with `sources` one line
/// per layer (`path<TAB>strategy`). A repository without a template gets the built-in Lite text
/// (what `new` starts from) and a note on standard error.
fn run_template(path: &Path, sources: bool) -> Result<ExitCode, CliError> {
    let repo = open_repo(path)?;
    let store = Store::new(&repo.root)?;
    let resolved = resolve::resolve(&store, PLAN_TEMPLATE_NAME)?;
    let out = match (&resolved, sources) {
        (Some(r), false) => r.exact.clone(),
        (Some(r), true) => r
            .layers
            .iter()
            .map(|l| format!("{}\t{}\n", l.rel_path, l.strategy.as_str()))
            .collect(),
        (None, false) => {
            let l = Localizer::new(locale());
            let note = Message::new("cli-no-template-note")
                .arg("root", repo.root.display().to_string())
                .arg("reason", l.text("cli-no-template"));
            eprintln!("{}", l.format(&note));
            LITE_TEMPLATE.to_string()
        }
        (None, true) => format!(
            "(built-in)\t{}\n",
            Localizer::new(locale()).text("cli-no-template")
        ),
    };
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Write `bytes` to stdout as they are. A reader that stopped early (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Io {
            path: PathBuf::from("<stdout>"),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// Write `out` to stdout in one go, keeping its colours only where the terminal wants them.
/// (Stripping colours straight into stdout writes each uncoloured piece separately: hundreds
/// of system calls for a report.) A reader that stopped early (`| head`) is not an error.
fn print_styled(out: &str) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let choice = anstream::AutoStream::choice(&stdout);
    let buffered: Box<dyn Write> = Box::new(std::io::BufWriter::new(stdout.lock()));
    let mut stream = anstream::AutoStream::new(buffered, choice);
    match stream.write_all(out.as_bytes()).and_then(|()| stream.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Io {
            path: PathBuf::from("<stdout>"),
            source: e,
        }),
        _ => Ok(()),
    }
}

fn run_status(path: &Path, format: StatusFormat) -> Result<ExitCode, CliError> {
    let repo = open_repo(path)?;
    let store = Store::new(&repo.root)?;
    let template = Template::for_repo(&repo)?;
    let out = match format {
        StatusFormat::Text => {
            status_output::text(&check::repository_status(&repo, &store, &template), locale())
        }
        StatusFormat::Json => status_output::json(&check::repository_status(&repo, &store, &template)),
        StatusFormat::Markdown => status_output::markdown(
            &review::repository_review(&repo, &store, &template),
            report_diagrams::collect(&repo, &store),
        ),
        StatusFormat::Html => status_output::html(
            &review::repository_review(&repo, &store, &template),
            report_diagrams::collect(&repo, &store),
        ),
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

fn run_status_all_branches(path: &Path, format: StatusFormat) -> Result<ExitCode, CliError> {
    let portfolio = BranchReader::new().read_path(path)?;
    let name = Repository::open(path)
        .map(|r| r.root)
        .unwrap_or_else(|_| path.to_path_buf());
    let name = name
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let out = match format {
        StatusFormat::Text => status_output::portfolio_text(&portfolio, locale()),
        StatusFormat::Json => status_output::portfolio_json(&portfolio),
        StatusFormat::Markdown => report::portfolio_markdown(&name, &portfolio),
        StatusFormat::Html => {
            return Err(CliError::Usage(
                "status --all-branches prints text, json or markdown".to_string(),
            ))
        }
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

fn run_render(file: &Path) -> Result<ExitCode, CliError> {
    let parent = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = file
        .file_name()
        .ok_or_else(|| CliError::Usage(format!("{}: not a file", file.display())))?;
    let store = Store::new(parent)?;
    let doc = store.read(Path::new(name))?;
    println!("{}", render::render_html(&doc.text));
    Ok(ExitCode::SUCCESS)
}

fn run_new(repo_path: &Path, title: &str, specs_dir: Option<&str>) -> Result<ExitCode, CliError> {
    let repo = open_repo(repo_path)?;
    let template = Template::for_repo(&repo)?;
    let today = chrono::Local::now().date_naive();
    let created = scaffold::new_feature(&repo, specs_dir, title, &template.text, today)?;
    let created = Message::new("cli-created").arg("path", &created.plan_rel_path);
    println!("{}", created.to_locale(locale()));
    Ok(ExitCode::SUCCESS)
}

fn run_coverage(
    path: &Path,
    format: CoverageFormat,
    strict: bool,
    verbose: bool,
) -> Result<ExitCode, CliError> {
    let dir = match path.parent() {
        _ if path.is_dir() => path,
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let repo = open_repo(dir)?;
    let store = Store::new(&repo.root)?;
    let style = IdStyle::for_repo(&repo);
    let abs = std::fs::canonicalize(path).map_err(|e| CoreError::io(path, e))?;
    let rel = abs
        .strip_prefix(&repo.root)
        .map(|r| r.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    let only = repo.feature(&rel).or_else(|| repo.feature_of(&rel));
    let read = |rel: &str| store.read(Path::new(rel)).ok().map(|f| f.text);
    let features = repo
        .features()
        .filter(|f| match only {
            Some(o) => o.rel_path == f.rel_path,
            None => true,
        })
        .map(|f| coverage::feature_coverage(f, &FeatureTexts::read(f, read), &style))
        .collect();
    let result = RepoCoverage::of(style, features);
    let out = match format {
        CoverageFormat::Text => coverage_output::text(&result, verbose, &Localizer::new(locale())),
        CoverageFormat::Json => coverage_output::json(&result),
        CoverageFormat::Markdown => coverage_output::markdown(&result),
    };
    print!("{out}");
    let failed = strict && result.features.iter().any(|f| f.fails_strict());
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_history(
    path: &Path,
    restore: Option<&str>,
    restore_deleted: bool,
    format: HistoryFormat,
) -> Result<ExitCode, CliError> {
    let target = history_cmd::resolve_target(path)?;
    let history = history_cmd::open(&target)?;
    let store = Store::new(&target.root)?;
    let restored = if let Some(id) = restore {
        let version = history.version(id)?;
        let under = target.rel.is_empty()
            || version.path == target.rel
            || version.path.starts_with(&format!("{}/", target.rel));
        if !under {
            return Err(CliError::Said(
                Message::new("cli-history-other-file")
                    .arg("id", id)
                    .arg("path", &version.path)
                    .arg("target", &target.rel),
            ));
        }
        vec![history.restore(&store, &version.id)?]
    } else if restore_deleted {
        history.restore_deleted(&store, &target.rel)?
    } else {
        let versions = history.versions_under(&target.rel)?;
        let out = match format {
            HistoryFormat::Text => history_cmd::text_listing(
                &target,
                &versions,
                |rel| history_cmd::on_disk(&store, rel),
                &Localizer::new(locale()),
            ),
            HistoryFormat::Json => history_cmd::json_listing(&target, &versions),
        };
        print!("{out}");
        return Ok(ExitCode::SUCCESS);
    };
    let out = match format {
        HistoryFormat::Text => history_cmd::text_restored(&restored, &Localizer::new(locale())),
        HistoryFormat::Json => history_cmd::json_restored(&restored),
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
