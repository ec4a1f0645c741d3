-- The mission request (mission.*.graphql) by hand, in one statement, its answer built as JSON by PostgreSQL:
-- the floor no GraphQL server on the same database can beat. pgbench binds :person_key (a name key).
select json_build_object('data', json_build_object('events', json_build_object('nodes', coalesce(json_agg(json_build_object(
  'summary', e.summary,
  'date', e.date,
  'participants', (select coalesce(json_agg(json_build_object('role', p.role, 'entity', json_build_object('name', pe.name))
                       order by array_position(array['INVITER','INVITEE','HOST','VISITOR','INTERMEDIARY','PARTICIPANT','SUBJECT','TARGET']::text[], p.role), p.entity_id), '[]')
                   from event_participant p join entity pe on pe.id = p.entity_id where p.event_id = e.id),
  'quotes', (select coalesce(json_agg(json_build_object('text', q.text, 'speaker', case when s.id is not null then json_build_object('name', s.name) end)
                 order by q.published_at nulls last, q.article_id, q.start_offset), '[]')
             from quote_event qe join quote q on q.id = qe.quote_id left join entity s on s.id = q.speaker_id where qe.event_id = e.id),
  'articles', (select coalesce(json_agg(json_build_object('title', a.title, 'source', case when so.id is not null then json_build_object('name', so.name) end)
                   order by a.published_at nulls last, a.id), '[]')
               from event_report r join article a on a.id = r.article_id left join source so on so.id = a.source_id where r.event_id = e.id)
) order by e.date desc nulls last, e.id desc), '[]'))))
from (select e.* from event e
      where e.type = 'INVITATION'
        and exists (select 1 from event_participant p where p.event_id = e.id and p.role = 'INVITER'
                    and p.entity_id = (select id from entity where alias_keys @> array[:person_key]::varchar[]))
      order by e.date desc nulls last, e.id desc limit 20) e;
