import { describe, expect, it } from 'vitest';
import { highlightPieces, searchTerms, snippet } from './highlight';

const marked = (text: string, q: string) =>
  highlightPieces(text, q)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('');

describe('highlight', () => {
  it('marks words that start with a term, whatever the case', () => {
    expect(marked("Putin's invitation to Kim; PUTIN agreed", 'putin')).toBe("[Putin]'s invitation to Kim; [PUTIN] agreed");
  });

  it('marks every term, not inside words', () => {
    expect(marked('Kim Jong-un met Putin in Moscow', 'kim putin')).toBe('[Kim] Jong-un met [Putin] in Moscow');
    expect(marked('Akim is not Kim', 'kim')).toBe('Akim is not [Kim]');
  });

  it('marks the forms a stemming search finds', () => {
    expect(marked('Putin invited Kim; the invitation stands', 'invites')).toBe('Putin [invited] Kim; the [invitation] stands');
  });

  it('treats regular-expression characters as text', () => {
    expect(marked('a (b) c.* d', '(b) .*')).toBe('a ([b]) c.* d');
    expect(() => highlightPieces('x', '[')).not.toThrow();
  });

  it('ignores operators, negated words and quotes', () => {
    expect(searchTerms('"arms race" OR -nuclear')).toEqual(['arms', 'race']);
  });

  it('works on accented and non-Latin names', () => {
    expect(marked('Teodora Vulpescu and Зеленский', 'vulp зел')).toBe('Teodora [Vulpescu] and [Зеленский]');
  });

  it('gives the text unmarked for an empty query', () => {
    expect(highlightPieces('text', '  ')).toEqual([{ text: 'text', match: false }]);
  });

  it('cuts a snippet around the first match', () => {
    const body = `${'word '.repeat(100)}Putin spoke ${'more '.repeat(100)}`;
    const s = snippet(body, 'putin', 100);
    expect(s).toContain('Putin spoke');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(104);
  });
});
