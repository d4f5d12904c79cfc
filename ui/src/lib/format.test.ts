import { afterEach, describe, expect, it } from "vitest";
import { documentCount, featureLabel, featureTitle, folderName, formatAge, openErrorTitle, templateName } from "./format";
import { formatRelativeTime, setLocale } from "./i18n";
import { feature } from "./testing/fixtures";

describe("feature names", () => {
  it("turns a slug into a sentence-case title", () => {
    expect(featureTitle("photo-albums")).toBe("Photo albums");
    expect(featureTitle("api_v2-auth")).toBe("Api v2 auth");
    expect(featureTitle("x")).toBe("X");
  });

  it("keeps an unusual slug readable instead of emptying it", () => {
    expect(featureTitle("---")).toBe("---");
  });

  it("gives each feature an accessible label with number, title and document count", () => {
    expect(featureLabel(feature("001", "photo-albums", ["plan.md", "spec.md", "tasks.md"]))).toBe(
      "Feature 001, Photo albums, 3 documents",
    );
    expect(featureLabel(feature("012", "search", ["plan.md"]))).toBe("Feature 012, Search, 1 document");
    const unnumbered = { ...feature("", "x"), number: "", slug: "SPEC-0b6b106c", dirName: "SPEC-0b6b106c", numbering: "unnumbered" as const, group: "SPEC-e9854a10" };
    expect(featureLabel(unnumbered)).toBe("Feature SPEC-0b6b106c, in SPEC-e9854a10, 1 document");
  });

  it("counts documents in singular and plural", () => {
    expect(documentCount(0)).toBe("0 documents");
    expect(documentCount(1)).toBe("1 document");
  });
});

describe("errors and paths", () => {
  it("names the common failures to open a repository", () => {
    expect(openErrorTitle("notFound")).toBe("Repository not found");
    expect(openErrorTitle("notADirectory")).toBe("Not a folder");
    expect(openErrorTitle("notAllowed")).toBe("Not allowed");
    expect(openErrorTitle("io")).toBe("Could not open the repository");
  });

  it("takes the folder name from Unix and Windows paths", () => {
    expect(folderName("/home/ana/photo-app")).toBe("photo-app");
    expect(folderName("/home/ana/photo-app/")).toBe("photo-app");
    expect(folderName("C:\\work\\repo")).toBe("repo");
  });
});

describe("template names", () => {
  it("names a file, a built-in template and a stack as the CLI does", () => {
    expect(templateName({ kind: "repo", relPath: ".specify/templates/plan-template.md" })).toBe(
      ".specify/templates/plan-template.md",
    );
    expect(templateName({ kind: "builtinFull" })).toBe("the built-in spec-kit template");
    expect(templateName({ kind: "builtinLite" })).toBe("the built-in Lite template");
    expect(
      templateName({
        kind: "stack",
        layers: [
          { relPath: ".specify/presets/lean/templates/plan-template.md", strategy: "wrap" },
          { relPath: ".specify/presets/head/plan-template.md", strategy: "prepend" },
          { relPath: ".specify/templates/plan-template.md", strategy: "replace" },
        ],
      }),
    ).toBe(
      "the stack: .specify/presets/lean/templates/plan-template.md (wrap) over .specify/presets/head/plan-template.md (prepend) over .specify/templates/plan-template.md",
    );
  });
});

describe("in the interface's language", () => {
  afterEach(async () => {
    await setLocale("en");
  });

  it("gives ages as the language's relative times", async () => {
    const now = Date.UTC(2026, 10, 24, 12, 0, 0);
    expect(formatAge(now - 10_000, now)).toBe(formatRelativeTime(0, "second"));
    expect(formatAge(now - 3 * 60_000, now)).toBe("3 minutes ago");
    expect(formatAge(now - 5 * 3_600_000, now)).toBe("5 hours ago");
    expect(formatAge(now - 86_400_000, now)).toBe("yesterday");
    await setLocale("ko");
    expect(formatAge(now - 3 * 60_000, now)).toBe("3분 전");
    expect(formatAge(now - 3 * 60_000, now)).toBe(formatRelativeTime(-3, "minute"));
    await setLocale("ja");
    expect(formatAge(now - 2 * 86_400_000, now)).toBe("一昨日");
    await setLocale("zh-Hans");
    expect(formatAge(now - 5 * 3_600_000, now)).toBe("5小时前");
    expect(formatAge(now - 90 * 86_400_000, now)).toMatch(/2026年8月\d+日/);
  });

  it("counts and names in Korean, Japanese and Chinese", async () => {
    await setLocale("ko");
    expect(documentCount(3)).toBe("문서 3개");
    expect(featureLabel(feature("001", "photo-albums", ["plan.md", "spec.md"]))).toBe("기능 001, Photo albums, 문서 2개");
    expect(openErrorTitle("notFound")).toBe("저장소를 찾을 수 없음");
    expect(templateName({ kind: "stack", layers: [{ relPath: "a.md", strategy: "wrap" }, { relPath: "b.md", strategy: "replace" }] })).toBe(
      "스택: a.md (wrap), 그 아래 b.md",
    );
    await setLocale("ja");
    expect(documentCount(1)).toBe("ドキュメント 1 件");
    await setLocale("zh-Hans");
    expect(documentCount(1234)).toBe("1,234 个文档");
  });
});
