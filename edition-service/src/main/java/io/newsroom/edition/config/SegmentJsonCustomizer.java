package io.newsroom.edition.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.segmenter.json.SegmentJsonModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Registers the segmenter's {@link SegmentJsonModule} on Quarkus' {@link ObjectMapper}, so that the REST API,
 * the article-service client and the stored segmentation all write items in the README "Segmented item" shape.
 */
@Singleton
public class SegmentJsonCustomizer implements ObjectMapperCustomizer {

    /**
     * Applied last, so that the module's serializers win over modules Quarkus registers for the same types
     * (a later module takes precedence in Jackson).
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Registers the module. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SegmentJsonModule());
    }
}
