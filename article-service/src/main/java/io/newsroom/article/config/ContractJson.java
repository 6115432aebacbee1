package io.newsroom.article.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.ArticleView;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The JSON details of the contract records that their plain Java cannot say: a desk-only {@code editorial} and a
 * revision's {@code previous_state} are left out when {@code null} (the public article has no {@code editorial}
 * member, a revision listing no {@code previous_state}); every other {@code null} is written.
 */
@Singleton
public class ContractJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null);
        mapper.configOverride(ArticleView.Editorial.class).setIncludeAsProperty(nonNull);
        mapper.configOverride(ArticleView.class).setIncludeAsProperty(nonNull);
    }
}
