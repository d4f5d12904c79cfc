//! Documents that are not UTF-8, on real files: they read decoded but are never written over by
//! a save; the explicit conversion to UTF-8 is a compare-and-swap write that keeps the text and
//! its line endings byte for byte; local history keeps the original bytes and a restore brings
//! them back exactly; status, review and check list such a plan as unreadable with its encoding.
//! The fixtures are written here with encoding_rs (windows-1251, Shift_JIS, GB18030, EUC-KR,
//! UTF-16).

use encoding_rs::{Encoding, EUC_KR, GB18030, SHIFT_JIS, WINDOWS_1251};
use specdesk_core::check::{check_repository, repository_status};
use specdesk_core::history::{HistoryStore, VersionSource};
use specdesk_core::repo::Repository;
use specdesk_core::review::{repository_review, Validation};
use specdesk_core::store::{content_hash, AnyText, Expected, LineEnding, Store};
use specdesk_core::template::Template;
use specdesk_core::CoreError;
use std::fs;
use std::path::Path;

const PLAN: &str = "specs/002-full-scan/plan.md";

/// A Russian plan with CRLF line endings, as a Windows editor saved it.
const RUSSIAN_PLAN: &str = "# План реализации: Режим полного сканирования\r\n\r\n\
    **Ветка**: `002-full-scan` | **Дата**: 2026-02-21\r\n\r\n\
    ## Краткое описание\r\n\r\n\
    Сервис индексирует все файлы репозитория при первом запуске и пропускает неизменённые.\r\n\r\n\
    ## Технический контекст\r\n\r\n- [ ] Проверить «ОК» на всех платформах\r\n";

fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "fixture not representable in {}", encoding.name());
    bytes.into_owned()
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

struct Repo {
    dir: tempfile::TempDir,
    store: Store,
}

impl Repo {
    fn with_plan(bytes: &[u8]) -> Repo {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("specs/002-full-scan")).unwrap();
        fs::write(dir.path().join(PLAN), bytes).unwrap();
        fs::write(
            dir.path().join("specs/002-full-scan/tasks.md"),
            "# Tasks\n\n- [x] T001 Setup\n- [ ] T002 Scan\n",
        )
        .unwrap();
        let store = Store::new(dir.path()).unwrap();
        Repo { dir, store }
    }

    fn disk(&self) -> Vec<u8> {
        fs::read(self.dir.path().join(PLAN)).unwrap()
    }

    fn decoded(&self) -> specdesk_core::store::DecodedFile {
        match self.store.read_any(Path::new(PLAN)).unwrap() {
            AnyText::Other(decoded) => decoded,
            AnyText::Utf8(_) => panic!("read as UTF-8"),
        }
    }
}

#[test]
fn each_encoding_reads_decoded_and_is_named() {
    let korean = "# 구현 계획: 전체 검색\n\n## 요약\n\n이 기능은 저장소의 모든 파일을 색인에 등록합니다.\n";
    let japanese =
        "# 実装計画: 全文検索\n\n## 概要\n\nこの機能はリポジトリのすべてのファイルを索引に登録します。\n";
    let chinese = "# 实施计划：全量扫描\n\n## 摘要\n\n本功能在首次启动时为仓库中的所有文件建立索引。\n";
    let cases: Vec<(Vec<u8>, &str, &str)> = vec![
        (encode(RUSSIAN_PLAN, WINDOWS_1251), "windows-1251", RUSSIAN_PLAN),
        (encode(japanese, SHIFT_JIS), "Shift_JIS", japanese),
        (encode(chinese, GB18030), "GB18030", chinese),
        (encode(korean, EUC_KR), "EUC-KR", korean),
        (utf16le_with_bom(RUSSIAN_PLAN), "UTF-16LE", RUSSIAN_PLAN),
    ];
    for (bytes, name, text) in cases {
        let repo = Repo::with_plan(&bytes);
        let err = repo.store.read(Path::new(PLAN)).unwrap_err();
        assert_eq!(err.kind(), "invalidUtf8", "{name}: {err}");
        assert_eq!(err.encoding(), Some(name), "{name}: {err}");
        assert_eq!(err.reason(), format!("not UTF-8 (looks like {name})"));
        let decoded = repo.decoded();
        assert_eq!(decoded.encoding, name);
        assert_eq!(decoded.text, text, "{name}");
        assert_eq!(decoded.hash, content_hash(&bytes));
        assert!(decoded.lossless);
        assert_eq!(
            repo.store.read_bytes(Path::new(PLAN)).unwrap(),
            bytes,
            "{name}: raw bytes"
        );
    }
}

