// The native window title: where you are and whether anything is unsaved ("● " in front and
// the count behind, like other editors), so the task switcher shows unsaved work too.
import { t } from "./i18n";

export interface TitleParts {
  /** The repository's folder name, if one is open. */
  repo: string | null;
  /** The selected feature's folder name, if any. */
  feature: string | null;
  /** How many documents hold unsaved changes. */
  unsaved: number;
}

/** "● 001-photo-albums — demo-repo — SpecDesk (1 unsaved)". */
export function windowTitle({ repo, feature, unsaved }: TitleParts): string {
  const place = [feature, repo, "SpecDesk"].filter((part): part is string => !!part).join(" — ");
  if (unsaved <= 0) return place;
  return t("window-title-unsaved", { place, count: unsaved });
}
