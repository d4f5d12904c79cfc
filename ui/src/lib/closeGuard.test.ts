import { describe, expect, it, vi } from "vitest";
import { guardClose, resolveClose, type CloseChoice, type CloseHooks, type GuardedWindow } from "./closeGuard";

function fakeWindow() {
  let handler: ((event: { preventDefault(): void }) => void) | null = null;
  const win: GuardedWindow & { request(): boolean } = {
    onCloseRequested: async (h) => {
      handler = h;
      return () => (handler = null);
    },
    destroy: vi.fn(async () => {}),
    /** Fire a close request; true when the handler let it through. */
    request() {
      let prevented = false;
      handler?.({ preventDefault: () => (prevented = true) });
      return !prevented;
    },
  };
  return win;
}

function hooks(unsaved: boolean, choice: CloseChoice, saved = true): CloseHooks {
  return {
    hasUnsaved: () => unsaved,
    ask: vi.fn(async () => choice),
    saveAll: vi.fn(async () => saved),
    discardAll: vi.fn(async () => {}),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("close guard", () => {
  it("lets a clean window close without asking", async () => {
    const win = fakeWindow();
    const h = hooks(false, "cancel");
    await guardClose(win, h);
    expect(win.request()).toBe(true);
    expect(h.ask).not.toHaveBeenCalled();
  });

  it("holds a dirty window and keeps it on Cancel", async () => {
    const win = fakeWindow();
    const h = hooks(true, "cancel");
    await guardClose(win, h);
    expect(win.request()).toBe(false);
    await settle();
    expect(h.ask).toHaveBeenCalledOnce();
    expect(h.saveAll).not.toHaveBeenCalled();
    expect(win.destroy).not.toHaveBeenCalled();
  });

  it("saves, then closes on Save", async () => {
    const win = fakeWindow();
    const h = hooks(true, "save");
    expect(await resolveClose("save", win, h)).toBe(true);
    expect(h.saveAll).toHaveBeenCalledOnce();
    expect(win.destroy).toHaveBeenCalledOnce();
  });

  it("stays open when saving fails", async () => {
    const win = fakeWindow();
    const h = hooks(true, "save", false);
    expect(await resolveClose("save", win, h)).toBe(false);
    expect(win.destroy).not.toHaveBeenCalled();
  });

  it("discards, then closes on Discard", async () => {
    const win = fakeWindow();
    const h = hooks(true, "discard");
    await guardClose(win, h);
    win.request();
    await settle();
    await settle();
    expect(h.discardAll).toHaveBeenCalledOnce();
    expect(h.saveAll).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledOnce();
  });
});
