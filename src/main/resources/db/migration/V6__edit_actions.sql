-- The history records every correction an editor can make, and every ingest, not only merges.
alter table edit drop constraint edit_action_check;
alter table edit add constraint edit_action_check
    check (action in ('INGEST', 'MERGE', 'ALIAS', 'RENAME', 'ATTRIBUTION', 'DELETE', 'UNDO'));
-- An ingest is recorded by a writer with no person behind it (the seed loader) as well as by editors.
comment on column edit.editor is 'the user the token names, or "seed" for the seed corpus loaded on first start';
