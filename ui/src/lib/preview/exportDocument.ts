// File → Export Document as HTML…: the preview as shown (alerts, coloured code, diagrams as
// inline SVG) goes to the back end, which sanitizes it again and writes one file with no script
// (specdesk_core::document_export). Diagrams still being drawn are waited for first.
import { exportDocument } from "../ipc";
import { diagramCss, diagramsSettled } from "./diagrams";

/** Export `doc` (the preview's content element) of `relPath`; the path written, `null` when the
 * dialog was cancelled. */
export async function exportShownDocument(relPath: string, doc: Element, send = exportDocument): Promise<string | null> {
  await diagramsSettled();
  const css = [...doc.querySelectorAll(".diagram-view > svg")]
    .filter((svg): svg is SVGSVGElement => svg instanceof SVGSVGElement)
    .map(diagramCss);
  return send(relPath, doc.innerHTML, [...new Set(css)].join("\n"));
}
