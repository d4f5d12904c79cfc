//! The interface in the user's language: the app started with `LANG=ko_KR.UTF-8`, `ja_JP.UTF-8`
//! or `zh_CN.UTF-8` walks every screen and prompt ([`crate::screens`]) and finds no English
//! outside user content, codes and file names.
//!
//! What counts as English: a Latin word of two letters or more in a visible text or an accessible
//! name (`aria-label`, `title`, `placeholder`, `alt`, `aria-description`), once these are set
//! aside: anything inside an element marked `translate="no"` (the plans' own text, feature and
//! file names, branch names: the app marks them so) or inside the editor and the preview; quoted
//! words (“Summary” names the template's heading, not ours); file names, paths and codes (plan.md,
//! specs/…, SD001, FR-001); and the names nobody translates (SpecDesk, spec-kit, git, Markdown,
//! Mermaid, key names such as Ctrl).

use crate::harness::{ensure, run_with_env, strings, App, Check};
use crate::screens::{demo_git_copy, walk_prompts, walk_screens, write_journal, Tour};
use std::path::Path;

/// Collects the English left on the page, one line per text: "what: text". `PHRASES` (set
/// before this runs) holds the repository's own lines, lower-cased, which an accessible name may
/// repeat ("Phase 1: Setup: 1 of 2 done").
const FIND_ENGLISH: &str = r#"
const KEEP = new Set(['SpecDesk', 'spec-kit', 'git', 'Git', 'GitHub', 'Markdown', 'Mermaid', 'HTML',
  'JSON', 'CSV', 'UTF', 'BOM', 'CRLF', 'LF', 'CR', 'Ctrl', 'Shift', 'Alt', 'Esc', 'Enter', 'Tab',
  'Space', 'Backspace', 'PgUp', 'PgDn', 'Home', 'End', 'URL', 'ID', 'CSP', 'OK', 'KB', 'MB', 'GB',
  // spec-kit's template names.
  'Lite']);
const skipped = (el) => el.closest('[translate="no"], .cm-editor, [data-testid=preview], code, kbd, samp, pre, script, style, svg');
const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
/** `text` without what is never translated: quotes, placeholders, paths, file names, codes. */
function strip(text) {
  return text
    .replace(/“[^”]*”|"[^"]*"|‘[^’]*’|「[^」]*」|『[^』]*』|«[^»]*»|`[^`]*`/g, ' ')
    .replace(/\[[A-Z0-9 _#\/-]+\]/g, ' ')
    .replace(/\S*[\/\\]\S*/g, ' ')
    .replace(/[\w.-]+\.(md|markdown|toml|ya?ml|json|html?|txt|csv|sh|png)\b/gi, ' ')
    .replace(/\b[A-Z]{1,5}-?\d+\b/g, ' ')
    .replace(/\b\d+[a-z0-9]*(-[a-z0-9]+)+\b/g, ' ')
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, (word) => KEEP.has(word) ? word : ' ')
    .replace(/\bF\d{1,2}\b/g, ' ');
}
/** The English words left in `text`. */
function english(text) {
  const rest = strip(text);
  const words = rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) || [];
  return words.filter((word) => !KEEP.has(word));
}
/** `value` without what it repeats of user content: the element's own untranslated parts and
 * the repository's lines. */
function withoutUserContent(value, el) {
  let rest = value;
  for (const part of el.querySelectorAll('[translate="no"]')) {
    const text = part.textContent.trim();
    if (text) rest = rest.split(text).join(' ');
  }
  const lower = rest.toLowerCase();
  const cut = [];
  for (const phrase of PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      // Whole words only: "tasks" is cut neither out of "subtasks" nor out of "tasks.md".
      if (/[a-z0-9_.\/-]/.test(lower[at - 1] || '') || /[a-z0-9_.\/-]/.test(lower[end] || '')) continue;
      cut.push([at, end]);
    }
  }
  cut.sort((a, b) => a[0] - b[0]);
  let out = '', from = 0;
  for (const [start, end] of cut) {
    if (start > from) out += rest.slice(from, start) + ' ';
    from = Math.max(from, end);
  }
  return out + rest.slice(from);
}
const found = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (!el || skipped(el) || !shown(el)) continue;
  if (english(node.textContent).length) found.push('text: ' + node.textContent.trim().slice(0, 140));
}
const NAMES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext'];
for (const el of document.querySelectorAll(NAMES.map((name) => '[' + name + ']').join(', '))) {
  if (skipped(el) || !shown(el)) continue;
  for (const name of NAMES) {
    const value = el.getAttribute(name);
    if (value && english(withoutUserContent(value, el)).length) found.push(name + ': ' + value.slice(0, 140));
  }
}
return [...new Set(found)];
"#;

