//! Benchmark tools for SpecDesk (not shipped): a deterministic spec-kit corpus generator
//! ([`corpus`]) and the *floor* the whole-process benchmarks compare against ([`floor`]): what
//! it costs only to find, read and Markdown-parse the same files, single-threaded; and a git
//! repository with many feature branches ([`branch_repo`]) for the "all branches" review.

pub mod branch_repo;
pub mod corpus;
pub mod floor;
