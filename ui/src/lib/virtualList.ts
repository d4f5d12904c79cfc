// Virtualised lists: which items of a long list are near the viewport, so only those are in the
// DOM (the review table's 1,000 rows, the sidebar's 1,000 features). Unit-tested in
// virtualList.test.ts.

/** The rows a virtualised list of `count` rows of `rowHeight` px shows when scrolled to
 * `scrollTop` in a viewport `height` px high, with `overscan` extra rows on each side. */
export function visibleWindow(
  scrollTop: number,
  height: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, height) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(start, end) };
}


/** A slice of a virtualised list: items `start` to `end` (exclusive) are rendered, with `before`
 * px of space above them and `after` px below. */
export interface VisibleItems {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** The items of a list of items `heights` px high (top to bottom) that a viewport `height` px high
 * scrolled to `scrollTop` shows, with `overscan` extra items on each side. */
export function visibleItems(heights: number[], scrollTop: number, height: number, overscan = 8): VisibleItems {
  const top = Math.max(0, scrollTop);
  const bottom = top + Math.max(0, height);
  let offset = 0;
  let first = heights.length;
  let last = heights.length;
  for (let i = 0; i < heights.length; i++) {
    const next = offset + heights[i];
    if (first === heights.length && next > top) first = i;
    if (offset >= bottom) {
      last = i;
      break;
    }
    offset = next;
  }
  const start = Math.max(0, Math.min(first, last) - overscan);
  const end = Math.min(heights.length, last + overscan);
  const sum = (from: number, to: number): number => heights.slice(from, to).reduce((a, b) => a + b, 0);
  return { start, end, before: sum(0, start), after: sum(end, heights.length) };
}
