//! `specdesk-cli`: SpecDesk without the window, for CI pipelines and terminals.
//!
//! Exit codes: 0 success (for `check`: no errors), 1 `check` found errors, 2 usage or I/O failure.

mod check_output;
mod sarif;
mod status_output;

use clap::{Parser, Subcommand, ValueEnum};
use specdesk_core::check;
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::{render, scaffold, CoreError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "specdesk-cli",
    version,
    about = "Check, summarise, render and create spec-kit plans"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate plans against the repository's template (or the built-in Lite template).
    Check {
        /// A repository (any folder inside it) or a single plan.md. Default: current folder.
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Validate against this template instead of the repository's own.
        #[arg(long)]
        template: Option<PathBuf>,
    },
    /// Every feature with its plan checklist, tasks and checklists progress.
    Status {
        /// A repository (any folder inside it). Default: current folder.
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
        format: StatusFormat,
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
    Markdown,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("specdesk-cli: error: {e}");
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
        } => run_check(&path_or_cwd(path)?, format, template.as_deref()),
        Command::Status { path, format } => run_status(&path_or_cwd(path)?, format),
        Command::Render { file } => run_render(&file),
        Command::New {
            title,
            repo,
            specs_dir,
        } => run_new(&path_or_cwd(repo)?, &title, specs_dir.as_deref()),
    }
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

fn run_check(path: &Path, format: CheckFormat, template: Option<&Path>) -> Result<ExitCode, CliError> {
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
    let repo = Repository::open(dir)?;
    let store = Store::new(&repo.root)?;
    let template = load_template(&repo, template)?;
    let mut result = check::check_repository(&repo, &store, &template);
    if is_file {
        let abs = std::fs::canonicalize(path).map_err(|e| CoreError::io(path, e))?;
        let rel = abs
            .strip_prefix(&repo.root)
            .map_err(|_| CoreError::OutsideRepo { path: abs.clone() })?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        result.plans.retain(|p| p.rel_path == rel);
        if result.plans.is_empty() {
            let feature = repo.feature_of(&rel).ok_or_else(|| {
                CliError::Usage(format!("{}: not a plan inside a feature folder", path.display()))
            })?;
            result
                .plans
                .push(check::check_plan(&repo, &store, &template, feature, &rel));
        }
        result.recount();
    }
    let out = match format {
        CheckFormat::Text => check_output::text(&result, &repo.root),
        CheckFormat::Json => check_output::json(&result),
        CheckFormat::Sarif => sarif::report(&result),
    };
    anstream::print!("{out}");
    Ok(if result.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_status(path: &Path, format: StatusFormat) -> Result<ExitCode, CliError> {
    let repo = Repository::open(path)?;
    let store = Store::new(&repo.root)?;
    let template = Template::for_repo(&repo)?;
    let status = check::repository_status(&repo, &store, &template);
    let out = match format {
        StatusFormat::Text => status_output::text(&status),
        StatusFormat::Json => status_output::json(&status),
        StatusFormat::Markdown => status_output::markdown(&status),
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
    let repo = Repository::open(repo_path)?;
    let template = Template::for_repo(&repo)?;
    let today = chrono::Local::now().date_naive();
    let created = scaffold::new_feature(&repo, specs_dir, title, &template.text, today)?;
    println!("created {}", created.plan_rel_path);
    Ok(ExitCode::SUCCESS)
}
