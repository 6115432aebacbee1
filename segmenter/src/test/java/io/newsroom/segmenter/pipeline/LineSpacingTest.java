package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineSpacingTest {

    /** Wrapped column lines, each followed by a blank line (mutool, dev czrb-p01). */
    private static final String DOUBLE = "了读书演讲比赛、观看励志\n\n影片、康复知识讲座和免费\n\n义诊等宣教助残活动，得到\n\n"
            + "了残疾人朋友的点赞。邀请\n\n肢体残疾评定医生，为42\n\n名重度患者进行上门和集中\n\n"
            + "评残服务，真心实意为残疾\n\n群众办实事解难题。\n\n全国助残日期间，天长\n\n";

    @Test
    void wrappedLinesEachSetOffByABlankLineAreDoubleSpacing() {
        List<PageLine> lines = LineSplitter.split(DOUBLE);
        assertTrue(LineSpacing.isDoubleSpaced(lines));
        List<PageLine> out = LineSpacing.undouble(lines);
        assertEquals(9, out.size());
        assertEquals(List.of(1, 3, 5, 7, 9, 11, 13, 15, 17), out.stream().map(PageLine::number).toList());
    }

    @Test
    void paragraphsOnePerLineBetweenBlankLinesAreNotDoubleSpacing() {
        // every isolated line ends a sentence: one paragraph per line (seed 003's style)
        String text = "枢纽建成后，将实现高铁、公交、出租车“零距离换乘”。\n\n目前，项目正在进行内部装修和设备安装。\n\n"
                + "本报讯（记者 孙浩）3月6日，聊城高铁西站综合交通枢纽主体工程完工。\n";
        List<PageLine> lines = LineSplitter.split(text);
        assertFalse(LineSpacing.isDoubleSpaced(lines));
        assertSame(lines, LineSpacing.undouble(lines));
    }

    @Test
    void hardWrappedColumnsWithFewBlankLinesAreNotDoubleSpacing() {
        String text = "本报讯（记者 刘洋）3月18日，记者从市农业农村\n局获悉，今年全市春耕备耕工作比往年提前了一个\n"
                + "月，化肥、种子等农资储备充足。\n\n春耕备耕为何提前了一个月？\n";
        assertFalse(LineSpacing.isDoubleSpaced(LineSplitter.split(text)));
    }
}
