import { describe, expect, it } from "vitest";
import { LivePreviewClient, splice, type SendEdit } from "./livePreview";
import { CommandError } from "./ipc";
import type { PreviewEdit, PreviewPatch } from "./ipc";

function applySplice(text: string, edit: PreviewEdit): string {
  if (edit.kind === "text") return edit.text;
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

describe("splice", () => {
  it.each([
    ["abc", "abXc"],
    ["abc", "ac"],
    ["", "new"],
    ["old", ""],
    ["same", "same"],
    ["aaaa", "aaaaa"],
    ["x📷y", "x📸y"], // same high surrogate, different low one
    ["x📷y", "x📷📷y"],
    ["a\nb\n", "a\n\nb\n"],
  ])("turns %j into %j with one splice that keeps surrogate pairs whole", (before, after) => {
    const edit = splice(before, after);
    expect(edit.kind).toBe("splice");
    expect(applySplice(before, edit)).toBe(after);
    if (edit.kind !== "splice") return;
    expect(edit.from).toBeLessThanOrEqual(edit.to);
    // Never starts or ends inside a pair.
    expect(before.charCodeAt(edit.from - 1) >= 0xd800 && before.charCodeAt(edit.from - 1) <= 0xdbff).toBe(false);
    const last = before.charCodeAt(edit.to);
    expect(last >= 0xdc00 && last <= 0xdfff).toBe(false);
  });

  it("replaces only what changed", () => {
    expect(splice("hello world", "hello brave world")).toEqual({ kind: "splice", from: 6, to: 6, insert: "brave " });
  });
});

/** A fake back end that holds the text like the real one and records what it was sent. */
function backEnd(): { send: SendEdit; sent: { base: number | null; edit: PreviewEdit }[]; drop(): void } {
  let text: string | null = null;
  let version = 0;
  const sent: { base: number | null; edit: PreviewEdit }[] = [];
  const send: SendEdit = async (_session, base, edit) => {
    sent.push({ base, edit });
    if (edit.kind === "splice" && (text === null || base !== version)) {
      throw new CommandError({ code: "stalePreview", message: "stale", path: null });
    }
    text = applySplice(text ?? "", edit);
    version += 1;
    const patch: PreviewPatch = {
      version,
      reset: edit.kind === "text",
      start: 0,
      removed: 0,
      inserted: [text],
      lineShift: 0,
      taskShift: 0,
      headings: null,
    };
    return patch;
  };
  return { send, sent, drop: () => (text = null) };
}

describe("LivePreviewClient", () => {
  it("sends the whole text first, then only the changes", async () => {
    const server = backEnd();
    const client = new LivePreviewClient(server.send);
    await client.update("# Title\n");
    await client.update("# Title!\n");
    expect(server.sent.map((s) => s.edit.kind)).toEqual(["text", "splice"]);
    expect(server.sent[1]).toEqual({ base: 1, edit: { kind: "splice", from: 7, to: 7, insert: "!" } });
  });

  it("sends the whole text again when the back end lost it, or after a reset", async () => {
    const server = backEnd();
    const client = new LivePreviewClient(server.send);
    await client.update("a");
    server.drop();
    const patch = await client.update("ab");
    expect(patch.reset).toBe(true);
    expect(server.sent.map((s) => s.edit.kind)).toEqual(["text", "splice", "text"]);
    client.reset();
    await client.update("abc");
    expect(server.sent.at(-1)?.edit).toEqual({ kind: "text", text: "abc" });
  });

  it("passes other errors on and starts over afterwards", async () => {
    let fail = false;
    const server = backEnd();
    const client = new LivePreviewClient(async (session, base, edit) => {
      if (fail) throw new CommandError({ code: "internal", message: "boom", path: null });
      return server.send(session, base, edit);
    });
    await client.update("a");
    fail = true;
    await expect(client.update("ab")).rejects.toThrow("boom");
    fail = false;
    await client.update("abc");
    expect(server.sent.at(-1)?.edit).toEqual({ kind: "text", text: "abc" });
  });
});
