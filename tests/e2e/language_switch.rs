//! The app in the system's language, switched without a restart: started with
//! `LANG=ja_JP.UTF-8`, a plan's problem is worded in Japanese in the Problems panel; View ▸
//! Language ▸ English words it in English at once, and the choice is kept.

use crate::harness::{ensure, repo_with_plan, run_with_env, wait_for_editor, App, Check};
use std::path::Path;

const LITE: &str = include_str!("../../crates/specdesk-core/templates/plan-template-lite.md");

/// The Problems panel's messages.
async fn messages(app: &App, done: impl Fn(&[String]) -> bool) -> Check<Vec<String>> {
    app.wait_for_texts("[data-testid=problem] .msg", done).await
}

#[tokio::test]
async fn diagnostics_follow_the_language_chosen_in_the_menu() {
    // A plan from the Lite template with a date that is not ISO 8601 (SD006).
    let plan = LITE
        .replace("[FEATURE]", "Photo albums")
        .replace("[###-feature-name]", "001-photo-albums")
        .replace("[DATE]", "Jan 2, 2026");
    let (_repo, path) = repo_with_plan(&plan);
    let japanese = "日付「Jan 2, 2026」は ISO 8601 形式の日付（YYYY-MM-DD）ではありません";
    let english = "Date “Jan 2, 2026” is not an ISO 8601 date (YYYY-MM-DD)";
    let env = [
        ("LANG", "ja_JP.UTF-8"),
        ("LANGUAGE", ""),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    run_with_env(
        "diagnostics_follow_the_language_chosen_in_the_menu",
        &[&path],
        &env,
        |app| {
            Box::pin(async move {
                wait_for_editor(app, "the plan", |t| t.contains("Jan 2, 2026")).await?;
                let shown = messages(app, |m| m.iter().any(|m| m == japanese)).await?;
                ensure(!shown.iter().any(|m| m == english), || {
                    format!("English next to Japanese: {shown:?}")
                })?;
                let lang = app.execute("return document.documentElement.lang").await?;
                ensure(lang == "ja", || format!("<html lang> is {lang}"))?;
                if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join("problems-ja.png"))
                        .await?;
                }

                app.choose_menu_item("language-en").await?;
                let shown = messages(app, |m| m.iter().any(|m| m == english)).await?;
                ensure(!shown.iter().any(|m| m == japanese), || {
                    format!("Japanese left after choosing English: {shown:?}")
                })?;
                let lang = app.execute("return document.documentElement.lang").await?;
                ensure(lang == "en", || format!("<html lang> is {lang}"))?;
                let ui = app.invoke("ui_locale", serde_json::json!({})).await?;
                let ui = ui.map_err(|e| format!("ui_locale failed: {e}"))?;
                ensure(
                    ui["locale"] == "en" && ui["setting"] == "en" && ui["system"] == "ja",
                    || format!("ui_locale says {ui}"),
                )?;
                // Kept for the next start, in the data directory.
                let kept = std::fs::read_to_string(
                    app.data_home()
                        .join("dev.specdesk.app.test")
                        .join("ui-locale.json"),
                )
                .unwrap_or_default();
                ensure(kept.contains("\"en\""), || {
                    format!("ui-locale.json holds {kept:?}")
                })?;
                if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join("problems-en.png"))
                        .await?;
                }
                Ok(())
            })
        },
    )
    .await;
}
