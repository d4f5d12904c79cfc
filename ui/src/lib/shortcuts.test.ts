import { describe, expect, it } from "vitest";
import { comboOf, menuItemFor } from "./shortcuts";

const key = (key: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("names key combinations the way the menu does", () => {
    expect(comboOf(key("p", { ctrlKey: true }))).toBe("Ctrl+P");
    expect(comboOf(key("F", { ctrlKey: true, shiftKey: true }))).toBe("Ctrl+Shift+F");
    expect(comboOf(key("F8"))).toBe("F8");
  });

  it("maps Ctrl (or Cmd) shortcuts to their menu items and nothing else", () => {
    expect(menuItemFor(key("p", { ctrlKey: true }))).toBe("quick-open");
    expect(menuItemFor(key("w", { metaKey: true }))).toBe("close-tab");
    expect(menuItemFor(key("R", { ctrlKey: true, shiftKey: true }))).toBe("view-review");
    expect(menuItemFor(key("p"))).toBeNull();
    expect(menuItemFor(key("p", { ctrlKey: true, altKey: true }))).toBeNull();
    // Saving, finding and undo belong to the editor.
    expect(menuItemFor(key("s", { ctrlKey: true }))).toBeNull();
  });
});
