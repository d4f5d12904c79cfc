//! What a feature folder's name says: spec-kit numbers features (`001-photo-albums`,
//! `1000-x`), `create-new-feature --timestamp` prefixes them with `YYYYMMDD-HHMMSS`
//! (`20260115-143000-user-auth`), and some teams use names of their own (`SPEC-0b6b106c`).
//!
//! The name decides the feature's number, its slug and its place in the list; whether a folder
//! is a feature at all is decided by [`super::layout`] (numbered and timestamped folders always
//! are; other folders when they hold spec-kit documents).

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// How a feature folder is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Numbering {
    /// `001-slug`: at least three digits.
    Sequential,
    /// `20260115-143000-slug`.
    Timestamp,
    /// Any other name (`SPEC-0b6b106c`, `auth-redesign`).
    Unnumbered,
}

/// A feature folder's name taken apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FolderName<'a> {
    pub numbering: Numbering,
    /// `001`, `20260115-143000`, or empty.
    pub number: &'a str,
    /// What follows the number (the whole name when unnumbered).
    pub slug: &'a str,
}

impl<'a> FolderName<'a> {
    /// Classify any folder name (never fails: a name without a number is
    /// [`Numbering::Unnumbered`]).
    pub fn parse(name: &'a str) -> FolderName<'a> {
        if let Some((number, slug)) = split_timestamp(name) {
            return FolderName {
                numbering: Numbering::Timestamp,
                number,
                slug,
            };
        }
        if let Some((number, slug)) = split_sequential(name) {
            return FolderName {
                numbering: Numbering::Sequential,
                number,
                slug,
            };
        }
        FolderName {
            numbering: Numbering::Unnumbered,
            number: "",
            slug: name,
        }
    }

    /// True for numbered and timestamped names: such a folder under a specs root is a feature
    /// even before it holds a document (spec-kit creates the folder first).
    pub fn is_numbered(&self) -> bool {
        self.numbering != Numbering::Unnumbered
    }
}

/// `NNN-slug` with at least three digits and a non-empty slug.
pub fn split_sequential(name: &str) -> Option<(&str, &str)> {
    let (number, slug) = name.split_once('-')?;
    (number.len() >= 3 && number.bytes().all(|b| b.is_ascii_digit()) && !slug.is_empty())
        .then_some((number, slug))
}

/// `YYYYMMDD-HHMMSS-slug` (the number is `YYYYMMDD-HHMMSS`).
fn split_timestamp(name: &str) -> Option<(&str, &str)> {
    let bytes = name.as_bytes();
    let shape = bytes.len() > 16
        && bytes[..8].iter().all(u8::is_ascii_digit)
        && bytes[8] == b'-'
        && bytes[9..15].iter().all(u8::is_ascii_digit)
        && bytes[15] == b'-';
    if !shape {
        return None;
    }
    // A plausible date and time, so that `20260115-1` style numbers stay sequential.
    let field = |range: std::ops::Range<usize>| name[range].parse::<u32>().unwrap_or(u32::MAX);
    let plausible = (1..=12).contains(&field(4..6))
        && (1..=31).contains(&field(6..8))
        && field(9..11) < 24
        && field(11..13) < 60
        && field(13..15) < 61;
    plausible.then(|| (&name[..15], &name[16..]))
}

/// The list order of feature folders: numbered ones by number, then timestamped ones by time,
/// then the others by name; ties (a number used twice) by name, then by path.
pub fn compare(a: (&str, &str), b: (&str, &str)) -> Ordering {
    sort_key(a.0, a.1).cmp(&sort_key(b.0, b.1))
}

/// The key [`compare`] orders by, for the feature folder `name` at `path`. It borrows from
/// both, so a sort can compute it once per folder instead of once per comparison.
pub fn sort_key<'a>(name: &'a str, path: &'a str) -> impl Ord + 'a {
    let parsed = FolderName::parse(name);
    let number = match parsed.numbering {
        Numbering::Sequential => parsed.number.parse::<u128>().unwrap_or(u128::MAX),
        _ => 0,
    };
    (parsed.numbering, number, parsed.number, name, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_timestamped_and_unnumbered_names() {
        let n = FolderName::parse("001-photo-albums");
        assert_eq!(
            (n.numbering, n.number, n.slug),
            (Numbering::Sequential, "001", "photo-albums")
        );
        let n = FolderName::parse("1000-big");
        assert_eq!(
            (n.numbering, n.number, n.slug),
            (Numbering::Sequential, "1000", "big")
        );
        let n = FolderName::parse("20260115-143000-user-auth");
        assert_eq!(
            (n.numbering, n.number, n.slug),
            (Numbering::Timestamp, "20260115-143000", "user-auth")
        );
        let n = FolderName::parse("SPEC-0b6b106c");
        assert_eq!(
            (n.numbering, n.number, n.slug),
            (Numbering::Unnumbered, "", "SPEC-0b6b106c")
        );
        assert!(!n.is_numbered());
        // Not a time of day: an ordinary (long) number with a numeric slug part.
        let n = FolderName::parse("20261399-999999-x");
        assert_eq!(n.numbering, Numbering::Sequential);
        for name in ["01-short", "001-", "abc-def", "20260115-143000-"] {
            assert_ne!(FolderName::parse(name).numbering, Numbering::Timestamp, "{name}");
        }
        assert_eq!(FolderName::parse("01-short").numbering, Numbering::Unnumbered);
        assert_eq!(FolderName::parse("001-").numbering, Numbering::Unnumbered);
    }

    #[test]
    fn order_is_number_then_timestamp_then_name() {
        let mut names = vec![
            ("SPEC-b", "specs/SPEC-b"),
            ("20260115-143000-late", "specs/20260115-143000-late"),
            ("010-ten", "specs/010-ten"),
            ("auth", "specs/auth"),
            ("20251231-235959-early", "specs/20251231-235959-early"),
            ("002-two", "specs/quick/002-two"),
            ("1000-big", "specs/1000-big"),
            ("002-two", "specs/002-two"),
            ("002-a", "specs/002-a"),
        ];
        names.sort_by(|a, b| compare(*a, *b));
        let paths: Vec<&str> = names.iter().map(|(_, p)| *p).collect();
        assert_eq!(
            paths,
            [
                "specs/002-a",
                "specs/002-two",
                "specs/quick/002-two",
                "specs/010-ten",
                "specs/1000-big",
                "specs/20251231-235959-early",
                "specs/20260115-143000-late",
                "specs/SPEC-b",
                "specs/auth",
            ]
        );
    }
}
