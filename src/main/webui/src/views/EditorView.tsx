import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearch } from 'wouter';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { ArticleFullFragment, EditFieldsFragment } from '../gql/graphql';
import { authContext, getToken, setToken } from '../auth';
import { ArticleDetails } from '../components/ArticleDetails';
import { ErrorNote, formatTimestamp, label, useTitle } from '../components/common';
import { EntityPicker, type PickedEntity } from '../components/EntityPicker';

graphql(`
  fragment EditFields on Edit {
    id
    action
    at
    editor
    subjects
    undoes
    undoneBy
    before
    after
  }
`);

const Ingest = graphql(`
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      ...ArticleFull
    }
  }
`);

const AttributeQuote = graphql(`
  mutation AttributeQuote($quote: ID!, $speaker: ID) {
    attributeQuote(quote: $quote, speaker: $speaker) { ...EditFields }
  }
`);

const AddAlias = graphql(`
  mutation AddAlias($entity: ID!, $alias: String!) {
    addAlias(entity: $entity, alias: $alias) { ...EditFields }
  }
`);

const MergeEntities = graphql(`
  mutation MergeEntities($keep: ID!, $merge: ID!) {
    mergeEntities(keep: $keep, merge: $merge) { ...EditFields }
  }
`);

const Undo = graphql(`
  mutation Undo($edit: ID!) {
    undo(edit: $edit) { ...EditFields }
  }
`);

const History = graphql(`
  query History($subject: ID!) {
    history(subject: $subject) { ...EditFields }
  }
`);

const FindQuotes = graphql(`
  query FindQuotes($q: String!) {
    quotes(search: $q, first: 8) {
      nodes { id text speaker { id name } article { id title } }
    }
  }
`);

type Edit = EditFieldsFragment;

/** Runs a mutation with the token, keeping its answer and its error for the form that ran it. */
function useMutationWithToken<D, V extends object>(document: Parameters<ReturnType<typeof useClient>['mutation']>[0]) {
  const client = useClient();
  const [state, setState] = useState<{ data: D | null; error: CombinedError | null; running: boolean }>({
    data: null,
    error: null,
    running: false,
  });
  const run = async (variables: V): Promise<D | null> => {
    setState({ data: null, error: null, running: true });
    const result = await client.mutation(document, variables, authContext()).toPromise();
    setState({ data: (result.data as D) ?? null, error: result.error ?? null, running: false });
    return (result.data as D) ?? null;
  };
  return { ...state, run };
}

function Panel({ id, title, children, intro }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel editor-panel">
      <h2 id={id}>{title}</h2>
      {intro && <p className="hint">{intro}</p>}
      {children}
    </section>
  );
}

/** One edit as the service recorded it, with the button that takes it back. */
function EditSummary({ edit, onUndone }: { edit: Edit; onUndone?: (undo: Edit) => void }) {
  const undo = useMutationWithToken<{ undo: Edit }, { edit: string }>(Undo);
  const canUndo = edit.action !== 'INGEST' && edit.action !== 'UNDO' && !edit.undoneBy && !undo.data;
  return (
    <div className="edit-summary" data-testid={`edit-${edit.id}`}>
      <p>
        <strong>
          Edit {edit.id}: {label(edit.action)}
        </strong>{' '}
        by {edit.editor}, {formatTimestamp(edit.at)}
        {edit.undoes && <> · takes back edit {edit.undoes}</>}
        {edit.undoneBy && <> · taken back by edit {edit.undoneBy}</>}
      </p>
      <p className="meta">Concerns: {edit.subjects.join(', ') || '—'}</p>
      <details>
        <summary>Rows before and after</summary>
        <h4>Before</h4>
        <pre tabIndex={0}>{pretty(edit.before)}</pre>
        <h4>After</h4>
        <pre tabIndex={0}>{pretty(edit.after)}</pre>
      </details>
      {canUndo && (
        <button
          type="button"
          onClick={async () => {
            const r = await undo.run({ edit: edit.id });
            if (r) onUndone?.(r.undo);
          }}
          disabled={undo.running}
        >
          Undo edit {edit.id}
        </button>
      )}
      {undo.data && (
        <p role="status">
          Undone by edit {undo.data.undo.id}.
        </p>
      )}
      <ErrorNote error={undo.error} title="Undo refused" />
    </div>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

function TokenPanel() {
  const [token, setTokenState] = useState(getToken);
  const [shown, setShown] = useState(false);
  return (
    <Panel
      id="editor-token"
      title="Your token"
      intro={
        <>
          Changing the graph takes an editor’s token (merging takes an admin’s). With no identity provider configured,
          the service makes its own key, logs an editor’s token when it starts, and keeps it in{' '}
          <code>~/.newsgraph/keys/editor-token</code> (or in <code>$NEWSGRAPH_AUTH_KEY_DIR/editor-token</code>). Paste
          it here: it stays in this browser tab (sessionStorage) and is sent only with the changes below, never with
          reads.
        </>
      }
    >
      <div className="field">
        <label htmlFor="token">Editor token</label>
        <div className="inline-field">
          <input
            id="token"
            type={shown ? 'text' : 'password'}
            value={token}
            onChange={(e) => {
              setTokenState(e.target.value.trim());
              setToken(e.target.value.trim());
            }}
            autoComplete="off"
            spellCheck={false}
            placeholder="eyJ…"
          />
          <button type="button" className="secondary" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
            Show token
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setTokenState('');
              setToken('');
            }}
          >
            Forget token
          </button>
        </div>
      </div>
      <p className="meta" role="status">
        {token ? 'A token is set for this tab.' : 'No token set: changes will be refused (401).'}
      </p>
    </Panel>
  );
}

