//! A deterministic spec-kit corpus: N feature folders, each with a `plan.md` written from the
//! built-in Lite template (varied lengths, tables, checklists, code, links; some broken on
//! purpose), a `spec.md`, a `tasks.md` with phases and `checklists/requirements.md`.
//!
//! Everything comes from one seed through a small SplitMix64 generator, so the same seed gives
//! the same bytes on every machine and every version of Rust. The broken plans are listed with
//! the rule code SpecDesk must report for them ([`Defect::code`]).
//!
//! This file depends only on `std` and [`specdesk_core::template::LITE_TEMPLATE`]: the core
//! crate's criterion benches include it with `#[path]` so both use the same documents.

use specdesk_core::template::LITE_TEMPLATE;
use std::fs;
use std::io;
use std::path::Path;

/// The name of the manifest written at the corpus root (also marks a folder as a corpus).
pub const MANIFEST: &str = "corpus-manifest.tsv";

/// One in this many plans is broken on purpose.
const BROKEN_EVERY: u64 = 8;

/// SplitMix64: tiny, fast, and fully specified, so corpora never change with a crate update.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator for item `index` of stream `stream`, independent of every other item.
    pub fn derive(seed: u64, stream: u64, index: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.0 ^= index.wrapping_mul(0xE703_7ED1_A0B4_28DB);
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// How a broken plan is broken (one way each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Defect {
    /// The `## Validation Strategy` section is left out.
    MissingSection,
    /// The `**Date**` header field is left out.
    MissingHeaderField,
    /// A Technical Snapshot row has four cells.
    TableCells,
    /// The template's `[e.g., PostgreSQL, S3]` is left in the Storage row.
    UnfilledPlaceholder,
    /// `[NEEDS CLARIFICATION: …]` in Open Questions.
    NeedsClarification,
    /// The Branch names another feature.
    BranchMismatch,
    /// The Date is written `March 3rd, 2026`.
    InvalidDate,
    /// A relative link to a file that does not exist.
    BrokenLink,
}

impl Defect {
    pub const ALL: [Defect; 8] = [
        Defect::MissingSection,
        Defect::MissingHeaderField,
        Defect::TableCells,
        Defect::UnfilledPlaceholder,
        Defect::NeedsClarification,
        Defect::BranchMismatch,
        Defect::InvalidDate,
        Defect::BrokenLink,
    ];

    /// The SpecDesk rule code that must be reported for this defect.
    pub fn code(self) -> &'static str {
        match self {
            Defect::MissingSection => "SD001",
            Defect::MissingHeaderField => "SD004",
            Defect::TableCells => "SD009",
            Defect::UnfilledPlaceholder | Defect::NeedsClarification => "SD003",
            Defect::BranchMismatch => "SD005",
            Defect::InvalidDate => "SD006",
            Defect::BrokenLink => "SD013",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Defect::MissingSection => "missing-section",
            Defect::MissingHeaderField => "missing-header-field",
            Defect::TableCells => "table-cells",
            Defect::UnfilledPlaceholder => "unfilled-placeholder",
            Defect::NeedsClarification => "needs-clarification",
            Defect::BranchMismatch => "branch-mismatch",
            Defect::InvalidDate => "invalid-date",
            Defect::BrokenLink => "broken-link",
        }
    }
}

/// A file of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the corpus root, `/`-separated.
    pub rel_path: String,
    pub text: String,
}

/// A plan broken on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenPlan {
    pub rel_path: String,
    pub defect: Defect,
}

/// A whole corpus, in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corpus {
    pub files: Vec<GeneratedFile>,
    pub broken: Vec<BrokenPlan>,
}

impl Corpus {
    /// Total size of every file, in bytes.
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|f| f.text.len()).sum()
    }

    /// The manifest: one line per broken plan (`path`, defect, rule code), tab-separated.
    pub fn manifest(&self) -> String {
        let mut out = String::from("# plan\tdefect\tcode\n");
        for b in &self.broken {
            out.push_str(&format!(
                "{}\t{}\t{}\n",
                b.rel_path,
                b.defect.name(),
                b.defect.code()
            ));
        }
        out
    }

    /// Write every file (and the manifest) below `root`, creating folders as needed.
    pub fn write_to(&self, root: &Path) -> io::Result<()> {
        for file in &self.files {
            let path = root.join(&file.rel_path);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, &file.text)?;
        }
        fs::write(root.join(MANIFEST), self.manifest())
    }
}

