import { afterEach, describe, expect, it } from "vitest";
import { localizePreview } from "./localize";
import { addAlertIcons } from "./alertIcons";
import { setLocale } from "../i18n";

/** A unit as the Rust renderer writes it: an alert and a remote image left unloaded. */
function unit(): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML =
    '<blockquote data-line="1" class="markdown-alert markdown-alert-warning">\n<p class="markdown-alert-title">Warning</p>\n<p>Mind the gap.</p></blockquote>' +
    '<p><span class="image-blocked" title="Remote image not loaded: https://example.com/a.png">logo</span></p>';
  addAlertIcons(root);
  return root;
}

const title = (root: Element) => root.querySelector(".markdown-alert-title");

describe("localizePreview", () => {
  afterEach(async () => {
    await setLocale("en");
  });

  it("leaves English as the renderer wrote it", () => {
    const root = unit();
    localizePreview(root);
    expect(title(root)?.textContent).toBe("Warning");
    expect(title(root)?.firstElementChild?.classList.contains("markdown-alert-icon")).toBe(true);
    expect(root.querySelector(".image-blocked")?.getAttribute("title")).toBe("Remote image not loaded: https://example.com/a.png");
  });

  it("puts alert titles and image tooltips in the language, and back, keeping the icon and the text", async () => {
    const root = unit();
    await setLocale("ko");
    localizePreview(root);
    expect(title(root)?.textContent).toBe("경고");
    expect(title(root)?.querySelector(".markdown-alert-icon")).not.toBeNull();
    expect(root.querySelector(".image-blocked")?.getAttribute("title")).toBe("원격 이미지를 불러오지 않았습니다: https://example.com/a.png");
    expect(root.querySelector(".image-blocked")?.textContent).toBe("logo");
    expect(root.textContent).toContain("Mind the gap.");
    await setLocale("zh-Hans");
    localizePreview(root);
    expect(title(root)?.textContent).toBe("警告");
    expect(root.querySelector(".image-blocked")?.getAttribute("title")).toBe("未加载远程图片：https://example.com/a.png");
    await setLocale("en");
    localizePreview(root);
    expect(title(root)?.textContent).toBe("Warning");
  });
});
