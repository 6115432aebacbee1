-- The paper registry is article-service's (GET /api/v1/papers/{paper}), and a page's articles and open flags are
-- read from article-service when needed: edition-service keeps neither a copy of the papers nor of what
-- article-service made of a page's items.
alter table edition drop constraint edition_paper_code_fkey;
drop table paper;
alter table page drop column flags, drop column articles, drop column conflicts;
