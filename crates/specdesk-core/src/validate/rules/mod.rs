//! One module per rule, named by its code and name; each holds the rule's documentation, the
//! `impl Check` code that decides and words its diagnostics, and its tests.

mod sd001_missing_section;
mod sd002_section_order;
mod sd003_unfilled_placeholder;
mod sd004_missing_header_field;
mod sd005_branch_mismatch;
mod sd006_invalid_date;
mod sd007_spec_link;
mod sd008_table_header;
mod sd009_table_cells;
mod sd010_missing_label;
mod sd011_empty_label;
mod sd012_checklist_item;
mod sd013_broken_link;
mod sd014_missing_subsection;
mod sd015_missing_title;
mod sd016_unknown_branch;
mod sd017_not_following_template;
