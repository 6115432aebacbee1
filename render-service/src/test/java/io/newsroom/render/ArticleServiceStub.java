package io.newsroom.render;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.FrontMatter;
import io.newsroom.contract.Paper;
import io.newsroom.render.edition.EditionContent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * article-service's public API stubbed with WireMock on a dynamic port; points
 * {@code quarkus.rest-client.article-service.url} at it. Tests publish fixture editions into it
 * (listing paged by {@link #PAGE} to exercise {@code next_cursor}) or make it fail.
 */
public class ArticleServiceStub implements QuarkusTestResourceLifecycleManager {

    /** Summaries per listing page. */
    static final int PAGE = 4;

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/papers/lcrb"))
                .willReturn(json(new Paper("lcrb", "聊城日报", "聊城日报社", "zh-CN", Map.of(1, "要闻")))));
        return Map.of("quarkus.rest-client.article-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Serves the edition's articles as published (replaces earlier stubs of the same URLs). */
    public static void publish(EditionContent edition) {
        String list = "/api/v1/editions/" + edition.paperCode() + "/" + edition.date() + "/articles";
        List<ArticleView> articles = edition.articles();
        for (int from = 0; from < articles.size(); from += PAGE) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (ArticleView a : articles.subList(from, Math.min(from + PAGE, articles.size()))) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("id", a.id());
                summary.put("page", a.page());
                summary.put("headline", a.headline());
                summary.put("version", a.version());
                items.add(summary);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", items);
            body.put("next_cursor", from + PAGE < articles.size() ? "c" + (from + PAGE) : null);
            server.stubFor(get(urlPathEqualTo(list))
                    .withQueryParam("cursor", from == 0 ? absent() : equalTo("c" + from))
                    .willReturn(json(body)));
        }
        for (ArticleView a : articles) {
            server.stubFor(get(urlPathEqualTo("/api/v1/articles/" + a.id())).willReturn(json(a)));
        }
        server.stubFor(get(urlPathEqualTo("/api/v1/editions/" + edition.paperCode() + "/" + edition.date()
                + "/front-matter")).willReturn(json(new FrontMatter(edition.frontMatter()))));
    }

    /** Every call to the edition's listing answers 200 with no items. */
    public static void publishNothing(String paper, String date) {
        server.stubFor(get(urlPathEqualTo("/api/v1/editions/" + paper + "/" + date + "/articles"))
                .willReturn(json(Map.of("items", List.of()))));
    }

    /** Every call to the edition's listing has its connection reset, as when the service is down. */
    public static void breakListing(String paper, String date) {
        server.stubFor(get(urlPathEqualTo("/api/v1/editions/" + paper + "/" + date + "/articles"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every article call answers 500. */
    public static void failArticle(java.util.UUID id) {
        server.stubFor(get(urlPathEqualTo("/api/v1/articles/" + id)).willReturn(aResponse().withStatus(500)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(Object body) {
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(EditionFixtures.JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
