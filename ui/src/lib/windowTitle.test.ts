import { describe, expect, it } from "vitest";
import { windowTitle } from "./windowTitle";
import { setLocale } from "./i18n";

describe("windowTitle", () => {
  it("names the app alone before anything is open", () => {
    expect(windowTitle({ repo: null, feature: null, unsaved: 0 })).toBe("SpecDesk");
  });

  it("names the feature and repository when clean", () => {
    expect(windowTitle({ repo: "demo-repo", feature: "001-photo-albums", unsaved: 0 })).toBe(
      "001-photo-albums — demo-repo — SpecDesk",
    );
  });

  it("marks unsaved changes with a dot and a count", () => {
    expect(windowTitle({ repo: "demo-repo", feature: "001-photo-albums", unsaved: 2 })).toBe(
      "● 001-photo-albums — demo-repo — SpecDesk (2 unsaved)",
    );
  });

  it("says unsaved in the interface's language", async () => {
    await setLocale("ja");
    try {
      expect(windowTitle({ repo: "demo-repo", feature: "001-photo-albums", unsaved: 2 })).toBe(
        "● 001-photo-albums — demo-repo — SpecDesk (未保存 2 件)",
      );
    } finally {
      await setLocale("en");
    }
  });
});