function IngestPanel({ onIngested }: { onIngested: (a: ArticleFullFragment) => void }) {
  const [form, setForm] = useState({ title: '', body: '', source: '', publishedAt: '', authors: '', url: '' });
  const [fileNote, setFileNote] = useState('');
  const ingest = useMutationWithToken<{ ingestArticle: ArticleFullFragment }, { input: object }>(Ingest);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const text = (await file.text()).replace(/\r\n/g, '\n');
    if (!form.title.trim()) {
      // a plain text article: its first line is the headline, the rest the body
      const lines = text.replace(/^\s+/, '').split('\n');
      setForm((f) => ({ ...f, title: lines[0].trim(), body: lines.slice(1).join('\n').trim() }));
      setFileNote(`Read ${file.name}: its first line is the title, the rest the body.`);
    } else {
      setForm((f) => ({ ...f, body: text.trim() }));
      setFileNote(`Read ${file.name} into the body.`);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const authors = form.authors
      .split(/[,;\n]/)
      .map((a) => a.trim())
      .filter(Boolean);
    const input = {
      title: form.title.trim(),
      body: form.body,
      ...(form.source.trim() && { source: form.source.trim() }),
      ...(form.publishedAt && { publishedAt: form.publishedAt }),
      ...(authors.length && { authors }),
      ...(form.url.trim() && { url: form.url.trim() }),
    };
    const r = await ingest.run({ input });
    if (r) onIngested(r.ingestArticle);
  };

  return (
    <Panel id="editor-ingest" title="Ingest an article" intro="Paste an article, or upload it as a .txt file; NewsGraph reads its people, places, quotes and events.">
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="ingest-file">Upload a .txt file</label>
          <input id="ingest-file" type="file" accept=".txt,text/plain" onChange={(e) => upload(e.target.files?.[0])} />
          {fileNote && <p className="meta" role="status">{fileNote}</p>}
        </div>
        <div className="field">
          <label htmlFor="ingest-title">Title</label>
          <input id="ingest-title" type="text" value={form.title} onChange={set('title')} required />
        </div>
        <div className="field">
          <label htmlFor="ingest-body">Body</label>
          <textarea id="ingest-body" value={form.body} onChange={set('body')} rows={10} required aria-describedby="ingest-body-hint" />
          <p id="ingest-body-hint" className="meta">
            Paragraphs are separated by blank lines. At most 100,000 characters.
          </p>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ingest-source">Outlet</label>
            <input id="ingest-source" type="text" value={form.source} onChange={set('source')} placeholder="The Associated Press" />
          </div>
          <div className="field">
            <label htmlFor="ingest-date">Published on</label>
            <input id="ingest-date" type="date" value={form.publishedAt} onChange={set('publishedAt')} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ingest-authors">Authors</label>
            <input id="ingest-authors" type="text" value={form.authors} onChange={set('authors')} placeholder="Comma-separated" />
          </div>
          <div className="field">
            <label htmlFor="ingest-url">URL</label>
            <input id="ingest-url" type="url" value={form.url} onChange={set('url')} placeholder="https://…" />
          </div>
        </div>
        <div className="actions">
          <button type="submit" disabled={ingest.running}>
            {ingest.running ? 'Ingesting…' : 'Ingest'}
          </button>
        </div>
      </form>
      <ErrorNote error={ingest.error} title="Ingest refused" />
      {ingest.data && (
        <p role="status" className="success">
          Ingested as article {ingest.data.ingestArticle.id}:{' '}
          <Link href={`/article/${ingest.data.ingestArticle.id}`}>{ingest.data.ingestArticle.title}</Link>. Its reading is shown below.
        </p>
      )}
    </Panel>
  );
}

