package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageHeaderTest {

    @Test
    void headerPiecesAloneOrTogetherAreFurniture() {
        for (String line : List.of("2023年10月25日 星期三", "第1版", "第 12 版", "今日16版", "滁州日报社出版", "宁波日报报业集团出版",
                "辽宁日报传媒集团出版", "滁州日报", "海峡都市报", "人民政协报", "2016年3月24日 星期四 第2版 民情一线通",
                "城市生活 第5版 2023年9月13日 星期三 宁波日报", "今日16版 齐鲁晚报")) {
            assertTrue(LinePatterns.isPageFurniture(line), line);
        }
    }

    @Test
    void textThatMentionsAPaperOrAPageIsNoFurniture() {
        for (String line : List.of("据人民日报报道，今年全市春耕备耕工作比往年提前了一个月", "乡村大集上的幸福年味 第3版",
                "2023年10月25日，记者从市农业农村局获悉", "春耕备耕为何提前了一个月？", "报社", "")) {
            assertFalse(LinePatterns.isPageFurniture(line), line);
        }
    }

    @Test
    void pageNumbersOfIndexEntriesStay() {
        List<PageLine> lines = LineSplitter.split("今日导读\n\n要闻\n我市部署春季安全生产工作\n第2版\n\n"
                + "本报讯 为着力保障和改善残疾人民生，更好维护残疾人合法权益。\n2023年10月25日 星期三\n");
        assertEquals(List.of(false, true, false, false, false, true, false, true, true),
                PageHeader.blankOut(lines).stream().map(PageLine::isBlank).toList());
    }

    @Test
    void pageNumbersOfAnIndexWithoutItsHeadingStay() {
        List<PageLine> lines = LineSplitter.split("小区进出要道飞来“小山坡”\n\n 第2版\n\n福州金建小区 垃圾遍地煞风景\n\n 第3版\n\n"
                + "2016年3月24日 星期四\n");
        assertEquals(List.of(false, true, false, true, false, true, false, true, true, true),
                PageHeader.blankOut(lines).stream().map(PageLine::isBlank).toList());
    }

    @Test
    void headerLinesBecomeBlankLinesOfTheSameNumber() {
        List<PageLine> lines = LineSplitter.split("保持门店周围干净、整洁。\n滁州日报社出版\n2023年10月25日 星期三\n这是10月11日拍摄的收割机\n");
        List<PageLine> out = PageHeader.blankOut(lines);
        assertEquals(List.of(false, true, true, false, true), out.stream().map(PageLine::isBlank).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), out.stream().map(PageLine::number).toList());
        List<PageLine> none = LineSplitter.split("保持门店周围干净、整洁。\n");
        assertSame(none, PageHeader.blankOut(none));
    }
}
