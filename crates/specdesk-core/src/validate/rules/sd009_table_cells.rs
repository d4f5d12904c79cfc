#![doc = include_str!("../../../rules/SD009.md")]
//!
//! ## In the code
//!
//! `Check::run` (check.rs) calls `check_table_cells` once: every table of the plan, whether the
//! template has it or not.

use crate::i18n::Message;
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
                        Message::new("diag-sd009-table-cells")
                            .arg("cells", row.written_cells)
                            .arg("header", want),
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
