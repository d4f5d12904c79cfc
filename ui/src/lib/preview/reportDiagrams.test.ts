import { describe, expect, it, vi } from "vitest";
import { MAX_DIAGRAM_SOURCE } from "./diagrams";
import { drawReportDiagrams, exportReportWithDiagrams, MAX_DRAWING_CHARS, type DrawProgress, type ReportDiagram } from "./reportDiagrams";

function diagram(key: string, source: string, name = "plan.md"): ReportDiagram {
  return { feature: "specs/001-a", document: `specs/001-a/${name}`, name, heading: null, line: 1, source, key };
}

const ok = (source: string) => ({ svg: `<svg id="d">${source}</svg>`, css: "#d{}" });

describe("the report's diagrams, drawn for the export", () => {
  it("draws each distinct source once, in order, telling the progress and yielding between drawings", async () => {
    const events: string[] = [];
    const progress: DrawProgress[] = [];
    const draw = vi.fn(async (source: string) => {
      // A task queued during a drawing runs before the next drawing starts: the page got a turn.
      events.push(`draw ${source}`);
      setTimeout(() => events.push(`task ${source}`), 0);
      return ok(source);
    });
    const drawings = await drawReportDiagrams(
      [diagram("k1", "flowchart LR"), diagram("k2", "sequenceDiagram", "data-model.md"), diagram("k1", "flowchart LR", "spec.md")],
      (p) => progress.push(p),
      draw,
    );
    expect(events).toEqual(["draw flowchart LR", "task flowchart LR", "draw sequenceDiagram", "task sequenceDiagram"]);
    expect(drawings).toEqual([
      { key: "k1", svg: '<svg id="d">flowchart LR</svg>', css: "#d{}", error: null },
      { key: "k2", svg: '<svg id="d">sequenceDiagram</svg>', css: "#d{}", error: null },
    ]);
    expect(progress).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it("passes mermaid's error on and refuses what is too large to draw or to send", async () => {
    const draw = vi.fn(async (source: string) => {
      if (source === "broken") return { error: "Parse error on line 1" };
      if (source === "huge drawing") return { svg: `<svg>${"x".repeat(MAX_DRAWING_CHARS)}</svg>`, css: "" };
      if (source === "throws") throw new Error("renderer gone");
      return ok(source);
    });
    const long = "A".repeat(MAX_DIAGRAM_SOURCE + 1);
    const drawings = await drawReportDiagrams(
      [diagram("a", "broken"), diagram("b", long), diagram("c", "huge drawing"), diagram("d", "throws")],
      undefined,
      draw,
    );
    expect(draw).not.toHaveBeenCalledWith(long);
    expect(drawings.map((d) => [d.key, d.svg, d.error])).toEqual([
      ["a", null, "Parse error on line 1"],
      ["b", null, `This diagram is too large to draw (${(MAX_DIAGRAM_SOURCE + 1).toLocaleString("en")} characters; the limit is ${MAX_DIAGRAM_SOURCE.toLocaleString("en")}).`],
      ["c", null, "This diagram's drawing is too large to include in the report."],
      ["d", null, "renderer gone"],
    ]);
  });

  it("exports with the drawings, or without them when the sources cannot be had", async () => {
    const exportReport = vi.fn(async () => "/tmp/r.html");
    const draw = vi.fn(async (source: string) => ok(source));
    const sources = vi.fn(async () => [diagram("k", "graph TD")]);
    expect(await exportReportWithDiagrams({ reportDiagramSources: sources, exportReport }, undefined, draw)).toBe("/tmp/r.html");
    expect(exportReport).toHaveBeenLastCalledWith([{ key: "k", svg: '<svg id="d">graph TD</svg>', css: "#d{}", error: null }]);
    const failing = vi.fn(async (): Promise<ReportDiagram[]> => {
      throw new Error("no repository");
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await exportReportWithDiagrams({ reportDiagramSources: failing, exportReport }, undefined, draw);
    expect(exportReport).toHaveBeenLastCalledWith(null);
  });
});