/// Generate a corpus of `features` feature folders from `seed`.
pub fn generate(features: usize, seed: u64) -> Corpus {
    let mut files = Vec::new();
    let mut broken = Vec::new();
    for index in 0..features {
        let feature = Feature::new(seed, index);
        let mut rng = Rng::derive(seed, 1, index as u64);
        let defect =
            (rng.below(BROKEN_EVERY as usize) == 0).then(|| Defect::ALL[rng.below(Defect::ALL.len())]);
        let extras = extras_for_typical_plan(&mut rng);
        let has_research = rng.chance(40);
        let plan = plan_text(&feature, &mut rng, extras, has_research, defect);
        let dir = format!("specs/{}", feature.dir_name);
        if let Some(defect) = defect {
            broken.push(BrokenPlan {
                rel_path: format!("{dir}/plan.md"),
                defect,
            });
        }
        files.push(GeneratedFile {
            rel_path: format!("{dir}/plan.md"),
            text: plan,
        });
        files.push(GeneratedFile {
            rel_path: format!("{dir}/spec.md"),
            text: spec_text(&feature, &mut rng),
        });
        files.push(GeneratedFile {
            rel_path: format!("{dir}/tasks.md"),
            text: tasks_text(&feature, &mut rng),
        });
        files.push(GeneratedFile {
            rel_path: format!("{dir}/checklists/requirements.md"),
            text: checklist_text(&feature, &mut rng),
        });
        if has_research {
            files.push(GeneratedFile {
                rel_path: format!("{dir}/research.md"),
                text: research_text(&feature, &mut rng),
            });
        }
    }
    Corpus { files, broken }
}

/// A clean plan of at least `min_bytes` (for benchmarks of one document): the Lite structure
/// with as many extra paragraphs, rows and lists as it takes. Its links point at `spec.md` and
/// `research.md` next to it.
pub fn plan_of_size(seed: u64, min_bytes: usize) -> String {
    let feature = Feature::new(seed, 0);
    let mut extras = 0;
    loop {
        let mut rng = Rng::derive(seed, 2, 0);
        let text = plan_text(&feature, &mut rng, extras, true, None);
        if text.len() >= min_bytes {
            return text;
        }
        // Grow geometrically, then the loop settles within one step of the target.
        let per_extra = (text.len() / (extras + 1)).max(400);
        extras += ((min_bytes - text.len()) / per_extra).max(1);
    }
}

/// The feature folder name `feature` of a corpus, e.g. `0042-photo-albums`.
#[derive(Debug, Clone)]
pub struct Feature {
    pub number: usize,
    pub title: String,
    pub dir_name: String,
    /// A stable word used in file paths and names (`albums`).
    pub noun: String,
    pub date: String,
}

impl Feature {
    pub fn new(seed: u64, index: usize) -> Feature {
        let mut rng = Rng::derive(seed, 0, index as u64);
        let adjective = rng.pick(ADJECTIVES);
        let noun = rng.pick(NOUNS);
        let title = format!("{} {}", capitalise(adjective), capitalise(noun));
        let number = index + 1;
        let dir_name = format!("{number:03}-{}-{}", adjective, noun.replace(' ', "-"));
        let date = format!(
            "20{:02}-{:02}-{:02}",
            rng.between(24, 26),
            rng.between(1, 12),
            rng.between(1, 28)
        );
        Feature {
            number,
            title,
            dir_name,
            noun: noun.replace(' ', "_"),
            date,
        }
    }
}

