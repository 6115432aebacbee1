package io.newsroom.support.openapi;

import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the two contract types whose JSON is not what their Java says ({@code ContractJsonModule}):
 * {@link ItemType} by its wire codes ({@code article} …) and {@link LineRange} as {@code [first, last]}. Every
 * service's OpenAPI document thereby says what goes over the wire (the consumers' contract tests compare it).
 * Registered with {@code mp.openapi.filter}.
 */
public class ContractSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema itemType = schemas.get(ItemType.class.getSimpleName());
        if (itemType != null) {
            itemType.setEnumeration(Arrays.stream(ItemType.values()).map(t -> (Object) t.code()).toList());
        }
        if (schemas.containsKey(LineRange.class.getSimpleName())) {
            openAPI.getComponents().addSchema(LineRange.class.getSimpleName(), OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.ARRAY)).minItems(2).maxItems(2)
                    .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ONE))
                    .description("1-based inclusive line range [first, last]"));
        }
    }
}
