import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { stringifyDocument } from 'urql';
import { plainClient } from '../client';
import { graphql } from '../gql';
import { ArticleLink, EntityLink, FuzzyDate, label, useTitle } from '../components/common';
import { CopyCurl } from '../components/CopyCurl';
import { ResultGroup } from '../components/ResultGroup';
import { usePaged } from '../components/usePaged';
import { curlCommand } from '../lib/curl';
import { EVENT_TYPES, PARTICIPANT_ROLES } from '../lib/enums';
import { FIELDS, formFromUrl, missionVariables, type Form } from '../lib/mission';

const Mission = graphql(`
  query Mission(
    $type: EventType
    $participant: String
    $role: ParticipantRole
    $place: String
    $from: Date
    $to: Date
    $first: Int
    $after: String
  ) {
    events(type: $type, participant: $participant, role: $role, place: $place, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        type
        summary
        date
        datePrecision
        dateText
        place { id name }
        participants { role entity { id name kind } }
        quotes { id text speaker { id name } article { id title } }
        articles { id title publishedAt source { id name } }
      }
    }
  }
`);

/** The query exactly as it is sent: by a client without the document cache, which would add __typename. */
const SENT_QUERY = stringifyDocument(Mission);

/** The mission form: which events, who took part in which role, where, when; with the GraphQL it sends. */
export function AskView() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const asked = useMemo(() => formFromUrl(search), [search]);
  const [form, setForm] = useState<Form>(asked);
  useEffect(() => setForm(asked), [asked]);
  useTitle('Ask');

  const variables = useMemo(() => missionVariables(asked), [asked]);
  const events = usePaged(Mission, variables, (d) => d.events, false, plainClient);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const f of FIELDS) if (form[f].trim()) p.set(f, form[f].trim());
    navigate(`/ask?${p.toString()}`);
  };
  const set = (field: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));

  const origin = window.location.origin;
  const curl = curlCommand(origin, SENT_QUERY, variables);

  return (
    <section aria-labelledby="ask-title" className="ask-view">
      <h1 id="ask-title" tabIndex={-1}>
        Ask
      </h1>
      <p className="hint">
        Which events, with whom in which role, where and when: for example every invitation with Putin as the inviter.
        Names match any of an entity’s names.
      </p>
      <form onSubmit={submit} className="mission-form" aria-label="Mission">
        <div className="field">
          <label htmlFor="ask-type">Event type</label>
          <select id="ask-type" value={form.type} onChange={set('type')}>
            <option value="">Any type</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {label(t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ask-participant">Participant</label>
          <input id="ask-participant" type="text" value={form.participant} onChange={set('participant')} placeholder="Putin" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="ask-role">Role</label>
          <select id="ask-role" value={form.role} onChange={set('role')}>
            <option value="">Any role</option>
            {PARTICIPANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {label(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ask-place">Place</label>
          <input id="ask-place" type="text" value={form.place} onChange={set('place')} placeholder="Russia" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="ask-from">From</label>
          <input id="ask-from" type="date" value={form.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor="ask-to">To</label>
          <input id="ask-to" type="date" value={form.to} onChange={set('to')} />
        </div>
        <div className="actions">
          <button type="submit">Ask</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setForm(formFromUrl(''));
              navigate('/ask');
            }}
          >
            Clear
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="visually-hidden">
        {!events.loading && events.totalCount !== null ? `${events.totalCount} events found` : ''}
      </div>

      <ResultGroup
        id="ask-results"
        title="Events"
        paged={events}
        itemKey={(e) => e.id}
        empty="No events match. Try fewer conditions."
        renderItem={(e) => (
          <article className="result event-result">
            <h3>
              <span className="badge">{label(e.type)}</span> <Link href={`/event/${e.id}`}>{e.summary}</Link>
            </h3>
            <p className="meta">
              {e.date ? <FuzzyDate date={e.date} precision={e.datePrecision} /> : 'Date unknown'}
              {e.place && (
                <>
                  {' · '}
                  <EntityLink entity={e.place} />
                </>
              )}
            </p>
            {e.participants.length > 0 && (
              <dl className="roles compact">
                {[...new Set(e.participants.map((p) => p.role))].map((role) => (
                  <div key={role}>
                    <dt>{label(role)}</dt>
                    <dd>
                      {e.participants
                        .filter((p) => p.role === role)
                        .map((p, i) => (
                          <span key={p.entity.id}>
                            {i > 0 && ', '}
                            <EntityLink entity={p.entity} />
                          </span>
                        ))}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {e.quotes.length > 0 && (
              <>
                <h4 className="sub">Quotes</h4>
                <ul className="quotes compact">
                  {e.quotes.map((q) => (
                    <li key={q.id}>
                      “{q.text}” — {q.speaker ? <EntityLink entity={q.speaker} /> : <span className="unknown">speaker unknown</span>}
                      <span className="meta">
                        {' '}
                        (<ArticleLink article={q.article} />)
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {e.articles.length > 0 && (
              <p className="meta">
                Reported by{' '}
                {e.articles.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 && '; '}
                    <ArticleLink article={a} /> ({a.source?.name ?? 'unknown outlet'}
                    {a.publishedAt && (
                      <>
                        , <FuzzyDate date={a.publishedAt} />
                      </>
                    )}
                    )
                  </span>
                ))}
              </p>
            )}
          </article>
        )}
      />

      <section aria-labelledby="ask-query-title" className="panel query-panel">
        <h2 id="ask-query-title">The query</h2>
        <p className="hint">
          What this page sent to <code>/graphql</code> (as a GET request while it fits in a URL; the curl command sends the same as POST). Further pages
          add <code>after</code>: the last page’s <code>endCursor</code>.
        </p>
        <h3 id="ask-query-text">GraphQL</h3>
        <pre aria-labelledby="ask-query-text" tabIndex={0} data-testid="sent-query">
          <code>{SENT_QUERY}</code>
        </pre>
        <h3 id="ask-query-variables">Variables</h3>
        <pre aria-labelledby="ask-query-variables" tabIndex={0} data-testid="sent-variables">
          <code>{JSON.stringify(variables, null, 2)}</code>
        </pre>
        <CopyCurl command={curl} />
      </section>
    </section>
  );
}
