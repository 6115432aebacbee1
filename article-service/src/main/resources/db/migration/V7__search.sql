-- Chinese full-text search (README "Search"): the terms of each article (ideographs and pairs of ideographs, other
-- words; positions for phrases), written by article-service on every insert and update of the article
-- (search.SearchIndex) and filled in at start for rows written before this migration.
alter table article add column search_vector tsvector;
create index article_search on article using gin (search_vector);
