// Review ▸ Export report…: the report's Mermaid diagrams are drawn here, in the web view, because
// mermaid lays diagrams out with the DOM. The back end finds every feature's ```mermaid blocks
// (`report_diagram_sources`); each distinct source is drawn off-screen, exactly as the preview
// draws it but in the light theme (as printed), one at a time with the page given back between
// drawings; the drawings go with the export request, and the back end sanitizes them again before
// embedding them as inline SVG (specdesk_core::report_diagrams; docs/security.md).
import type { DiagramDrawing } from "../bindings/DiagramDrawing";
import type { ReportDiagram } from "../bindings/ReportDiagram";
import { t } from "../i18n";
import { drawForFile, MAX_DIAGRAM_SOURCE } from "./diagrams";

export type { DiagramDrawing, ReportDiagram };

/** Draws one diagram for a file: its SVG markup and CSS, or mermaid's message. */
export type DrawForFile = (source: string) => Promise<{ svg: string; css: string } | { error: string }>;

/** Most characters of one drawing (SVG and CSS) sent to the back end, which caps it again. */
export const MAX_DRAWING_CHARS = 3 * 1024 * 1024;

/** How far the drawing got: `done` of `total` distinct diagrams. */
export interface DrawProgress {
  done: number;
  total: number;
}

/** The back end's part of an export with diagrams. */
export interface ReportExportIpc {
  reportDiagramSources(): Promise<ReportDiagram[]>;
  exportReport(drawings: DiagramDrawing[] | null): Promise<string | null>;
}

/** The page's turn between two drawings: a frame can be painted and input handled. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Draw every distinct source of `diagrams` once, in order, telling `onProgress` after each. */
export async function drawReportDiagrams(
  diagrams: readonly ReportDiagram[],
  onProgress: (progress: DrawProgress) => void = () => {},
  draw: DrawForFile = drawForFile,
): Promise<DiagramDrawing[]> {
  const sources = new Map<string, string>();
  for (const diagram of diagrams) if (!sources.has(diagram.key)) sources.set(diagram.key, diagram.source);
  const total = sources.size;
  const drawings: DiagramDrawing[] = [];
  onProgress({ done: 0, total });
  for (const [key, source] of sources) {
    drawings.push(await drawOne(key, source, draw));
    onProgress({ done: drawings.length, total });
    await yieldToPage();
  }
  return drawings;
}

async function drawOne(key: string, source: string, draw: DrawForFile): Promise<DiagramDrawing> {
  const failed = (error: string): DiagramDrawing => ({ key, svg: null, css: "", error });
  if (source.length > MAX_DIAGRAM_SOURCE) {
    return failed(t("report-diagram-too-long", { length: source.length, limit: MAX_DIAGRAM_SOURCE }));
  }
  let drawn: Awaited<ReturnType<DrawForFile>>;
  try {
    drawn = await draw(source);
  } catch (thrown) {
    drawn = { error: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  if ("error" in drawn) return failed(drawn.error);
  if (drawn.svg.length + drawn.css.length > MAX_DRAWING_CHARS) return failed(t("report-diagram-too-big"));
  return { key, svg: drawn.svg, css: drawn.css, error: null };
}

/** Export the report with its diagrams drawn: the sources, the drawings, then the export (which
 * asks where to save). When the sources cannot be had, the report is exported without drawings
 * (each diagram then shows its source). */
export async function exportReportWithDiagrams(
  ipc: ReportExportIpc,
  onProgress: (progress: DrawProgress) => void = () => {},
  draw: DrawForFile = drawForFile,
): Promise<string | null> {
  let drawings: DiagramDrawing[] | null = null;
  try {
    const diagrams = await ipc.reportDiagramSources();
    drawings = await drawReportDiagrams(diagrams, onProgress, draw);
  } catch (thrown) {
    console.warn("report diagrams could not be drawn", thrown);
  }
  return ipc.exportReport(drawings);
}
