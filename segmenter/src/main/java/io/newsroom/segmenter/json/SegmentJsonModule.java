package io.newsroom.segmenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.newsroom.segmenter.Flag;
import io.newsroom.segmenter.ItemType;
import io.newsroom.segmenter.LineRange;
import io.newsroom.segmenter.Photo;
import io.newsroom.segmenter.SegmentedItem;

import java.io.IOException;
import java.util.List;

/**
 * The one Jackson mapping of segmenter types, in the item shape of shared/gold/SCHEMA.md and the README's
 * "Segmented item" contract: snake_case members in schema order, {@code type} in lower case, flags by name,
 * {@code source_lines} as {@code [[first,last],…]}, {@code null} text fields written as {@code null}.
 * The REST layer registers this module; the core records carry no Jackson annotations.
 */
public final class SegmentJsonModule extends SimpleModule {

    /** Creates the module with serializers for items, photos, line ranges, item types and flags. */
    public SegmentJsonModule() {
        super("SegmentJsonModule");
        addSerializer(SegmentedItem.class, new ItemSerializer());
        addSerializer(Photo.class, new PhotoSerializer());
        addSerializer(LineRange.class, new LineRangeSerializer());
        addSerializer(ItemType.class, new ItemTypeSerializer());
        addSerializer(Flag.class, new FlagSerializer());
    }

    /**
     * @return a new mapper with this module that pretty-prints and keeps non-ASCII characters unescaped
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new SegmentJsonModule()).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final class ItemSerializer extends JsonSerializer<SegmentedItem> {
        @Override
        public void serialize(SegmentedItem it, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", it.type().code());
            g.writeStringField("column", it.column());
            g.writeStringField("kicker", it.kicker());
            g.writeStringField("headline", it.headline());
            g.writeStringField("subheadline", it.subheadline());
            g.writeStringField("byline", it.byline());
            g.writeStringField("dateline", it.dateline());
            writeArray(g, p, "paragraphs", it.paragraphs());
            writeArray(g, p, "crossheads", it.crossheads());
            writeInteger(g, "continues_on_page", it.continuesOnPage());
            writeInteger(g, "continued_from_page", it.continuedFromPage());
            writeArray(g, p, "photos", it.photos());
            writeArray(g, p, "flags", it.flags());
            g.writeNumberField("confidence", it.confidence());
            writeArray(g, p, "source_lines", it.sourceLines());
            g.writeEndObject();
        }

        /** Writes {@code name: value}, {@code null} as {@code null}. */
        private static void writeInteger(JsonGenerator g, String name, Integer value) throws IOException {
            if (value == null) {
                g.writeNullField(name);
            } else {
                g.writeNumberField(name, value);
            }
        }

        /** Writes {@code name: [...]}, each element with the module's serializer for its type. */
        private static void writeArray(JsonGenerator g, SerializerProvider p, String name, List<?> values)
                throws IOException {
            g.writeFieldName(name);
            g.writeStartArray();
            for (Object v : values) {
                p.defaultSerializeValue(v, g);
            }
            g.writeEndArray();
        }
    }

    private static final class PhotoSerializer extends JsonSerializer<Photo> {
        @Override
        public void serialize(Photo photo, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("caption", photo.caption());
            g.writeStringField("credit", photo.credit());
            g.writeEndObject();
        }
    }

    private static final class LineRangeSerializer extends JsonSerializer<LineRange> {
        @Override
        public void serialize(LineRange range, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            g.writeNumber(range.first());
            g.writeNumber(range.last());
            g.writeEndArray();
        }
    }

    private static final class ItemTypeSerializer extends JsonSerializer<ItemType> {
        @Override
        public void serialize(ItemType type, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(type.code());
        }
    }

    private static final class FlagSerializer extends JsonSerializer<Flag> {
        @Override
        public void serialize(Flag flag, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(flag.name());
        }
    }
}
