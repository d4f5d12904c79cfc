//! Documents that are not UTF-8: which encoding they look like, and their text.
//!
//! SpecDesk edits UTF-8 only. A document in another encoding (a `plan.md` saved as
//! windows-1251 by an old editor, a Shift_JIS `spec.md`) is still shown — read-only, decoded —
//! and can be converted to UTF-8 on request ([`crate::store::Store::convert_to_utf8`]); it is
//! never written otherwise. This module only looks at bytes:
//!
//! - [`detect`]: a UTF-16 or UTF-8 byte order mark decides; otherwise `chardetng` guesses the
//!   legacy encoding the way Firefox does for unlabelled pages;
//! - [`decode`]: the text in that encoding (`encoding_rs`, the WHATWG Encoding Standard), the
//!   BOM removed, line endings exactly as in the bytes, and whether the decoding was
//!   [`Decoded::lossless`] (no malformed sequence was replaced by U+FFFD);
//! - [`damaged_utf8`]: bytes that are mostly valid UTF-8 with a few broken sequences are
//!   damaged UTF-8, not another encoding: no guess is offered for them.
//!
//! GBK is decoded as GB18030 (`encoding_rs`'s GBK decoder is the GB18030 decoder, a superset),
//! and named so.

use encoding_rs::{Encoding, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// The text of bytes in some encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark, line endings as in the bytes.
    pub text: String,
    /// The encoding the bytes were decoded from.
    pub encoding: &'static Encoding,
    /// Whether the bytes started with a byte order mark.
    pub bom: bool,
    /// No malformed sequence was met: the text is everything the bytes said, and converting it
    /// to UTF-8 loses nothing.
    pub lossless: bool,
}

impl Decoded {
    /// The encoding's name as people know it (see [`name`]).
    pub fn name(&self) -> &'static str {
        name(self.encoding)
    }
}

/// The name of `encoding` to show: `encoding_rs`'s canonical name (`windows-1251`,
/// `Shift_JIS`, `EUC-KR`, `UTF-16LE`), except that GBK and gb18030 are both called `GB18030`
/// (what GBK is decoded as).
pub fn name(encoding: &'static Encoding) -> &'static str {
    if encoding == GBK || encoding == GB18030 {
        "GB18030"
    } else {
        encoding.name()
    }
}

/// The UTF-16 encoding whose byte order mark starts `bytes`, if any.
pub fn utf16_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    match Encoding::for_bom(bytes) {
        Some((encoding, _)) if encoding == UTF_16LE || encoding == UTF_16BE => Some(encoding),
        _ => None,
    }
}

/// Whether `bytes` are UTF-8 text SpecDesk edits: valid UTF-8 (a UTF-8 BOM is fine).
pub fn is_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

/// The encoding `bytes` are most likely in: the one their byte order mark names, else UTF-8
/// when they are valid UTF-8, else `chardetng`'s guess among the legacy encodings.
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    if is_utf8(bytes) {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    if guess == GBK {
        GB18030
    } else {
        guess
    }
}

/// Decode `bytes` in the encoding [`detect`] finds.
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_as(bytes, detect(bytes))
}

/// Decode `bytes` as `encoding` (a byte order mark, when there is one, wins and is removed).
pub fn decode_as(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let bom = Encoding::for_bom(bytes).is_some();
    let (text, used, had_errors) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used,
        bom,
        lossless: !had_errors,
    }
}

/// The encoding to name for bytes that are not UTF-8, or `None` when they look like damaged
/// UTF-8 (more valid multi-byte UTF-8 sequences than broken ones) rather than another encoding.
pub fn guess_for_non_utf8(bytes: &[u8]) -> Option<&'static Encoding> {
    if let Some(encoding) = utf16_bom(bytes) {
        return Some(encoding);
    }
    if damaged_utf8(bytes) {
        return None;
    }
    Some(detect(bytes))
}

/// Whether `bytes` (not valid UTF-8) look like UTF-8 with a few broken sequences: text in a
/// legacy encoding has almost no valid multi-byte UTF-8 sequence, damaged UTF-8 has mostly
/// those.
pub fn damaged_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            broken += 1;
        }
    }
    valid > broken
}

