import { useEffect, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { CombinedError } from 'urql';
import { formatDate, type Precision } from '../lib/dates';
import { highlightPieces } from '../lib/highlight';

/** Sets the page's <title> while a view is shown. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · NewsGraph` : 'NewsGraph';
  }, [title]);
}

/** "Loading…", announced politely. */
export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p role="status" className="loading">
      {what}
    </p>
  );
}

interface Candidate {
  id: string;
  name: string;
  kind?: string;
}

const HINTS: Record<string, string> = {
  UNAUTHENTICATED:
    'The service did not accept a token: paste the editor token (it is valid for 30 days; the service logs a new one on every start).',
  FORBIDDEN: 'This token’s roles do not allow that (merging entities takes an admin’s token).',
  UNAVAILABLE: 'The database is away for a moment: try again.',
};

function hintFor(codes: string[], status: number | undefined): string | null {
  for (const code of codes) if (HINTS[code]) return HINTS[code];
  if (status === 401) return HINTS.UNAUTHENTICATED;
  if (status === 403) return HINTS.FORBIDDEN;
  return null;
}

/** What went wrong, in the service's words: each error's message, its code, and candidates for an ambiguous name. */
export function ErrorNote({ error, title = 'Something went wrong' }: { error: CombinedError | Error | null | undefined; title?: string }) {
  if (!error) return null;
  const combined = 'graphQLErrors' in error ? (error as CombinedError) : null;
  const gqlErrors = combined?.graphQLErrors ?? [];
  const status = (combined?.response as Response | undefined)?.status;
  const hint = hintFor(
    gqlErrors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : '')),
    status,
  );
  return (
    <div role="alert" className="error">
      <p className="error-title">{title}</p>
      <ul>
        {gqlErrors.map((e, i) => {
          const code = typeof e.extensions?.code === 'string' ? e.extensions.code : undefined;
          const candidates = Array.isArray(e.extensions?.candidates) ? (e.extensions.candidates as Candidate[]) : [];
          return (
            <li key={i}>
              {e.message}
              {code && <span className="code"> ({code})</span>}
              {candidates.length > 0 && (
                <>
                  {' '}
                  Did you mean:{' '}
                  {candidates.map((c, j) => (
                    <span key={c.id}>
                      {j > 0 && ', '}
                      <EntityLink entity={c} />
                    </span>
                  ))}
                </>
              )}
            </li>
          );
        })}
        {combined?.networkError && (
          <li>
            {combined.networkError.message || 'The service did not answer.'}
            {status ? <span className="code"> (HTTP {status})</span> : null}
          </li>
        )}
        {!combined && <li>{error.message}</li>}
      </ul>
      {hint && <p className="error-hint">{hint}</p>}
    </div>
  );
}

/** A link to an entity's page, named by the entity. */
export function EntityLink({ entity, children }: { entity: { id: string; name: string }; children?: ReactNode }) {
  return <Link href={`/entity/${encodeURIComponent(entity.id)}`}>{children ?? entity.name}</Link>;
}

export function ArticleLink({ article, children }: { article: { id: string; title: string }; children?: ReactNode }) {
  return <Link href={`/article/${encodeURIComponent(article.id)}`}>{children ?? article.title}</Link>;
}

/** A fuzzy date in a <time> element: "2015", "September 2018", "14 June 2018". */
export function FuzzyDate({ date, precision }: { date: string | null | undefined; precision?: Precision | null }) {
  if (!date) return null;
  return <time dateTime={date}>{formatDate(date, precision)}</time>;
}

/** An event as a line of a list: its type, a link by its summary, its date as fuzzy as it is known. */
export function EventLine({
  event,
}: {
  event: { id: string; type: string; summary: string; date?: string | null; datePrecision?: Precision | null };
}) {
  return (
    <li>
      <span className="badge">{label(event.type)}</span> <Link href={`/event/${event.id}`}>{event.summary}</Link>
      {event.date && (
        <>
          {' — '}
          <FuzzyDate date={event.date} precision={event.datePrecision} />
        </>
      )}
    </li>
  );
}

/** Text with the words a search matched wrapped in <mark>: React nodes, never HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightPieces(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  );
}

/** "INVITATION" → "Invitation", "INTERMEDIARY" → "Intermediary". */
export function label(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const KIND_LABELS: Record<string, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  PLACE: 'Place',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? label(kind);
}

export { formatDateTime as formatTimestamp } from '../lib/dates';