#[test]
fn a_save_never_writes_over_a_file_that_is_not_utf8() {
    let original = encode(RUSSIAN_PLAN, WINDOWS_1251);
    let repo = Repo::with_plan(&original);
    let hash = content_hash(&original);
    for expected in [Expected::Hash(hash.clone()), Expected::Any] {
        let err = repo
            .store
            .write(Path::new(PLAN), "# План\n", expected.clone())
            .unwrap_err();
        assert!(
            matches!(&err, CoreError::InvalidUtf8 { encoding: Some(e), .. } if e == "windows-1251"),
            "{expected:?}: {err:?}"
        );
        assert_eq!(repo.disk(), original, "{expected:?}: the file was written");
    }
    // Nor with the decoded text unchanged (which would silently re-encode the file).
    let decoded = repo.decoded();
    assert!(repo
        .store
        .write(Path::new(PLAN), &decoded.text, Expected::Hash(hash))
        .is_err());
    assert_eq!(repo.disk(), original);
    // A stale base is still a conflict first, as for any file.
    let err = repo
        .store
        .write(Path::new(PLAN), "x", Expected::Hash("0".repeat(64)))
        .unwrap_err();
    let CoreError::Conflict { disk_text, .. } = err else {
        panic!("{err:?}");
    };
    assert_eq!(
        disk_text.as_deref(),
        Some(RUSSIAN_PLAN),
        "the conflict shows the decoded disk text"
    );
}

#[test]
fn conversion_keeps_the_text_and_its_crlf_byte_for_byte() {
    let original = encode(RUSSIAN_PLAN, WINDOWS_1251);
    let repo = Repo::with_plan(&original);
    let decoded = repo.decoded();
    assert_eq!(decoded.line_ending, LineEnding::Crlf);
    let converted = repo
        .store
        .convert_to_utf8(Path::new(PLAN), &decoded.hash)
        .unwrap();
    assert_eq!(
        repo.disk(),
        RUSSIAN_PLAN.as_bytes(),
        "exactly the text, in UTF-8, CRLF kept"
    );
    assert_eq!(converted.write.hash, content_hash(RUSSIAN_PLAN.as_bytes()));
    assert_eq!(converted.from, "windows-1251");
    assert_eq!(converted.previous, original);
    assert_eq!(converted.text, RUSSIAN_PLAN);
    // Now an ordinary UTF-8 document: it reads, saves keep CRLF, and converting again is refused.
    let file = repo.store.read(Path::new(PLAN)).unwrap();
    assert_eq!(file.line_ending, LineEnding::Crlf);
    let edited = file.text.replace("\r\n", "\n").replace("[ ]", "[x]");
    repo.store
        .write(Path::new(PLAN), &edited, Expected::Hash(file.hash.clone()))
        .unwrap();
    assert_eq!(repo.disk(), RUSSIAN_PLAN.replace("[ ]", "[x]").as_bytes());
    let again = repo
        .store
        .convert_to_utf8(Path::new(PLAN), &content_hash(&repo.disk()));
    assert!(matches!(again, Err(CoreError::Invalid { .. })), "{again:?}");
}

#[test]
fn utf16_converts_without_its_bom_and_mixed_endings_stay_mixed() {
    let text = "# Plan\r\n\nÜber 名前\r\n";
    let repo = Repo::with_plan(&utf16le_with_bom(text));
    let decoded = repo.decoded();
    assert!(decoded.bom);
    assert_eq!(decoded.line_ending, LineEnding::Mixed);
    repo.store
        .convert_to_utf8(Path::new(PLAN), &decoded.hash)
        .unwrap();
    assert_eq!(repo.disk(), text.as_bytes());
}

#[test]
fn conversion_is_refused_when_the_file_changed_since_it_was_shown() {
    let original = encode(RUSSIAN_PLAN, WINDOWS_1251);
    let repo = Repo::with_plan(&original);
    let shown = repo.decoded();
    let changed = encode("# План: другой текст\r\n", WINDOWS_1251);
    fs::write(repo.dir.path().join(PLAN), &changed).unwrap();
    let err = repo
        .store
        .convert_to_utf8(Path::new(PLAN), &shown.hash)
        .unwrap_err();
    let CoreError::Conflict {
        disk_text, disk_hash, ..
    } = err
    else {
        panic!("{err:?}");
    };
    assert_eq!(disk_hash, Some(content_hash(&changed)));
    assert_eq!(disk_text.as_deref(), Some("# План: другой текст\r\n"));
    assert_eq!(repo.disk(), changed, "nothing was written");
}

