package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypographyTest {

    @Test
    void widthCountsWideCharactersAsOneEmAndOthersAsHalf() {
        assertEquals(17.0, Typography.width("聊城市高度重视与包括密克罗尼西亚联"));
        assertEquals(4.0, Typography.width("“6293”"));
        assertEquals(2.5, Typography.width("a b c"));
    }

    @Test
    void sentenceEndsLookPastClosingQuotes() {
        assertTrue(Typography.endsSentence("发展成绩。"));
        assertTrue(Typography.endsSentence("新的更大贡献。”"));
        assertTrue(Typography.endsSentence("有目共睹："));
        assertFalse(Typography.endsSentence("坚持和深化市委"));
        assertFalse(Typography.endsSentence("“基本盘”"));
    }

    @Test
    void artefactSpacesNextToWideCharactersGoLatinSpacesStay() {
        assertEquals("3月24日，阳谷县委", Typography.removeArtefactSpaces("3 月 24 日，阳谷县委"));
        assertEquals("充分发挥12345市民", Typography.removeArtefactSpaces("充分发挥 12345 市民"));
        assertEquals("Hello world你好", Typography.removeArtefactSpaces(" Hello   world 你好 "));
    }

    @Test
    void headlinesKeepPhraseSpacesAndCollapseLetterSpacing() {
        assertEquals("改革创新走在前 奋发有为勇争先", Typography.cleanHeadline("改革创新走在前  奋发有为勇争先"));
        assertEquals("聊城实践提供有力保障", Typography.cleanHeadline("聊 城 实 践 提 供 有 力 保 障"));
        assertEquals("“链”接新动能 智启新未来", Typography.cleanHeadline("“链”接新动能 智启新未来"));
        assertTrue(Typography.isLetterSpaced("编 者 按"));
        assertFalse(Typography.isLetterSpaced("中共中央 国务院关于"));
    }

    @Test
    void namesKeepSpacesBetweenNamesOnly() {
        assertEquals("本报记者 夏旭光", Typography.cleanNames("本 报 记 者 夏旭光"));
        assertEquals("本报讯（记者 李政哲 黄涛）", Typography.cleanNames("本报讯 （记者 李政哲 黄涛）"));
        assertEquals("本报讯(记者 洪祥 通讯员 魏艳霞)", Typography.cleanNames("本报讯(记者 洪祥 通讯员 魏艳霞)"));
    }
}
