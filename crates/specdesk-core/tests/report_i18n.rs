//! The review report in the interface's language: the app renders it inside
//! `i18n::scoped::with_locale`, the CLI does not and keeps English.

use specdesk_core::i18n::{scoped, Locale};
use specdesk_core::repo::Repository;
use specdesk_core::report::{html, markdown};
use specdesk_core::review::repository_review;
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use std::path::Path;

fn demo_review() -> specdesk_core::review::RepoReview {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo");
    let repo = Repository::open(&root).expect("demo repository");
    let store = Store::new(&repo.root).expect("store");
    let template = Template::for_repo(&repo).expect("template");
    repository_review(&repo, &store, &template)
}

#[test]
fn the_report_speaks_the_language_it_is_rendered_in() {
    let review = demo_review();
    let english = html(&review, Some("2026-03-01 10:00"));
    assert!(english.contains("<html lang=\"en\">") && english.contains("Spec review: "));
    assert_eq!(
        scoped::with_locale(Locale::En, || html(&review, Some("2026-03-01 10:00"))),
        english
    );
    let japanese = scoped::with_locale(Locale::Ja, || html(&review, Some("2026-03-01 10:00")));
    assert!(japanese.contains("<html lang=\"ja\">"), "{japanese}");
    for words in [
        "仕様レビュー：",
        "作成日時：2026-03-01 10:00",
        "<th>計画のチェックリスト</th>",
        "段階：",
    ] {
        assert!(japanese.contains(words), "no {words:?} in the Japanese report");
    }
    assert!(!japanese.contains("Plan checklist") && !japanese.contains("Last change"));
    let korean = scoped::with_locale(Locale::Ko, || markdown(&review, None));
    assert!(korean.starts_with("# 사양 검토: "), "{korean}");
    assert!(korean.contains("| 기능 | 계획 | 단계 |"), "{korean}");
    let chinese = scoped::with_locale(Locale::ZhHans, || markdown(&review, None));
    assert!(chinese.contains("个功能"), "{chinese}");
    // Feature names and paths are the repository's own.
    assert!(chinese.contains("001-photo-albums"));
    // Nothing leaks out of the scope.
    assert_eq!(
        markdown(&review, None)
            .lines()
            .next()
            .map(|l| l.starts_with("# Spec review: ")),
        Some(true)
    );
}
