import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { formatListParts, formatNumber, languageSetting, locale, negotiate, setLocale, t, tAttr } from ".";

const root = join(__dirname, "..", "..", "..", "..");

afterEach(async () => {
  await setLocale("en");
});

describe("negotiate", () => {
  it("maps POSIX and BCP 47 locales to the interface's languages", () => {
    expect(negotiate(["ko_KR.UTF-8"])).toBe("ko");
    expect(negotiate(["ja-JP"])).toBe("ja");
    expect(negotiate(["zh_CN.UTF-8"])).toBe("zh-Hans");
    expect(negotiate(["zh-Hans-SG"])).toBe("zh-Hans");
    expect(negotiate(["fr_FR", "ja_JP"])).toBe("ja");
    expect(negotiate(["C"])).toBe("en");
    expect(negotiate([])).toBe("en");
  });

  it("does not answer Traditional Chinese with Simplified", () => {
    expect(negotiate(["zh_TW.UTF-8"])).toBe("en");
    expect(negotiate(["zh-Hant", "ko"])).toBe("ko");
  });
});

describe("languageSetting", () => {
  it("reads the View ▸ Language items' ids", () => {
    expect(languageSetting("language-ko")).toBe("ko");
    expect(languageSetting("language-zh-Hans")).toBe("zh-Hans");
    expect(languageSetting("language-system")).toBeNull();
    expect(languageSetting("language-fr")).toBeUndefined();
    expect(languageSetting("save")).toBeUndefined();
  });
});

describe("t", () => {
  it("formats in the current language and follows a change", async () => {
    expect(t("app-name")).toBe("SpecDesk");
    await setLocale("ja");
    expect(locale()).toBe("ja");
    expect(document.documentElement.lang).toBe("ja");
  });

  it("names what is missing instead of throwing", () => {
    expect(t("no-such-message-id")).toBe("no-such-message-id");
    expect(tAttr("app-name", "no-such-attribute")).toBe("app-name.no-such-attribute");
  });

  it("joins lists as the language does, keeping the items apart", async () => {
    const joined = (items: string[]) => formatListParts(items).map((p) => p.value).join("");
    expect(joined(["main", "001-photo-albums", "002-invites"])).toBe("main, 001-photo-albums, and 002-invites");
    await setLocale("ja");
    expect(joined(["main", "001-photo-albums"])).toBe("main、001-photo-albums");
    expect(formatListParts(["a", "b"]).filter((p) => p.type === "element").map((p) => p.value)).toEqual(["a", "b"]);
  });

  it("formats numbers as the language does", async () => {
    expect(formatNumber(12345)).toBe("12,345");
    await setLocale("ko");
    expect(formatNumber(12345)).toBe("12,345");
  });
});

/** Every `t("id")` / `tAttr("id", "attr")` written in the interface's code (this folder's own
 * examples aside). */
function idsUsed(dir: string, found = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== __dirname) idsUsed(path, found);
    }
    else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) {
      const text = readFileSync(path, "utf8");
      for (const match of text.matchAll(/\bt(?:Attr)?\(\s*"([a-z0-9-]+)"(?:\s*,\s*"([a-z-]+)")?/g)) {
        found.set(match[2] ? `${match[1]}.${match[2]}` : match[1], path);
      }
    }
  }
  return found;
}

it("every message the interface asks for is in locales/en.ftl", () => {
  const resource = new FluentResource(readFileSync(join(root, "locales", "en.ftl"), "utf8"));
  const defined = new Set<string>();
  for (const entry of resource.body) {
    if (entry.value !== null) defined.add(entry.id);
    for (const attribute of Object.keys(entry.attributes)) defined.add(`${entry.id}.${attribute}`);
  }
  const used = idsUsed(join(root, "ui", "src"));
  expect(used.size).toBeGreaterThan(0);
  const missing = [...used].filter(([id]) => !defined.has(id)).map(([id, path]) => `${id} (${path})`);
  expect(missing).toEqual([]);
});
