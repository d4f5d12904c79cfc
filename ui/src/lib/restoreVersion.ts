// Restoring a version from history into the app: the back end writes it with compare-and-swap
// against the disk version the user sees (as a save would), then the buffer takes the new disk
// text, which the editor applies as one undoable change. A buffer in conflict (unsaved edits
// while the disk changed) keeps its edits: only the disk version under them changes. A version
// in another encoding (the one before a conversion to UTF-8) comes back read-only, decoded.
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
  buffer.converted = null;
  if (restored.encoding === null) {
    documents.diskWritten(restored.relPath, restored.text, restored.hash, buffer.conflict !== null);
  } else {
    // Bytes in another encoding (from before a conversion to UTF-8): shown decoded, read-only.
    await documents.diskChanged(restored.relPath);
  }
  return restored;
}
