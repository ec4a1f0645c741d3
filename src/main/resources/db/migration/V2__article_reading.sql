-- Whose reading of an article the graph holds: the extractor's, which hand annotations imported later
-- replace, or a person's (or a newsroom's own NLP), which nothing replaces silently.
alter table article add column read_by_extractor boolean not null default false;
