package io.newsroom.support.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.json.ContractJsonModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every service's JSON of the contract records: the {@link ContractJsonModule} (item types by code, line ranges as
 * {@code [first, last]}), and what plain records cannot say: a desk-only {@code editorial} and a revision's
 * {@code previous_state} are left out when {@code null}; every other {@code null} is written.
 */
@Singleton
public class ContractJsonCustomizer implements ObjectMapperCustomizer {

    /** Applied last, so that the module's (de)serializers win over those Quarkus registers for the same types. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new ContractJsonModule());
        JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null);
        mapper.configOverride(ArticleView.Editorial.class).setIncludeAsProperty(nonNull);
        mapper.configOverride(ArticleView.class).setIncludeAsProperty(nonNull);
    }
}
