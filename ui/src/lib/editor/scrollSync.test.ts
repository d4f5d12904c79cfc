import { describe, expect, it } from "vitest";
import { lineAtPreviewTop, previewElementForLine, ScrollLock } from "./scrollSync";

function preview(): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML =
    '<h1 data-line="1">T</h1><p data-line="3">a</p><ul data-line="5"><li data-line="5">x</li><li data-line="6">y</li></ul><p data-line="9">b</p>';
  return host;
}

describe("scroll sync", () => {
  it("finds the block at or before a source line", () => {
    const host = preview();
    expect(previewElementForLine(host, 1)?.tagName).toBe("H1");
    expect(previewElementForLine(host, 4)?.textContent).toBe("a");
    expect(previewElementForLine(host, 5)?.tagName).toBe("UL");
    expect(previewElementForLine(host, 7)?.textContent).toBe("y");
    expect(previewElementForLine(host, 100)?.textContent).toBe("b");
    expect(previewElementForLine(document.createElement("div"), 3)).toBeNull();
  });

  it("reads the line of the first block below the preview's top edge", () => {
    const host = preview();
    const rect = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;
    host.getBoundingClientRect = () => rect(100, 500);
    const bottoms = [60, 90, 140, 120, 140, 200];
    host.querySelectorAll<HTMLElement>("[data-line]").forEach((el, i) => {
      el.getBoundingClientRect = () => rect(bottoms[i] - 20, bottoms[i]);
    });
    expect(lineAtPreviewTop(host)).toBe(5);
  });

  it("treats the other side's scroll as an echo while locked", () => {
    const lock = new ScrollLock(100);
    expect(lock.claim("editor", 0)).toBe(true);
    expect(lock.claim("preview", 50)).toBe(false);
    expect(lock.claim("editor", 60)).toBe(true);
    expect(lock.claim("preview", 200)).toBe(true);
  });
});
