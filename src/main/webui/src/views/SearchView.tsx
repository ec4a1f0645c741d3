import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { graphql } from '../gql';
import { ArticleLink, EntityLink, FuzzyDate, Highlighted, kindLabel, useTitle } from '../components/common';
import { ResultGroup } from '../components/ResultGroup';
import { usePaged } from '../components/usePaged';
import { snippet } from '../lib/highlight';

const PAGE = 10;

const SearchArticles = graphql(`
  query SearchArticles($q: String!, $first: Int, $after: String) {
    articles(search: $q, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title body publishedAt source { id name } }
    }
  }
`);

const SearchQuotes = graphql(`
  query SearchQuotes($q: String!, $first: Int, $after: String) {
    quotes(search: $q, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        text
        speaker { id name }
        article { id title publishedAt source { id name } }
      }
    }
  }
`);

const SearchEntities = graphql(`
  query SearchEntities($q: String!, $first: Int, $after: String) {
    entities(search: $q, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name kind titles }
    }
  }
`);

/** Search over articles, quotes and entities; the query is in the URL (/search?q=…), so results are bookmarkable. */
export function SearchView() {
  const params = new URLSearchParams(useSearch());
  const q = (params.get('q') ?? '').trim();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  useTitle(q ? `“${q}” – Search` : 'Search');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    navigate(text ? `/search?q=${encodeURIComponent(text)}` : '/');
  };

  const vars = { q, first: PAGE };
  const articles = usePaged(SearchArticles, vars, (d) => d.articles, !q);
  const quotes = usePaged(SearchQuotes, vars, (d) => d.quotes, !q);
  const entities = usePaged(SearchEntities, vars, (d) => d.entities, !q);
  const loading = articles.loading || quotes.loading || entities.loading;

  return (
    <section aria-labelledby="search-title" className="search-view">
      <h1 id="search-title" tabIndex={-1}>
        Search
      </h1>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-box">Search</label>
        <div className="inline-field">
          <input
            id="search-box"
            type="search"
            name="q"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="Putin, arms race, Kim Jong-un…"
            autoComplete="off"
            maxLength={300}
          />
          <button type="submit">Search</button>
        </div>
        <p className="hint">Finds articles and quotes by their words, and people, organizations and places by the beginnings of their names.</p>
      </form>

      <p role="status" aria-live="polite" className="visually-hidden">
        {q && !loading
          ? `${articles.totalCount ?? 0} articles, ${quotes.totalCount ?? 0} quotes, ${entities.totalCount ?? 0} people, organizations and places found for ${q}`
          : ''}
      </p>

      {!q && (
        <p>
          Type a name or words above, or try <Link href="/search?q=Putin">Putin</Link>,{' '}
          <Link href="/search?q=invitation">invitation</Link> or <Link href="/search?q=arms%20race">arms race</Link>. To ask
          a precise question (which events, who, where, when), use <Link href="/ask">Ask</Link>.
        </p>
      )}

      {q && (
        <div className="result-groups">
          <ResultGroup
            id="results-entities"
            title="People, organizations and places"
            paged={entities}
            itemKey={(e) => e.id}
            empty="No people, organizations or places by that name."
            renderItem={(e) => (
              <div className="result entity-result">
                <EntityLink entity={e}>
                  <Highlighted text={e.name} query={q} />
                </EntityLink>{' '}
                <span className="badge">{kindLabel(e.kind)}</span>
                {e.titles.length > 0 && <p className="meta">{e.titles.slice(0, 3).join(' · ')}</p>}
              </div>
            )}
          />
          <ResultGroup
            id="results-articles"
            title="Articles"
            paged={articles}
            itemKey={(a) => a.id}
            empty="No articles match."
            renderItem={(a) => (
              <article className="result article-result">
                <h3>
                  <ArticleLink article={a}>
                    <Highlighted text={a.title} query={q} />
                  </ArticleLink>
                </h3>
                <p className="meta">
                  {a.source?.name ?? 'Unknown outlet'}
                  {a.publishedAt && (
                    <>
                      {' · '}
                      <FuzzyDate date={a.publishedAt} />
                    </>
                  )}
                </p>
                <p className="snippet">
                  <Highlighted text={snippet(a.body, q)} query={q} />
                </p>
              </article>
            )}
          />
          <ResultGroup
            id="results-quotes"
            title="Quotes"
            paged={quotes}
            itemKey={(x) => x.id}
            empty="No quotes match."
            renderItem={(x) => (
              <figure className="result quote-result">
                <blockquote>
                  <p>
                    “<Highlighted text={x.text} query={q} />”
                  </p>
                </blockquote>
                <figcaption>
                  — {x.speaker ? <EntityLink entity={x.speaker} /> : <span className="unknown">speaker unknown</span>}, in{' '}
                  <ArticleLink article={x.article} />
                  {x.article.source && <> ({x.article.source.name}</>}
                  {x.article.publishedAt && (
                    <>
                      {x.article.source ? ', ' : ' ('}
                      <FuzzyDate date={x.article.publishedAt} />
                    </>
                  )}
                  {(x.article.source || x.article.publishedAt) && ')'}
                </figcaption>
              </figure>
            )}
          />
        </div>
      )}
    </section>
  );
}
