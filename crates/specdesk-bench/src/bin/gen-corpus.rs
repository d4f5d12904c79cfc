//! `gen-corpus --features N --seed S --out DIR [--force]`: write a deterministic spec-kit
//! corpus (see `specdesk_bench::corpus`). DIR must be new or empty; `--force` replaces a
//! folder that holds an earlier corpus (one with a `corpus-manifest.tsv`), nothing else.

use specdesk_bench::corpus::{self, MANIFEST};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: gen-corpus --features N --seed S --out DIR [--force]";

struct Args {
    features: usize,
    seed: u64,
    out: PathBuf,
    force: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut features = None;
    let mut seed = 1;
    let mut out = None;
    let mut force = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--features" => features = Some(number(&value("--features")?)?),
            "--seed" => seed = number(&value("--seed")?)? as u64,
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--force" => force = true,
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    Ok(Args {
        features: features.ok_or("--features is required")?,
        seed,
        out: out.ok_or("--out is required")?,
        force,
    })
}

fn number(text: &str) -> Result<usize, String> {
    text.replace('_', "")
        .parse()
        .map_err(|_| format!("not a number: {text:?}"))
}

/// Make `out` an empty folder, refusing to remove anything that is not an earlier corpus.
fn prepare_out(out: &Path, force: bool) -> Result<(), String> {
    let is_empty = |p: &Path| fs::read_dir(p).map(|mut d| d.next().is_none()).unwrap_or(false);
    if out.exists() && !is_empty(out) {
        if !force || !out.join(MANIFEST).is_file() {
            return Err(format!(
                "{}: exists and is not empty (--force replaces an earlier corpus only)",
                out.display()
            ));
        }
        fs::remove_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    prepare_out(&args.out, args.force)?;
    let corpus = corpus::generate(args.features, args.seed);
    corpus
        .write_to(&args.out)
        .map_err(|e| format!("{}: {e}", args.out.display()))?;
    println!(
        "{} features, {} files, {} bytes, {} broken plans -> {}",
        args.features,
        corpus.files.len(),
        corpus.bytes(),
        corpus.broken.len(),
        args.out.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gen-corpus: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
