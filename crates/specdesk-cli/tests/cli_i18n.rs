//! The CLI in the environment's language: `check`'s text in Korean, Japanese and Simplified
//! Chinese, and its JSON (and SARIF, and `status --format json`) byte for byte what SpecDesk
//! printed before it spoke any language but English, under every locale.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

/// The locales the JSON must not depend on.
const LOCALES: [&str; 5] = [
    "C.UTF-8",
    "en_US.UTF-8",
    "ko_KR.UTF-8",
    "ja_JP.UTF-8",
    "zh_CN.UTF-8",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

mod common;
use common::cli_in as cli;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read fixture").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy fixture");
        }
    }
}

/// A copy of `tests/fixtures/i18n-repo` (plans with a problem of almost every rule, one in
/// Korean) outside any git repository.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixtures().join("i18n-repo"), tmp.path());
    tmp
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn json_is_what_it_always_was_under_every_locale() {
    // The expected files are the output of SpecDesk before it was translated (the commit before
    // the languages), on this fixture.
    let repo = repo();
    let cases: [(&[&str], &str); 3] = [
        (&["check", "--format", "json"], "i18n-repo.check.json"),
        (&["check", "--format", "sarif"], "i18n-repo.check.sarif"),
        (&["status", "--format", "json"], "i18n-repo.status.json"),
    ];
    for (args, file) in cases {
        let expected = fs::read_to_string(fixtures().join(file)).expect("expected output");
        for lang in LOCALES {
            let got = stdout(cli(lang).args(args).arg(repo.path()));
            assert!(
                got == expected,
                "{} under LANG={lang} differs from tests/fixtures/{file}:\n{got}",
                args.join(" ")
            );
        }
    }
}

#[test]
fn check_speaks_the_environments_language() {
    let repo = repo();
    // (LANG, a diagnostic, the help of its fix, the summary's counts)
    let cases = [
        (
            "ko_KR.UTF-8",
            "경고[SD005]: 브랜치 “002-sharing”이(가) 기능 폴더 “001-photo-albums”와(과) 일치하지 않습니다",
            "수정 제안: 브랜치 “001-photo-albums” 사용",
            "계획 4개를 검사했습니다",
            "오류 5개, 경고 20개",
        ),
        (
            "ja_JP.UTF-8",
            "警告[SD005]: ブランチ「002-sharing」が機能フォルダー「001-photo-albums」と一致しません",
            "修正案: ブランチ「001-photo-albums」を使用",
            "の計画 4 件をチェックしました",
            "エラー 5 件、警告 20 件",
        ),
        (
            "zh_CN.UTF-8",
            "警告[SD005]: 分支“002-sharing”与功能文件夹“001-photo-albums”不匹配",
            "修复建议: 使用分支“001-photo-albums”",
            "中的 4 个计划",
            "5 个错误，20 个警告",
        ),
        (
            "en_US.UTF-8",
            "warning[SD005]: Branch “002-sharing” does not match the feature folder “001-photo-albums”",
            "help: Use branch “001-photo-albums”",
            "4 plans checked in",
            "5 errors, 20 warnings",
        ),
    ];
    for (lang, diagnostic, help, summary, counts) in cases {
        let out = cli(lang).arg("check").arg(repo.path()).output().expect("run");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(out.status.code(), Some(1), "{lang}: {text}");
        for expected in [diagnostic, help, summary, counts] {
            assert!(text.contains(expected), "{lang}: no {expected:?} in\n{text}");
        }
        // The plan's own words and the codes stay as they are.
        assert!(text.contains("기술 컨텍스트 (Technical Context)"), "{lang}");
        assert!(text.contains("[SD017]"), "{lang}");
    }
    // One of each: the singular.
    let one = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &repo.path().join("specs/002-loose-notes"),
        &one.path().join("specs/002-loose-notes"),
    );
    let text = stdout(cli("en_US.UTF-8").arg("check").arg(one.path()));
    assert!(
        text.contains("1 plan checked") && text.contains(": 2 errors, 0 warnings"),
        "{text}"
    );
}

#[test]
fn status_rules_explain_and_errors_speak_it_too() {
    let repo = repo();
    let status = stdout(cli("ja_JP.UTF-8").arg("status").arg(repo.path()));
    assert!(status.starts_with("機能"), "{status}");
    assert!(status.contains("エラー 1 件、警告 13 件"), "{status}");
    assert!(status.contains("機能 4 件、計画 4 件"), "{status}");

    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo");
    let coverage = stdout(cli("ko_KR.UTF-8").arg("coverage").arg(&demo));
    assert!(
        coverage.contains("specs/001-photo-albums  요구 사항 9개 중 8개가 작업으로 커버됨(FR 5/6, SC 3/3)"),
        "{coverage}"
    );
    assert!(
        coverage.contains("  미커버     FR-005   specs/001-photo-albums/spec.md:"),
        "{coverage}"
    );
    let english = stdout(cli("C.UTF-8").arg("coverage").arg(&demo));
    assert!(
        english.contains("  uncovered  FR-005   specs/001-photo-albums/spec.md:"),
        "{english}"
    );

    let rules = stdout(cli("ko_KR.UTF-8").arg("rules"));
    assert!(
        rules.contains("SD013  warning  broken-link           상대 링크가 존재하지 않는 파일을 가리킵니다."),
        "{rules}"
    );
    let explain = stdout(cli("zh_CN.UTF-8").args(["explain", "SD006"]));
    assert!(
        explain.starts_with("# SD006 invalid-date\n") && explain.contains("## 检查内容"),
        "{explain}"
    );
    // docs/rules.md is English whatever the language.
    let page = stdout(cli("ko_KR.UTF-8").args(["rules", "--format", "markdown"]));
    assert!(page.contains("### What it checks") && !page.contains("검사 내용"));

    let out = cli("ko_KR.UTF-8")
        .args(["explain", "SD999"])
        .output()
        .expect("run");
    let error = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        error.starts_with("specdesk-cli: 오류: “SD999” 규칙이 없습니다"),
        "{error}"
    );
    let out = cli("ja_JP.UTF-8")
        .args(["check", "/no/such/place"])
        .output()
        .expect("run");
    let error = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(error.contains("/no/such/place: 見つかりません"), "{error}");
}
