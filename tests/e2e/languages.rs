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

use crate::harness::{demo_copy, ensure, run_with_env, App, Check};
use crate::screens::{walk_prompts, walk_screens, write_journal, Tour};
use std::path::Path;

/// Collects the English left on the page, one line per text: "what: text".
const FIND_ENGLISH: &str = r#"
const KEEP = new Set(['SpecDesk', 'spec-kit', 'git', 'Git', 'GitHub', 'Markdown', 'Mermaid', 'HTML',
  'JSON', 'CSV', 'UTF', 'BOM', 'CRLF', 'LF', 'CR', 'Ctrl', 'Shift', 'Alt', 'Esc', 'Enter', 'Tab',
  'Space', 'Backspace', 'PgUp', 'PgDn', 'Home', 'End', 'URL', 'ID', 'CSP', 'OK']);
const skipped = (el) => el.closest('[translate="no"], .cm-editor, [data-testid=preview], script, style, svg');
const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
function english(text) {
  const rest = text
    .replace(/“[^”]*”|"[^"]*"|‘[^’]*’|「[^」]*」|『[^』]*』|«[^»]*»|`[^`]*`/g, ' ')
    .replace(/\[[A-Z0-9 _#\/-]+\]/g, ' ')
    .replace(/\S*[\/\\]\S*/g, ' ')
    .replace(/[\w.-]+\.(md|markdown|toml|ya?ml|json|html?|txt|csv|sh|png)\b/gi, ' ')
    .replace(/\b[A-Z]{1,5}-?\d+\b/g, ' ')
    .replace(/\bF\d{1,2}\b/g, ' ');
  const words = rest.match(/[A-Za-z][A-Za-z'’]+/g) || [];
  return words.filter((word) => !KEEP.has(word));
}
const found = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (!el || skipped(el) || !shown(el)) continue;
  const words = english(node.textContent);
  if (words.length) found.push('text: ' + node.textContent.trim().slice(0, 120));
}
for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description], [aria-roledescription], [aria-valuetext]')) {
  if (skipped(el) || !shown(el)) continue;
  for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext']) {
    const value = el.getAttribute(name);
    if (value && english(value).length) found.push(name + ': ' + value.slice(0, 120));
  }
}
return [...new Set(found)];
"#;

async fn english_on_page(app: &App) -> Check<Vec<String>> {
    let value = app.execute(FIND_ENGLISH).await?;
    Ok(value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default())
}

/// The walk through a copy of the demo repository at `root`.
fn demo_tour(root: &Path) -> Tour<'static> {
    Tour {
        plan: "specs/001-photo-albums/plan.md",
        root: root.to_path_buf(),
        feature_with_a_problem: 2,
        quick_open_query: "plan",
        search_query: "album",
    }
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
    let (_dir, root, path) = demo_copy();
    let data = tempfile::tempdir().unwrap();
    let plan = demo_tour(&root).plan;
    write_journal(
        data.path(),
        &root,
        plan,
        "# Implementation Plan: unsaved before a crash\n",
    )
    .unwrap();
    let data_dir = format!("--data-dir={}", data.path().display());
    let env = [("LANG", posix_locale), ("LC_ALL", posix_locale), ("LANGUAGE", "")];
    run_with_env(
        &format!("every_screen_speaks_{tag}"),
        &[&path, &data_dir],
        &env,
        |app| {
            let tour = demo_tour(&root);
            Box::pin(async move {
                app.wait_for("[data-testid=restore-prompt]").await?;
                let lang = app.execute("return document.documentElement.lang").await?;
                ensure(lang == tag, || {
                    format!("{posix_locale}: the page's language is {lang}, not {tag}")
                })?;
                let shots = std::env::var("SPECDESK_E2E_SHOTS").ok();
                let mut all: Vec<String> = Vec::new();
                let mut look = async |stop: &str| -> Check {
                    if let Some(dir) = &shots {
                        let name = format!("{tag}-{}.png", stop.replace(' ', "-"));
                        app.save_screenshot(&Path::new(dir).join(name)).await?;
                    }
                    let found = english_on_page(app).await?;
                    all.extend(found.into_iter().map(|f| format!("{stop}: {f}")));
                    Ok(())
                };
                walk_prompts(app, &tour, &mut look).await?;
                // Back to the plan, then every screen.
                app.press("\u{E00C}").await?;
                app.click("[data-testid=feature-item]", 0).await?;
                walk_screens(app, &tour, &mut look).await?;
                all.dedup();
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
