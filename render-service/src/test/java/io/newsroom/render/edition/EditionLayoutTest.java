package io.newsroom.render.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Paragraph;
import io.newsroom.render.EditionFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionLayoutTest {

    private static ArticleView article(String id, int page, int position, String headline, Integer jump,
            String... paragraphs) {
        return EditionFixtures.article(id, page, page == 1 ? "要闻" : null, position, "article", null, null, headline, null,
                null, null, List.of(paragraphs).stream().map(p -> new Paragraph("body", p)).toList(), jump,
                List.of(), 1, null);
    }

    @Test
    void pagesInOrderWithPreviousNextAndJumpTargets() {
        EditionLayout layout = EditionLayout.of(new EditionContent("lcrb", "聊城日报", "聊城日报社", LocalDate.of(2025, 3, 26),
                List.of(article("c", 8, 1, "八版", null), article("b", 1, 2, "二条", 5), article("a", 1, 1, "头条", 8))));
        assertEquals(List.of("第1版 要闻", "第8版"), layout.pages().stream().map(EditionLayout.PageView::label).toList());
        List<EditionLayout.ArticleLayout> views = layout.articles();
        assertEquals(List.of(id("a"), id("b"), id("c")), views.stream().map(v -> v.article().id().toString()).toList());
        assertNull(views.get(0).previous());
        assertEquals(id("b"), views.get(0).next().id());
        assertEquals("八版", views.get(1).next().title());
        assertEquals(id("c"), views.get(0).jumpTarget());
        assertNull(views.get(1).jumpTarget(), "page 5 is not in the edition");
    }

    private static String id(String key) {
        return EditionFixtures.id(key).toString();
    }

    @Test
    void withoutHeadlineNoHeadlineIsInventedAndTheTitleSaysSo() {
        String longText = "本报讯 聊城市".repeat(20);
        ArticleView untitled = article("x", 1, 1, null, null, longText);
        assertNull(EditionLayout.headline(untitled));
        assertEquals("（无标题）" + longText.substring(0, EditionLayout.TITLE_CHARS) + "……",
                EditionLayout.title(untitled));
        assertEquals(EditionLayout.OPENING_CHARS + 2, EditionLayout.opening(untitled).length());
        assertEquals("（无标题）第1版 要闻 无标题稿件", EditionLayout.title(article("y", 1, 1, " ", null)));
        assertEquals("𠀀𠀀……", EditionLayout.shorten("𠀀𠀀𠀀", 2), "cuts between code points, not inside a pair");
    }
}
