#![doc = include_str!("../../../rules/SD013.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) calls `check_links` once: every relative link of the plan except
//! those in the Spec field (SD007's), when the plan's folder is known.

use crate::i18n::Message;
use crate::template::FieldRole;
use crate::validate::check::{percent_decode, Check, Probe};
use crate::validate::rule::Rule;
use regex::Regex;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::OnceLock;

impl Check<'_> {
    /// Reports every relative link of the plan (outside the Spec field) whose target does not exist.
    pub(crate) fn check_links(&mut self) {
        let Some(dir) = self.ctx.plan_dir.clone() else {
            return;
        };
        let spec_values: Vec<Range<usize>> = self
            .template
            .expected
            .header_fields
            .iter()
            .filter(|f| f.role == FieldRole::Spec)
            .filter_map(|f| self.header_field(f))
            .map(|f| f.value_span.range())
            .collect();
        let local: Vec<(PathBuf, usize)> = self
            .plan
            .links
            .iter()
            .enumerate()
            .filter(|(_, link)| !spec_values.iter().any(|r| r.contains(&link.span.start)))
            .filter_map(|(i, link)| Some((dir.join(local_link_path(&link.destination)?), i)))
            .collect();
        for (path, i) in local {
            if self.probe(path) == Probe::Missing {
                let link = &self.plan.links[i];
                let message = Message::new("diag-sd013-broken-link").arg("target", &link.destination);
                let range = link.span.range();
                self.push(Rule::BrokenLink, message, range, None);
            }
        }
    }
}

/// The local file a link points at, relative to the plan's folder; `None` for web links,
/// other schemes, in-page anchors and repository-absolute paths.
fn local_link_path(destination: &str) -> Option<String> {
    static SCHEME: OnceLock<Regex> = OnceLock::new();
    let scheme = SCHEME.get_or_init(|| Regex::new(r"^[A-Za-z][A-Za-z0-9+.-]*:").unwrap());
    let d = destination.trim();
    if d.is_empty() || d.starts_with('#') || d.starts_with('/') || scheme.is_match(d) || d.contains('[') {
        return None;
    }
    let path = d.split(['#', '?']).next().unwrap_or("");
    (!path.is_empty()).then(|| percent_decode(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_are_not_local_files() {
        assert_eq!(local_link_path("https://x.dev/a"), None);
        assert_eq!(local_link_path("mailto:a@b"), None);
        assert_eq!(local_link_path("#summary"), None);
        assert_eq!(local_link_path("/specs/x.md"), None);
        assert_eq!(
            local_link_path("./research%20notes.md#top").as_deref(),
            Some("./research notes.md")
        );
    }
}