/// How many extra blocks a corpus plan gets: most plans are 4–10 KB, some 10–30 KB, a few
/// up to ~80 KB — the spread of real plans.
fn extras_for_typical_plan(rng: &mut Rng) -> usize {
    match rng.below(100) {
        0..=64 => rng.between(0, 8),
        65..=94 => rng.between(9, 40),
        _ => rng.between(41, 140),
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

const ADJECTIVES: &[&str] = &[
    "shared",
    "offline",
    "secure",
    "family",
    "weekly",
    "instant",
    "bulk",
    "guided",
    "smart",
    "private",
    "public",
    "nightly",
    "scheduled",
    "mobile",
    "granular",
    "unified",
    "live",
    "archived",
    "tiered",
    "audited",
];

const NOUNS: &[&str] = &[
    "albums",
    "invites",
    "comments",
    "billing",
    "search",
    "exports",
    "imports",
    "reports",
    "alerts",
    "digests",
    "sync",
    "uploads",
    "profiles",
    "permissions",
    "webhooks",
    "dashboards",
    "payments",
    "onboarding",
    "reminders",
    "tags",
    "themes",
    "backups",
    "audit log",
    "rate limits",
];

const VERBS: &[&str] = &[
    "lets",
    "allows",
    "helps",
    "enables",
    "requires",
    "records",
    "notifies",
    "limits",
    "tracks",
    "summarises",
];

const ACTORS: &[&str] = &[
    "family members",
    "administrators",
    "support agents",
    "new users",
    "guests",
    "billing owners",
    "moderators",
    "the mobile app",
    "the web client",
    "background workers",
];

const OBJECTS: &[&str] = &[
    "the list screen",
    "each request",
    "a nightly job",
    "the export",
    "their settings",
    "every record",
    "the audit trail",
    "the dashboard",
    "a shared link",
    "the queue",
];

const QUALIFIERS: &[&str] = &[
    "without a page reload",
    "within 200 ms at p95",
    "behind a remote flag",
    "for the whole family",
    "in one transaction",
    "with an undo for ten seconds",
    "only after consent",
    "on iOS and Android",
    "while offline",
    "in every supported locale",
];

const STACKS: &[(&str, &str)] = &[
    ("TypeScript 5.6 on Node.js 22", "Fastify 5 + Drizzle ORM"),
    ("Python 3.12", "FastAPI + SQLAlchemy 2"),
    ("Rust 1.80", "axum 0.7 + sqlx"),
    ("Go 1.23", "chi + pgx"),
    ("Kotlin 2.0 on JVM 21", "Ktor 3 + Exposed"),
    ("Swift 6", "SwiftUI + GRDB"),
];

const STORES: &[&str] = &[
    "PostgreSQL 16",
    "SQLite (on device) + PostgreSQL 16",
    "DynamoDB",
    "Redis 7 for queues; PostgreSQL 16",
    "S3-compatible object storage",
    "MySQL 8",
];

const TESTING: &[&str] = &[
    "Vitest contract tests",
    "pytest + contract tests",
    "cargo test + insta snapshots",
    "go test with testcontainers",
    "JUnit 5 + Testcontainers",
    "XCTest + snapshot tests",
];

const HOSTING: &[&str] = &[
    "Docker image on Fly.io",
    "Kubernetes (existing cluster)",
    "AWS Lambda",
    "Cloud Run",
    "Heroku",
    "App Store + TestFlight",
];

const PHASES: &[&str] = &[
    "Migration",
    "Backfill",
    "Rollout",
    "Docs",
    "Hardening",
    "Telemetry",
    "Accessibility",
    "Localisation",
    "Load test",
    "Cleanup",
];

/// A sentence about `feature`.
fn sentence(rng: &mut Rng, feature: &Feature) -> String {
    format!(
        "The {} feature {} {} to update {} {}.",
        feature.title.to_lowercase(),
        rng.pick(VERBS),
        rng.pick(ACTORS),
        rng.pick(OBJECTS),
        rng.pick(QUALIFIERS)
    )
}

fn sentences(rng: &mut Rng, feature: &Feature, lo: usize, hi: usize) -> String {
    let count = rng.between(lo, hi);
    (0..count)
        .map(|_| sentence(rng, feature))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A source path inside the imagined project.
fn source_path(rng: &mut Rng, feature: &Feature) -> String {
    let area = rng.pick(&[
        "apps/api/src",
        "apps/web/src",
        "apps/mobile/app",
        "packages/shared/src",
        "services/worker/src",
    ]);
    let file = rng.pick(&[
        "routes", "service", "store", "model", "view", "handlers", "schema", "queries",
    ]);
    let ext = rng.pick(&["ts", "py", "rs", "go", "kt", "tsx"]);
    format!("{area}/{}/{file}.{ext}", feature.noun)
}

/// Fill one `**Label**: [placeholder]` line of the template.
fn label_value(
    rng: &mut Rng,
    feature: &Feature,
    label: &str,
    defect: Option<Defect>,
    research: bool,
) -> String {
    match label {
        "Open Questions" if defect == Some(Defect::NeedsClarification) => format!(
            "[NEEDS CLARIFICATION: should {} see {} {}?]",
            rng.pick(ACTORS),
            rng.pick(OBJECTS),
            rng.pick(QUALIFIERS)
        ),
        "Open Questions" => "None; everything else is out of scope for this feature.".to_string(),
        "Manual / Exploratory" if research => {
            format!("Walk through [research.md](./research.md) and the acceptance scenarios of [spec.md](./spec.md). {}", sentence(rng, feature))
        }
        "Data Flow" => format!(
            "The client calls `POST /{}`; the API checks permissions, writes in one transaction and returns the new state. {}",
            feature.noun,
            sentences(rng, feature, 1, 3)
        ),
        "System Shape" => format!("Client/server: {}", sentences(rng, feature, 1, 2)),
        _ => sentences(rng, feature, 1, 3),
    }
}

/// A table row of the Technical Snapshot with its area (first cell) and template decision.
fn snapshot_row(rng: &mut Rng, feature: &Feature, area: &str, defect: Option<Defect>) -> String {
    let stack = STACKS[rng.below(STACKS.len())];
    let decision = match area {
        "Language / Runtime" => stack.0.to_string(),
        "Primary Framework / Libraries" => stack.1.to_string(),
        "Storage / Data" if defect == Some(Defect::UnfilledPlaceholder) => {
            "[e.g., PostgreSQL, S3]".to_string()
        }
        "Storage / Data" => rng.pick(STORES).to_string(),
        "Testing Approach" => rng.pick(TESTING).to_string(),
        "Deployment / Hosting" => rng.pick(HOSTING).to_string(),
        _ => sentence(rng, feature),
    };
    let notes = format!("See `{}`", source_path(rng, feature));
    if area == "Storage / Data" && defect == Some(Defect::TableCells) {
        return format!("| {area} | {decision} | {notes} | extra cell |");
    }
    format!("| {area} | {decision} | {notes} |")
}

/// An extra block for a section, to vary the plan's length (the template allows prose,
/// lists and code inside sections, and extra rows in the Work Breakdown). Lists use `*` so they
/// never merge with the template's `-` lists.
fn extra_block(rng: &mut Rng, feature: &Feature) -> String {
    match rng.below(5) {
        0 => format!("{}\n", sentences(rng, feature, 3, 8)),
        1 => {
            let items: Vec<String> = (0..rng.between(3, 7))
                .map(|_| format!("* {} (`{}`)", sentence(rng, feature), source_path(rng, feature)))
                .collect();
            format!("{}\n", items.join("\n"))
        }
        2 => code_block(rng, feature),
        3 => format!(
            "> **Note**: {} See *[spec.md](./spec.md)* and **{}**.\n",
            sentence(rng, feature),
            rng.pick(QUALIFIERS)
        ),
        _ => {
            let items: Vec<String> = (0..rng.between(2, 5))
                .map(|i| format!("{}. {}", i + 1, sentence(rng, feature)))
                .collect();
            format!("{}\n", items.join("\n"))
        }
    }
}

/// A short fenced code block in one of a few languages.
fn code_block(rng: &mut Rng, feature: &Feature) -> String {
    let comment = sentence(rng, feature);
    let name = capitalise(&feature.noun);
    match rng.below(3) {
        0 => format!("```ts\n// {comment}\nexport async function handle{name}(req: Request) {{\n  return service.run(await req.json());\n}}\n```\n"),
        1 => format!("```python\n# {comment}\ndef handle_{}(request):\n    return service.run(request.json())\n```\n", feature.noun),
        _ => format!("```sql\n-- {comment}\nCREATE TABLE {} (id uuid PRIMARY KEY, created_at timestamptz NOT NULL);\n```\n", feature.noun),
    }
}

/// `plan.md`: the Lite template with every placeholder filled, `extras` extra blocks spread
/// over the sections, and one `defect` when given.
fn plan_text(
    feature: &Feature,
    rng: &mut Rng,
    extras: usize,
    research: bool,
    defect: Option<Defect>,
) -> String {
    let mut out = String::with_capacity(LITE_TEMPLATE.len() + extras * 600);
    let mut section = String::new();
    let mut extra_rows = 0;
    // Extras are handed out to sections as they end; the Work Breakdown takes rows.
    let mut extras_left = extras;
    let mut skipping = false;
    for line in LITE_TEMPLATE.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            flush_extras(&mut out, rng, feature, &section, &mut extras_left);
            section = name.to_string();
            skipping = defect == Some(Defect::MissingSection) && name == "Validation Strategy";
            if section.starts_with("Work Breakdown") {
                extra_rows = extras_left / 3;
            }
        } else if line == "---" {
            flush_extras(&mut out, rng, feature, &section, &mut extras_left);
            section.clear();
        }
        if skipping {
            continue;
        }
        out.push_str(&filled_line(line, feature, rng, &section, defect, research));
        out.push('\n');
        if section.starts_with("Work Breakdown") && line.starts_with("| Polish") {
            for _ in 0..extra_rows {
                let phase = rng.pick(PHASES);
                out.push_str(&format!(
                    "| {phase} | {} | `{}` |\n",
                    sentence(rng, feature),
                    source_path(rng, feature)
                ));
            }
        }
    }
    out
}

/// Append this section's share of the extra blocks before the next heading.
fn flush_extras(out: &mut String, rng: &mut Rng, feature: &Feature, section: &str, left: &mut usize) {
    if section.is_empty() || section.starts_with("Status Checklist") || section.starts_with("Execution") {
        return;
    }
    let share = if section.starts_with("Risks") {
        *left
    } else {
        (*left).div_ceil(3)
    };
    for _ in 0..share {
        out.push_str(&extra_block(rng, feature));
        out.push('\n');
    }
    *left -= share;
}

/// One template line with its placeholders filled.
fn filled_line(
    line: &str,
    feature: &Feature,
    rng: &mut Rng,
    section: &str,
    defect: Option<Defect>,
    research: bool,
) -> String {
    if line.starts_with("# ") {
        return line.replace("[FEATURE]", &feature.title);
    }
    if line.starts_with("**Branch**") {
        let branch = match defect {
            Some(Defect::BranchMismatch) => format!("{:03}-something-else", feature.number + 1),
            _ => feature.dir_name.clone(),
        };
        let date = match defect {
            Some(Defect::InvalidDate) => "March 3rd, 2026".to_string(),
            _ => feature.date.clone(),
        };
        let date_field = if defect == Some(Defect::MissingHeaderField) {
            String::new()
        } else {
            format!(" | **Date**: {date}")
        };
        return format!("**Branch**: `{branch}`{date_field} | **Spec**: [spec.md](./spec.md)  ");
    }
    if line.starts_with("**Input**") {
        return line.replace("[###-feature-name]", &feature.dir_name);
    }
    if let Some((label, _)) = labeled_placeholder(line) {
        let prefix = &line[..line.find("**").unwrap_or(0)];
        let value = label_value(rng, feature, label, defect, research);
        let value = if label == "Dependencies" && defect == Some(Defect::BrokenLink) {
            format!("{value} Details in [the integration notes](./integration-notes.md).")
        } else {
            value
        };
        return format!("{prefix}**{label}**: {value}");
    }
    if line.trim_start().starts_with("- [Component") {
        let indent = &line[..line.len() - line.trim_start().len()];
        return format!(
            "{indent}- {} {} → `{}`  ",
            capitalise(&feature.noun),
            rng.pick(&["routes", "service", "store", "screens", "worker", "client"]),
            source_path(rng, feature)
        );
    }
    if line.starts_with("| ") && line.contains("[e.g.,") {
        let area = line.trim_start_matches("| ").split(" |").next().unwrap_or("");
        return snapshot_row(rng, feature, area, defect);
    }
    if section.starts_with("Work Breakdown") && line.starts_with("| ") && line.contains(" | [") {
        let phase = line.trim_start_matches("| ").split(" |").next().unwrap_or("");
        return format!(
            "| {phase} | {} | `{}` |",
            sentence(rng, feature),
            source_path(rng, feature)
        );
    }
    if let Some(item) = line.strip_prefix("- [ ] ") {
        let mark = if rng.chance(60) { 'x' } else { ' ' };
        return format!("- [{mark}] {item}");
    }
    line.to_string()
}

/// `- **Label**: [placeholder]` (or a non-bullet `**Label**: [placeholder]`) → label.
fn labeled_placeholder(line: &str) -> Option<(&str, &str)> {
    let body = line.trim_start().trim_start_matches("- ");
    let rest = body.strip_prefix("**")?;
    let (label, value) = rest.split_once("**:")?;
    let value = value.trim();
    (value.starts_with('[') && !label.is_empty()).then_some((label, value))
}

/// `spec.md`: user stories, requirements and success criteria.
fn spec_text(feature: &Feature, rng: &mut Rng) -> String {
    let mut out = format!(
        "# Feature Specification: {}\n\n**Feature Branch**: `{}`\n**Created**: {}\n**Status**: Draft\n**Input**: User description: \"{}\"\n\n## User Scenarios & Testing *(mandatory)*\n\n",
        feature.title,
        feature.dir_name,
        feature.date,
        sentence(rng, feature)
    );
    let stories = rng.between(1, 4);
    for story in 1..=stories {
        out.push_str(&format!(
            "### User Story {story} - {} {} (Priority: P{story})\n\n{}\n\n**Why this priority**: {}\n\n**Independent Test**: {}\n\n**Acceptance Scenarios**:\n\n",
            capitalise(rng.pick(ACTORS)),
            rng.pick(&["create", "update", "review", "share", "archive"]),
            sentences(rng, feature, 2, 5),
            sentence(rng, feature),
            sentence(rng, feature)
        ));
        for n in 1..=rng.between(2, 4) {
            out.push_str(&format!(
                "{n}. **Given** {}, **When** they open {}, **Then** {}\n",
                rng.pick(ACTORS),
                rng.pick(OBJECTS),
                sentence(rng, feature)
            ));
        }
        out.push_str("\n---\n\n");
    }
    out.push_str("## Requirements *(mandatory)*\n\n### Functional Requirements\n\n");
    for n in 1..=rng.between(4, 12) {
        out.push_str(&format!(
            "- **FR-{n:03}**: System MUST {}\n",
            sentence(rng, feature)
        ));
    }
    out.push_str("\n## Success Criteria *(mandatory)*\n\n");
    for n in 1..=rng.between(2, 5) {
        out.push_str(&format!("- **SC-{n:03}**: {}\n", sentence(rng, feature)));
    }
    out
}

/// `tasks.md`: phases with T-ids, `[P]` and `[USn]` markers, some done.
fn tasks_text(feature: &Feature, rng: &mut Rng) -> String {
    let mut out = format!(
        "# Tasks: {}\n\n**Input**: Design documents from `/specs/{}/`\n**Prerequisites**: plan.md (required), spec.md\n\n## Format: `[ID] [P?] [Story] Description`\n\n",
        feature.title, feature.dir_name
    );
    let done_until = rng.below(100);
    let mut id = 1;
    let phases = rng.between(3, 6);
    for phase in 1..=phases {
        let (name, story) = match phase {
            1 => ("Setup (Shared Infrastructure)".to_string(), None),
            2 => ("Foundational (Blocking Prerequisites)".to_string(), None),
            p if p == phases => ("Polish & Cross-Cutting Concerns".to_string(), None),
            p => (
                format!("User Story {} (Priority: P{})", p - 2, p - 2),
                Some(p - 2),
            ),
        };
        out.push_str(&format!(
            "## Phase {phase}: {name}\n\n**Purpose**: {}\n\n",
            sentence(rng, feature)
        ));
        for _ in 0..rng.between(2, 8) {
            let done = (id * 100 / 40).min(100) < done_until;
            let parallel = if rng.chance(40) { " [P]" } else { "" };
            let story = story.map(|s| format!(" [US{s}]")).unwrap_or_default();
            out.push_str(&format!(
                "- [{}] T{id:03}{parallel}{story} {} in {}\n",
                if done { 'x' } else { ' ' },
                capitalise(rng.pick(&["implement", "test", "document", "wire up", "refactor"])),
                source_path(rng, feature)
            ));
            id += 1;
        }
        out.push_str("\n**Checkpoint**: phase complete\n\n---\n\n");
    }
    out
}

/// `checklists/requirements.md`.
fn checklist_text(feature: &Feature, rng: &mut Rng) -> String {
    let mut out = format!(
        "# Specification Quality Checklist: {}\n\n**Purpose**: Validate specification completeness\n**Feature**: [spec.md](../spec.md)\n\n## Content Quality\n\n",
        feature.title
    );
    for n in 1..=rng.between(6, 16) {
        let mark = if rng.chance(70) { 'x' } else { ' ' };
        out.push_str(&format!("- [{mark}] CHK{n:03} {}\n", sentence(rng, feature)));
    }
    out
}

/// `research.md`: decisions and alternatives.
fn research_text(feature: &Feature, rng: &mut Rng) -> String {
    let mut out = format!("# Research: {}\n\n", feature.title);
    for n in 1..=rng.between(1, 4) {
        out.push_str(&format!(
            "## Decision {n}\n\n**Decision**: {}\n\n**Rationale**: {}\n\n**Alternatives considered**: {}\n\n",
            sentence(rng, feature),
            sentences(rng, feature, 1, 3),
            sentence(rng, feature)
        ));
    }
    out
}
