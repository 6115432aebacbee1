package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageStyleTest {

    private static PageStyle detect(String text) {
        return PageStyle.detect(LineSplitter.split(text));
    }

    @Test
    void hardWrappedColumnsRunForManyLines() {
        assertEquals(PageStyle.HARD_WRAPPED, detect("本报讯（记者 刘洋）3月18日，记者从市农业农村\n局获悉，今年全市春耕备耕工作比往年提前了一个\n"
                + "月，化肥、种子等农资储备充足。\n\n春耕备耕为何提前了一个月？\n"));
    }

    @Test
    void manyLinesWiderThanAnyColumnMeanOneParagraphPerLine() {
        String para = "本报讯(记者 吴兆旭)日前,省商务厅公布了全省首批重点培育的内外贸一体化领跑企业、内外贸融合发展产业集群和平台名单。";
        assertEquals(PageStyle.ONE_PARAGRAPH_PER_LINE, detect("标题\n\n" + para + "\n" + para + "\n"));
    }

    @Test
    void shortParagraphsStandingAloneBetweenBlankLinesMeanOneParagraphPerLine() {
        // only one line is wider than a column, but every text line stands alone between blank lines
        assertEquals(PageStyle.ONE_PARAGRAPH_PER_LINE, detect("聊城高铁西站综合交通枢纽主体完工\n\n"
                + "本报讯(记者 孙浩 通讯员 王芳)3月6日,记者从市交通运输局获悉,聊城高铁西站综合交通枢纽主体工程完工。\n\n"
                + "枢纽建成后,将实现高铁、公交、出租车“零距离换乘”。\n\n目前,项目正在进行内部装修和设备安装。\n"));
        // the same short lines without a line wider than a column say nothing: hard-wrapped
        assertEquals(PageStyle.HARD_WRAPPED, detect("枢纽建成后,将实现高铁、公交、出租车“零距离换乘”。\n\n"
                + "目前,项目正在进行内部装修和设备安装。\n"));
    }
}
