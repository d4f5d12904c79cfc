//! Requirement coverage: id extraction from specs, citations in tasks and checklists, the
//! per-feature report, ids in a repository's own style, and the real layouts of the corpus.

use specdesk_core::coverage::{
    extract_checklist_citations, extract_requirements, extract_task_citations, feature_coverage,
    repository_coverage, CitedIn, CoverageState, FeatureTexts, IdStyle, LinkKind, RequirementKind,
};
use specdesk_core::repo::{Document, DocumentKind, Feature, Repository};
use std::fs;
use std::path::{Path, PathBuf};

const SPEC: &str = "\
# Feature Specification: Albums

<!-- Example: - **FR-900**: not a requirement, inside a comment -->

## Requirements *(mandatory)*

### Functional Requirements

- **FR-001**: System MUST let members create albums.
- **FR-002**: System MUST store an album name of 1–80 characters,
  defaulting to \"Untitled album\".
- **FR-002a**: Names MUST be trimmed.
- FR-003: Owners MUST be able to reorder photos.
  - **FR-004**: Nested requirement.

```markdown
- **FR-901**: inside a code block
```

| Id | Requirement |
|---|---|
| FR-005 | Albums MUST be shared with the family |

### NFR-001: Latency under 200 ms

- What happens when a photo is deleted? → It leaves every album (FR-001).

## Success Criteria

- **SC-001:** A member creates an album in under 30 seconds.
";

const TASKS: &str = "\
# Tasks

## Phase 1

- [x] T001 Create albums table (FR-001, FR-002)
- [ ] T002 [P] [US1] Name validation [FR-002a]
- [ ] T003 Reorder endpoint. Covers FR-003 and
      keeps order on refresh (FR-004)
- [ ] T004 Share albums with the family (FR-005 through FR-005)
  - [ ] T005 Nested task for FR-009
- [ ] T006 Latency dashboard
- [ ] T007 Touches spec 014 FR-001 only

## Traceability

| Requirement | Tasks |
|---|---|
| SC-001: under 30 seconds | T006, T001-T002 |
| NFR-001 | T006 |

- All functional requirements (FR-001 through FR-005) are covered.
";

fn feature(docs: &[(&str, DocumentKind)]) -> Feature {
    Feature {
        number: "001".into(),
        slug: "albums".into(),
        dir_name: "001-albums".into(),
        numbering: specdesk_core::repo::Numbering::Sequential,
        group: None,
        rel_path: "specs/001-albums".into(),
        documents: docs
            .iter()
            .map(|(name, kind)| Document {
                kind: *kind,
                rel_path: format!("specs/001-albums/{name}"),
                name: name.to_string(),
            })
            .collect(),
    }
}

fn texts(spec: Option<&str>, tasks: Option<&str>, checklists: &[(&str, &str)]) -> FeatureTexts {
    FeatureTexts {
        spec: spec.map(|t| ("specs/001-albums/spec.md".into(), t.to_string())),
        tasks: tasks.map(|t| ("specs/001-albums/tasks.md".into(), t.to_string())),
        checklists: checklists
            .iter()
            .map(|(p, t)| (format!("specs/001-albums/checklists/{p}"), t.to_string()))
            .collect(),
    }
}

#[test]
fn requirements_come_with_their_text_and_exact_spans() {
    let reqs = extract_requirements(SPEC, &IdStyle::default());
    let ids: Vec<&str> = reqs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["FR-001", "FR-002", "FR-002a", "FR-003", "FR-004", "FR-005", "NFR-001", "SC-001"]
    );
    for r in &reqs {
        assert_eq!(&SPEC[r.id_span.range()], r.id);
        assert!(SPEC[r.span.range()].contains(&r.id));
    }
    assert_eq!(
        reqs[1].text,
        "System MUST store an album name of 1–80 characters, defaulting to \"Untitled album\"."
    );
    assert_eq!(reqs[1].span.line, 10);
    assert_eq!(reqs[1].span.end_line, 11);
    assert_eq!(reqs[5].text, "Albums MUST be shared with the family");
    assert_eq!(reqs[6].text, "Latency under 200 ms");
    assert_eq!(reqs[6].kind, RequirementKind::NonFunctional);
    assert_eq!(reqs[7].kind, RequirementKind::SuccessCriterion);
    assert_eq!(reqs[7].text, "A member creates an album in under 30 seconds.");
}

