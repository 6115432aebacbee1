package io.newsroom.render.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renditions' templates are type-checked when the service is built (README "The review desk", checked
 * templates): the Qute extension validates every expression that starts from a declared parameter
 * ({@code {@io.newsroom.render.edition.EditionLayout layout}}) or from a loop variable over one, and leaves any other
 * expression unchecked. So every expression of every template must be of that kind: then a misspelt member
 * ({@code {view.titel}}) fails {@code quarkus:build}, and so does a name no declaration covers.
 */
class TemplatesAreTypeCheckedTest {

    private static final Engine PARSER = Engine.builder().addDefaults().build();

    @ParameterizedTest
    @ValueSource(strings = {"article-body.html", "html/index.html", "html/article.html", "epub/article.xhtml",
            "epub/cover.xhtml", "epub/nav.xhtml", "epub/package.opf"})
    void everyExpressionStartsFromADeclaredParameter(String id) throws IOException {
        Template template = PARSER.parse(read(id), null, "edition/" + id);
        assertTrue(!template.getParameterDeclarations().isEmpty(), id + " declares no parameter");
        List<String> unchecked = new ArrayList<>();
        for (Expression expression : template.getExpressions()) {
            if (!expression.isLiteral() && expression.getNamespace() == null
                    && expression.getParts().get(0).getTypeInfo() == null) {
                unchecked.add(expression.toOriginalString() + " at line " + expression.getOrigin().getLine());
            }
        }
        assertEquals(List.of(), unchecked, id + ": expressions the build cannot check (declare their root with {@…})");
    }

    @Test
    void theCheckFindsAnUndeclaredName() {
        Template template = PARSER.parse("{@java.lang.String title}\n<title>{titel}</title>", null, "probe.html");
        assertTrue(template.getExpressions().stream().anyMatch(e -> e.getParts().get(0).getTypeInfo() == null),
                "{titel} must count as unchecked");
    }

    private static String read(String id) throws IOException {
        try (InputStream in = TemplatesAreTypeCheckedTest.class.getClassLoader()
                .getResourceAsStream("templates/edition/" + id)) {
            assertTrue(in != null, "no template " + id);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
