package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.newsroom.edition.TestPages.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.contract.SegmentedItem;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages.Seed;
import io.newsroom.edition.TestPages;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.SegmentedPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/workflow/segment}: items out, nothing stored, no other service called; and the readiness probe. */
@QuarkusTest
@EditionTestResources
class SegmentResourceTest {

    @Inject
    EditionRepository editions;

    @Test
    void segmentsAPageWithoutStoringAnything() {
        Seed seed = TestPages.seeds().get(1);
        SegmentedPage expected = new PageSegmenter().segment(seed.text());
        ServiceStubs.resetArticle();
        long pagesBefore = storedPages();

        JsonPath answer = anonymous().contentType("text/plain").body(seed.text().getBytes(Charset.forName("GB18030")))
                .post("/api/v1/workflow/segment").then().statusCode(200).extract().jsonPath();

        assertEquals("GB18030", answer.getString("encoding"));
        assertEquals(expected.lineCount(), answer.getInt("line_count"));
        assertEquals(expected.items().size(), answer.getList("items").size());
        SegmentedItem first = expected.items().get(0);
        assertEquals(first.type().code(), answer.getString("items[0].type"));
        assertEquals(first.headline(), answer.getString("items[0].headline"));
        assertEquals(first.paragraphs(), answer.getList("items[0].paragraphs"));
        assertEquals(first.flags().stream().map(Enum::name).toList(), answer.getList("items[0].flags"));
        assertEquals(List.of(first.sourceLines().get(0).first(), first.sourceLines().get(0).last()),
                answer.getList("items[0].source_lines[0]"));
        ServiceStubs.article().verify(0, anyRequestedFor(anyUrl()));
        assertEquals(pagesBefore, storedPages());
    }

    private long storedPages() {
        return QuarkusTransaction.requiringNew().call(() -> editions.getEntityManager()
                .createQuery("select count(p) from PageEntity p", Long.class).getSingleResult());
    }

    @Test
    void refusesOtherContentTypesAndEmptyText() {
        anonymous().contentType("application/json").body("{}").post("/api/v1/workflow/segment").then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));
        anonymous().contentType("text/plain; charset=utf-8").body("  \n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workflow/segment").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void readinessChecksTheBucket() {
        anonymous().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("bucket"))
                .body("checks.find { it.name == 'bucket' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bucket' }.data.bucket", equalTo("editions"));
    }
}
