// The interface's messages in the user's language (Project Fluent): `t`, `tAttr`, the locale and
// locale-aware formatting. See locale.svelte.ts; the messages are in locales/*.ftl at the root.
export {
  LOCALES,
  formatDate,
  formatListParts,
  formatNumber,
  formatRelativeTime,
  isLocale,
  locale,
  negotiate,
  setLocale,
  t,
  tAttr,
  type Locale,
  type MessageArgs,
} from "./locale.svelte";
export { startLocale, onLocaleChange, languageSetting, type UiLocale } from "./backend";
