import { describe, expect, it } from "vitest";
import { nextZoom, savedZoom } from "./zoom";

describe("zoom", () => {
  it("steps through the levels and stops at both ends", () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1.75, 1)).toBe(2);
    expect(nextZoom(3, 1)).toBe(3);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(0.5, -1)).toBe(0.5);
    expect(nextZoom(2.5, 0)).toBe(1);
    // From a level between steps, the next step in that direction.
    expect(nextZoom(1.3, 1)).toBe(1.5);
    expect(nextZoom(1.3, -1)).toBe(1.25);
  });

  it("remembers only a known level", () => {
    expect(savedZoom({ getItem: () => "2" })).toBe(2);
    expect(savedZoom({ getItem: () => "7" })).toBe(1);
    expect(savedZoom({ getItem: () => null })).toBe(1);
  });
});
