-- The news graph: articles from sources; the people, organizations, countries and places they
-- mention; the quotes they carry and the events they report. Hibernate only validates this schema.

-- One id sequence for every node table, so that an id names one node of the graph, whatever its type.
create sequence node_id_seq increment by 50;

create table source (
    id       bigint primary key,
    name     text not null,
    name_key text not null unique, -- NameKey of the name: "The Associated Press" and "the associated press" are one source
    domain   text
);

create table article (
    id            bigint primary key,
    title         text not null,
    body          text not null,
    url           text,
    published_at  date,
    source_id     bigint references source (id),
    content_hash  text not null unique, -- ingesting the same article twice finds it here
    ingested_at   timestamptz not null default now(),
    search_vector tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored
);
create index article_published_idx on article (published_at desc nulls last, id desc);
create index article_source_idx on article (source_id, published_at desc nulls last, id desc);
create index article_search_idx on article using gin (search_vector);

create table entity (
    id            bigint primary key,
    kind          text not null check (kind in ('PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE')),
    -- the GraphQL type a row is served as: a country is a place that happens to be a state
    node_type     text not null generated always as (case when kind = 'COUNTRY' then 'PLACE' else kind end) stored,
    name          text not null,
    aliases       varchar[] not null default '{}',
    titles        varchar[] not null default '{}',
    alias_keys    varchar[] not null, -- NameKey of the name and of every alias: exact lookups
    name_tokens   varchar[] not null, -- NameKey of every word of those: surname lookups
    search_text   text not null,   -- the same words, for prefix search
    search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored
);
create index entity_alias_keys_idx on entity using gin (alias_keys);
create index entity_name_tokens_idx on entity using gin (name_tokens);
create index entity_search_idx on entity using gin (search_vector);
create index entity_node_type_name_idx on entity (node_type, name, id);
create index entity_kind_name_idx on entity (kind, name, id);

create table article_author (
    article_id bigint not null references article (id) on delete cascade,
    position   int not null,
    person_id  bigint not null references entity (id),
    primary key (article_id, position)
);
create index article_author_person_idx on article_author (person_id);

-- Where an article names an entity, with the title it used there ("Russian President").
create table mention (
    id           bigint primary key,
    article_id   bigint not null references article (id) on delete cascade,
    entity_id    bigint not null references entity (id),
    start_offset int not null,
    end_offset   int not null,
    text         text not null,
    title        text,
    check (0 <= start_offset and start_offset < end_offset)
);
create index mention_article_idx on mention (article_id, start_offset);
create index mention_entity_idx on mention (entity_id, article_id);

create table quote (
    id            bigint primary key,
    article_id    bigint not null references article (id) on delete cascade,
    text          text not null,
    start_offset  int not null,
    end_offset    int not null,
    partial       boolean not null,
    speaker_id    bigint references entity (id),
    addressee_id  bigint references entity (id),
    attributed_by text, -- how the speaker was found: the extractor's sieve, or "annotation"
    confidence    double precision check (confidence between 0 and 1),
    published_at  date, -- the article's, so that a speaker's latest quotes need no join
    search_vector tsvector generated always as (to_tsvector('english', text)) stored,
    check (0 <= start_offset and start_offset < end_offset)
);
create index quote_article_idx on quote (article_id, start_offset);
create index quote_speaker_idx on quote (speaker_id, published_at desc nulls last, id desc);
create index quote_addressee_idx on quote (addressee_id);
create index quote_published_idx on quote (published_at desc nulls last, id desc);
create index quote_search_idx on quote using gin (search_vector);

create table event (
    id             bigint primary key,
    type           text not null check (type in ('INVITATION', 'VISIT', 'MEETING', 'SUMMIT', 'AGREEMENT',
        'STATEMENT', 'INVESTIGATION', 'ACCUSATION', 'DENIAL', 'ELECTION', 'CONFLICT', 'ATTACK', 'CANCELLATION', 'OTHER')),
    summary        text not null,
    date           date,            -- the first day of what the text says: 2018-09-01 for "in September"
    date_end       date,            -- the last day of it, so that a range filter can overlap fuzzy dates
    date_precision text check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    date_text      text,            -- the words that dated it, from the report that dated it most precisely
    place_id       bigint references entity (id),
    check ((date is null) = (date_end is null) and (date is null) = (date_precision is null)),
    check (date <= date_end)
);
create index event_date_idx on event (date desc nulls last, id desc);
create index event_type_date_idx on event (type, date desc nulls last, id desc);
create index event_place_idx on event (place_id);

create table event_participant (
    event_id  bigint not null references event (id) on delete cascade,
    entity_id bigint not null references entity (id),
    role      text not null check (role in ('INVITER', 'INVITEE', 'HOST', 'VISITOR', 'INTERMEDIARY', 'PARTICIPANT',
        'SUBJECT', 'TARGET')),
    primary key (event_id, entity_id, role)
);
create index event_participant_entity_idx on event_participant (entity_id, role, event_id);

-- Provenance: which article reports which event, and what each one says of it.
create table event_report (
    event_id   bigint not null references event (id) on delete cascade,
    article_id bigint not null references article (id) on delete cascade,
    date_text  text, -- how this article dates the event
    evidence   text, -- the words of this article that report it
    primary key (event_id, article_id)
);
create index event_report_article_idx on event_report (article_id);

create table quote_event (
    quote_id bigint not null references quote (id) on delete cascade,
    event_id bigint not null references event (id) on delete cascade,
    primary key (quote_id, event_id)
);
create index quote_event_event_idx on quote_event (event_id);
