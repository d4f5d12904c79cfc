import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import ReviewView from "./ReviewView.svelte";
import { ReviewStore } from "../../reviewState.svelte";
import type { ReviewIpc } from "../../reviewIpc";
import { reviewRow } from "../../testing/reviewFixtures";
import { setLocale, startLocale } from "../../i18n";

// The back end's language events: `startLocale` listens to `locale-changed`, which the test sends.
const events = vi.hoisted(() => ({ handlers: new Map<string, (event: { payload: unknown }) => unknown>() }));
vi.mock("@tauri-apps/api/event", () => ({
  listen: async (name: string, handler: (event: { payload: unknown }) => unknown) => {
    events.handlers.set(name, handler);
    return () => events.handlers.delete(name);
  },
}));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (command: string) => {
    if (command === "ui_locale") return { locale: "en", setting: null, system: "en", available: [] };
    throw new Error(`no ${command} here`);
  },
}));

describe("ReviewView", () => {
  afterEach(async () => {
    cleanup();
    await setLocale("en");
  });

  it("switches language with the back end and asks it again for the review it wrote in the old one", async () => {
    await startLocale();
    const row = reviewRow("001", {
      validation: "unreadable",
      diagnostics: null,
      unreadable: [{ relPath: "specs/001-x/plan.md", name: "plan.md", kind: "plan", code: "binary", encoding: null, reason: "binary (contains NUL bytes)" }],
    });
    const features = [row];
    const summary = { features: 1, plans: 1, tasks: { done: 1, total: 4 }, planChecklists: { done: 1, total: 2 }, checklists: { done: 0, total: 0 }, errors: 0, warnings: 0 };
    const ipc: ReviewIpc = {
      reviewStatus: vi.fn(async () => ({
        review: { name: "repo", template: { kind: "builtinLite" }, features, summary, stages: [], coverage: { done: 0, total: 0 }, failing: 1, placeholders: 0 },
        elapsedMs: 1,
      })),
      reviewSetCheckbox: vi.fn(),
      reportDiagramSources: vi.fn(async () => []),
      exportReport: vi.fn(async () => null),
    } as ReviewIpc;
    const review = new ReviewStore(ipc);
    render(ReviewView, { review, screen: "review", onscreen: vi.fn(), onopen: vi.fn(), onexport: vi.fn() });
    await waitFor(() => expect(screen.getByTestId("review-validation").textContent).toBe("plan.md binary (contains NUL bytes)"));
    expect(ipc.reviewStatus).toHaveBeenCalledTimes(1);

    // The back end now speaks Japanese: its next review says why in Japanese.
    row.unreadable = [{ ...row.unreadable[0], reason: "バイナリ (NUL バイトを含む)" }];
    await events.handlers.get("locale-changed")?.({ payload: { locale: "ja", setting: "ja", system: "en", available: [] } });
    await waitFor(() => expect(screen.getByTestId("review-validation").textContent).toBe("plan.md: バイナリ (NUL バイトを含む)"));
    expect(ipc.reviewStatus).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("button", { name: "レポートをエクスポート…" })).toBeTruthy();
    expect(screen.getByTestId("review-shown").textContent).toBe("1 件の機能");
  });
});
