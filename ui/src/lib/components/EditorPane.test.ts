import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/svelte";
import { flushSync } from "svelte";
import EditorPane from "./EditorPane.svelte";
import { Buffer } from "../documents.svelte";
import { setLocale } from "../i18n";

function loaded(text: string): Buffer {
  const buffer = new Buffer("specs/001-a/plan.md");
  buffer.text = buffer.savedText = text;
  buffer.loaded = true;
  return buffer;
}

const props = (buffer: Buffer) => ({ buffer, onchange: () => {}, onsave: () => {}, onscrollline: () => {} });

/** The search panel's words: the query's placeholder and the button texts. */
function searchWords(): { placeholder: string | null; buttons: string[] } {
  const panel = document.querySelector(".cm-search");
  return {
    placeholder: panel?.querySelector("input[name=search]")?.getAttribute("placeholder") ?? null,
    buttons: [...(panel?.querySelectorAll("button[name]:not([name=close])") ?? [])].map((b) => b.textContent ?? ""),
  };
}

describe("EditorPane in the interface's language", () => {
  afterEach(async () => {
    cleanup();
    await setLocale("en");
  });

  it("gives CodeMirror's search panel the interface's words, and switches an open one", async () => {
    const { component } = render(EditorPane, props(loaded("# Plan\nfind me\n")));
    component.openSearch();
    flushSync();
    expect(searchWords()).toEqual({ placeholder: "Find", buttons: ["next", "previous", "all", "replace", "replace all"] });

    await setLocale("ko");
    flushSync();
    expect(searchWords()).toEqual({ placeholder: "찾기", buttons: ["다음", "이전", "모두", "바꾸기", "모두 바꾸기"] });
    expect(document.querySelector(".cm-search input[name=replace]")?.getAttribute("placeholder")).toBe("바꾸기");
    expect(document.querySelector(".cm-search button[name=close]")?.getAttribute("aria-label")).toBe("닫기");
    expect(document.querySelector(".cm-content")?.getAttribute("aria-label")).toBe("Markdown 소스");
  });

  it("opens in the language in effect", async () => {
    await setLocale("ja");
    const { component } = render(EditorPane, props(loaded("text\n")));
    component.openSearch();
    flushSync();
    expect(searchWords().placeholder).toBe("検索");
    expect(document.querySelector(".cm-content")?.getAttribute("aria-label")).toBe("Markdown ソース");
  });

  it("puts the documents kept for other tabs in the new language too", async () => {
    const first = loaded("first\n");
    const second = new Buffer("specs/001-a/spec.md");
    second.text = second.savedText = "second\n";
    second.loaded = true;
    const { component, rerender } = render(EditorPane, props(first));
    await rerender(props(second));
    await setLocale("zh-Hans");
    flushSync();
    await rerender(props(first));
    expect(component.text()).toBe("first\n");
    component.openSearch();
    flushSync();
    expect(searchWords().placeholder).toBe("查找");
  });
});
