-- Publishing safely (issue 15 item 6; README "Publishing safely and history"): the desk's confirmation step lists
-- the pages no editor opened in review since their text arrived, and the pages added or replaced since the last
-- publication.

-- When the page number was first received: a page received after the last publication whose first receipt was
-- before it was replaced, else added. Rows written by the ingest (which does not name the column) get now().
alter table page add column first_received_at timestamptz;
update page set first_received_at = received_at;
alter table page alter column first_received_at set not null;
alter table page alter column first_received_at set default now();

-- The last time each editor opened a page's review screen (one row per page and editor, moved on at every view).
-- A page is "reviewed" when some editor opened it at or after its received_at.
create table page_review_view (
    page_id   bigint      not null references page (id) on delete cascade,
    editor    text        not null,
    viewed_at timestamptz not null,
    primary key (page_id, editor)
);
