import { useParams } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ArticleDetails } from '../components/ArticleDetails';
import { ErrorNote, Loading, useTitle } from '../components/common';

const ArticlePage = graphql(`
  query ArticlePage($id: ID!) {
    article(id: $id) {
      ...ArticleFull
    }
  }
`);

export function ArticleView() {
  const { id = '' } = useParams<{ id: string }>();
  const [{ data, fetching, error }] = useQuery({ query: ArticlePage, variables: { id }, requestPolicy: 'cache-and-network' });
  const article = data?.article;
  useTitle(article ? article.title : fetching ? 'Loading…' : 'Article not found');
  if (!article) {
    return (
      <section aria-labelledby="article-missing-title">
        <h1 id="article-missing-title" tabIndex={-1}>
          {fetching ? 'Loading…' : 'Article not found'}
        </h1>
        {fetching && <Loading />}
        <ErrorNote error={error} />
        {!fetching && !error && <p>There is no article with id {id}.</p>}
      </section>
    );
  }
  return (
    <>
      <ErrorNote error={error} />
      <ArticleDetails article={article} />
    </>
  );
}
