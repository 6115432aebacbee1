-- The paper registry (README "article-service"): every paper the newsroom receives pages of, with its masthead
-- name, publisher and the fixed names of its pages. edition-service and render-service read it through
-- GET /api/v1/papers/{paper}. Seeded with the paper of the seed pages (seeds/editions.json).
create table paper (
    code       varchar(16) primary key check (code ~ '^[a-z][a-z0-9]{1,15}$'),
    name       text        not null,
    publisher  text        not null,
    language   varchar(16) not null,
    -- page number (as a JSON object key) -> page name, e.g. {"1": "要闻"}
    page_names jsonb       not null default '{}'
);

insert into paper (code, name, publisher, language, page_names)
values ('lcrb', '聊城日报', '聊城日报社', 'zh-CN', '{"1": "要闻"}');
