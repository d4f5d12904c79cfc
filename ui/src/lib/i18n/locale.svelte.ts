// The interface's language: which Fluent bundle `t` reads, and the locale-aware formatting of
// numbers, dates and relative times. The backend decides the locale (the user's setting, else the
// system's: see `ui_locale`); this module holds it in one `$state`, so every template that calls
// `t` re-renders when it changes. English is loaded eagerly and is the fallback for any id a
// translation lacks; the other languages load when chosen.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import englishSource from "../../../../locales/en.ftl?raw";

/** The languages the interface is written in, as BCP 47 tags (the .ftl files' names). */
export const LOCALES = ["en", "ko", "ja", "zh-Hans"] as const;
export type Locale = (typeof LOCALES)[number];

/** Arguments of a message: Fluent formats numbers with the locale's rules and plural categories. */
export type MessageArgs = Record<string, FluentVariable>;

const sources = import.meta.glob<string>("../../../../locales/*.ftl", { query: "?raw", import: "default" });

function bundleOf(locale: Locale, source: string): FluentBundle {
  // No bidi isolation marks: all four languages are left-to-right, and the marks would end up in
  // copied text and accessible names.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const error of bundle.addResource(new FluentResource(source))) {
    console.error(`locales/${locale}.ftl: ${error.message}`);
  }
  return bundle;
}

const english = bundleOf("en", englishSource);
const loaded = new Map<Locale, FluentBundle>([["en", english]]);
let current = $state.raw({ locale: "en" as Locale, bundle: english });

/** Whether `tag` is one of the interface's languages. */
export function isLocale(tag: unknown): tag is Locale {
  return typeof tag === "string" && (LOCALES as readonly string[]).includes(tag);
}

/** The interface language closest to the given preferences (BCP 47 or POSIX), English if none. */
export function negotiate(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const tag = preference.replace(/[.@].*$/, "").replace(/_/g, "-").toLowerCase();
    const [language, ...rest] = tag.split("-");
    if (language === "zh") {
      if (rest.includes("hant") || rest.includes("tw") || rest.includes("hk") || rest.includes("mo")) continue;
      return "zh-Hans";
    }
    const found = LOCALES.find((locale) => locale === language);
    if (found) return found;
  }
  return "en";
}

/** The interface's current language. */
export function locale(): Locale {
  return current.locale;
}

/** Switch the interface to `next`, loading its messages first; `<html lang>` follows (screen
 * readers and the choice of CJK glyphs depend on it). */
export async function setLocale(next: Locale): Promise<void> {
  let bundle = loaded.get(next);
  if (!bundle) {
    const load = Object.entries(sources).find(([path]) => path.endsWith(`/${next}.ftl`))?.[1];
    if (!load) throw new Error(`no messages for ${next}`);
    bundle = bundleOf(next, await load());
    loaded.set(next, bundle);
  }
  current = { locale: next, bundle };
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

function formatted(bundle: FluentBundle, id: string, attribute: string | null, args?: MessageArgs): string | null {
  const message = bundle.getMessage(id);
  const pattern = attribute === null ? message?.value : message?.attributes[attribute];
  if (!pattern) return null;
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args ?? null, errors);
  for (const error of errors) console.warn(`${bundle.locales[0]}: ${id}: ${error.message}`);
  return text;
}

function lookup(id: string, attribute: string | null, args?: MessageArgs): string {
  const { bundle } = current;
  const text = formatted(bundle, id, attribute, args) ?? (bundle === english ? null : formatted(english, id, attribute, args));
  if (text !== null) return text;
  console.error(`missing message ${attribute === null ? id : `${id}.${attribute}`}`);
  return attribute === null ? id : `${id}.${attribute}`;
}

/** The message `id` in the current language (English when the translation lacks it), with
 * `args` put in: `t("problems-count", { count: 3 })`. Reactive in templates. */
export function t(id: string, args?: MessageArgs): string {
  return lookup(id, null, args);
}

/** An attribute of message `id` (`.title`, `.aria-label`, `.placeholder`). */
export function tAttr(id: string, attribute: string, args?: MessageArgs): string {
  return lookup(id, attribute, args);
}

/** `value` as the current language writes numbers (grouping, digits). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(current.locale, options).format(value);
}

/** `date` as the current language writes dates and times. */
export function formatDate(date: Date | number, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(current.locale, options).format(date);
}

/** "3 minutes ago", "in 2 days", "yesterday" in the current language. */
export function formatRelativeTime(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return new Intl.RelativeTimeFormat(current.locale, { numeric: "auto" }).format(value, unit);
}

/** A list as the current language joins it ("a, b and c"; "a、b、c"), in parts: each item
 * (`element`) and the words between them (`literal`), so the items can be drawn apart (branch
 * names, never translated, in their own element). */
export function formatListParts(
  items: readonly string[],
  type: Intl.ListFormatType = "conjunction",
): { type: "element" | "literal"; value: string }[] {
  return new Intl.ListFormat(current.locale, { style: "long", type }).formatToParts(items);
}
