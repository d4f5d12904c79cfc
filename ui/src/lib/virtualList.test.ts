import { describe, expect, it } from "vitest";
import { visibleItems, visibleWindow } from "./virtualList";

describe("visibleWindow", () => {
  it("covers the viewport plus overscan, clamped to the list", () => {
    expect(visibleWindow(0, 500, 50, 1000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleWindow(5000, 500, 50, 1000, 5)).toEqual({ start: 95, end: 116 });
    expect(visibleWindow(49_900, 500, 50, 1000, 5)).toEqual({ start: 993, end: 1000 });
    expect(visibleWindow(0, 500, 50, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(visibleWindow(-20, 0, 50, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe("visibleItems", () => {
  const uniform = Array.from({ length: 1000 }, () => 50);

  it("renders the rows the viewport crosses plus overscan, and accounts for the space around", () => {
    for (const scrollTop of [0, 25, 5000, 49_500, 49_900]) {
      const slice = visibleItems(uniform, scrollTop, 500, 5);
      const first = Math.floor(scrollTop / 50);
      const last = Math.min(999, Math.ceil((scrollTop + 500) / 50) - 1);
      expect(slice.start).toBe(Math.max(0, first - 5));
      expect(slice.end).toBe(Math.min(1000, last + 1 + 5));
      expect(slice.before).toBe(slice.start * 50);
      expect(slice.before + (slice.end - slice.start) * 50 + slice.after).toBe(50_000);
    }
  });

  it("finds the items of mixed heights that the viewport crosses", () => {
    // A heading of 30 px before every 10 rows of 54 px.
    const heights = Array.from({ length: 110 }, (_, i) => (i % 11 === 0 ? 30 : 54));
    const slice = visibleItems(heights, 1000, 300, 0);
    const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0));
    expect(tops[slice.start]).toBeLessThanOrEqual(1000);
    expect(tops[slice.start] + heights[slice.start]).toBeGreaterThan(1000);
    expect(tops[slice.end - 1]).toBeLessThan(1300);
    expect(slice.end === heights.length || tops[slice.end] >= 1300).toBe(true);
    expect(slice.before).toBe(tops[slice.start]);
  });

  it("shows everything of a short list, and nothing of an empty one", () => {
    expect(visibleItems([54, 54, 30], 0, 800)).toEqual({ start: 0, end: 3, before: 0, after: 0 });
    expect(visibleItems([], 100, 800)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it("keeps the last items when scrolled past the end", () => {
    const slice = visibleItems(uniform, 1e9, 500, 2);
    expect(slice.end).toBe(1000);
    expect(slice.start).toBe(998);
  });
});
