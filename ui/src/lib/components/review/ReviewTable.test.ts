import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import ReviewTable from "./ReviewTable.svelte";
import { reviewRow } from "../../testing/reviewFixtures";
import { setLocale } from "../../i18n";

describe("ReviewTable", () => {
  afterEach(cleanup);

  const props = (count: number) => ({
    rows: Array.from({ length: count }, (_, i) => reviewRow(String(i + 1).padStart(4, "0"))),
    busy: {},
    ontoggle: vi.fn(),
    onopen: vi.fn(),
  });

  it("renders only the rows near the viewport of a long list", () => {
    render(ReviewTable, props(1000));
    const rows = screen.getAllByTestId("review-row");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].dataset.feature).toBe("specs/0001-x");
  });

  it("shows each plan checkbox as a real, labelled checkbox in the state on disk", () => {
    render(ReviewTable, props(1));
    const boxes = screen.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect(boxes[1].getAttribute("aria-label")).toBe("Risks (line 41)");
    expect(screen.getByTestId("review-plan-progress").textContent).toBe("1/2");
  });

  it("a click asks for the toggle without ticking the box itself", async () => {
    const p = props(1);
    render(ReviewTable, p);
    const box = screen.getAllByRole("checkbox")[1] as HTMLInputElement;
    await fireEvent.click(box);
    expect(p.ontoggle).toHaveBeenCalledWith(p.rows[0], p.rows[0].planChecklist?.items[1]);
    expect(box.checked).toBe(false);
    expect(p.onopen).not.toHaveBeenCalled();
  });

  it("Enter or Ctrl+click on a checkbox opens the plan at its line; a phase opens tasks.md", async () => {
    const p = props(1);
    render(ReviewTable, p);
    const box = screen.getAllByRole("checkbox")[1];
    await fireEvent.keyDown(box, { key: "Enter" });
    await fireEvent.click(box, { ctrlKey: true });
    expect(p.onopen).toHaveBeenNthCalledWith(1, "specs/0001-x", "specs/0001-x/plan.md", 41);
    expect(p.onopen).toHaveBeenNthCalledWith(2, "specs/0001-x", "specs/0001-x/plan.md", 41);
    expect(p.ontoggle).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole("button", { name: /Phase 1: Setup: 1 of 4 done/ }));
    expect(p.onopen).toHaveBeenLastCalledWith("specs/0001-x", "specs/0001-x/tasks.md", 7);
    await fireEvent.click(screen.getByTestId("review-open"));
    expect(p.onopen).toHaveBeenLastCalledWith("specs/0001-x", "specs/0001-x/plan.md", null);
  });

  it("disables a checkbox while its write is in flight", () => {
    render(ReviewTable, { ...props(1), busy: { "specs/0001-x/plan.md#1": true } });
    const boxes = screen.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((b) => b.disabled)).toEqual([false, true]);
  });

  describe("in other languages", () => {
    afterEach(async () => {
      await setLocale("en");
    });

    const row = (): ReturnType<typeof reviewRow> =>
      reviewRow("0001", {
        validation: "errors",
        diagnostics: { errors: 3, warnings: 1, infos: 0 },
        placeholders: 2,
        modifiedMs: Date.now() - 3 * 86_400_000,
      });

    it("renders in Japanese: headers, stage, counts, labels and the age", async () => {
      await setLocale("ja");
      render(ReviewTable, { ...props(1), rows: [row()] });
      const headers = screen.getAllByRole("columnheader").map((h) => h.textContent?.trim());
      expect(headers).toEqual(["機能", "段階", "計画", "計画チェックリスト", "タスク", "チェックリスト", "カバレッジ", "最終更新"]);
      expect(screen.getByText("進行中")).toBeTruthy();
      expect(screen.getByTestId("review-validation").textContent).toBe("エラー 3 件 · 警告 1 件");
      expect(screen.getByTestId("review-placeholders").textContent).toBe("プレースホルダー 2 件");
      expect(screen.getAllByRole("checkbox")[1].getAttribute("aria-label")).toBe("Risks（41 行目）");
      expect(screen.getByRole("button", { name: "Phase 1: Setup: 4 件中 1 件完了、tasks.md を開く" })).toBeTruthy();
      expect(screen.getByText("3 日前")).toBeTruthy();
    });

    it("renders in Korean, with the plural-free counts of Korean", async () => {
      await setLocale("ko");
      render(ReviewTable, { ...props(1), rows: [row()] });
      expect(screen.getByTestId("review-validation").textContent).toBe("오류 3개 · 경고 1개");
      expect(screen.getByTestId("review-placeholders").textContent).toBe("자리 표시자 2개");
      expect(screen.getByText("3일 전")).toBeTruthy();
    });

    it("follows a change of language while shown", async () => {
      render(ReviewTable, { ...props(1), rows: [row()] });
      expect(screen.getByTestId("review-placeholders").textContent).toBe("2 placeholders");
      expect(screen.getByText("3 days ago")).toBeTruthy();
      await setLocale("zh-Hans");
      await tick();
      expect(screen.getByTestId("review-placeholders").textContent).toBe("2 个占位符");
      expect(screen.getByText("3天前")).toBeTruthy();
      expect(screen.getAllByRole("columnheader")[0].textContent?.trim()).toBe("功能");
    });
  });
});
