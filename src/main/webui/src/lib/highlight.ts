/**
 * Which parts of a text a search matched, for <mark>: the service's full-text search stems words and its
 * name search matches word beginnings, so a term marks every word that starts with it (or with its stem:
 * "invites" marks "invited"). Returns text pieces; the view wraps the matched ones, never as HTML.
 */

export interface Piece {
  text: string;
  match: boolean;
}

const OPERATORS = new Set(['or', 'and', 'not']);

/** The words of a search box's text, without quotes, operators, negated words or punctuation. */
export function searchTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const raw of query.split(/\s+/)) {
    if (raw.startsWith('-')) continue; // "-word" excludes it: nothing to mark
    for (const word of raw.split(/[^\p{L}\p{N}]+/u)) {
      const w = word.toLocaleLowerCase();
      if (w.length === 0 || OPERATORS.has(w)) continue;
      terms.add(stem(w));
    }
  }
  // longest first, so that the alternation prefers "putins" over "put"
  return [...terms].sort((a, b) => b.length - a.length);
}

/** A crude English stem, enough to mark the forms a full-text search finds for a word. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits text into pieces, the words that start with a search term marked as matches. */
export function highlightPieces(text: string, query: string | readonly string[]): Piece[] {
  const terms = typeof query === 'string' ? searchTerms(query) : [...query];
  if (terms.length === 0 || text.length === 0) return text.length ? [{ text, match: false }] : [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const pieces: Piece[] = [];
  let pos = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (m[0].length === 0) continue;
    if (at > pos) pieces.push({ text: text.slice(pos, at), match: false });
    pieces.push({ text: m[0], match: true });
    pos = at + m[0].length;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), match: false });
  return pieces;
}

/**
 * A window of a long text around its first match (for an article's body in search results), cut at
 * word boundaries, with an ellipsis where it was cut.
 */
export function snippet(text: string, query: string, length = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const first = highlightPieces(flat, query).findIndex((p) => p.match);
  let start = 0;
  if (first > 0) {
    const before = highlightPieces(flat, query)
      .slice(0, first)
      .reduce((n, p) => n + p.text.length, 0);
    start = Math.max(0, before - Math.floor(length / 3));
  }
  let end = Math.min(flat.length, start + length);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space > 0 && space < end) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return (start > 0 ? '… ' : '') + flat.slice(start, end) + (end < flat.length ? ' …' : '');
}