#[test]
fn a_lossy_decoding_is_not_converted() {
    // chardetng never guesses a legacy encoding the bytes are malformed in; UTF-16 is named by
    // its byte order mark, whatever follows: here a lone surrogate.
    let mut bytes = utf16le_with_bom("# Plan\n");
    bytes.extend_from_slice(&0xD800u16.to_le_bytes());
    let repo = Repo::with_plan(&bytes);
    let decoded = repo.decoded();
    assert_eq!(decoded.encoding, "UTF-16LE");
    assert!(!decoded.lossless);
    let err = repo
        .store
        .convert_to_utf8(Path::new(PLAN), &decoded.hash)
        .unwrap_err();
    assert!(err.to_string().contains("would lose"), "{err}");
    assert_eq!(repo.disk(), bytes);
}

#[test]
fn damaged_utf8_is_not_taken_for_another_encoding() {
    let mut bytes = "# Plan: Überblick über größere Änderungen\n".as_bytes().to_vec();
    bytes.insert(12, 0xFF);
    let repo = Repo::with_plan(&bytes);
    let err = repo.store.read_any(Path::new(PLAN)).unwrap_err();
    assert!(
        matches!(err, CoreError::InvalidUtf8 { encoding: None, .. }),
        "{err:?}"
    );
    assert_eq!(err.reason(), "not valid UTF-8 (byte 12)");
}

#[test]
fn history_keeps_the_original_bytes_and_a_restore_undoes_the_conversion() {
    let original = encode(RUSSIAN_PLAN, WINDOWS_1251);
    let repo = Repo::with_plan(&original);
    let data = tempfile::tempdir().unwrap();
    let history = HistoryStore::open(data.path(), repo.dir.path()).unwrap();
    let report = history.capture_all(&repo.store, None);
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    let before = history
        .latest(PLAN)
        .unwrap()
        .expect("the windows-1251 plan is in history");
    assert_eq!(history.bytes(&before).unwrap(), original);
    assert_eq!(history.text(&before).unwrap(), RUSSIAN_PLAN, "shown decoded");

    let converted = repo
        .store
        .convert_to_utf8(Path::new(PLAN), &content_hash(&original))
        .unwrap();
    let saved = history
        .capture_saved(&repo.store, PLAN, &converted.write)
        .unwrap()
        .unwrap();
    assert_eq!(saved.source, VersionSource::Saved);
    assert_eq!(saved.removed, 0, "the same lines: {saved:?}");

    let restored = history.restore(&repo.store, &before.id).unwrap();
    assert_eq!(repo.disk(), original, "the restore brings back the exact bytes");
    assert_eq!(restored.write.unwrap().hash, content_hash(&original));
    // And the conversion can be redone from history, over the windows-1251 file.
    history.restore(&repo.store, &saved.id).unwrap();
    assert_eq!(repo.disk(), RUSSIAN_PLAN.as_bytes());
}

#[test]
fn status_review_and_check_report_the_plan_with_its_encoding() {
    let repo = Repo::with_plan(&encode(RUSSIAN_PLAN, WINDOWS_1251));
    let scanned = Repository::open(repo.dir.path()).unwrap();
    let template = Template::builtin_lite();

    let status = repository_status(&scanned, &repo.store, &template);
    let feature = &status.features[0];
    assert!(feature.plan.is_none());
    let plan = feature
        .unreadable_plan()
        .expect("listed as unreadable, not absent");
    assert_eq!(plan.sentence(), "plan.md is not UTF-8 (looks like windows-1251)");
    assert_eq!(
        feature.tasks.as_ref().map(|t| t.progress.done),
        Some(1),
        "tasks.md still counts"
    );

    let review = repository_review(&scanned, &repo.store, &template);
    let row = &review.features[0];
    assert_eq!(row.validation, Validation::Unreadable);
    assert_eq!(specdesk_core::report::validation_text(row), plan.sentence());
    assert_eq!(review.failing, 1);

    let check = check_repository(&scanned, &repo.store, &template);
    assert_eq!(check.unreadable, 1);
    assert!(check.has_errors());
    let error = check.plans[0].error.as_ref().expect("the plan's error");
    assert_eq!(error.encoding(), Some("windows-1251"));
    let json = serde_json::to_value(&check.plans[0]).unwrap();
    assert_eq!(json["error"]["kind"], "invalidUtf8");
    assert_eq!(json["error"]["encoding"], "windows-1251");
}
