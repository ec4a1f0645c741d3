import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorNote, kindLabel } from './common';

export interface PickedEntity {
  id: string;
  name: string;
  kind: string;
}

const PickerSearch = graphql(`
  query PickerSearch($q: String!) {
    entities(search: $q, first: 8) {
      nodes { id name kind titles }
    }
  }
`);

const PickerById = graphql(`
  query PickerById($id: ID!) {
    entity(id: $id) { id name kind }
  }
`);

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Picks an entity by searching its names (or by id, "#52"): a labelled search field, and the matches as
 * buttons. The choice shows as "Chosen: name".
 */
export function EntityPicker({
  label,
  value,
  onChange,
  initialId,
}: {
  label: string;
  value: PickedEntity | null;
  onChange: (entity: PickedEntity | null) => void;
  /** an entity to start with, by id (from a link such as /editor?entity=52) */
  initialId?: string | null;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const byId = /^#?\d+$/.test(q) ? q.replace('#', '') : null;
  const [search] = useQuery({ query: PickerSearch, variables: { q }, pause: q.length < 2 || byId !== null });
  const [lookup] = useQuery({ query: PickerById, variables: { id: byId ?? initialId ?? '' }, pause: !byId && !initialId });

  useEffect(() => {
    if (initialId && !value && lookup.data?.entity && lookup.data.entity.id === initialId) onChange(lookup.data.entity);
  }, [initialId, lookup.data]);

  const matches: PickedEntity[] = byId
    ? lookup.data?.entity
      ? [lookup.data.entity]
      : []
    : (search.data?.entities.nodes ?? []);
  const searching = byId ? lookup.fetching : search.fetching;
  const error = byId ? lookup.error : search.error;

  return (
    <div className="picker">
      <div className="field">
        <label htmlFor={`${id}-input`}>{label}</label>
        <input
          id={`${id}-input`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Type a name, or #id"
          autoComplete="off"
          aria-describedby={`${id}-chosen`}
        />
      </div>
      <p id={`${id}-chosen`} className="chosen" aria-live="polite">
        {value ? (
          <>
            Chosen: <strong>{value.name}</strong> ({kindLabel(value.kind)}, id {value.id}){' '}
            <button type="button" className="link-button" onClick={() => onChange(null)} aria-label={`Clear ${label}`}>
              Clear
            </button>
          </>
        ) : (
          'Nothing chosen yet.'
        )}
      </p>
      {q.length >= 2 && (
        <div className="picker-results">
          {searching && <p role="status">Searching…</p>}
          <ErrorNote error={error} title="The search failed" />
          {!searching && !error && matches.length === 0 && <p className="empty">No match for “{q}”.</p>}
          {matches.length > 0 && (
            <ul aria-label={`Matches for ${label}`}>
              {matches.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="choice"
                    aria-pressed={value?.id === m.id}
                    onClick={() => {
                      onChange(m);
                      setText('');
                    }}
                  >
                    {m.name} <span className="meta">({kindLabel(m.kind)}, id {m.id})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
