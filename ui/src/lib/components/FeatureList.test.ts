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
});
