// Restoring a version from history into the app: the back end writes it with compare-and-swap
// against the disk version the user sees (as a save would), then the buffer takes the new disk
// text, which the editor applies as one undoable change. A buffer in conflict (unsaved edits
// while the disk changed) keeps its edits: only the disk version under them changes.
import type { DocumentsStore } from "./documents.svelte";
import type { HistoryIpc, RestoredDocument } from "./historyIpc";

export async function restoreVersion(
  documents: DocumentsStore,
  ipc: HistoryIpc,
  relPath: string,
  versionId: string,
): Promise<RestoredDocument> {
  const buffer = await documents.open(relPath);
  const gone = buffer.deleted || buffer.readOnly?.code === "notFound";
  const seen = buffer.conflict?.diskHash ?? buffer.baseHash;
  const restored = await ipc.restore(versionId, gone ? null : seen);
  documents.diskWritten(restored.relPath, restored.text, restored.hash, buffer.conflict !== null);
  return restored;
}
