-- What PostGraphile needs beyond the tables to answer the benchmark's four requests as NewsGraph does: a name
-- lookup, the event filter, ranked quote search and an article's entities. A schema of its own, so that
-- NewsGraph's (Flyway's) is untouched. Each function is LANGUAGE sql and STABLE, not STRICT, so that
-- PostgreSQL inlines it into the statement PostGraphile wraps around it and its LIMIT reaches the sort.
create schema if not exists pgl_bench;

-- NameKey.of: letters and digits of the NFKD form, lower-cased ("Kim Jong-un" -> "kimjongun").
create or replace function pgl_bench.name_key(name text) returns text
language sql immutable parallel safe
as $$ select lower(regexp_replace(normalize(name, NFKD), '[^[:alnum:]]', '', 'g')) $$;
comment on function pgl_bench.name_key(text) is E'@behavior -queryField';

-- NameLookup.find: the entity whose own name has this key; else the one entity this name fits (as an
-- alias, or as words of its name); null when none or several (NewsGraph answers AMBIGUOUS_NAME then).
create or replace function pgl_bench.entity_id_named(name text) returns bigint
language sql stable parallel safe
as $$
  with k as (select pgl_bench.name_key(name) as key,
                    array(select pgl_bench.name_key(w) from regexp_split_to_table(name, '\s+') w
                          where pgl_bench.name_key(w) <> '')::varchar[] as words),
  exact as (select e.id, e.name from public.entity e, k where e.alias_keys @> array[k.key]::varchar[]),
  own as (select exact.id from exact, k where pgl_bench.name_key(exact.name) = k.key),
  candidates as (select id from exact
                 union select e.id from public.entity e, k where e.name_tokens @> k.words)
  select case when (select count(*) from own) = 1 then (select id from own)
              when (select count(*) from candidates) = 1 then (select id from candidates) end
$$;
comment on function pgl_bench.entity_id_named(text) is E'@behavior -queryField';

-- person(name:) / entity(name:): one entity by any of its names.
create or replace function pgl_bench.entity_named(name text) returns public.entity
language sql stable parallel safe
as $$ select * from public.entity where id = pgl_bench.entity_id_named(name) $$;

-- events(type:, participant:, role:): latest first, as EventService filters and LatestFirst orders.
create or replace function pgl_bench.find_events(type text default null, participant text default null,
                                                 role text default null) returns setof public.event
language sql stable parallel safe
as $$
  select e.* from public.event e
  where (find_events.type is null or e.type = find_events.type)
    and (find_events.participant is null and find_events.role is null
         or exists (select 1 from public.event_participant p
                    where p.event_id = e.id
                      and (find_events.participant is null or p.entity_id = (select pgl_bench.entity_id_named(find_events.participant)))
                      and (find_events.role is null or p.role = find_events.role)))
  order by e.date desc nulls last, e.id desc
$$;

-- quotes(search:): best match first, as FullTextSearch matches and BestMatchFirst ranks.
create or replace function pgl_bench.search_quotes(search text) returns setof public.quote
language sql stable parallel safe
as $$
  select q.* from public.quote q
  where q.search_vector @@ websearch_to_tsquery('english', search)
  order by ts_rank(q.search_vector, websearch_to_tsquery('english', search)) desc, q.id desc
$$;

-- quotes(speaker:): latest first (the index quote_speaker_idx serves it).
create or replace function pgl_bench.quotes_by_speaker(speaker text) returns setof public.quote
language sql stable parallel safe
as $$
  select q.* from public.quote q
  where q.speaker_id = (select pgl_bench.entity_id_named(speaker))
  order by q.published_at desc nulls last, q.id desc
$$;

-- Article.entities: what the article mentions, distinct, in order of first mention (a computed column).
create or replace function pgl_bench.article_entities(a public.article) returns setof public.entity
language sql stable parallel safe
as $$
  select e.* from (select m.entity_id, min(m.start_offset) as first_at from public.mention m
                   where m.article_id = a.id group by m.entity_id) f
  join public.entity e on e.id = f.entity_id
  order by f.first_at
$$;

-- GraphQL names without the schema prefix PostGraphile adds when several schemas are exposed.
comment on function pgl_bench.entity_named(text) is E'@name entity_named';
comment on function pgl_bench.find_events(text, text, text) is E'@name find_events';
comment on function pgl_bench.search_quotes(text) is E'@name search_quotes';
comment on function pgl_bench.quotes_by_speaker(text) is E'@name quotes_by_speaker';
