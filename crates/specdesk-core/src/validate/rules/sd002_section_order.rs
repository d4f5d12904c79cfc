#![doc = include_str!("../../../rules/SD002.md")]
//!
//! ## In the code
//!
//! `Check::check_sections` and `Check::check_section_content` (check.rs) call `check_order`
//! with the template's sections (or a section's subsections) and the plan's sections paired
//! with them; the longest run in the template's order stays, every other one is reported.

use crate::i18n::Message;
use crate::plan::Section;
use crate::template::ExpectedSection;
use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// Reports each of the template's sections (`expected`) found in the plan (`found`, paired by
    /// `matches`) out of the template's order, at its heading, saying where it belongs.
    pub(crate) fn check_order(
        &mut self,
        expected: &[ExpectedSection],
        found: &[Section],
        matches: &[Option<usize>],
    ) {
        // Template indices in plan order; the longest increasing run is "in order".
        let mut present: Vec<(usize, usize)> = matches
            .iter()
            .enumerate()
            .filter_map(|(t, f)| f.map(|f| (found[f].span.start, t)))
            .collect();
        present.sort();
        let seq: Vec<usize> = present.iter().map(|&(_, t)| t).collect();
        let keep = longest_increasing(&seq);
        for (k, &(_, t)) in present.iter().enumerate() {
            if keep[k] {
                continue;
            }
            let next = seq
                .iter()
                .zip(&keep)
                .filter(|(&s, &kept)| kept && s > t)
                .map(|(&s, _)| s)
                .min();
            let prev = seq
                .iter()
                .zip(&keep)
                .filter(|(&s, &kept)| kept && s < t)
                .map(|(&s, _)| s)
                .max();
            let message = match (next, prev) {
                (Some(n), _) => Message::new("diag-sd002-belongs-before").arg("next", &expected[n].name),
                (None, Some(p)) => {
                    Message::new("diag-sd002-belongs-after").arg("previous", &expected[p].name)
                }
                (None, None) => Message::new("diag-sd002-out-of-place"),
            };
            let Some(f) = matches[t] else { continue };
            self.push(
                Rule::SectionOrder,
                message.arg("name", &expected[t].name),
                found[f].heading.span.range(),
                None,
            );
        }
    }
}

/// Marks the elements of the longest strictly increasing subsequence of `seq`.
fn longest_increasing(seq: &[usize]) -> Vec<bool> {
    // Patience sorting with back-pointers: O(n log n).
    let mut tails: Vec<usize> = Vec::new(); // indices into seq
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &v) in seq.iter().enumerate() {
        let pos = tails.partition_point(|&t| seq[t] < v);
        prev[i] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lis_keeps_the_longest_ordered_run() {
        assert_eq!(longest_increasing(&[0, 1, 2]), [true, true, true]);
        assert_eq!(
            longest_increasing(&[4, 0, 1, 2, 3]),
            [false, true, true, true, true]
        );
        assert_eq!(
            longest_increasing(&[0, 2, 1, 3]).iter().filter(|k| !**k).count(),
            1
        );
    }
}
