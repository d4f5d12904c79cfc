import DOMPurify from "dompurify";
import { describe, expect, it } from "vitest";
import { sanitizeSvg } from "./diagrams";

// What mermaid could return if a directive or label got past its own checks.
const HOSTILE = `<svg id="specdesk-diagram-9" xmlns="http://www.w3.org/2000/svg" style="max-width: 120px;" onload="window.__xss=1">
<style>#specdesk-diagram-9 .node rect{fill:#eee;}</style>
<g class="node" onclick="window.__xss=2"><rect width="10" height="10" style="fill: #f9f"></rect>
<a href="javascript:window.__xss=3"><text>link</text></a>
<foreignObject><div><img src="x" onerror="window.__xss=4"></div></foreignObject>
<image href="https://evil.example/i.png"></image><use href="#x"></use>
<animate attributeName="href" to="javascript:alert(5)"></animate><script>window.__xss=6</script></g></svg>`;

describe("mermaid's SVG, sanitized for the page", () => {
  it("keeps the drawing and its CSS apart, drops anything that could run, load or navigate", () => {
    const clean = sanitizeSvg(DOMPurify, HOSTILE);
    expect(clean).not.toBeNull();
    const { svg, css } = clean!;
    expect(svg.id).toBe("specdesk-diagram-9");
    expect(css).toContain("#specdesk-diagram-9 .node rect");
    expect(svg.querySelector("style, a, foreignObject, image, use, animate, script, img")).toBeNull();
    const attributes = [svg, ...svg.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name));
    expect(attributes.filter((n) => n.startsWith("on") || n.endsWith("href"))).toEqual([]);
    // The link's text stays; style attributes became CSSOM declarations.
    expect(svg.textContent).toContain("link");
    expect(svg.querySelector("rect")?.style.fill).toBe("#f9f");
  });

  it("gives nothing for what is not an SVG", () => {
    expect(sanitizeSvg(DOMPurify, "<img src=x onerror=alert(1)>")).toBeNull();
    expect(sanitizeSvg(DOMPurify, "")).toBeNull();
  });
});
