-- Each ingest tells whoever listens on the channel article_ingested (the live feed of every replica of the
-- service) the id of the article, as its edit row is written. PostgreSQL delivers a notification only when its
-- transaction commits, so a listener never hears of an article that was rolled back, and hears of every one,
-- whichever replica or bulk import stored it.
create function notify_article_ingested() returns trigger language plpgsql as $$
begin
    perform pg_notify('article_ingested', new.after ->> 'article');
    return null;
end
$$;

create trigger article_ingested after insert on edit
    for each row when (new.action = 'INGEST') execute function notify_article_ingested();
