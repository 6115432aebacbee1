package io.newsroom.render.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.testing.OpenApiContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps render-service's REST client true to article-service: every operation, parameter and body member it uses,
 * with its JSON type, format, enum values and required/nullable rules, must be what article-service's OpenAPI
 * document (its {@code openapi} build artifact, a test dependency of this module) says.
 */
class OpenApiContractTest {

    /** How render-service reads JSON (Java time, the contract's module, as service-support's customizer sets up). */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new ContractJsonModule());

    @Test
    void articleClientMatchesArticleService() {
        assertEquals(List.of(), OpenApiContract.of("article-service").mismatches(ArticleRestClient.class, JSON));
    }
}
