import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import ProblemsPanel from "./ProblemsPanel.svelte";

describe("ProblemsPanel", () => {
  afterEach(cleanup);

  const base = { diagnostics: [], validating: false, error: null, onjump: () => {}, onfix: () => {} };

  it("says which template a plan was checked against", () => {
    render(ProblemsPanel, {
      ...base,
      applies: true,
      template: {
        kind: "stack",
        layers: [
          { relPath: ".specify/presets/lean/templates/plan-template.md", strategy: "wrap" },
          { relPath: ".specify/templates/plan-template.md", strategy: "replace" },
        ],
      },
    });
    expect(screen.getByTestId("checked-against").textContent).toBe(
      "Checked against the stack: .specify/presets/lean/templates/plan-template.md (wrap) over .specify/templates/plan-template.md",
    );
  });

  it("names the built-in template of a repository without one", () => {
    render(ProblemsPanel, { ...base, applies: true, template: { kind: "builtinFull" } });
    expect(screen.getByTestId("checked-against").textContent).toBe("Checked against the built-in spec-kit template");
  });

  it("has no such line for a document that is not a plan, or before the first check", () => {
    render(ProblemsPanel, { ...base, applies: false, template: null });
    expect(screen.queryByTestId("checked-against")).toBeNull();
    cleanup();
    render(ProblemsPanel, { ...base, applies: true });
    expect(screen.queryByTestId("checked-against")).toBeNull();
  });
});
