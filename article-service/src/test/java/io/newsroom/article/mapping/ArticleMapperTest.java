package io.newsroom.article.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleMapperTest {

    @Test
    void ninjsCharcountIgnoresWhitespace() {
        assertEquals(5, NinjsMapper.charcount("聊城 日报\n\n好"));
        assertEquals(2, NinjsMapper.charcount("𠀀a"), "code points, not UTF-16 units");
    }
}
