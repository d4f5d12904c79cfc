//! `floor DIR [--name FILE]`: read every `*.md` (or every file called FILE) under DIR and parse
//! it with pulldown-cmark, single-threaded; print what was seen. The benchmarks' lower bound.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut root: Option<PathBuf> = None;
    let mut name: Option<String> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--name" => name = args.next(),
            "-h" | "--help" => {
                println!("usage: floor DIR [--name FILE]");
                return ExitCode::SUCCESS;
            }
            _ => root = Some(PathBuf::from(arg)),
        }
    }
    let Some(root) = root else {
        eprintln!("usage: floor DIR [--name FILE]");
        return ExitCode::from(2);
    };
    match specdesk_bench::floor::run(&root, name.as_deref()) {
        Ok(count) => {
            println!(
                "files {} bytes {} events {}",
                count.files, count.bytes, count.events
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("floor: {}: {e}", root.display());
            ExitCode::from(2)
        }
    }
}
