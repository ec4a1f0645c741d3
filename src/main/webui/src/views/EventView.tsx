import { Link, useParams } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ArticleLink, EntityLink, ErrorNote, FuzzyDate, Loading, kindLabel, label, useTitle } from '../components/common';

const EventPage = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      type
      summary
      date
      datePrecision
      dateText
      place { id name kind }
      participants { role entity { id name kind } }
      quotes {
        id
        text
        speaker { id name }
        article { id title source { id name } }
      }
      reports {
        evidence
        dateText
        article { id title publishedAt url source { id name domain } }
      }
    }
  }
`);

export function EventView() {
  const { id = '' } = useParams<{ id: string }>();
  const [{ data, fetching, error }] = useQuery({ query: EventPage, variables: { id }, requestPolicy: 'cache-and-network' });
  const event = data?.event;
  useTitle(event ? `${label(event.type)}: ${event.summary}` : fetching ? 'Loading…' : 'Event not found');

  if (!event) {
    return (
      <section aria-labelledby="event-title">
        <h1 id="event-title" tabIndex={-1}>
          {fetching ? 'Loading…' : 'Event not found'}
        </h1>
        {fetching && <Loading />}
        <ErrorNote error={error} />
        {!fetching && !error && <p>There is no event with id {id}.</p>}
      </section>
    );
  }

  const roles = new Map<string, typeof event.participants>();
  for (const p of event.participants) roles.set(p.role, [...(roles.get(p.role) ?? []), p]);
  const outlets = new Set(event.reports.map((r) => r.article.source?.name ?? `article ${r.article.id}`));

  return (
    <article aria-labelledby="event-title" className="event-view">
      <header className="view-header">
        <p className="eyebrow">
          <span className="badge">{label(event.type)}</span>
        </p>
        <h1 id="event-title" tabIndex={-1}>
          {event.summary}
        </h1>
        <ErrorNote error={error} />
        <dl className="facts">
          <dt>Type</dt>
          <dd>{label(event.type)}</dd>
          <dt>When</dt>
          <dd>
            {event.date ? <FuzzyDate date={event.date} precision={event.datePrecision} /> : 'Not known'}
            {event.dateText && <span className="meta"> (“{event.dateText}”)</span>}
          </dd>
          <dt>Where</dt>
          <dd>{event.place ? <EntityLink entity={event.place} /> : 'Not known'}</dd>
        </dl>
      </header>

      <section aria-labelledby="event-participants" className="panel">
        <h2 id="event-participants">Participants</h2>
        {roles.size === 0 ? (
          <p className="empty">No participants known.</p>
        ) : (
          <dl className="roles">
            {[...roles.entries()].map(([role, ps]) => (
              <div key={role}>
                <dt>{label(role)}</dt>
                <dd>
                  <ul className="inline-list">
                    {ps.map((p) => (
                      <li key={p.entity.id}>
                        <EntityLink entity={p.entity} /> <span className="meta">({kindLabel(p.entity.kind)})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="event-quotes" className="panel">
        <h2 id="event-quotes">Quotes</h2>
        {event.quotes.length === 0 ? (
          <p className="empty">No quotes belong to this event.</p>
        ) : (
          <ul className="quotes">
            {event.quotes.map((q) => (
              <li key={q.id}>
                <figure>
                  <blockquote>
                    <p>“{q.text}”</p>
                  </blockquote>
                  <figcaption>
                    — {q.speaker ? <EntityLink entity={q.speaker} /> : <span className="unknown">speaker unknown</span>}, in{' '}
                    <ArticleLink article={q.article} />
                    {q.article.source && <> ({q.article.source.name})</>}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="event-reports" className="panel">
        <h2 id="event-reports">Reported by</h2>
        <p className="hint">
          {event.reports.length} {event.reports.length === 1 ? 'article' : 'articles'} from {outlets.size}{' '}
          {outlets.size === 1 ? 'outlet' : 'outlets'}, earliest first: what each one says.
        </p>
        <ol className="reports">
          {event.reports.map((r) => (
            <li key={r.article.id} className="report">
              <h3>
                <ArticleLink article={r.article} />
              </h3>
              <p className="meta">
                <span className="outlet">{r.article.source?.name ?? 'Unknown outlet'}</span>
                {r.article.publishedAt && (
                  <>
                    {' · '}
                    <FuzzyDate date={r.article.publishedAt} />
                  </>
                )}
              </p>
              {r.evidence && (
                <blockquote className="evidence">
                  <p>{r.evidence}</p>
                </blockquote>
              )}
              {r.dateText && (
                <p className="meta">
                  Dates it: <q>{r.dateText}</q>
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link href={`/ask?type=${event.type}`}>More {label(event.type).toLowerCase()} events</Link>
      </p>
    </article>
  );
}
