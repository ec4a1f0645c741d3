import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type Client, type CombinedError, type TypedDocumentNode } from 'urql';

export interface Connection<N> {
  nodes: readonly N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

export interface Paged<N> {
  items: N[];
  totalCount: number | null;
  hasNextPage: boolean;
  /** true while the first page loads */
  loading: boolean;
  /** true while a further page loads */
  loadingMore: boolean;
  error: CombinedError | null;
  loadMore: () => Promise<void>;
}

/**
 * A connection read page by page: the first page when the variables change, the next one (after the
 * last endCursor) on loadMore, appended. Answers to outdated variables are dropped.
 */
export function usePaged<D, V extends AnyVariables & { after?: string | null }, N>(
  document: TypedDocumentNode<D, V>,
  variables: V,
  select: (data: D) => Connection<N> | null | undefined,
  pause = false,
  /** another client than the app's (the mission form's, which sends its query as written) */
  clientOverride?: Client,
): Paged<N> {
  const contextClient = useClient();
  const client = clientOverride ?? contextClient;
  const key = JSON.stringify(variables);
  const generation = useRef(0);
  const selectRef = useRef(select);
  selectRef.current = select;
  const [state, setState] = useState<Omit<Paged<N>, 'loadMore'> & { endCursor: string | null }>({
    items: [],
    totalCount: null,
    hasNextPage: false,
    loading: !pause,
    loadingMore: false,
    error: null,
    endCursor: null,
  });

  const fetchPage = useCallback(
    async (after: string | null, gen: number) => {
      const vars = { ...(JSON.parse(key) as V), after } as V;
      const result = await client.query(document, vars, { requestPolicy: 'network-only' }).toPromise();
      if (gen !== generation.current) return;
      const conn = result.data ? selectRef.current(result.data) : null;
      setState((s) => ({
        items: conn ? (after ? [...s.items, ...conn.nodes] : [...conn.nodes]) : after ? s.items : [],
        totalCount: conn ? conn.totalCount : s.totalCount,
        hasNextPage: conn ? conn.pageInfo.hasNextPage : false,
        endCursor: conn ? (conn.pageInfo.endCursor ?? null) : s.endCursor,
        loading: false,
        loadingMore: false,
        error: result.error ?? null,
      }));
    },
    [client, document, key],
  );

  useEffect(() => {
    const gen = ++generation.current;
    if (pause) {
      setState({ items: [], totalCount: null, hasNextPage: false, loading: false, loadingMore: false, error: null, endCursor: null });
      return;
    }
    setState((s) => ({ ...s, items: [], totalCount: null, loading: true, error: null, endCursor: null }));
    void fetchPage(null, gen);
  }, [fetchPage, pause]);

  const loadMore = useCallback(async () => {
    if (!state.hasNextPage || state.loadingMore) return;
    setState((s) => ({ ...s, loadingMore: true }));
    await fetchPage(state.endCursor, generation.current);
  }, [fetchPage, state.endCursor, state.hasNextPage, state.loadingMore]);

  return { ...state, loadMore };
}
