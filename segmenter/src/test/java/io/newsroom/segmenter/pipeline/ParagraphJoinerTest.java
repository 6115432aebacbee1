package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphJoinerTest {

    private static List<String> join(String text, boolean onePerLine) {
        return ParagraphJoiner.paragraphs(BlockBuilder.build(LineSplitter.split(text)), onePerLine);
    }

    @Test
    void wrappedLinesJoinWithoutSeparator() {
        assertEquals(List.of("市人大常委会主任王彤宇，市政协主席曾晓黎，市委副书记谢兆村等"),
                join("市人大常委会主任王彤宇，市政\n协主席曾晓黎，市委副书记谢兆村等", false));
    }

    @Test
    void aShortLineThatEndsASentenceEndsAParagraph() {
        String text = "会效益相统一。要以林长制赋能“林长\n治”，健全管护体系，进一步加强森林资\n源生态保护和修复、灾害防控、监测监\n"
                + "市级领导同志参加活动。\n活动中，李长萍实地察看林场森林\n资源管护情况，与相关负责人深入交\n流，详细了解黄河生态林场及黄河生态\n廊道建设工作情况。";
        List<String> paragraphs = join(text, false);
        assertEquals(2, paragraphs.size());
        assertEquals("活动中，", paragraphs.get(1).substring(0, 4));
    }

    @Test
    void aFullWidthLineThatEndsASentenceDoesNotEndAParagraph() {
        String text = "培训，确保全体党员应训尽训。党员5年内参加各类集中学\n上。党员干部学时要求按照全国干部教育培训规划执行。\n"
                + "对年老体弱、行动不便的党员，集中学习培训不作硬性要求。";
        assertEquals(1, join(text, false).size());
    }

    @Test
    void onePerLinePagesBreakAfterEachSentenceEnd() {
        assertEquals(List.of("第一段。", "第二段,跨行继续。"), join("第一段。\n\n第二段,跨行\n\n继续。", true));
    }

    @Test
    void referenceWidthIsTheMedianOfTheNeighbours() {
        assertEquals(17.0, ParagraphJoiner.referenceWidth(new double[] {17, 16, 11, 17, 18}, 2));
    }
}