/// The repository's own lines (headings, list items, table cells, the text of its Markdown) and
/// its documents' names,
/// lower-cased, without their Markdown marks: what the app may quote in an accessible name.
fn repository_phrases(root: &Path) -> Vec<String> {
    let mut phrases = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                // A checklist is named by its file: checklists/requirements.md is "requirements".
                if let Some(stem) = path.file_stem() {
                    phrases.push(stem.to_string_lossy().to_lowercase());
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for line in text.lines() {
                    let line = line
                        .trim()
                        .trim_start_matches(['#', '-', '*', '>', ' '])
                        .trim_start_matches("[ ] ")
                        .trim_start_matches("[x] ")
                        .trim_start_matches("[X] ");
                    for cell in line.split('|') {
                        let cell = cell.replace("**", "").trim().to_lowercase();
                        if cell.chars().count() >= 3 {
                            phrases.push(cell);
                        }
                    }
                }
            }
        }
    }
    // Longest first, so a line is cut before a shorter line inside it.
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    phrases.dedup();
    phrases
}

async fn english_on_page(app: &App, phrases: &str) -> Check<Vec<String>> {
    let value = app
        .execute(&format!("const PHRASES = {phrases};\n{FIND_ENGLISH}"))
        .await?;
    Ok(strings(&value))
}

#[tokio::test]
async fn every_screen_speaks_korean_under_a_korean_locale() {
    no_english_anywhere("ko_KR.UTF-8", "ko").await;
}

#[tokio::test]
async fn every_screen_speaks_japanese_under_a_japanese_locale() {
    no_english_anywhere("ja_JP.UTF-8", "ja").await;
}

#[tokio::test]
async fn every_screen_speaks_simplified_chinese_under_a_chinese_locale() {
    no_english_anywhere("zh_CN.UTF-8", "zh-Hans").await;
}

/// Start the app under `posix_locale`, check it chose `tag`, walk every screen and prompt and
/// collect the English found; screenshots of each stop go to `SPECDESK_E2E_SHOTS` when set.
async fn no_english_anywhere(posix_locale: &'static str, tag: &'static str) {
    let (_dir, root, path) = demo_git_copy();
    let data = tempfile::tempdir().unwrap();
    let plan = Tour::demo(&root).plan;
    write_journal(
        data.path(),
        &root,
        plan,
        "# Implementation Plan: unsaved before a crash\n",
    )
    .unwrap();
    let data_dir = format!("--data-dir={}", data.path().display());
    let env = [
        ("LANG", posix_locale),
        ("LC_ALL", posix_locale),
        ("LANGUAGE", ""),
        // Where the locale is installed, GTK picks the XIM input method for it, which has no
        // server under Xvfb: after the first key the window would stop repainting.
        ("GTK_IM_MODULE", "gtk-im-context-simple"),
    ];
    run_with_env(
        &format!("every_screen_speaks_{tag}"),
        &[&path, &data_dir],
        &env,
        |app| {
            let tour = Tour::demo(&root);
            Box::pin(async move {
                app.wait_for("[data-testid=restore-prompt]").await?;
                let lang = app.execute("return document.documentElement.lang").await?;
                ensure(lang == tag, || {
                    format!("{posix_locale}: the page's language is {lang}, not {tag}")
                })?;
                let shots = std::env::var("SPECDESK_E2E_SHOTS").ok();
                let phrases = serde_json::to_string(&repository_phrases(&tour.root)).unwrap_or_default();
                // Each English text once, with the first stop it was seen at.
                let mut all: Vec<String> = Vec::new();
                let mut seen = std::collections::HashSet::new();
                let mut look = async |stop: &str| -> Check {
                    if let Some(dir) = &shots {
                        let name = format!("{tag}-{}.png", stop.replace(' ', "-"));
                        app.save_screenshot(&Path::new(dir).join(name)).await?;
                    }
                    for text in english_on_page(app, &phrases).await? {
                        if seen.insert(text.clone()) {
                            all.push(format!("{stop}: {text}"));
                        }
                    }
                    Ok(())
                };
                walk_prompts(app, &tour, &mut look).await?;
                // Back to the plan, then every screen.
                app.press("\u{E00C}").await?;
                app.click("[data-testid=feature-item]", 0).await?;
                walk_screens(app, &tour, &mut look).await?;
                ensure(all.is_empty(), || {
                    format!(
                        "{} English strings under {posix_locale}:\n{}",
                        all.len(),
                        all.join("\n")
                    )
                })
            })
        },
    )
    .await;
}