function QuoteFinder({ onPick }: { onPick: (q: { id: string; text: string }) => void }) {
  const client = useClient();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Array<{ id: string; text: string; speaker?: { name: string } | null; article: { title: string } }> | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const find = async () => {
    if (!text.trim()) return;
    const r = await client.query(FindQuotes, { q: text.trim() }, { requestPolicy: 'network-only' }).toPromise();
    setError(r.error ?? null);
    setResults(r.data?.quotes.nodes ?? []);
  };
  return (
    <div className="quote-finder">
      <div className="field">
        <label htmlFor="find-quote">Find a quote by its words</label>
        <div className="inline-field">
          <input
            id="find-quote"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void find();
              }
            }}
          />
          <button type="button" className="secondary" onClick={find}>
            Find quotes
          </button>
        </div>
      </div>
      <ErrorNote error={error} />
      {results && results.length === 0 && <p className="empty">No quote has those words.</p>}
      {results && results.length > 0 && (
        <ul aria-label="Quotes found" className="choices">
          {results.map((q) => (
            <li key={q.id}>
              <button type="button" className="choice" onClick={() => onPick(q)}>
                “{q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text}”{' '}
                <span className="meta">
                  — {q.speaker?.name ?? 'speaker unknown'}, in {q.article.title} (quote {q.id})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AttributePanel({ quote, setQuote }: { quote: { id: string; text?: string } | null; setQuote: (q: { id: string; text?: string } | null) => void }) {
  const [speaker, setSpeaker] = useState<PickedEntity | null>(null);
  const [nobody, setNobody] = useState(false);
  const attribute = useMutationWithToken<{ attributeQuote: Edit }, { quote: string; speaker: string | null }>(AttributeQuote);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!quote) return;
    await attribute.run({ quote: quote.id, speaker: nobody ? null : (speaker?.id ?? null) });
  };
  return (
    <Panel id="editor-attribute" title="Re-attribute a quote" intro="Say who spoke a quote, or that the article does not say.">
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="attribute-quote">Quote id</label>
          <input
            id="attribute-quote"
            type="text"
            inputMode="numeric"
            value={quote?.id ?? ''}
            onChange={(e) => setQuote(e.target.value.trim() ? { id: e.target.value.trim() } : null)}
            required
          />
          {quote?.text && <p className="meta">“{quote.text}”</p>}
        </div>
        <QuoteFinder onPick={(q) => setQuote(q)} />
        <EntityPicker label="Speaker" value={speaker} onChange={setSpeaker} />
        <div className="checkbox">
          <input id="attribute-nobody" type="checkbox" checked={nobody} onChange={(e) => setNobody(e.target.checked)} />
          <label htmlFor="attribute-nobody">No speaker (the article does not say)</label>
        </div>
        <div className="actions">
          <button type="submit" disabled={attribute.running || !quote || (!speaker && !nobody)}>
            Attribute quote
          </button>
        </div>
      </form>
      <ErrorNote error={attribute.error} title="Attribution refused" />
      {attribute.data && <EditSummary edit={attribute.data.attributeQuote} />}
    </Panel>
  );
}

function AliasPanel({ initialEntity }: { initialEntity: string | null }) {
  const [entity, setEntity] = useState<PickedEntity | null>(null);
  const [alias, setAlias] = useState('');
  const add = useMutationWithToken<{ addAlias: Edit }, { entity: string; alias: string }>(AddAlias);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (entity && alias.trim()) await add.run({ entity: entity.id, alias: alias.trim() });
  };
  return (
    <Panel id="editor-alias" title="Add an alias" intro="Another name the entity goes by: lookups by it then find the entity.">
      <form onSubmit={submit} className="stack">
        <EntityPicker label="Entity" value={entity} onChange={setEntity} initialId={initialEntity} />
        <div className="field">
          <label htmlFor="alias">Alias</label>
          <input id="alias" type="text" value={alias} onChange={(e) => setAlias(e.target.value)} maxLength={200} required />
        </div>
        <div className="actions">
          <button type="submit" disabled={add.running || !entity}>
            Add alias
          </button>
        </div>
      </form>
      <ErrorNote error={add.error} title="Alias refused" />
      {add.data && <EditSummary edit={add.data.addAlias} />}
    </Panel>
  );
}

function MergePanel() {
  const [keep, setKeep] = useState<PickedEntity | null>(null);
  const [merge, setMerge] = useState<PickedEntity | null>(null);
  const run = useMutationWithToken<{ mergeEntities: Edit }, { keep: string; merge: string }>(MergeEntities);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (keep && merge) await run.run({ keep: keep.id, merge: merge.id });
  };
  return (
    <Panel
      id="editor-merge"
      title="Merge two entities"
      intro="One person the graph knows under two names: the second one’s names, mentions, quotes and roles move to the first. Admins only (an editor’s token is refused with 403)."
    >
      <form onSubmit={submit} className="stack">
        <EntityPicker label="Keep" value={keep} onChange={setKeep} />
        <EntityPicker label="Merge into it" value={merge} onChange={setMerge} />
        <div className="actions">
          <button type="submit" disabled={run.running || !keep || !merge || keep.id === merge.id}>
            Merge entities
          </button>
        </div>
      </form>
      <ErrorNote error={run.error} title="Merge refused" />
      {run.data && <EditSummary edit={run.data.mergeEntities} />}
    </Panel>
  );
}

function HistoryPanel() {
  const client = useClient();
  const [subject, setSubject] = useState('');
  const [editId, setEditId] = useState('');
  const [edits, setEdits] = useState<Edit[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const undo = useMutationWithToken<{ undo: Edit }, { edit: string }>(Undo);

  const load = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!subject.trim()) return;
    const r = await client.query(History, { subject: subject.trim() }, { requestPolicy: 'network-only' }).toPromise();
    setError(r.error ?? null);
    setEdits(r.data?.history ?? []);
  };
  const undoById = async (e: FormEvent) => {
    e.preventDefault();
    if (editId.trim()) await undo.run({ edit: editId.trim() });
  };
  return (
    <Panel
      id="editor-undo"
      title="Undo an edit"
      intro="Take a correction back by its edit id, or find it in the history of an entity, quote, event or article (by id)."
    >
      <form onSubmit={undoById} className="stack">
        <div className="field">
          <label htmlFor="undo-edit">Edit id</label>
          <div className="inline-field">
            <input id="undo-edit" type="text" inputMode="numeric" value={editId} onChange={(e) => setEditId(e.target.value)} required />
            <button type="submit" disabled={undo.running}>
              Undo edit
            </button>
          </div>
        </div>
      </form>
      <ErrorNote error={undo.error} title="Undo refused" />
      {undo.data && <EditSummary edit={undo.data.undo} />}

      <form onSubmit={load} className="stack">
        <div className="field">
          <label htmlFor="history-subject">History of (id)</label>
          <div className="inline-field">
            <input id="history-subject" type="text" inputMode="numeric" value={subject} onChange={(e) => setSubject(e.target.value)} required />
            <button type="submit" className="secondary">
              Show history
            </button>
          </div>
        </div>
      </form>
      <ErrorNote error={error} />
      {edits && edits.length === 0 && <p className="empty">No edits concern {subject}.</p>}
      {edits && edits.length > 0 && (
        <ol className="history" aria-label={`History of ${subject}`}>
          {edits.map((edit) => (
            <li key={edit.id}>
              <EditSummary edit={edit} onUndone={() => void load()} />
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

/** The editor's tools: ingest, correct, merge, undo. */
export function EditorView() {
  useTitle('Editor');
  const params = new URLSearchParams(useSearch());
  const [article, setArticle] = useState<ArticleFullFragment | null>(null);
  const quoteParam = params.get('quote');
  const [quote, setQuote] = useState<{ id: string; text?: string } | null>(quoteParam ? { id: quoteParam } : null);
  const initialEntity = params.get('entity');

  // follow links to /editor?quote=… while the view is open
  useEffect(() => {
    if (quoteParam) setQuote({ id: quoteParam });
  }, [quoteParam]);

  return (
    <section aria-labelledby="editor-title" className="editor-view">
      <h1 id="editor-title" tabIndex={-1}>
        Editor
      </h1>
      <nav aria-label="Editor tools" className="toc">
        <ul>
          <li><a href="#editor-token">Token</a></li>
          <li><a href="#editor-ingest">Ingest</a></li>
          <li><a href="#editor-attribute">Re-attribute a quote</a></li>
          <li><a href="#editor-alias">Add an alias</a></li>
          <li><a href="#editor-merge">Merge</a></li>
          <li><a href="#editor-undo">Undo</a></li>
        </ul>
      </nav>
      <TokenPanel />
      <IngestPanel onIngested={setArticle} />
      {article && (
        <section aria-label="Ingested article" className="ingested">
          <ArticleDetails
            article={article}
            headingLevel={2}
            onReattribute={(q) => {
              setQuote(q);
              document.getElementById('editor-attribute')?.scrollIntoView();
              requestAnimationFrame(() => document.getElementById('attribute-quote')?.focus());
            }}
          />
        </section>
      )}
      <AttributePanel quote={quote} setQuote={setQuote} />
      <AliasPanel initialEntity={initialEntity} />
      <MergePanel />
      <HistoryPanel />
    </section>
  );
}
