/** Dates as the service gives them (ISO-8601 days), shown as precisely as they are known. */

export type Precision = 'DAY' | 'MONTH' | 'YEAR';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function parseDay(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * "2015" for a year, "September 2018" for a month, "14 June 2018" for a day (or when the precision is
 * not given); the raw value when it is no ISO day; empty for none.
 */
export function formatDate(date: string | null | undefined, precision?: Precision | null): string {
  if (!date) return '';
  const d = parseDay(date);
  if (!d) return date;
  switch (precision) {
    case 'YEAR':
      return String(d.getUTCFullYear());
    case 'MONTH':
      return MONTH.format(d);
    default:
      return DAY.format(d);
  }
}

/** A timestamp (ISO-8601 with time) in the reader's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : DATE_TIME.format(d);
}

/** Sort key of a fuzzy date: its first day; undated things sort last. */
export function dateKey(date: string | null | undefined): string {
  return date && parseDay(date) ? date.slice(0, 10) : '9999-99-99';
}
