import { describe, expect, it } from "vitest";
import { patchChildren } from "./previewPatch";

function container(html: string): HTMLDivElement {
  const div = document.createElement("div");
  patchChildren(div, html);
  return div;
}

describe("patchChildren", () => {
  it("ends with exactly the new HTML", () => {
    const div = container('<h1 data-line="1">A</h1><p data-line="3">b</p>');
    const html = '<h1 data-line="1">A</h1><p data-line="3">b!</p><ul data-line="5"><li>c</li></ul>';
    patchChildren(div, html);
    expect(div.innerHTML).toBe(html);
    patchChildren(div, '<p data-line="1">only</p>');
    expect(div.innerHTML).toBe('<p data-line="1">only</p>');
    patchChildren(div, "");
    expect(div.innerHTML).toBe("");
  });

  it("keeps unchanged blocks as they are and replaces only the edited one", () => {
    const div = container('<h1 data-line="1">A</h1>\n<p data-line="3">b</p>\n<p data-line="5">c</p>');
    const [h1, , p1, , p2] = [...div.childNodes];
    const replaced = patchChildren(div, '<h1 data-line="1">A</h1>\n<p data-line="3">b, edited</p>\n<p data-line="5">c</p>');
    expect(replaced).toBe(1);
    expect(div.childNodes[0]).toBe(h1);
    expect(div.childNodes[2]).not.toBe(p1);
    expect(div.childNodes[4]).toBe(p2);
  });

  it("moves blocks below an inserted line by updating their attributes only", () => {
    const div = container('<p data-line="1">a</p><p data-line="3">b</p>');
    const second = div.childNodes[1];
    patchChildren(div, '<p data-line="1">a</p><p data-line="4">b</p>');
    expect(div.childNodes[1]).toBe(second);
    expect((second as Element).getAttribute("data-line")).toBe("4");
  });

  it("replaces a block whose tag changed even when its text did not", () => {
    const div = container("<p>x</p>");
    patchChildren(div, "<h2>x</h2>");
    expect(div.innerHTML).toBe("<h2>x</h2>");
  });
});
