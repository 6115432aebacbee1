package io.newsroom.edition.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.testing.OpenApiContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps edition-service's REST clients true to the services they call: every operation, parameter and body member
 * they use, with its JSON type, format, enum values and required/nullable rules, must be what the called service's
 * OpenAPI document says ({@link OpenApiContract}). The documents are the build artifacts of article-service and
 * render-service ({@code openapi} classifier, test dependencies of this module).
 */
class OpenApiContractTest {

    /** How edition-service writes and reads JSON (Java time, the contract's module, as service-support's customizer sets up). */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new ContractJsonModule());

    @Test
    void articleClientMatchesArticleService() {
        assertEquals(List.of(), OpenApiContract.of("article-service").mismatches(ArticleRestClient.class, JSON));
    }

    @Test
    void deskArticleClientMatchesArticleService() {
        assertEquals(List.of(), OpenApiContract.of("article-service").mismatches(DeskArticleRestClient.class, JSON));
    }

    @Test
    void renditionClientMatchesRenderService() {
        assertEquals(List.of(), OpenApiContract.of("render-service").mismatches(RenditionRestClient.class, JSON));
    }
}
