import { describe, expect, it } from "vitest";
import { addAlertIcons, alertIcon } from "./alertIcons";

describe("alert icons", () => {
  it("draws one icon per known kind, hidden from screen readers", () => {
    for (const kind of ["note", "tip", "important", "warning", "caution"]) {
      const icon = alertIcon(kind);
      expect(icon?.getAttribute("aria-hidden")).toBe("true");
      expect(icon?.querySelectorAll("path").length).toBeGreaterThan(0);
    }
    expect(alertIcon("evil")).toBeNull();
  });

  it("puts the icon before the title once, and leaves plain quotes alone", () => {
    const root = document.createElement("div");
    root.innerHTML =
      '<blockquote class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title">Warning</p><p>x</p></blockquote>' +
      "<blockquote><p>plain</p></blockquote>";
    addAlertIcons(root);
    addAlertIcons(root);
    const title = root.querySelector(".markdown-alert-title");
    expect(title?.querySelectorAll("svg.markdown-alert-icon").length).toBe(1);
    expect(title?.firstChild).toBe(title?.querySelector("svg"));
    expect(title?.textContent).toBe("Warning");
    expect(root.querySelectorAll("svg").length).toBe(1);
  });
});
