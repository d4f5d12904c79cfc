// View → Zoom In / Zoom Out / Actual Size (Ctrl+= / Ctrl+- / Ctrl+0): the whole window scaled by
// the web view (text, controls and layout together, up to 300%), remembered for the next start.
import { getCurrentWebview } from "@tauri-apps/api/webview";

/** The zoom levels the menu steps through, as browsers offer them. */
export const ZOOM_STEPS: readonly number[] = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const STORAGE_KEY = "specdesk.zoom";

/** The level after `current` in `direction` (+1 in, -1 out, 0 back to 100%). */
export function nextZoom(current: number, direction: 1 | -1 | 0): number {
  if (direction === 0) return 1;
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 1e-6) ?? ZOOM_STEPS[0];
}

/** The level remembered from the last run (100% when none, or when it is not one of the steps). */
export function savedZoom(storage: Pick<Storage, "getItem"> = localStorage): number {
  const value = Number(storage.getItem(STORAGE_KEY));
  return ZOOM_STEPS.includes(value) ? value : 1;
}

/** Zoom the window to `scale` and remember it. */
export async function applyZoom(scale: number, storage: Pick<Storage, "setItem"> = localStorage): Promise<void> {
  await getCurrentWebview().setZoom(scale);
  storage.setItem(STORAGE_KEY, String(scale));
}
