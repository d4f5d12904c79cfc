import { afterEach, describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { cspNonce, styleNonce } from "./cspNonce";

describe("cspNonce", () => {
  afterEach(() => document.getElementById("style-nonce-carrier")?.remove());

  it("is empty without a carrier", () => {
    expect(styleNonce()).toBeNull();
    expect(cspNonce()).toEqual([]);
  });

  it("passes the carrier's nonce to CodeMirror", () => {
    const carrier = document.createElement("style");
    carrier.id = "style-nonce-carrier";
    carrier.setAttribute("nonce", "12345");
    document.head.append(carrier);
    expect(styleNonce()).toBe("12345");
    const state = EditorState.create({ extensions: cspNonce() });
    expect(state.facet(EditorView.cspNonce)).toBe("12345");
  });
});
