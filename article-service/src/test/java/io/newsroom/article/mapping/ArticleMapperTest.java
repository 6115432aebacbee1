package io.newsroom.article.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.contract.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {

    @Test
    void crossheadsAreMatchedInOrderNotByText() {
        List<Paragraph> out = ArticleMapper.paragraphs(List.of("一、开局", "正文", "一、开局", "二、推进"),
                List.of("一、开局", "二、推进"));
        assertEquals(List.of("crosshead", "body", "body", "crosshead"), out.stream().map(Paragraph::kind).toList());
    }

    @Test
    void ninjsCharcountIgnoresWhitespace() {
        assertEquals(5, NinjsMapper.charcount("聊城 日报\n\n好"));
        assertEquals(2, NinjsMapper.charcount("𠀀a"), "code points, not UTF-16 units");
    }
}
