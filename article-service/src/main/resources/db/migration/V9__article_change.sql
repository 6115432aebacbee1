-- The public article change feed (README "Feeds"; issue 14 item 3): what mobile clients sync from
-- (GET /api/v1/changes?after=N). One row per article and transaction whose reader-visible state changed: UPSERT when
-- readers see it as an article after the change (published, not excluded, no front matter, no stitched continuation),
-- DELETE (a tombstone) when they saw it before and no longer do (withdrawn, excluded, unpublished, stitched into
-- another story, deleted). Written by ArticleChangeFeed in the transaction of the change; writers take this table's
-- EXCLUSIVE lock before they insert, so sequence numbers become visible in commit order (as edition_change, V6).
create table article_change (
    sequence     bigint generated always as identity primary key,
    article_id   uuid        not null,
    paper        varchar(16) not null,
    edition_date date        not null,
    kind         varchar(8)  not null check (kind in ('UPSERT', 'DELETE')),
    changed_at   timestamptz not null
);
-- the latest row of an article (is it on the clients' side?)
create index article_change_article on article_change (article_id, sequence);

-- what readers already see gets its UPSERT, so that a client starting at after=0 receives every article (the
-- condition of ArticleRepository.FOR_READERS and NO_CONTINUATION), in the public feed's order, oldest edition first
insert into article_change (article_id, paper, edition_date, kind, changed_at)
select a.id, a.paper, a.edition_date, 'UPSERT', a.updated_at
from article a
where a.status = 'PUBLISHED' and not a.excluded and a.type not in ('index', 'staff')
  and not exists (select 1 from jump_link l join article h on h.id = l.from_id
                  where l.to_id = a.id and l.kind = 'continuation' and h.status = 'PUBLISHED' and not h.excluded)
order by a.edition_date, a.paper, a.page_number, a.position;
