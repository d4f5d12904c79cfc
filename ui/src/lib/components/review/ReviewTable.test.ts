import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import ReviewTable from "./ReviewTable.svelte";
import { reviewRow } from "../../testing/reviewFixtures";

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
});
