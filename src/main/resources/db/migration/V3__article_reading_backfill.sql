-- Articles stored before V2 whose quotes were attributed by the extractor's sieves hold its reading.
update article a set read_by_extractor = true
where exists (select 1 from quote q where q.article_id = a.id and q.attributed_by in ('speech-verb-after',
    'speech-verb-before', 'speech-noun-before', 'according-to', 'reported-speech', 'sentence-end', 'clause-subject',
    'continuation', 'previous-paragraph-subject'));
