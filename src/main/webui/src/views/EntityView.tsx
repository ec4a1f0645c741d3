import { useMemo } from 'react';
import { Link, useParams } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ArticleLink, EntityLink, ErrorNote, FuzzyDate, Loading, kindLabel, label, useTitle, EventLine } from '../components/common';
import { NetworkGraph } from '../components/NetworkGraph';
import { buildNetwork } from '../lib/network';
import { dateKey } from '../lib/dates';

const EntityPage = graphql(`
  query EntityPage($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      aliases
      titles
      quotes(first: 50) {
        id
        text
        partial
        article { id title publishedAt source { id name } }
        events { id type summary }
      }
      events {
        id
        type
        summary
        date
        datePrecision
        dateText
        place { id name }
        participants { role entity { id name kind } }
      }
    }
  }
`);

const HELD_HERE = 'HELD_HERE';

export function EntityView() {
  const { id = '' } = useParams<{ id: string }>();
  const [{ data, fetching, error }] = useQuery({
    query: EntityPage,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const entity = data?.entity;
  useTitle(entity ? entity.name : fetching ? 'Loading…' : 'Entity not found');

  const byRole = useMemo(() => {
    const groups = new Map<string, NonNullable<typeof entity>['events']>();
    for (const event of entity?.events ?? []) {
      const roles = [...new Set(event.participants.filter((p) => p.entity.id === entity!.id).map((p) => p.role as string))];
      for (const role of roles.length ? roles : [HELD_HERE]) {
        groups.set(role, [...(groups.get(role) ?? []), event]);
      }
    }
    return [...groups.entries()];
  }, [entity]);

  const timeline = useMemo(() => {
    if (!entity) return [];
    const items = [
      ...entity.events.map((e) => ({ kind: 'event' as const, key: `e${e.id}`, date: e.date, event: e })),
      ...entity.quotes.map((q) => ({ kind: 'quote' as const, key: `q${q.id}`, date: q.article.publishedAt, quote: q })),
    ];
    return items.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.key.localeCompare(b.key));
  }, [entity]);

  const network = useMemo(
    () => (entity ? buildNetwork({ id: entity.id, name: entity.name, kind: entity.kind }, entity.events) : null),
    [entity],
  );

  if (!entity) {
    return (
      <section aria-labelledby="entity-title">
        <h1 id="entity-title" tabIndex={-1}>
          {fetching ? 'Loading…' : 'Entity not found'}
        </h1>
        {fetching && <Loading />}
        <ErrorNote error={error} />
        {!fetching && !error && <p>There is no entity with id {id}.</p>}
      </section>
    );
  }

  return (
    <article aria-labelledby="entity-title" className="entity-view">
      <header className="view-header">
        <h1 id="entity-title" tabIndex={-1}>
          {entity.name}
        </h1>
        <p className="meta">
          <span className="badge">{kindLabel(entity.kind)}</span>
          {' · '}
          <Link href={`/editor?entity=${encodeURIComponent(entity.id)}`}>Correct this entity</Link>
        </p>
        <ErrorNote error={error} />
        <dl className="facts">
          <dt>Also known as</dt>
          <dd>{entity.aliases.length ? entity.aliases.join(', ') : '—'}</dd>
          <dt>Titles</dt>
          <dd>{entity.titles.length ? entity.titles.join(', ') : '—'}</dd>
        </dl>
      </header>

      <section aria-labelledby="entity-quotes" className="panel">
        <h2 id="entity-quotes">Quotes</h2>
        {entity.quotes.length === 0 ? (
          <p className="empty">No quotes from {entity.name}.</p>
        ) : (
          <ul className="quotes">
            {entity.quotes.map((q) => (
              <li key={q.id}>
                <figure>
                  <blockquote>
                    <p>“{q.text}”</p>
                  </blockquote>
                  <figcaption>
                    {q.article.publishedAt ? <FuzzyDate date={q.article.publishedAt} /> : 'Undated'}, in{' '}
                    <ArticleLink article={q.article} />
                    {q.article.source && <> ({q.article.source.name})</>}
                    {q.events.length > 0 && (
                      <>
                        {' · about '}
                        {q.events.map((e, i) => (
                          <span key={e.id}>
                            {i > 0 && ', '}
                            <Link href={`/event/${e.id}`}>{e.summary}</Link>
                          </span>
                        ))}
                      </>
                    )}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
        {entity.quotes.length === 50 && <p className="hint">The latest 50 quotes.</p>}
      </section>

      <section aria-labelledby="entity-events" className="panel">
        <h2 id="entity-events">Events</h2>
        {byRole.length === 0 && <p className="empty">No events.</p>}
        {byRole.map(([role, events]) => (
          <section key={role} aria-labelledby={`role-${role}`}>
            <h3 id={`role-${role}`}>{role === HELD_HERE ? 'Held here' : `As ${label(role).toLowerCase()}`}</h3>
            <ul>
              {events.map((e) => (
            <EventLine key={e.id} event={e} />
          ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="entity-timeline" className="panel">
        <h2 id="entity-timeline">Timeline</h2>
        {timeline.length === 0 ? (
          <p className="empty">Nothing dated yet.</p>
        ) : (
          <ol className="timeline">
            {timeline.map((item) => (
              <li key={item.key} className={`timeline-${item.kind}`}>
                <span className="timeline-date">
                  {item.kind === 'event' ? (
                    item.event.date ? <FuzzyDate date={item.event.date} precision={item.event.datePrecision} /> : 'Undated'
                  ) : item.date ? (
                    <FuzzyDate date={item.date} />
                  ) : (
                    'Undated'
                  )}
                </span>
                {item.kind === 'event' ? (
                  <span>
                    <span className="badge">{label(item.event.type)}</span>{' '}
                    <Link href={`/event/${item.event.id}`}>{item.event.summary}</Link>
                    {item.event.place && (
                      <>
                        {' in '}
                        <EntityLink entity={item.event.place} />
                      </>
                    )}
                  </span>
                ) : (
                  <span>
                    <span className="badge badge-quote">Quote</span> “{item.quote.text}”{' '}
                    <span className="meta">
                      (<ArticleLink article={item.quote.article} />)
                    </span>
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="entity-network" className="panel">
        <h2 id="entity-network">Network</h2>
        {network && network.connections.length > 0 ? (
          <>
            <p className="hint" id="network-hint">
              People and organizations who share events with {entity.name}; lines are labelled by the events’ types.
              Click a node to open its page.
            </p>
            <NetworkGraph network={network} describedBy="network-hint" />
            <h3 id="connections-title">Connections</h3>
            <ul aria-labelledby="connections-title" className="connections">
              {network.connections.map((c) => (
                <li key={c.entity.id}>
                  <EntityLink entity={c.entity} /> <span className="badge">{kindLabel(c.entity.kind)}</span>:{' '}
                  {c.events.map((e, i) => (
                    <span key={`${e.id}-${e.role}`}>
                      {i > 0 && ', '}
                      <Link href={`/event/${e.id}`}>{label(e.type)}</Link> ({label(e.role).toLowerCase()})
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="empty">No people or organizations share an event with {entity.name} yet.</p>
        )}
      </section>
    </article>
  );
}
