import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import ProblemsPanel from "./ProblemsPanel.svelte";
import { setLocale } from "../i18n";
import type { Diagnostic } from "../ipc";

describe("ProblemsPanel", () => {
  afterEach(async () => {
    cleanup();
    await setLocale("en");
  });

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

  const finding = (severity: Diagnostic["severity"], line: number): Diagnostic => ({
    code: "SD003",
    rule: "unfilled-placeholder",
    severity,
    message: "A placeholder is left",
    span: { start: 0, end: 1, line, column: 1, columnUtf16: 1, endLine: line, endColumn: 2, endColumnUtf16: 2 },
    fix: null,
  });

  it("counts in singular and plural, notes only when there are some", () => {
    render(ProblemsPanel, { ...base, applies: true, diagnostics: [finding("error", 3), finding("warning", 4), finding("warning", 5)] });
    expect(screen.getByTestId("problem-count").textContent).toBe("1 error · 2 warnings");
    cleanup();
    render(ProblemsPanel, { ...base, applies: true, diagnostics: [finding("info", 3)] });
    expect(screen.getByTestId("problem-count").textContent).toBe("0 errors · 0 warnings · 1 note");
  });

  it("speaks Korean after the language changes, counts and words", async () => {
    render(ProblemsPanel, { ...base, applies: true, diagnostics: [finding("error", 3), finding("warning", 4), finding("warning", 5)] });
    await setLocale("ko");
    flushSync();
    expect(screen.getByTestId("problem-count").textContent).toBe("오류 1개 · 경고 2개");
    expect(screen.getByRole("region", { name: "문제" })).toBeTruthy();
    expect(screen.getAllByTestId("problem")[0].textContent).toContain("3행");
    expect(screen.getAllByTestId("rule-help")[0].getAttribute("title")).toBe("SD003(unfilled-placeholder) 규칙의 검사 내용");
    cleanup();
    render(ProblemsPanel, { ...base, applies: true, template: { kind: "builtinLite" } });
    expect(screen.getByTestId("checked-against").textContent).toBe("검사 기준: 기본 제공 Lite 템플릿");
    expect(screen.getByText("문제 없음: 이 계획은 템플릿과 일치합니다.")).toBeTruthy();
  });
});
