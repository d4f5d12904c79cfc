// Where the interface's language comes from: the backend, which knows the user's setting and the
// system locale (LC_ALL, LC_MESSAGES, LANG) and also speaks it in the native menu and in the
// diagnostics. `startLocale` runs before the app is mounted, so the first paint is already in the
// user's language; `locale-changed` (View ▸ Language) switches it later.
import { listen } from "@tauri-apps/api/event";
import { call } from "../ipc";
import { isLocale, negotiate, setLocale, type Locale } from "./locale.svelte";
import type { UiLocale } from "../bindings/UiLocale";

export type { UiLocale };

const listeners = new Set<(locale: Locale) => void>();

/** Call `listener` after each later change of language (to fetch again what the backend wrote in
 * the old one, such as diagnostics). Returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function apply(info: UiLocale | null): Promise<Locale> {
  const next = isLocale(info?.locale) ? info.locale : negotiate(navigator.languages ?? [navigator.language]);
  await setLocale(next);
  return next;
}

/** The setting a View ▸ Language menu item chooses (`language-ko` → `"ko"`, `language-system` →
 * `null`: follow the system), or `undefined` for an id that is not one. */
export function languageSetting(id: string): string | null | undefined {
  if (id === "language-system") return null;
  const tag = id.startsWith("language-") ? id.slice("language-".length) : "";
  return isLocale(tag) ? tag : undefined;
}

/** Load the language the backend chose (the browser's languages if it cannot say) and follow its
 * changes. A View ▸ Language item that reaches the page as a `menu` event (the native menu sets the
 * language itself; a test or a synthesized key sends the event) sets it through `set_ui_locale`. */
export async function startLocale(): Promise<void> {
  const info = await call<UiLocale>("ui_locale").catch((error: unknown) => {
    console.error("ui_locale:", error);
    return null;
  });
  await apply(info);
  await listen<UiLocale>("locale-changed", async (event) => {
    const next = await apply(event.payload);
    for (const listener of listeners) listener(next);
  });
  await listen<{ id: string }>("menu", (event) => {
    const setting = languageSetting(event.payload.id);
    if (setting === undefined) return;
    call<UiLocale>("set_ui_locale", { setting }).catch((error: unknown) => console.error("set_ui_locale:", error));
  });
}
