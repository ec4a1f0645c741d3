import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { LiveArticleFragment } from '../gql/graphql';
import { onConnectionState, type ConnectionState } from '../client';
import { ArticleLink, ErrorNote, FuzzyDate, Loading, EventLine, formatTimestamp, useTitle } from '../components/common';

graphql(`
  fragment LiveArticle on Article {
    id
    title
    publishedAt
    ingestedAt
    source { id name }
    events { id type summary date datePrecision }
    quotes { id }
  }
`);

const LatestArticles = graphql(`
  query LatestArticles {
    articles(first: 20) {
      nodes { ...LiveArticle }
    }
  }
`);

const ArticleIngested = graphql(`
  subscription ArticleIngested {
    articleIngested { ...LiveArticle }
  }
`);

const STATE_TEXT: Record<ConnectionState, string> = {
  idle: 'Not connected yet',
  connecting: 'Connecting…',
  connected: 'Live: new articles appear at the top as they are ingested',
  closed: 'Disconnected; reconnecting…',
};

/** Articles as they are ingested (over the WebSocket), above the latest ones at the time the page opened. */
export function LiveView() {
  useTitle('Live');
  const [latest] = useQuery({ query: LatestArticles, requestPolicy: 'network-only' });
  const [feed] = useSubscription({ query: ArticleIngested }, (fresh: LiveArticleFragment[] = [], data) => [
    data.articleIngested,
    ...fresh.filter((a) => a.id !== data.articleIngested.id),
  ]);
  const [connection, setConnection] = useState<ConnectionState>('idle');
  useEffect(() => onConnectionState(setConnection), []);

  const fresh = feed.data ?? [];
  const freshIds = useMemo(() => new Set(fresh.map((a) => a.id)), [fresh]);
  const items = [...fresh, ...(latest.data?.articles.nodes ?? []).filter((a) => !freshIds.has(a.id))];
  const newest = fresh[0];

  return (
    <section aria-labelledby="live-title" className="live-view">
      <h1 id="live-title" tabIndex={-1}>
        Live
      </h1>
      <p className={`connection connection-${connection}`}>
        <span className="dot" aria-hidden="true" /> {STATE_TEXT[connection]}
      </p>
      <p role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-announcement">
        {newest ? `New article: ${newest.title}${newest.source ? `, ${newest.source.name}` : ''}` : ''}
      </p>
      <ErrorNote error={feed.error} title="The live feed failed" />
      <ErrorNote error={latest.error} title="The latest articles could not be loaded" />
      {latest.fetching && !latest.data && <Loading what="Loading the latest articles…" />}
      <h2 id="live-feed-title">Articles, newest first</h2>
      {items.length === 0 && !latest.fetching && <p className="empty">No articles yet.</p>}
      <ol className="feed" aria-labelledby="live-feed-title" aria-busy={latest.fetching}>
        {items.map((a) => (
          <li key={a.id} className={freshIds.has(a.id) ? 'fresh' : undefined}>
            <article aria-labelledby={`live-${a.id}`}>
              <h3 id={`live-${a.id}`}>
                {freshIds.has(a.id) && <span className="badge badge-new">New</span>} <ArticleLink article={a} />
              </h3>
              <p className="meta">
                {a.source?.name ?? 'Unknown outlet'}
                {a.publishedAt && (
                  <>
                    {' · published '}
                    <FuzzyDate date={a.publishedAt} />
                  </>
                )}
                {' · received '}
                {formatTimestamp(a.ingestedAt)}
                {' · '}
                {a.quotes.length} {a.quotes.length === 1 ? 'quote' : 'quotes'}
              </p>
              {a.events.length > 0 && (
                <ul className="events">
                  {a.events.map((e) => (
            <EventLine key={e.id} event={e} />
          ))}
                </ul>
              )}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
