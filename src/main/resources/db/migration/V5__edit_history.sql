-- Every editor's correction, in the transaction that makes it: who, when, what, and the rows as they
-- were before and are after, so that it can be shown and undone.
create table edit (
    id        bigint generated always as identity primary key,
    at        timestamptz not null default now(),
    editor    text not null,
    action    text not null check (action in ('MERGE', 'UNDO')),
    subjects  bigint[] not null,    -- the entities (articles, quotes, events) it concerns
    before    jsonb not null,
    after     jsonb not null,
    undoes    bigint references edit (id),
    undone_by bigint references edit (id)
);
create index edit_subjects_idx on edit using gin (subjects);
