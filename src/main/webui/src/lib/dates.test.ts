import { describe, expect, it } from 'vitest';
import { dateKey, formatDate } from './dates';

describe('formatDate', () => {
  it('shows a fuzzy date as fuzzy as it is', () => {
    expect(formatDate('2015-01-01', 'YEAR')).toBe('2015');
    expect(formatDate('2018-09-01', 'MONTH')).toBe('September 2018');
    expect(formatDate('2018-06-14', 'DAY')).toBe('14 June 2018');
    expect(formatDate('2018-06-14')).toBe('14 June 2018');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2018-01-01', 'DAY')).toBe('1 January 2018');
    expect(formatDate('2018-12-31', 'YEAR')).toBe('2018');
  });

  it('gives nothing for no date and the raw text for a strange one', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });

  it('sorts undated things last', () => {
    expect([dateKey(null), dateKey('2018-06-14'), dateKey('2015-01-01')].sort()).toEqual([
      '2015-01-01',
      '2018-06-14',
      '9999-99-99',
    ]);
  });
});
