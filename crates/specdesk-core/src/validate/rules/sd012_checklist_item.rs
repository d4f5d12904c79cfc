#![doc = include_str!("../../../rules/SD012.md")]
//!
//! ## In the code
//!
//! `Check::check_section_content` (check.rs) calls `check_checklist` with each template section
//! present in the plan (and each subsection). A task item within the section of about the same
//! words (`similarity`, matching.rs) is the template's item renamed.

use crate::i18n::Message;
use crate::plan::Section;
use crate::template::{name_key, ExpectedSection};
use crate::validate::check::Check;
use crate::validate::matching::similarity;
use crate::validate::rule::Rule;
use std::ops::Range;

impl Check<'_> {
    /// Reports each checklist item of the template's section `exp` that the plan's section
    /// `found` (`scope`) lacks: renamed when a task item there has about the same words, else
    /// missing.
    pub(crate) fn check_checklist(&mut self, exp: &ExpectedSection, found: &Section, scope: Range<usize>) {
        if exp.checklist.is_empty() || exp.own_checklist {
            return;
        }
        let first = self.plan.tasks.partition_point(|t| t.mark.start < scope.start);
        let last = self.plan.tasks.partition_point(|t| t.mark.start < scope.end);
        let tasks = &self.plan.tasks[first..last];
        let keys: Vec<String> = tasks.iter().map(|t| name_key(&t.text)).collect();
        let mut used = vec![false; tasks.len()];
        let mut missing: Vec<&String> = Vec::new();
        for want in &exp.checklist {
            let key = name_key(want);
            match keys.iter().enumerate().find(|(k, t)| !used[*k] && **t == key) {
                Some((k, _)) => used[k] = true,
                None => missing.push(want),
            }
        }
        let insert_at = tasks
            .last()
            .map(|t| self.line_after(t.line.end))
            .unwrap_or_else(|| self.section_body_end(found));
        let mut reports = Vec::new();
        for want in missing {
            let best = (0..tasks.len())
                .filter(|&k| !used[k])
                .map(|k| (k, similarity(want, &tasks[k].text)))
                .filter(|&(_, s)| s >= 0.5)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((k, _)) => {
                    used[k] = true;
                    let t = &tasks[k];
                    let range = trim_text_range(self.text, t.mark.end..t.line.end);
                    let fix =
                        self.replace_fix(Message::new("fix-template-wording"), range.clone(), want.clone());
                    reports.push((
                        Message::new("diag-sd012-renamed")
                            .arg("item", &t.text)
                            .arg("expected", want),
                        range,
                        Some(fix),
                    ));
                }
                None => {
                    let fix = self.insert_fix(
                        Message::new("fix-add-checklist-item"),
                        insert_at,
                        format!("- [ ] {want}\n"),
                    );
                    reports.push((
                        Message::new("diag-sd012-missing")
                            .arg("item", want)
                            .arg("section", &exp.name),
                        insert_at..insert_at,
                        Some(fix),
                    ));
                }
            }
        }
        for (message, range, fix) in reports {
            self.push(Rule::ChecklistItem, message, range, fix);
        }
    }

    /// The end of a section's content (before trailing blank lines).
    fn section_body_end(&self, section: &Section) -> usize {
        let range = section.span.range();
        let body = &self.text[range.clone()];
        let end = range.start + body.trim_end().len();
        self.line_after(end)
    }
}

fn trim_text_range(text: &str, range: Range<usize>) -> Range<usize> {
    crate::template::trim_range(text, range)
}
