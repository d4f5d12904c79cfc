// Messages with elements inside them: "<strong>plan.md</strong> was deleted on disk." The
// message is formatted with a marker in place of each such variable (`slot("path")`), then cut
// at the markers, so a translation may put the element wherever its language wants it while
// the element (a file name, a code literal, user content) keeps its own tag. See Rich.svelte.

const OPEN = "\u{E000}";
const CLOSE = "\u{E001}";

/** The marker standing for the element `name` in a message's arguments. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** One piece of a formatted message: text, or the place of an element. */
export type MessagePart = { text: string } | { slot: string };

/** `text` cut at its markers, in order; empty texts are left out. */
export function messageParts(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  const pattern = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "gu");
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ slot: match[1] });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