/// A short description of `bytes`' encoding problem: `not UTF-8 (looks like windows-1251)`, or
/// `not valid UTF-8 (byte 12)` when no other encoding fits.
pub fn describe(offset: usize, encoding: Option<&str>) -> String {
    match encoding {
        Some(name) => format!("not UTF-8 (looks like {name})"),
        None => format!("not valid UTF-8 (byte {offset})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{EUC_KR, SHIFT_JIS, WINDOWS_1251};

    const RUSSIAN: &str = "# План реализации: Режим полного сканирования\r\n\r\n\
        **Ветка**: `002-full-scan` | **Дата**: 2026-02-21\r\n\r\n\
        ## Краткое описание\r\n\r\nСервис индексирует все файлы репозитория при первом запуске, \
        сохраняет контрольные суммы и пропускает неизменённые документы.\r\n";
    const JAPANESE: &str = "# 実装計画: 全文検索\n\n## 概要\n\nこの機能はリポジトリのすべてのファイルを\
        索引に登録し、変更されていない文書を読み飛ばします。検索結果は関連度の順に表示されます。\n";
    const CHINESE: &str = "# 实施计划：全量扫描\n\n## 摘要\n\n本功能在首次启动时为仓库中的所有文件建立索引，\
        保存校验和，并跳过未更改的文档。搜索结果按相关性排序显示。\n";
    const KOREAN: &str =
        "# 구현 계획: 전체 검색\n\n## 요약\n\n이 기능은 저장소의 모든 파일을 색인에 등록하고 \
        변경되지 않은 문서는 건너뜁니다. 검색 결과는 관련도 순서로 표시됩니다.\n";

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(
            !unmappable,
            "the fixture is not representable in {}",
            encoding.name()
        );
        bytes.into_owned()
    }

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        let mut out = if little_endian {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in text.encode_utf16() {
            let pair = if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            out.extend_from_slice(&pair);
        }
        out
    }

    #[test]
    fn legacy_encodings_are_recognised_and_decoded_exactly() {
        for (text, encoding, expected) in [
            (RUSSIAN, WINDOWS_1251, "windows-1251"),
            (JAPANESE, SHIFT_JIS, "Shift_JIS"),
            (CHINESE, GB18030, "GB18030"),
            (CHINESE, GBK, "GB18030"),
            (KOREAN, EUC_KR, "EUC-KR"),
        ] {
            let bytes = encode(text, encoding);
            assert!(!is_utf8(&bytes), "{expected}: the fixture must not be UTF-8");
            let decoded = decode(&bytes);
            assert_eq!(decoded.name(), expected, "detected for {}", encoding.name());
            assert_eq!(guess_for_non_utf8(&bytes).map(name), Some(expected));
            assert_eq!(decoded.text, text, "{expected}: decoded text");
            assert!(decoded.lossless && !decoded.bom);
        }
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_and_its_bom_removed() {
        for (little_endian, expected) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let bytes = utf16("# Plan\r\n\r\nÜber 名前\r\n", little_endian);
            assert_eq!(utf16_bom(&bytes).map(name), Some(expected));
            let decoded = decode(&bytes);
            assert_eq!(decoded.name(), expected);
            assert_eq!(decoded.text, "# Plan\r\n\r\nÜber 名前\r\n");
            assert!(decoded.bom && decoded.lossless);
        }
    }

    #[test]
    fn utf8_is_utf8_with_or_without_a_bom() {
        assert_eq!(detect("# Plan ü\n".as_bytes()), UTF_8);
        assert_eq!(detect("\u{FEFF}# Plan\n".as_bytes()), UTF_8);
        assert_eq!(utf16_bom("\u{FEFF}# Plan\n".as_bytes()), None);
        let decoded = decode("\u{FEFF}ü\n".as_bytes());
        assert_eq!((decoded.text.as_str(), decoded.bom), ("ü\n", true));
    }

    #[test]
    fn damaged_utf8_gets_no_guess() {
        let mut bytes = "# Plan: Überblick über die Änderungen — größer\n"
            .as_bytes()
            .to_vec();
        bytes.insert(10, 0xFF);
        assert!(!is_utf8(&bytes));
        assert!(damaged_utf8(&bytes));
        assert_eq!(guess_for_non_utf8(&bytes), None);
        // Text in a legacy encoding is not damaged UTF-8, even when a pair of its bytes happens
        // to form a valid sequence (К» is D2 BB in windows-1251, U+04BB in UTF-8).
        let cyrillic = encode("Статус «ОК» — готово к проверке\n", WINDOWS_1251);
        assert!(!damaged_utf8(&cyrillic));
        assert_eq!(guess_for_non_utf8(&cyrillic).map(name), Some("windows-1251"));
    }

    #[test]
    fn malformed_bytes_make_a_decoding_lossy() {
        // A Shift_JIS lead byte at the very end has no trail byte.
        let mut bytes = encode(JAPANESE, SHIFT_JIS);
        bytes.push(0x82);
        let decoded = decode_as(&bytes, SHIFT_JIS);
        assert!(!decoded.lossless);
        assert!(decoded.text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn descriptions_name_the_encoding_or_the_offset() {
        assert_eq!(
            describe(3, Some("windows-1251")),
            "not UTF-8 (looks like windows-1251)"
        );
        assert_eq!(describe(3, None), "not valid UTF-8 (byte 3)");
    }
}
