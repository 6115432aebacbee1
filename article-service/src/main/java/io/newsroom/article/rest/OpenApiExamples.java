package io.newsroom.article.rest;

/** Example bodies shown in the OpenAPI document. */
final class OpenApiExamples {

    static final String PROBLEM_400 = """
            {"type": "about:blank", "title": "Invalid request", "status": 400,
             "detail": "headline: size must be between 0 and 200",
             "instance": "/api/v1/desk/articles/0b6f…/", "errors": [{"field": "headline", "reason": "size must be between 0 and 200"}]}""";
    static final String PROBLEM_404 = """
            {"type": "about:blank", "title": "Not found", "status": 404, "detail": "No article 0b6f…", "instance": "/api/v1/articles/0b6f…", "errors": []}""";
    static final String PROBLEM_412 = """
            {"type": "about:blank", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"3\\" is stale: the current version is 5", "instance": "/api/v1/desk/articles/0b6f…",
             "errors": [{"field": "If-Match", "reason": "stale; current version is 5"}]}""";
    static final String PROBLEM_428 = """
            {"type": "about:blank", "title": "Precondition required", "status": 428,
             "detail": "If-Match: send the article's current ETag (\\"<version>\\") to change it",
             "instance": "/api/v1/desk/articles/0b6f…", "errors": [{"field": "If-Match", "reason": "required"}]}""";
    static final String PAGE_UPSERT = """
            {"page_name": "要闻", "content_hash": "4d5d399ab3f75c42e0c1d4f6a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
             "items": [{"type": "article", "column": null, "kicker": "打造“一站式”综合服务平台",
               "headline": "我市积极推动科技大市场建设", "subheadline": null, "byline": "本报记者 夏旭光 本报通讯员 杨坤",
               "dateline": null, "paragraphs": ["……"], "crossheads": [], "continues_on_page": null, "photos": [],
               "flags": [], "confidence": 0.82, "source_lines": [[12, 40]]}]}""";
    static final String PATCH = """
            {"headline": "我市积极推动科技大市场建设", "subheadline": null, "continues_on_page": 8}""";

    private OpenApiExamples() {
    }
}