#[test]
fn tasks_cite_requirements_in_every_written_form() {
    let c = extract_task_citations(TASKS, &IdStyle::default().for_feature("001"));
    let cited = |task: &str| -> Vec<String> {
        c.tasks
            .iter()
            .find(|t| t.id.as_deref() == Some(task))
            .map(|t| t.cites.iter().map(|x| x.id.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(cited("T001"), ["FR-001", "FR-002"]);
    assert_eq!(cited("T002"), ["FR-002a"]);
    assert_eq!(cited("T003"), ["FR-003", "FR-004"], "continuation lines count");
    assert_eq!(cited("T004"), ["FR-005"]);
    assert_eq!(cited("T005"), ["FR-009"], "a nested task is its own task");
    assert!(cited("T006").is_empty());
    assert!(cited("T007").is_empty(), "spec 014's FR-001 is another feature's");
    let t3 = c.tasks.iter().find(|t| t.id.as_deref() == Some("T003")).unwrap();
    assert_eq!((t3.span.line, t3.span.end_line), (7, 8));
    assert_eq!(&TASKS[t3.cites[1].span.range()], "FR-004");
    // Two table rows link requirements to tasks; the closing claim names no task.
    assert_eq!(c.trace_lines.len(), 2);
    assert_eq!(c.trace_lines[0].task_ids, ["T006", "T001", "T002"]);
    assert_eq!(c.trace_lines[0].span.line, 18);
    assert!(c.citations_found());
}

#[test]
fn feature_coverage_links_tasks_and_reports_findings_with_lines() {
    let checklist =
        "# Checklist\n\n- [x] CHK001 Is FR-001 testable? [Spec §FR-001]\n- [ ] CHK002 Gap for FR-077 [Gap]\n";
    let f = feature(&[
        ("spec.md", DocumentKind::Spec),
        ("tasks.md", DocumentKind::Tasks),
        ("checklists/req.md", DocumentKind::Checklist),
    ]);
    let spec = format!("{SPEC}- **FR-006**: Nobody plans this.\n- **FR-001**: Defined twice.\n");
    let cov = feature_coverage(
        &f,
        &texts(Some(&spec), Some(TASKS), &[("req.md", checklist)]),
        &IdStyle::default(),
    );
    assert_eq!(cov.state, CoverageState::Traced);
    assert!(cov.citations_found);
    let req = |id: &str| cov.requirements.iter().find(|r| r.requirement.id == id).unwrap();
    let task_ids =
        |id: &str| -> Vec<String> { req(id).tasks.iter().filter_map(|t| t.task_id.clone()).collect() };
    assert_eq!(task_ids("FR-001"), ["T001"]);
    assert_eq!(task_ids("FR-004"), ["T003"]);
    assert_eq!(task_ids("SC-001"), ["T006", "T001", "T002"]);
    assert!(req("SC-001")
        .tasks
        .iter()
        .all(|t| t.via == LinkKind::Traceability));
    assert_eq!(req("SC-001").tasks[0].evidence.line, 18);
    assert_eq!(task_ids("NFR-001"), ["T006"]);
    let uncovered: Vec<&str> = cov.uncovered().map(|r| r.requirement.id.as_str()).collect();
    assert_eq!(uncovered, ["FR-006"]);
    // Checklist items are listed with the requirement, not counted as tasks.
    assert_eq!(req("FR-001").checklist_items.len(), 1);
    assert_eq!(
        req("FR-001").checklist_items[0].item_id.as_deref(),
        Some("CHK001")
    );
    // Unknown ids: FR-009 (task T005, line 10) and FR-077 (checklist CHK002, line 4).
    let unknown: Vec<(&str, CitedIn, u32)> = cov
        .unknown_citations
        .iter()
        .map(|u| (u.id.as_str(), u.cited_in, u.span.line))
        .collect();
    assert_eq!(
        unknown,
        [("FR-009", CitedIn::Task, 10), ("FR-077", CitedIn::Checklist, 4)]
    );
    assert_eq!(cov.duplicates.len(), 1);
    assert_eq!(cov.duplicates[0].id, "FR-001");
    assert_eq!(cov.counts.requirements, 9);
    assert_eq!(cov.counts.uncovered, 1);
    assert_eq!(cov.counts.tasks, 7);
    assert_eq!(cov.counts.citing_tasks, 6);
    assert!(cov.fails_strict());
}

#[test]
fn tasks_that_never_cite_ids_are_reported_as_such() {
    let f = feature(&[("spec.md", DocumentKind::Spec), ("tasks.md", DocumentKind::Tasks)]);
    let plain = "# Tasks\n\n- [ ] T001 Build it\n- [ ] T002 Test it\n";
    let cov = feature_coverage(&f, &texts(Some(SPEC), Some(plain), &[]), &IdStyle::default());
    assert_eq!(cov.state, CoverageState::NoCitations);
    assert!(!cov.citations_found);
    assert!(cov.unknown_citations.is_empty());
    assert!(cov.fails_strict(), "strict: requirements without a task");

    let none = feature_coverage(&f, &texts(Some(SPEC), None, &[]), &IdStyle::default());
    assert_eq!(none.state, CoverageState::NoTasks);
    assert!(!none.fails_strict(), "nothing planned yet is not a failure");
    let no_ids = feature_coverage(
        &f,
        &texts(Some("# Spec\n\nProse.\n"), Some(TASKS), &[]),
        &IdStyle::default(),
    );
    assert_eq!(no_ids.state, CoverageState::NoRequirements);
    assert!(no_ids.unknown_citations.is_empty());
    let no_spec = feature_coverage(&f, &texts(None, Some(TASKS), &[]), &IdStyle::default());
    assert_eq!(no_spec.state, CoverageState::NoSpec);
}

#[test]
fn ids_in_the_repositorys_own_style_come_from_its_spec_template() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join(".specify/templates")).unwrap();
    fs::write(
        root.join(".specify/templates/spec-template.md"),
        "## Requirements\n\n- **REQ-001**: System MUST [capability]\n- **SC-001**: [metric]\n\n\
         ```\n- **CODE-001**: example in a code block\n```\n",
    )
    .unwrap();
    fs::create_dir_all(root.join("specs/001-a")).unwrap();
    fs::write(
        root.join("specs/001-a/spec.md"),
        "- **REQ-001**: Export.\n- **REQ-002**: Import.\n- **A-001**: an assumption\n",
    )
    .unwrap();
    fs::write(root.join("specs/001-a/tasks.md"), "- [ ] T001 Export (REQ-001)\n").unwrap();
    let repo = Repository::open(root).unwrap();
    let style = IdStyle::for_repo(&repo);
    assert_eq!(style.prefixes, ["FR", "NFR", "REQ", "SC"]);
    assert_eq!(style.from_template, ["REQ"]);
    let cov = repository_coverage(&repo, style, |rel| fs::read_to_string(root.join(rel)).ok());
    let f = &cov.features[0];
    assert_eq!(f.counts.requirements, 2, "A-001 is not a requirement prefix here");
    assert_eq!(f.requirements[0].requirement.kind, RequirementKind::Other);
    assert_eq!(f.counts.covered, 1);
    assert_eq!(cov.traced.uncovered, 1);
    assert_eq!(cov.traced_features, 1);
}

#[test]
fn checklist_items_keep_their_ids() {
    let items = extract_checklist_citations(
        "- [ ] CHK001 Are errors defined? [Completeness, Spec §FR-003]\n- [x] No id here (SC-002)\n",
        &IdStyle::default(),
    );
    assert_eq!(items[0].id.as_deref(), Some("CHK001"));
    assert_eq!(items[0].cites[0].id, "FR-003");
    assert_eq!(items[1].id, None);
    assert!(items[1].checked);
}

// ----- the corpus ------------------------------------------------------------------------------

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("SPECDESK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    dir.is_dir().then_some(dir)
}

/// Requirement definitions found with plain patterns, the oracle for extraction: bold ids
/// (`- **FR-001**: …`) and heading ids (`### FR-001: …`). The prefixes are the repository's (FR,
/// SC, NFR and those its spec template defines, e.g. SYS).
fn bold_definitions(text: &str, prefixes: &[String]) -> Vec<String> {
    let id = format!(r"((?:{})-\d+[a-z]?)", prefixes.join("|"));
    let bold = regex::Regex::new(&format!(r"(?m)^\s*(?:[-*]\s+)?\*\*{id}(?::\*\*|\*\*)")).unwrap();
    let heading = regex::Regex::new(&format!(r"(?m)^#{{1,6}}\s+{id}(?:[:：]|\s[—–-]\s)")).unwrap();
    let mut ids: Vec<String> = bold
        .captures_iter(text)
        .chain(heading.captures_iter(text))
        .map(|c| c[1].to_string())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn corpus_requirements_and_citations_are_found_with_valid_spans() {
    let Some(corpus) = corpus() else {
        eprintln!("skipping: ../shared/corpus not found");
        return;
    };
    let mut repos: Vec<PathBuf> = fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("specs").is_dir())
        .collect();
    repos.sort();
    let mut total_traced = 0;
    for root in repos {
        let repo = Repository::open(&root).unwrap();
        let style = IdStyle::for_repo(&repo);
        let read = |rel: &str| fs::read_to_string(root.join(rel)).ok();
        let cov = repository_coverage(&repo, style.clone(), read);
        for f in &cov.features {
            let Some(spec_path) = &f.spec_path else { continue };
            let spec = read(spec_path).unwrap();
            let mut ids: Vec<String> = f.requirements.iter().map(|r| r.requirement.id.clone()).collect();
            ids.sort();
            assert_eq!(ids, bold_definitions(&spec, &style.prefixes), "{spec_path}");
            for r in &f.requirements {
                assert_eq!(
                    spec[r.requirement.id_span.range()],
                    r.requirement.id,
                    "{spec_path}"
                );
                assert!(
                    !r.requirement.text.is_empty(),
                    "{spec_path}: {}",
                    r.requirement.id
                );
                for t in &r.tasks {
                    let tasks = read(f.tasks_path.as_ref().unwrap()).unwrap();
                    let evidence = &tasks[t.evidence.range()];
                    assert!(
                        evidence.contains(r.requirement.id.split('-').next().unwrap()),
                        "{}: {evidence}",
                        f.feature
                    );
                }
            }
            assert_eq!(
                f.citations_found,
                f.state == CoverageState::Traced || f.counts.citing_tasks > 0
            );
        }
        total_traced += cov.traced_features;
        eprintln!(
            "{}: {} features, {} traced: {} requirements, {} covered, {} uncovered; {} untraced features; {} unknown citations",
            root.file_name().unwrap().to_string_lossy(),
            cov.features.len(),
            cov.traced_features,
            cov.traced.requirements,
            cov.traced.covered,
            cov.traced.uncovered,
            cov.features.iter().filter(|f| f.state == CoverageState::NoCitations).count(),
            cov.summary.unknown_citations
        );
    }
    assert!(
        total_traced > 0,
        "some corpus features cite requirement ids in their tasks"
    );
}
