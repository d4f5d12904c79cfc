import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import FeatureList from "./FeatureList.svelte";
import { feature } from "../testing/fixtures";

describe("FeatureList", () => {
  afterEach(cleanup);

  const features = [feature("001", "photo-albums", ["plan.md", "spec.md"]), feature("002", "sharing")];

  it("lists number, title and document count in the order given, marking the selection", () => {
    render(FeatureList, {
      specsDirs: [{ relPath: "specs", features, others: [] }],
      selectedPath: "specs/002-sharing",
      onselect: () => {},
    });

    const items = screen.getAllByTestId("feature-item");
    expect(items.map((i) => i.getAttribute("aria-label"))).toEqual([
      "Feature 001, Photo albums, 2 documents",
      "Feature 002, Sharing, 1 document",
    ]);
    expect(items[0].getAttribute("aria-current")).toBeNull();
    expect(items[1].getAttribute("aria-current")).toBe("true");
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("reports a click with the feature's folder", async () => {
    const onselect = vi.fn();
    render(FeatureList, { specsDirs: [{ relPath: "specs", features, others: [] }], selectedPath: null, onselect });

    await fireEvent.click(screen.getByRole("button", { name: /Feature 002/ }));

    expect(onselect).toHaveBeenCalledWith("specs/002-sharing");
  });

  it("groups features under their specs folder in a monorepo", () => {
    render(FeatureList, {
      specsDirs: [
        { relPath: "specs", features: [features[0]], others: [] },
        { relPath: "services/api/specs", features: [feature("001", "auth")], others: [] },
      ],
      selectedPath: null,
      onselect: () => {},
    });

    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual(["specs", "services/api/specs"]);
  });

  it("explains where features come from when there are none", () => {
    render(FeatureList, { specsDirs: [{ relPath: "specs", features: [], others: [] }], selectedPath: null, onselect: () => {} });

    expect(screen.getByText(/No features yet/)).toBeTruthy();
  });

  describe("a long list", () => {
    const many = Array.from({ length: 1000 }, (_, i) => feature(String(i + 1).padStart(4, "0"), `feature-${i + 1}`));
    const names = (): string[] => screen.getAllByTestId("feature-number").map((n) => n.textContent ?? "");

    it("puts only the rows near the viewport in the DOM, and tells assistive technology the size", () => {
      render(FeatureList, { specsDirs: [{ relPath: "specs", features: many, others: [] }], selectedPath: null, onselect: () => {} });

      const rows = screen.getAllByTestId("feature-item");
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.length).toBeLessThan(60);
      expect(names()[0]).toBe("0001");
      const item = rows[0].closest("li");
      expect(item?.getAttribute("aria-setsize")).toBe("1000");
      expect(item?.getAttribute("aria-posinset")).toBe("1");
      // The rows not drawn still take their space, so the scroll bar is the list's.
      const list = screen.getByTestId("feature-list");
      expect(parseInt(list.style.paddingBottom)).toBe((1000 - rows.length) * 54);
    });

    it("draws the rows scrolled to", async () => {
      render(FeatureList, { specsDirs: [{ relPath: "specs", features: many, others: [] }], selectedPath: null, onselect: () => {} });
      const nav = screen.getByRole("navigation");

      nav.scrollTop = 500 * 54;
      await fireEvent.scroll(nav);

      expect(names()).toContain("0501");
      expect(names()).not.toContain("0001");
      expect(parseInt(screen.getByTestId("feature-list").style.paddingTop)).toBeGreaterThan(400 * 54);
    });

    it("scrolls a feature selected elsewhere into view", async () => {
      const view = render(FeatureList, {
        specsDirs: [{ relPath: "specs", features: many, others: [] }],
        selectedPath: null,
        onselect: () => {},
      });
      const nav = screen.getByRole("navigation");

      await view.rerender({ selectedPath: "specs/0900-feature-900" });

      expect(nav.scrollTop).toBeGreaterThan(850 * 54);
      expect(nav.scrollTop).toBeLessThanOrEqual(899 * 54);
      await fireEvent.scroll(nav);
      const selected = screen.getAllByTestId("feature-item").find((b) => b.getAttribute("aria-current") === "true");
      expect(selected?.getAttribute("aria-label")).toMatch(/^Feature 0900/);
    });

    it("heads only the folders with features left by the filter", () => {
      render(FeatureList, {
        specsDirs: [
          { relPath: "specs", features: many, others: [] },
          { relPath: "services/api/specs", features: [feature("001", "auth")], others: [] },
        ],
        selectedPath: null,
        onselect: () => {},
        visible: [many[3]],
      });

      expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual(["specs"]);
      expect(names()).toEqual(["0004"]);
    });
  });
});
