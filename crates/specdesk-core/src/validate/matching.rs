//! Which part of the plan is the template's: sections by heading, concept or structure
//! ([`match_sections`]), labeled lines ([`match_label`]), and the name likeness rules share
//! ([`keys_resemble`], [`similarity`]); where a missing section goes ([`insertion_points`]).

use super::check::Check;
use crate::plan::Section;
use crate::template::{loose_key, name_key, ExpectedLabel, ExpectedSection, LabelLine};
use crate::vocabulary::{ConceptId, ConceptKind, Vocabulary};
use std::collections::BTreeMap;

impl Check<'_> {
    /// True when a plan section whose heading the vocabulary does not know may stand, by its
    /// place, for the template's `exp`: it is a translation — the plan is written in another
    /// language than the template, or the heading in another script (`## 技術方針` for
    /// `## Technical Context`) — and has the template section's shape. An English heading in
    /// an English template's place is a rename, not a translation.
    pub(super) fn may_pair(&self, exp: &ExpectedSection, found: &Section) -> bool {
        let language = self.language();
        let plan_translated = language.is_some() && language != self.template.expected.language;
        let translated = plan_translated || script_of(&found.heading.text) != script_of(&exp.name);
        translated && self.shape_fits(exp, found)
    }

    /// True when a plan section has the shape of the template's: H3 children when the template
    /// has some, a table when it has one, labeled lines (or a table) when it has some.
    fn shape_fits(&self, exp: &ExpectedSection, found: &Section) -> bool {
        let scope = found.span.range();
        let has_table = self.plan.tables.iter().any(|t| scope.contains(&t.span.start));
        let has_label = self.labels.iter().any(|l| scope.contains(&l.line.start));
        (exp.children.is_empty() || !found.children.is_empty())
            && (exp.tables.is_empty() || has_table)
            && (exp.labels.is_empty() || has_label || has_table)
    }
}

