// Syntax colours of the Markdown source, taken from the app's theme variables (src/app.css) so
// they follow the light and dark themes and keep WCAG AA contrast in both (see contrast.test.ts).
// CodeMirror's default style uses fixed colours picked for a white background.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { tags } from "@lezer/highlight";

export const markdownHighlightStyle = HighlightStyle.define([
  { tag: tags.heading, fontWeight: "700", color: "var(--syntax-heading)" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.strikethrough, textDecoration: "line-through" },
  { tag: [tags.link, tags.url], color: "var(--syntax-link)", textDecoration: "underline" },
  { tag: tags.monospace, fontFamily: "var(--mono)", color: "var(--syntax-code)" },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: "var(--syntax-mark)" },
  { tag: [tags.comment, tags.quote], color: "var(--syntax-comment)", fontStyle: "italic" },
  { tag: [tags.keyword, tags.atom, tags.bool, tags.labelName], color: "var(--syntax-keyword)" },
  { tag: [tags.string, tags.literal, tags.number, tags.escape], color: "var(--syntax-literal)" },
  { tag: tags.invalid, color: "var(--danger)" },
]);

/** The editor's syntax highlighting. */
export function markdownHighlighting(): Extension {
  return syntaxHighlighting(markdownHighlightStyle);
}
