package io.newsroom.edition.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.newsroom.edition.segment.ItemType;
import io.newsroom.edition.segment.LineRange;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON of segmented items (README "Segmented item"): {@link ItemType} in lower case ({@code "article"}),
 * {@link LineRange} as {@code [first, last]}; member names are snake_case through
 * {@code quarkus.jackson.property-naming-strategy}.
 *
 * <p>TEMPORARY: to be replaced by registering {@code io.newsroom.edition.segment.json.SegmentJsonModule}
 * (written with the segmenter) once it is merged; delete this class then.
 */
@Singleton
public class ItemJsonCustomizer implements ObjectMapperCustomizer {

    /**
     * Applied last, so that these serializers win over modules Quarkus registers for the same types
     * (a later module takes precedence in Jackson).
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Registers the item serializers on Quarkus' {@link ObjectMapper}. */
    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("segmented-items");
        module.addSerializer(ItemType.class, new JsonSerializer<>() {
            @Override
            public void serialize(ItemType type, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(type.code());
            }
        });
        module.addSerializer(LineRange.class, new JsonSerializer<>() {
            @Override
            public void serialize(LineRange range, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeArray(new int[] {range.first(), range.last()}, 0, 2);
            }
        });
        mapper.registerModule(module);
    }
}
