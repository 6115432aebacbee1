package io.newsroom.support.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import jakarta.inject.Singleton;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names Bean Validation property paths as clients see them in JSON: the REST {@link ObjectMapper}'s naming
 * strategy ({@code quarkus.jackson.property-naming-strategy=SNAKE_CASE}) turns {@code contentHash} into
 * {@code content_hash}, so problem+json {@code errors[].field} names the member the client actually sent.
 * Quarkus picks this bean up as Hibernate Validator's {@link PropertyNodeNameProvider}.
 */
@Singleton
public class JsonPropertyNodeNameProvider implements PropertyNodeNameProvider {

    private final PropertyNamingStrategies.NamingBase naming;

    JsonPropertyNodeNameProvider(ObjectMapper json) {
        PropertyNamingStrategy strategy = json.getPropertyNamingStrategy();
        this.naming = strategy instanceof PropertyNamingStrategies.NamingBase base ? base : null;
    }

    /**
     * @param property a bean or record property
     * @return its JSON member name
     */
    @Override
    public String getName(Property property) {
        return naming == null ? property.getName() : naming.translate(property.getName());
    }
}
