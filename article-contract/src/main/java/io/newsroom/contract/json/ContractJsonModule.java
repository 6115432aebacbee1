package io.newsroom.contract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import java.io.IOException;

/**
 * The one Jackson mapping of the contract types whose JSON their Java does not say: {@link ItemType} by its wire code
 * ({@code article}, case-insensitive when read) and {@link LineRange} as {@code [first, last]}. Everything else is
 * plain Jackson over the records with snake_case names (README "Segmented item"). Registered by every service
 * (service-support's {@code ContractJsonCustomizer}) and by the segmenter's command line ({@link #mapper()}).
 */
public final class ContractJsonModule extends SimpleModule {

    /** Creates the module. */
    public ContractJsonModule() {
        super("ContractJsonModule");
        addSerializer(ItemType.class, new JsonSerializer<>() {
            @Override
            public void serialize(ItemType type, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(type.code());
            }
        });
        addDeserializer(ItemType.class, new JsonDeserializer<>() {
            @Override
            public ItemType deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String code = p.getValueAsString();
                try {
                    return ItemType.fromCode(code);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return (ItemType) c.handleWeirdStringValue(ItemType.class, code,
                            "must be one of article, photo, teaser, index, staff");
                }
            }
        });
        addSerializer(LineRange.class, new JsonSerializer<>() {
            @Override
            public void serialize(LineRange range, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                g.writeNumber(range.first());
                g.writeNumber(range.last());
                g.writeEndArray();
            }
        });
        addDeserializer(LineRange.class, new JsonDeserializer<>() {
            @Override
            public LineRange deserialize(JsonParser p, DeserializationContext c) throws IOException {
                int[] bounds = c.readValue(p, int[].class); // the context's reading: no end-of-document check here
                if (bounds == null || bounds.length != 2 || bounds[0] < 1 || bounds[1] < bounds[0]) {
                    return c.reportInputMismatch(LineRange.class, "must be [first, last] with 1 <= first <= last");
                }
                return new LineRange(bounds[0], bounds[1]);
            }
        });
    }

    /** @return a mapper for files and the command line: snake_case, this module, pretty-printed */
    public static ObjectMapper mapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new ContractJsonModule()).enable(SerializationFeature.INDENT_OUTPUT);
    }
}
