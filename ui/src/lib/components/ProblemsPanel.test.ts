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

  const config = {
    file: "specdesk.toml",
    rules: { SD012: "off" as const },
    ignore: [],
    roots: [],
    template: null,
    error: null,
    summary: "specdesk.toml (SD012 off)",
  };

  it("says which configuration is in effect, and nothing without a specdesk.toml", () => {
    render(ProblemsPanel, { ...base, applies: true, config });
    expect(screen.getByTestId("config-in-effect").textContent).toBe("Configuration: specdesk.toml (SD012 off)");
    cleanup();
    render(ProblemsPanel, { ...base, applies: true, config: { ...config, file: null, rules: {}, summary: "" } });
    expect(screen.queryByTestId("config-in-effect")).toBeNull();
  });

  it("shows a broken specdesk.toml as an alert with its line", () => {
    const error = "specdesk.toml:2:1: unknown rule “SD099” (`specdesk-cli rules` lists them)";
    render(ProblemsPanel, { ...base, applies: true, config: { ...config, rules: {}, error } });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(error);
    expect(alert.textContent).toContain("default rules");
    expect(screen.queryByTestId("config-in-effect")).toBeNull();
  });
});
