import { describe, expect, it } from "vitest";
import { highlighterOf, highlightNow, loadHighlighter } from "./codeHighlight";
import aliases from "./languages.json";

function codeBlock(lang: string | null, text: string): HTMLElement {
  const code = document.createElement("code");
  if (lang) code.className = `language-${lang}`;
  code.textContent = text;
  document.createElement("pre").append(code);
  return code;
}

describe("code highlighting", () => {
  it("knows the languages of real plans", () => {
    for (const lang of ["bash", "sh", "text", "ts", "typescript", "javascript", "python", "rust", "go", "java", "csharp", "c#", "sql", "json", "yaml", "toml", "dockerfile", "markdown"]) {
      expect(highlighterOf(codeBlock(lang, "x")), lang).not.toBeNull();
    }
    expect(highlighterOf(codeBlock("klingon", "x"))).toBeNull();
    expect(highlighterOf(codeBlock(null, "src/\n├── a.ts\n"))).toBe("tree");
    expect(highlighterOf(codeBlock(null, "plain"))).toBeNull();
  });

  it("every highlighter of languages.json loads and colours tokens", async () => {
    const samples: Record<string, string> = {
      shell: "# build\nif true; then echo \"hi\"; fi\n",
      tree: "src/\n├── lib/   # code\n└── main.ts\n",
      typescript: "const x: number = 1; // one\n",
      tsx: "const x = <b>1</b>;\n",
      javascript: "let a = 'b'; // c\n",
      jsx: "const x = <b>1</b>;\n",
      python: "def f():\n    return 'x'  # c\n",
      rust: "fn main() { let x = \"s\"; }\n",
      go: "func main() { x := \"s\" }\n",
      java: "public class A { String s = \"x\"; }\n",
      csharp: "public class A { string s = \"x\"; }\n",
      sql: "SELECT id FROM users WHERE name = 'x';\n",
      json: "{\"a\": 1, \"b\": true}\n",
      yaml: "a: 1 # c\nb: \"s\"\n",
      toml: "[package]\nname = \"x\"\n",
      dockerfile: "FROM node:20\nRUN npm ci\n",
      markdown: "# Title\n\n*em*\n",
    };
    for (const name of new Set(Object.entries(aliases).filter(([k]) => k !== "//").map(([, v]) => v))) {
      expect(await loadHighlighter(name), name).not.toBeNull();
      const code = codeBlock(null, samples[name]);
      expect(highlightNow(code, name), name).toBe(true);
      expect(code.querySelectorAll("span[class^=tok-]").length, name).toBeGreaterThan(0);
      expect(code.textContent, name).toBe(samples[name]);
    }
  });

  it("keeps code that tries to close its element as text", async () => {
    await loadHighlighter("typescript");
    const hostile = "const s = \"</code></pre><script>alert(1)</script><img src=x onerror=alert(2)>\";\n";
    const code = codeBlock("ts", hostile);
    highlightNow(code, "typescript");
    expect(code.querySelector("script, img")).toBeNull();
    expect(code.textContent).toBe(hostile);
    expect([...code.querySelectorAll("*")].every((e) => e.tagName === "SPAN" && e.attributes.length === 1)).toBe(true);
    // The cached copy is the same text again.
    const again = codeBlock("ts", hostile);
    highlightNow(again, "typescript");
    expect(again.innerHTML).toBe(code.innerHTML);
  });
});
