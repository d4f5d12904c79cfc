import { describe, expect, it } from "vitest";
import { PreviewUnits } from "./previewUnits";
import type { PreviewPatch } from "./ipc";

function patch(fields: Partial<PreviewPatch>): PreviewPatch {
  return { version: 0, reset: false, start: 0, removed: 0, inserted: [], lineShift: 0, taskShift: 0, headings: null, ...fields };
}

const UNITS = [
  '\n<h1 id="h-a" data-line="1">A</h1>\n',
  '<p data-line="3">one</p>\n',
  "", // a unit the sanitizer emptied (a comment): no nodes
  '\n<ul data-line="5">\n<li data-line="5" class="task-list-item"><input type="checkbox" class="task" data-task="0" aria-label="t"> t</li>\n</ul>\n',
];

function shown(): { div: HTMLDivElement; units: PreviewUnits } {
  const div = document.createElement("div");
  const units = new PreviewUnits(div);
  expect(units.apply(patch({ version: 7, reset: true, inserted: UNITS }))).toBe(true);
  return { div, units };
}

describe("PreviewUnits", () => {
  it("shows a reset patch's units in order", () => {
    const { div } = shown();
    expect(div.innerHTML).toBe(UNITS.join(""));
    expect(div.querySelector("p")?.textContent).toBe("one");
  });

  it("replaces a unit in place and keeps the other nodes", () => {
    const { div, units } = shown();
    const heading = div.querySelector("h1");
    const list = div.querySelector("ul");
    expect(units.apply(patch({ version: 8, start: 1, removed: 1, inserted: ['<p data-line="3">one!</p>\n'] }))).toBe(true);
    expect(div.querySelector("p")?.textContent).toBe("one!");
    expect(div.querySelector("h1")).toBe(heading);
    expect(div.querySelector("ul")).toBe(list);
    expect(div.firstElementChild).toBe(heading);
    expect(div.lastElementChild).toBe(list);
  });

  it("inserts before the next unit that has nodes, and shifts the numbers after", () => {
    const { div, units } = shown();
    const applied = units.apply(
      patch({ version: 8, start: 2, removed: 0, inserted: ['<p data-line="5">new</p>\n<p data-line="6">x</p>'], lineShift: 2, taskShift: 1 }),
    );
    expect(applied).toBe(true);
    expect([...div.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["one", "new", "x"]);
    expect(div.querySelector("ul")?.getAttribute("data-line")).toBe("7");
    expect(div.querySelector("li")?.getAttribute("data-line")).toBe("7");
    expect(div.querySelector("input")?.getAttribute("data-task")).toBe("1");
    // Units before the insertion keep their numbers.
    expect(div.querySelector("h1")?.getAttribute("data-line")).toBe("1");
    expect(div.querySelector("p")?.getAttribute("data-line")).toBe("3");
  });

  it("removes units, including at the end", () => {
    const { div, units } = shown();
    expect(units.apply(patch({ version: 8, start: 1, removed: 3 }))).toBe(true);
    expect(div.children.length).toBe(1);
    expect(units.apply(patch({ version: 9, start: 1, inserted: ["<hr>"] }))).toBe(true);
    expect(div.lastElementChild?.tagName).toBe("HR");
  });

  it("refuses a patch that does not follow the version shown", () => {
    const { div, units } = shown();
    const before = div.innerHTML;
    expect(units.apply(patch({ version: 9, start: 0, removed: 1 }))).toBe(false);
    expect(div.innerHTML).toBe(before);
    const fresh = new PreviewUnits(document.createElement("div"));
    expect(fresh.apply(patch({ version: 1, start: 0, inserted: ["<p>x</p>"] }))).toBe(false);
  });

  it("tells which nodes a patch inserted and removed (code and diagrams are enhanced only there)", () => {
    const div = document.createElement("div");
    const seen: [string[], string[]][] = [];
    const names = (nodes: Node[]) => nodes.filter((n) => n instanceof Element).map((n) => (n as Element).outerHTML);
    const units = new PreviewUnits(div, (inserted, removed) => seen.push([names(inserted), names(removed)]));
    units.apply(patch({ version: 1, reset: true, inserted: UNITS }));
    units.apply(patch({ version: 2, start: 1, removed: 1, inserted: ['<p data-line="3">two</p>'] }));
    expect(seen[0][0].length).toBe(3); // h1, p, ul
    expect(seen[0][1]).toEqual([]);
    expect(seen[1]).toEqual([['<p data-line="3">two</p>'], ['<p data-line="3">one</p>']]);
  });
});
