package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void lineEndsBecomeLf() {
        assertEquals("a\nb\nc\n\nd", TextNormalizer.normalize("a\r\nb\rc\n\r\nd"));
    }

    @Test
    void spacesTabsAndFullWidthSpacesBecomeAsciiSpaces() {
        assertEquals(" 本报讯 (记者 张三)", TextNormalizer.normalize("\u3000本报讯\t(记者\u00A0张三)"));
    }

    @Test
    void bomNulAndControlCharactersAreRemoved() {
        assertEquals("本报讯记者", TextNormalizer.normalize("\uFEFF本\u0000报\u0007讯\u200B记\u0085者"));
    }
}
