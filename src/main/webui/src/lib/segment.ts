/**
 * Splitting an article body into the pieces a reader sees: paragraphs, and inside them plain text,
 * quotes and entity mentions, from their character offsets (UTF-16 code units, as JavaScript counts and
 * as the service gives them). Pure functions: the view turns the result into React nodes, so the body
 * is only ever rendered as text.
 */

/** A highlighted range of the text: [start, end) in the text's offsets. */
export interface Span<T = unknown> {
  start: number;
  end: number;
  /** Outer kinds nest the others when two spans cover the same range: a quote holds its mentions. */
  kind: 'quote' | 'mention';
  data: T;
}

export type Segment<T = unknown> =
  | { type: 'text'; start: number; end: number; text: string }
  | { type: 'span'; start: number; end: number; span: Span<T>; children: Segment<T>[] };

export interface Paragraph<T = unknown> {
  start: number;
  end: number;
  segments: Segment<T>[];
}

const KIND_ORDER: Record<Span['kind'], number> = { quote: 0, mention: 1 };

function bySpanOrder(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Segments text[lo, hi) by the spans: the result covers every character of the range exactly once, in
 * order. Spans are nested by containment; a span that crosses the end of an earlier one (a mention
 * running out of a quote) is split at that end, so each piece nests. Spans outside the range, empty or
 * with offsets that are not numbers are clipped or dropped, never thrown on.
 */
export function segment<T>(text: string, spans: readonly Span<T>[], lo = 0, hi = text.length): Segment<T>[] {
  lo = Math.max(0, Math.min(lo, text.length));
  hi = Math.max(lo, Math.min(hi, text.length));
  const clipped: Span<T>[] = [];
  for (const s of spans) {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    const start = Math.max(lo, Math.trunc(s.start));
    const end = Math.min(hi, Math.trunc(s.end));
    if (start < end) clipped.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  clipped.sort(bySpanOrder);
  return nest(text, clipped, lo, hi);
}

function nest<T>(text: string, sorted: Span<T>[], lo: number, hi: number): Segment<T>[] {
  const out: Segment<T>[] = [];
  let pos = lo;
  let queue = sorted;
  while (queue.length > 0) {
    let outer = queue[0];
    if (outer.start < pos) {
      // only reachable for spans clipped by an earlier sibling; keep what is left of it
      outer = { ...outer, start: pos };
      if (outer.start >= outer.end) {
        queue = queue.slice(1);
        continue;
      }
    }
    if (outer.start > pos) out.push(textSegment(text, pos, outer.start));
    const inner: Span<T>[] = [];
    const rest: Span<T>[] = [];
    let j = 1;
    for (; j < queue.length && queue[j].start < outer.end; j++) {
      const s = queue[j];
      if (s.end <= outer.end) {
        inner.push(s);
      } else {
        // crosses the outer span's end: the part inside nests, the part after it comes later
        inner.push({ ...s, end: outer.end });
        rest.push({ ...s, start: outer.end });
      }
    }
    out.push({
      type: 'span',
      start: outer.start,
      end: outer.end,
      span: outer,
      children: nest(text, inner, outer.start, outer.end),
    });
    pos = outer.end;
    queue = rest.length > 0 ? [...rest, ...queue.slice(j)].sort(bySpanOrder) : queue.slice(j);
  }
  if (pos < hi) out.push(textSegment(text, pos, hi));
  return out;
}

function textSegment<T>(text: string, start: number, end: number): Segment<T> {
  return { type: 'text', start, end, text: text.slice(start, end) };
}

/**
 * The paragraphs of a body: runs of text separated by blank lines (a line break, any spaces, another
 * line break). Returns their offsets, trimmed of the surrounding whitespace; empty paragraphs are skipped.
 */
export function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const separator = /\r?\n[ \t\f\v\u00a0]*\r?\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start < end) out.push({ start, end });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Paragraphs, each segmented by the spans that fall in it (a span across a paragraph break is cut in two). */
export function segmentParagraphs<T>(text: string, spans: readonly Span<T>[]): Paragraph<T>[] {
  return paragraphRanges(text).map(({ start, end }) => ({
    start,
    end,
    segments: segment(text, spans, start, end),
  }));
}

/** Plain text back from segments: what a test or a screen reader would read. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.type === 'text' ? s.text : segmentsText(s.children))).join('');
}
