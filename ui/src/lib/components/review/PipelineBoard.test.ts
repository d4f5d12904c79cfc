import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import PipelineBoard from "./PipelineBoard.svelte";
import { reviewRow } from "../../testing/reviewFixtures";
import { setLocale } from "../../i18n";

describe("PipelineBoard", () => {
  afterEach(async () => {
    cleanup();
    await setLocale("en");
  });

  const rows = [
    reviewRow("001", { stage: "done", overall: { done: 6, total: 6 } }),
    reviewRow("002", { stage: "inProgress", validation: "warnings", diagnostics: { errors: 0, warnings: 1, infos: 0 } }),
    reviewRow("003", { stage: "inProgress", validation: "warnings", diagnostics: { errors: 0, warnings: 2, infos: 0 } }),
  ];
  const headings = (): string[] => screen.getAllByRole("heading").map((h) => h.textContent?.replace(/\s+/g, " ").trim() ?? "");

  it("shows a column per stage with its count, and each card's facts", () => {
    render(PipelineBoard, { rows, onopen: vi.fn() });
    expect(headings()).toEqual(["Spec only 0", "Planned 0", "Tasks written 0", "In progress 2", "Done 1"]);
    const card = screen.getAllByTestId("pipeline-card").find((c) => c.dataset.feature === "specs/002-x");
    expect(card?.textContent).toContain("1 warning");
    expect(card?.textContent).toContain("33%");
    expect(card?.textContent).toContain("tasks 1/4 · plan 1/2");
  });

  it("renders in Japanese, plural counts included", async () => {
    await setLocale("ja");
    render(PipelineBoard, { rows, onopen: vi.fn() });
    expect(headings()).toEqual(["仕様のみ 0", "計画済み 0", "タスク作成済み 0", "進行中 2", "完了 1"]);
    const cards = screen.getAllByTestId("pipeline-card");
    expect(cards.find((c) => c.dataset.feature === "specs/003-x")?.textContent).toContain("警告 2 件");
    expect(cards.find((c) => c.dataset.feature === "specs/002-x")?.textContent).toContain("タスク 1/4 · 計画 1/2");
    expect(cards.find((c) => c.dataset.feature === "specs/001-x")?.textContent).toContain("問題なし");
  });

  it("follows a change of language while shown, and offers more cards in it", async () => {
    const many = Array.from({ length: 65 }, (_, i) => reviewRow(String(i + 1).padStart(3, "0"), { stage: "planned" }));
    render(PipelineBoard, { rows: many, onopen: vi.fn() });
    expect(screen.getByRole("button", { name: "Show 5 more of 5" })).toBeTruthy();
    await setLocale("ko");
    await tick();
    expect(headings()[1]).toBe("계획됨 65");
    expect(screen.getByRole("button", { name: "5개 더 보기(남은 항목 5개)" })).toBeTruthy();
  });
});
