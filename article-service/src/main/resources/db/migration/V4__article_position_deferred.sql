-- Page upserts match items to articles by content, not by position (README "article-service", PageUpsertService):
-- one upsert moves articles to their item's new position while others are created or deleted at positions they
-- free, so the position key is checked at commit, when every article of the page has its final position.
alter table article drop constraint article_page_position;
alter table article add constraint article_page_position unique (paper, edition_date, page_number, position)
    deferrable initially deferred;
