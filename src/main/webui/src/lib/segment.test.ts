import { describe, expect, it } from 'vitest';
import { paragraphRanges, segment, segmentParagraphs, segmentsText, type Segment, type Span } from './segment';

const span = (start: number, end: number, kind: Span['kind'], data = `${kind}${start}`): Span<string> => ({
  start,
  end,
  kind,
  data,
});

/** A compact picture of a segmentation: text as is, spans as kind[...]. */
function show(segments: Segment<string>[], text: string): string {
  return segments
    .map((s) => (s.type === 'text' ? s.text : `${s.span.kind}[${show(s.children, text)}]`))
    .join('');
}

describe('segment', () => {
  const text = 'Putin said "Kim Jong-un is welcome in Russia" on Thursday.';
  const quoteStart = text.indexOf('Kim');
  const quoteEnd = text.indexOf('" on');

  it('covers the text exactly once, in order', () => {
    const segs = segment(text, [span(0, 5, 'mention'), span(quoteStart, quoteEnd, 'quote')]);
    expect(segmentsText(segs)).toBe(text);
    expect(show(segs, text)).toBe('mention[Putin] said "quote[Kim Jong-un is welcome in Russia]" on Thursday.');
  });

  it('nests mentions inside quotes', () => {
    const kim = span(quoteStart, quoteStart + 11, 'mention');
    const russia = span(text.indexOf('Russia'), text.indexOf('Russia') + 6, 'mention');
    const segs = segment(text, [russia, kim, span(quoteStart, quoteEnd, 'quote')]);
    expect(show(segs, text)).toBe('Putin said "quote[mention[Kim Jong-un] is welcome in mention[Russia]]" on Thursday.');
  });

  it('puts the quote outside a mention of the same range', () => {
    const segs = segment('ab', [span(0, 2, 'mention'), span(0, 2, 'quote')]);
    expect(show(segs, 'ab')).toBe('quote[mention[ab]]');
  });

  it('splits a mention that runs out of a quote, so that each piece nests', () => {
    //            0123456789
    const t = 'say it now';
    const segs = segment(t, [span(0, 6, 'quote'), span(4, 10, 'mention', 'm')]);
    expect(show(segs, t)).toBe('quote[say mention[it]]mention[ now]');
    expect(segmentsText(segs)).toBe(t);
  });

  it('splits a quote that starts inside a mention', () => {
    const t = 'abcdefgh';
    const segs = segment(t, [span(0, 4, 'mention'), span(2, 6, 'quote')]);
    expect(show(segs, t)).toBe('mention[abquote[cd]]quote[ef]gh');
    expect(segmentsText(segs)).toBe(t);
  });

  it('clips offsets outside the text and drops empty or broken spans', () => {
    const t = 'hello';
    const segs = segment(t, [span(-3, 2, 'mention'), span(4, 99, 'quote'), span(3, 3, 'mention'), span(NaN, 2, 'quote')]);
    expect(show(segs, t)).toBe('mention[he]llquote[o]');
  });

  it('keeps adjacent and overlapping siblings in order', () => {
    const t = 'one two three';
    const segs = segment(t, [span(4, 7, 'mention'), span(0, 3, 'mention'), span(8, 13, 'mention'), span(8, 11, 'mention')]);
    expect(show(segs, t)).toBe('mention[one] mention[two] mention[mention[thr]ee]');
  });

  it('segments a range of the text only', () => {
    const t = 'aaa bbb ccc';
    const segs = segment(t, [span(0, 3, 'mention'), span(5, 10, 'quote')], 4, 7);
    expect(show(segs, t)).toBe('bquote[bb]');
  });

  it('counts offsets in UTF-16 code units, as the service does', () => {
    const t = '“Privet” 🙂 said Putin';
    const at = t.indexOf('Putin');
    expect(show(segment(t, [span(at, at + 5, 'mention')]), t)).toBe('“Privet” 🙂 said mention[Putin]');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines, keeps single line breaks, trims', () => {
    const t = '  First line\nstill first.\n\nSecond.\r\n \r\nThird.\n\n\n';
    const ranges = paragraphRanges(t).map(({ start, end }) => t.slice(start, end));
    expect(ranges).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
  });

  it('cuts a span that crosses a paragraph break into a piece per paragraph', () => {
    const t = 'He said "one.\n\nTwo" then left.';
    const start = t.indexOf('one');
    const end = t.indexOf('" then');
    const paras = segmentParagraphs(t, [span(start, end, 'quote')]);
    expect(paras.map((p) => show(p.segments, t))).toEqual(['He said "quote[one.]', 'quote[Two]" then left.']);
  });

  it('gives nothing for an empty body', () => {
    expect(segmentParagraphs('', [])).toEqual([]);
    expect(segmentParagraphs(' \n\n ', [])).toEqual([]);
  });
});