/// Pair each expected section with a found one: exact keys first, then keys without
/// parenthesised parts, then headings that extend the template's. Each found section is used
/// once (the first occurrence).
/// Which plan section (index into `found`) is each expected section, by, in turn: the same
/// heading; the same concept in any language ([`Vocabulary`]); the heading without its
/// parenthesised parts; the heading extended by more words; and by structure, the one unknown
/// heading of the same shape in the expected section's place between two that were found.
pub(super) fn match_sections(
    expected: &[ExpectedSection],
    found: &[Section],
    may_pair: &dyn Fn(&ExpectedSection, &Section) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; found.len()];
    let mut out = vec![None; expected.len()];
    let found_keys: Vec<String> = found.iter().map(|s| name_key(&s.heading.text)).collect();
    for (i, exp) in expected.iter().enumerate() {
        if let Some(f) = (0..found.len()).find(|&f| !used[f] && found_keys[f] == exp.key) {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    if out.iter().all(Option::is_some) {
        // Every section by its own heading (the usual case): nothing left to look up.
        return out;
    }
    let vocabulary = Vocabulary::get();
    let found_concepts: Vec<Option<ConceptId>> = found
        .iter()
        .map(|s| vocabulary.concept(ConceptKind::Section, &s.heading.text))
        .collect();
    for (i, exp) in expected.iter().enumerate() {
        let Some(concept) = exp.concept.filter(|_| out[i].is_none()) else {
            continue;
        };
        if let Some(f) = (0..found.len()).find(|&f| !used[f] && found_concepts[f] == Some(concept)) {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    let loose_found: Vec<String> = found.iter().map(|s| loose_key(&s.heading.text)).collect();
    for (i, exp) in expected.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        let loose = loose_key(&exp.name);
        if loose.is_empty() {
            continue;
        }
        let hit = (0..found.len()).find(|&f| {
            !used[f] && (loose_found[f] == loose || found_keys[f] == loose || loose_found[f] == exp.key)
        });
        if let Some(f) = hit {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    // An extended heading: `Technical Context & Decisions` for `Technical Context`.
    for (i, exp) in expected.iter().enumerate() {
        if out[i].is_some() || exp.key.is_empty() {
            continue;
        }
        let prefix = format!("{} ", exp.key);
        if let Some(f) = (0..found.len()).find(|&f| !used[f] && found_keys[f].starts_with(&prefix)) {
            used[f] = true;
            out[i] = Some(f);
        }
    }
    match_by_structure(expected, found, &found_concepts, may_pair, &mut used, &mut out);
    out
}

/// An expected section still unmatched takes the plan section in its place: between the plan
/// sections of its nearest matched neighbours on both sides (in template order; one side for
/// the template's first or last section) there is exactly one unused
/// section, its heading names no other concept of the vocabulary, and it has the template
/// section's shape and is a translation (`may_pair`, see [`Check::may_pair`]). A plan that
/// shares little with the template is not paired up by position alone.
fn match_by_structure(
    expected: &[ExpectedSection],
    found: &[Section],
    found_concepts: &[Option<ConceptId>],
    may_pair: &dyn Fn(&ExpectedSection, &Section) -> bool,
    used: &mut [bool],
    out: &mut [Option<usize>],
) {
    // The nearest matched plan section before and after each expected one, in one pass each
    // way (searching per section is quadratic when many are missing). A structural match does
    // not move them: it only takes the one candidate between them.
    let mut prev_of = vec![None; expected.len()];
    let mut next_of = vec![None; expected.len()];
    for i in 1..expected.len() {
        prev_of[i] = out[i - 1].or(prev_of[i - 1]);
    }
    for i in (0..expected.len().saturating_sub(1)).rev() {
        next_of[i] = out[i + 1].or(next_of[i + 1]);
    }
    for i in 0..expected.len() {
        if out[i].is_some() {
            continue;
        }
        let (prev, next): (Option<usize>, Option<usize>) = (prev_of[i], next_of[i]);
        // Both neighbours, or for the template's first (last) section the next (previous).
        let anchored = (prev.is_some() || i == 0) && (next.is_some() || i + 1 == expected.len());
        if !anchored || (prev.is_none() && next.is_none()) {
            continue;
        }
        let lo = prev.map_or(0, |p| p + 1);
        let hi = next.unwrap_or(found.len());
        if lo >= hi {
            continue;
        }
        let candidates: Vec<usize> = (lo..hi).filter(|&f| !used[f]).collect();
        let [f] = candidates.as_slice() else { continue };
        if found_concepts[*f].is_none() && may_pair(&expected[i], &found[*f]) {
            used[*f] = true;
            out[i] = Some(*f);
        }
    }
}

/// The writing system most letters of `text` belong to: Latin (with Greek), Cyrillic, Hangul,
/// kana, Han, or another (by its Unicode block); `None` without letters.
fn script_of(text: &str) -> Option<u32> {
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let script = match c as u32 {
            0..=0x03ff | 0x1e00..=0x1eff => 0,
            0x0400..=0x052f => 1,
            0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => 2,
            0x3040..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => 3,
            0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff => 4,
            other => 0x100 + (other >> 8),
        };
        *counts.entry(script).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map(|(script, _)| script)
}

/// Where each expected section should be inserted: after the previous template section that
/// is present, else before the next one that is, else at `fallback`. Computed for all sections
/// in one pass each way (searching per section was quadratic with many missing sections).
pub(super) fn insertion_points(found: &[Section], matches: &[Option<usize>], fallback: usize) -> Vec<usize> {
    let mut next_start = vec![None; matches.len()];
    let mut next = None;
    for i in (0..matches.len()).rev() {
        next_start[i] = next;
        if let Some(f) = matches[i] {
            next = Some(found[f].span.start);
        }
    }
    let mut prev_end = None;
    let mut points = Vec::with_capacity(matches.len());
    for (i, matched) in matches.iter().enumerate() {
        points.push(prev_end.or(next_start[i]).unwrap_or(fallback));
        if let Some(f) = matched {
            prev_end = Some(found[*f].span.end);
        }
    }
    points
}

/// Where the template's labeled line `want` is in a section.
pub(super) enum LabelMatch<'l> {
    /// A labeled line of the same name, concept or a resembling name.
    Line(&'l LabelLine),
    /// No such line, but a table row named so (a Technical Context written as a table).
    TableRow,
    /// Nowhere.
    Absent,
}

/// The plan's labeled line for the template's `want` among a section's lines (`in_scope`), by
/// the same key, else the same concept in any language, else a resembling key; failing that,
/// whether a row of the section's tables (`row_names`: first cells) names it.
pub(super) fn match_label<'l>(
    want: &ExpectedLabel,
    in_scope: &'l [LabelLine],
    row_names: &[&str],
    vocabulary: &Vocabulary,
) -> LabelMatch<'l> {
    let same_key = |key: &str| key == want.key;
    let same_concept =
        |name: &str| want.concept.is_some() && vocabulary.concept(ConceptKind::Label, name) == want.concept;
    let found = in_scope
        .iter()
        .find(|l| same_key(&l.key))
        .or_else(|| in_scope.iter().find(|l| same_concept(&l.label)))
        .or_else(|| in_scope.iter().find(|l| keys_resemble(&l.key, &want.key)));
    let in_table = || {
        row_names.iter().any(|name| {
            let key = name_key(name);
            same_key(&key) || same_concept(name) || keys_resemble(&key, &want.key)
        })
    };
    match found {
        Some(l) => LabelMatch::Line(l),
        None if in_table() => LabelMatch::TableRow,
        None => LabelMatch::Absent,
    }
}

/// Two keys name the same thing: equal, one's words all among the other's (`performance` vs
/// `performance goals`), or very similar spelling.
pub(super) fn keys_resemble(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let words_a: Vec<&str> = a.split(' ').collect();
    let words_b: Vec<&str> = b.split(' ').collect();
    let within = |x: &[&str], y: &[&str]| x.iter().all(|w| y.contains(w));
    within(&words_a, &words_b) || within(&words_b, &words_a) || similarity(a, b) >= 0.8
}

/// Dice similarity of the character bigrams of two texts (letters and digits only, lower
/// case): 1.0 for the same text, 0.0 for nothing in common. Works for any script.
pub fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| {
        let chars: Vec<char> = name_key(s).chars().filter(|c| !c.is_whitespace()).collect();
        let mut g: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
        g.sort_unstable();
        g
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return if name_key(a) == name_key(b) { 1.0 } else { 0.0 };
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < ga.len() && j < gb.len() {
        match ga[i].cmp(&gb[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    2.0 * common as f64 / (ga.len() + gb.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::super::{validate_plan, PlanContext, Rule};
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::span::LineIndex;
    use crate::template::Template;

    #[test]
    fn similarity_is_symmetric_and_graded() {
        assert_eq!(
            similarity("Technical snapshot finalized", "Technical snapshot finalized"),
            1.0
        );
        let s = similarity(
            "Technical snapshot finalized with chosen tools",
            "Technical snapshot final",
        );
        assert!(s > 0.5 && s < 1.0, "{s}");
        assert!(similarity("요약이 목표를 담음", "전혀 다른 항목") < 0.3);
    }

    #[test]
    fn many_missing_sections_are_placed_in_linear_time() {
        // Found by tests/reliability_pathological.rs: the insertion point of each missing
        // section was searched from scratch (a template of 20,000 sections: 6 s in debug).
        let template_text: String = (0..20_000)
            .map(|i| format!("## Section {i}\n\ntext\n\n"))
            .collect();
        let template = Template::from_text(
            template_text,
            crate::template::TemplateSource::Repo {
                rel_path: "t.md".into(),
            },
        );
        // Sections 5, 7 and the second half: enough of the template that the plan follows it.
        let second_half: String = (10_000..20_000).map(|i| format!("## Section {i}\n\n")).collect();
        let plan = format!("# Plan\n\n## Section 5\n\nbody\n\n## Section 7\n\nbody\n\n{second_half}");
        let plan = plan.as_str();
        let started = std::time::Instant::now();
        let ds = validate_plan(plan, &template, &PlanContext::default());
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        let missing: Vec<&Diagnostic> = ds
            .iter()
            .filter(|d| d.code == Rule::MissingSection.code())
            .collect();
        assert_eq!(missing.len(), 9_998);
        // Sections before 5 go before it, 6 between 5 and 7, the rest after 7.
        let s5 = plan.find("## Section 5").unwrap();
        let s7 = plan.find("## Section 7").unwrap();
        let at = |name: &str| {
            let d = missing
                .iter()
                .find(|d| d.message.contains(&format!("“{name}”")))
                .unwrap();
            d.fix.as_ref().unwrap().edits[0].span.start
        };
        assert!(at("Section 0") <= s5, "{}", at("Section 0"));
        assert!(at("Section 6") > s5 && at("Section 6") <= s7);
        assert!(at("Section 9") > s7 && at("Section 9") <= plan.find("## Section 10000").unwrap());
    }

    #[test]
    fn insertion_points_prefer_the_previous_present_section() {
        let blank = " ".repeat(100);
        let index = LineIndex::new(&blank);
        let section = |start: usize, end: usize| Section {
            heading: crate::plan::Heading {
                level: 2,
                text: String::new(),
                span: index.span(start..start),
            },
            span: index.span(start..end),
            children: Vec::new(),
        };
        let found = [section(10, 20), section(30, 40)];
        let matches = [None, Some(0), None, None, Some(1), None];
        assert_eq!(insertion_points(&found, &matches, 99), [10, 30, 20, 20, 20, 40]);
        assert_eq!(insertion_points(&found, &[None, None], 99), [99, 99]);
    }
}
