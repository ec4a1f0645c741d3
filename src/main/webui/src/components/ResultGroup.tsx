import { useRef, type ReactNode } from 'react';
import { ErrorNote, Loading } from './common';
import type { Paged } from './usePaged';

/**
 * One group of results: a heading with the count, the items, and a "More" button while the connection
 * has further pages. After "More", the focus goes to the first new item, so a keyboard user reads on.
 */
export function ResultGroup<N>({
  id,
  title,
  paged,
  renderItem,
  itemKey,
  empty,
}: {
  id: string;
  title: string;
  paged: Paged<N>;
  renderItem: (item: N) => ReactNode;
  itemKey: (item: N) => string;
  empty: string;
}) {
  const list = useRef<HTMLUListElement>(null);
  const more = async () => {
    const before = paged.items.length;
    await paged.loadMore();
    requestAnimationFrame(() => {
      const first = list.current?.children[before]?.querySelector<HTMLElement>('a, button, [tabindex]');
      first?.focus();
    });
  };
  const headingId = `${id}-heading`;
  return (
    <section className="result-group" aria-labelledby={headingId} aria-busy={paged.loading || paged.loadingMore}>
      <h2 id={headingId}>{title}</h2>
      {paged.totalCount !== null && paged.totalCount > 0 && (
        <p className="count">
          {paged.items.length < paged.totalCount
            ? `Showing ${paged.items.length} of ${paged.totalCount}`
            : `${paged.totalCount} found`}
        </p>
      )}
      {paged.loading && <Loading />}
      <ErrorNote error={paged.error} />
      {!paged.loading && !paged.error && paged.items.length === 0 && <p className="empty">{empty}</p>}
      {paged.items.length > 0 && (
        <ul className="results" ref={list}>
          {paged.items.map((item) => (
            <li key={itemKey(item)}>{renderItem(item)}</li>
          ))}
        </ul>
      )}
      {paged.hasNextPage && (
        <button type="button" className="more" onClick={more} disabled={paged.loadingMore} aria-describedby={headingId}>
          {paged.loadingMore ? 'Loading…' : 'More'}
        </button>
      )}
    </section>
  );
}
