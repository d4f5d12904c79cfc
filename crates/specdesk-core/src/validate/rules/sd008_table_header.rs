#![doc = include_str!("../../../rules/SD008.md")]
//!
//! ## In the code
//!
//! `Check::check_section_content` (check.rs) calls `check_tables` with each template section
//! present in the plan and the template's tables of that section.

use crate::i18n::Message;
use crate::plan::Table;
use crate::template::{name_key, ExpectedSection, ExpectedTable};
use crate::validate::check::Check;
use crate::validate::matching::keys_resemble;
use crate::validate::rule::Rule;
use std::ops::Range;

impl Check<'_> {
    /// Reports each of the template's `tables` of section `exp` whose header no table in `scope`
    /// fits, at the header of a plan table there that shares at least half of its columns (if
    /// one does), with the template's header as the fix when the column count is the same.
    pub(crate) fn check_tables(
        &mut self,
        exp: &ExpectedSection,
        tables: &[ExpectedTable],
        scope: Range<usize>,
    ) {
        if tables.is_empty() {
            return;
        }
        let in_scope: Vec<Table> = self
            .plan
            .tables
            .iter()
            .filter(|t| scope.contains(&t.span.start))
            .cloned()
            .collect();
        let mut used = vec![false; in_scope.len()];
        let mut unmatched = Vec::new();
        for want in tables {
            match in_scope
                .iter()
                .enumerate()
                .find(|(k, t)| !used[*k] && header_fits(want, t))
            {
                Some((k, _)) => used[k] = true,
                None => unmatched.push(want),
            }
        }
        for want in unmatched {
            // Only a table sharing most columns with the template's is the template's table
            // edited; a table with other columns is the author's own and is left alone.
            let Some(k) = (0..in_scope.len()).find(|&k| !used[k] && shares_columns(want, &in_scope[k]))
            else {
                continue;
            };
            used[k] = true;
            let table = &in_scope[k];
            let line = self.line_range_at(table.span.start);
            let expected_row = format!("| {} |", want.header.join(" | "));
            let fix = (table.header.len() == want.header.len()).then(|| {
                self.replace_fix(
                    Message::new("fix-table-header"),
                    line.clone(),
                    expected_row.clone(),
                )
            });
            self.push(
                Rule::TableHeader,
                Message::new("diag-sd008-table-header")
                    .arg("section", &exp.name)
                    .arg("header", expected_row),
                line,
                fix,
            );
        }
    }
}

/// True when a plan table's header holds the template's columns in order (extra columns are
/// fine; a column may extend the template's name, e.g. `Violation / Deviation`).
fn header_fits(want: &ExpectedTable, table: &Table) -> bool {
    let mut have = table.header.iter().map(|c| name_key(&c.text));
    want.keys.iter().all(|k| have.any(|h| keys_resemble(&h, k)))
}

/// True when the plan table is recognisably the template's: at least half of the template's
/// columns resemble one of its columns.
fn shares_columns(want: &ExpectedTable, table: &Table) -> bool {
    let have: Vec<String> = table.header.iter().map(|c| name_key(&c.text)).collect();
    let shared = want
        .keys
        .iter()
        .filter(|k| have.iter().any(|h| keys_resemble(h, k)))
        .count();
    shared > 0 && shared * 2 >= want.keys.len()
}
