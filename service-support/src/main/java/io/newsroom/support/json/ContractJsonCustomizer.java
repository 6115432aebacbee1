package io.newsroom.support.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Texts;
import io.newsroom.contract.json.ContractJsonModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every service's JSON of the contract records: the {@link ContractJsonModule} (item types by code, line ranges as
 * {@code [first, last]}), and what plain records cannot say: a desk-only {@code editorial} and a revision's
 * {@code previous_state} are left out when {@code null}; every other {@code null} is written.
 * <p>
 * Reading is strict (issue 16, item 3), so that no lenient reading changes what a client sent: a number or boolean
 * is no string ({@code {"headline": 123}}), a string or boolean no number, a number no enum value, a fraction no whole number
 * ({@code 1.5} for an {@code Integer}), nothing may follow the document ({@code {…} xyz}), every string obeys the
 * contract's text rule ({@link Texts}: no NUL, no unpaired surrogate). Each is a mapping error naming the member,
 * answered 400 by the problem mappers. Unknown members stay refused where a service sets
 * {@code quarkus.jackson.fail-on-unknown-properties}. Hibernate's JSON columns do not use this mapper
 * ({@code quarkus.hibernate-orm.mapping.format.global=ignore}, or a {@code String} column written by the service).
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
        strict(mapper);
    }

    /**
     * Makes a mapper read JSON strictly, as described on the class.
     *
     * @param mapper the mapper to configure
     * @return the same mapper
     */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("ContractTextRule").addDeserializer(String.class, new CheckedText()));
        return mapper;
    }

    /** Jackson's string reading (with the coercion rules above), then the contract's text rule. */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String flaw = Texts.flaw(value);
            if (flaw != null) {
                throw new InvalidTextException(p, flaw);
            }
            return value;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
