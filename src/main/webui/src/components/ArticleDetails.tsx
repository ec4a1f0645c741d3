import { Link } from 'wouter';
import { graphql } from '../gql';
import type { ArticleFullFragment } from '../gql/graphql';
import { ArticleBody, speakerText } from './ArticleBody';
import { EntityLink, FuzzyDate, formatTimestamp, EventLine, kindLabel } from './common';

/** What the article page shows, and what the editor shows of an article it just ingested. */
export const ArticleFull = graphql(`
  fragment ArticleFull on Article {
    id
    title
    body
    url
    publishedAt
    ingestedAt
    source { id name domain }
    authors { id name }
    mentions { id start end text title entity { id name kind } }
    quotes {
      id
      start
      end
      text
      partial
      speaker { id name }
      addressee { id name }
      attribution { method confidence }
    }
    events { id type summary date datePrecision }
  }
`);

export function ArticleDetails({
  article,
  headingLevel = 1,
  onReattribute,
}: {
  article: ArticleFullFragment;
  headingLevel?: 1 | 2;
  /** the editor's hook: a button per quote that picks it for re-attribution */
  onReattribute?: (quote: { id: string; text: string }) => void;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const entities = new Map<string, { id: string; name: string; kind: string }>();
  for (const m of article.mentions) entities.set(m.entity.id, m.entity);

  return (
    <article aria-labelledby={`article-${article.id}-title`} className="article-view">
      <header className="view-header">
        <Heading id={`article-${article.id}-title`} tabIndex={-1}>
          {article.title}
        </Heading>
        <p className="meta">
          <span className="outlet">{article.source?.name ?? 'Unknown outlet'}</span>
          {' · '}
          {article.publishedAt ? <FuzzyDate date={article.publishedAt} /> : 'publication date unknown'}
          {article.authors.length > 0 && (
            <>
              {' · by '}
              {article.authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && (i === article.authors.length - 1 ? ' and ' : ', ')}
                  <EntityLink entity={a} />
                </span>
              ))}
            </>
          )}
        </p>
        <p className="meta">
          Received {formatTimestamp(article.ingestedAt)}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                Original{article.source?.domain ? ` at ${article.source.domain}` : ''}
              </a>
            </>
          )}
        </p>
      </header>

      <section aria-label="Article text" className="panel">
        <p className="legend" aria-hidden="true">
          <span className="legend-quote">quote</span> <span className="legend-mention mention-person">person</span>{' '}
          <span className="legend-mention mention-organization">organization</span>{' '}
          <span className="legend-mention mention-place">place</span>
        </p>
        <p className="hint">Quotes tell their speaker when pointed at or focused (Tab); names link to their pages.</p>
        <ArticleBody body={article.body} mentions={article.mentions} quotes={article.quotes} />
      </section>

      <section aria-labelledby={`article-${article.id}-events`} className="panel">
        <Sub id={`article-${article.id}-events`}>Events</Sub>
        {article.events.length === 0 ? (
          <p className="empty">No events found in this article.</p>
        ) : (
          <ul>
            {article.events.map((e) => (
            <EventLine key={e.id} event={e} />
          ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`article-${article.id}-quotes`} className="panel">
        <Sub id={`article-${article.id}-quotes`}>Quotes</Sub>
        {article.quotes.length === 0 ? (
          <p className="empty">No quotes found in this article.</p>
        ) : (
          <ol className="quotes">
            {article.quotes.map((q) => (
              <li key={q.id}>
                <figure>
                  <blockquote>
                    <p>“{q.text}”</p>
                  </blockquote>
                  <figcaption>
                    — {q.speaker ? <EntityLink entity={q.speaker} /> : <span className="unknown">speaker unknown</span>}
                    {q.addressee && (
                      <>
                        {' to '}
                        <EntityLink entity={q.addressee} />
                      </>
                    )}
                    {q.attribution && (
                      <span className="meta">
                        {' '}
                        (found by {q.attribution.method}, confidence {Math.round(q.attribution.confidence * 100)}%)
                      </span>
                    )}
                    {q.partial && <span className="meta"> · partial quote</span>}{' '}
                    {onReattribute ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onReattribute(q)}
                        aria-label={`Re-attribute quote ${q.id}: ${speakerText(q)}`}
                      >
                        Re-attribute
                      </button>
                    ) : (
                      <Link href={`/editor?quote=${encodeURIComponent(q.id)}`} aria-label={`Re-attribute quote ${q.id}`}>
                        Re-attribute
                      </Link>
                    )}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={`article-${article.id}-entities`} className="panel">
        <Sub id={`article-${article.id}-entities`}>Mentioned</Sub>
        {entities.size === 0 ? (
          <p className="empty">No names recognised.</p>
        ) : (
          <ul className="inline-list">
            {[...entities.values()].map((e) => (
              <li key={e.id}>
                <EntityLink entity={e} /> <span className="meta">({kindLabel(e.kind)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
