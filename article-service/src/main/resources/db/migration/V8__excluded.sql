-- Exclude from publication (README "Front matter"; issue 15 item 4): an editor's decision that readers never see an
-- item (public API, search, HTML edition, EPUB), whatever its status; the desk still shows it. 今日导读 boxes and staff
-- lines need no flag: by their type they are published as the edition's front matter, never as articles.
alter table article add column excluded boolean not null default false;
