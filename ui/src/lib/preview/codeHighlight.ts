// Syntax highlighting of the preview's fenced code blocks, with the Lezer parsers CodeMirror
// already ships (plus CodeMirror's legacy stream modes for shell, TOML, Dockerfile and C#).
//
// The Rust renderer sends `<pre><code class="language-xyz">` with the code as escaped text; this
// module reads that text back (`textContent`) and rebuilds the element's children as text nodes
// and `<span class="tok-…">` elements made with DOM APIs. Nothing from the document is ever
// parsed as HTML here, so highlighting cannot add markup the sanitizer did not see.
//
// Token classes come from @lezer/highlight's `classHighlighter`; their colours are the theme's
// CSS variables (PreviewPane.svelte), so light and dark follow the app. Parsers are loaded on
// first use (their own chunks, not paid at start-up) and results are cached by language and
// text, so a block that did not change costs a clone when its unit is re-rendered.
import { classHighlighter, highlightCode } from "@lezer/highlight";
import type { Parser } from "@lezer/common";
import { StreamLanguage, type StreamParser } from "@codemirror/language";
import aliases from "./languages.json";

/** Longest code block highlighted (characters): longer ones stay plain, so a pasted log file
 * does not make every keystroke in it wait for a parse. */
export const MAX_HIGHLIGHTED = 30_000;

const stream = (parser: StreamParser<unknown>): Parser => StreamLanguage.define(parser).parser;

/** Each highlighter's parser, loaded on demand. */
const LOADERS: Record<string, () => Promise<Parser>> = {
  shell: async () => stream((await import("@codemirror/legacy-modes/mode/shell")).shell),
  tree: async () => stream(textTree as StreamParser<unknown>),
  typescript: async () => (await import("@codemirror/lang-javascript")).typescriptLanguage.parser,
  tsx: async () => (await import("@codemirror/lang-javascript")).tsxLanguage.parser,
  javascript: async () => (await import("@codemirror/lang-javascript")).javascriptLanguage.parser,
  jsx: async () => (await import("@codemirror/lang-javascript")).jsxLanguage.parser,
  python: async () => (await import("@codemirror/lang-python")).pythonLanguage.parser,
  rust: async () => (await import("@codemirror/lang-rust")).rustLanguage.parser,
  go: async () => (await import("@codemirror/lang-go")).goLanguage.parser,
  java: async () => (await import("@codemirror/lang-java")).javaLanguage.parser,
  csharp: async () => stream((await import("@codemirror/legacy-modes/mode/clike")).csharp),
  sql: async () => (await import("@codemirror/lang-sql")).PostgreSQL.language.parser,
  json: async () => (await import("@codemirror/lang-json")).jsonLanguage.parser,
  yaml: async () => (await import("@codemirror/lang-yaml")).yamlLanguage.parser,
  toml: async () => stream((await import("@codemirror/legacy-modes/mode/toml")).toml),
  dockerfile: async () => stream((await import("@codemirror/legacy-modes/mode/dockerfile")).dockerFile),
  markdown: async () => (await import("@codemirror/lang-markdown")).markdownLanguage.parser,
};

/** Project trees (`├── src/  # comment`): the drawing characters muted, comments as comments,
 * folders (names ending in `/`) as type names. */
const textTree: StreamParser<null> = {
  name: "tree",
  token(stream) {
    if (stream.match(/^[│├└─┬┼┤┐┘┌|`\\+-]+/u)) return "meta";
    if (stream.match(/^#.*/)) return "comment";
    if (stream.match(/^[^\s#│├└]+\/(?=\s|$)/u)) return "typeName";
    stream.next();
    stream.eatWhile(/[^\s#│├└]/u);
    return null;
  },
  startState: () => null,
};

const parsers = new Map<string, Parser>();
const loading = new Map<string, Promise<Parser | null>>();

/** The highlighter for a code element's `language-*` class (`null`: none). A block without a
 * language is highlighted as a tree when it draws one. */
export function highlighterOf(code: Element): string | null {
  const lang = [...code.classList].find((c) => c.startsWith("language-"))?.slice("language-".length).toLowerCase();
  if (lang === undefined) return /[├└]──/.test(code.textContent ?? "") ? "tree" : null;
  return Object.hasOwn(aliases, lang) && lang !== "//" ? (aliases as Record<string, string>)[lang] : null;
}

/** Start loading `name`'s parser; resolves when it is ready (`null` if it failed to load). */
export function loadHighlighter(name: string): Promise<Parser | null> {
  const ready = parsers.get(name);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(name);
  if (!pending) {
    const load = LOADERS[name];
    pending = load
      ? load().then(
          (parser) => (parsers.set(name, parser), parser),
          () => null,
        )
      : Promise.resolve(null);
    loading.set(name, pending);
  }
  return pending;
}

/** Highlighted fragments by highlighter and text, most recently used last. */
const cache = new Map<string, DocumentFragment>();
const CACHE_SIZE = 300;

/** Highlight `code` now if its parser is loaded; `false` when it has to wait for the parser
 * (or has nothing to do). Safe to call twice: the text is read back from the element. */
export function highlightNow(code: HTMLElement, name: string): boolean {
  const parser = parsers.get(name);
  if (!parser) return false;
  const text = code.textContent ?? "";
  if (text.length > MAX_HIGHLIGHTED) return true;
  const key = `${name}\u0000${text}`;
  let fragment = cache.get(key);
  if (fragment) {
    cache.delete(key);
  } else {
    fragment = tokens(code.ownerDocument, parser, text);
  }
  cache.set(key, fragment);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  code.replaceChildren(fragment.cloneNode(true));
  code.classList.add("highlighted");
  return true;
}

/** `text` as text nodes and classed spans. */
function tokens(doc: Document, parser: Parser, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let line: string[] = [];
  const flush = () => {
    if (line.length) fragment.append(line.join(""));
    line = [];
  };
  highlightCode(
    text,
    parser.parse(text),
    classHighlighter,
    (piece, classes) => {
      if (!classes) {
        line.push(piece);
        return;
      }
      flush();
      const span = doc.createElement("span");
      span.className = classes;
      span.textContent = piece;
      fragment.append(span);
    },
    () => line.push("\n"),
  );
  flush();
  return fragment;
}
