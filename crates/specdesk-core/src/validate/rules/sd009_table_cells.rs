#![doc = include_str!("../../../rules/SD009.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) calls `check_table_cells` once: every table of the plan, whether the
//! template has it or not.

use crate::validate::check::Check;
use crate::validate::rule::Rule;

impl Check<'_> {
    /// Reports every table row of the plan whose number of cells differs from its header's.
    pub(crate) fn check_table_cells(&mut self) {
        let mut reports = Vec::new();
        for table in &self.plan.tables {
            let want = table.header.len();
            for row in &table.rows {
                if row.written_cells != want {
                    reports.push((
                        format!("Table row has {} cells; its header has {want}", row.written_cells),
                        row.span.range(),
                    ));
                }
            }
        }
        for (message, range) in reports {
            self.push(Rule::TableCells, message, range, None);
        }
    }
}
