package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingRolesTest {

    private static Headings roles(String text) {
        return HeadingRoles.assign(BlockBuilder.build(LineSplitter.split(text)).get(0));
    }

    @Test
    void oneLineIsTheHeadline() {
        Headings h = roles("省政协调研组来聊调研");
        assertEquals("省政协调研组来聊调研", h.headline());
        assertNull(h.kicker());
        assertFalse(h.uncertain());
    }

    @Test
    void twoLinesOfOneHeadlineJoinWithOneSpace() {
        assertEquals("聊城经济技术开发区在全省考核中 连续两年获得“一等”等次",
                roles("聊城经济技术开发区在全省考核中\n连续两年获得“一等”等次").headline());
    }

    @Test
    void aHeadlineWrappedMidWordJoinsWithNoSpace() {
        // dev lywb-e1-p2 (pdftotext): the column's edge cut "面貌"
        assertEquals("伊河龙门段面貌大改观", roles("伊河龙门段面\n貌大改观").headline());
    }

    @Test
    void aCoupletOverAnotherLineIsTheKicker() {
        Headings h = roles("奋进新征程 建功新时代\n“小切口”撬动“大民生”");
        assertEquals("奋进新征程 建功新时代", h.kicker());
        assertEquals("“小切口”撬动“大民生”", h.headline());
        assertTrue(h.uncertain());
        // a name list before the rest of the sentence is not a couplet: one headline on two lines (002 line 212)
        Headings one = roles("中共中央 国务院关于弘扬教育家精神加强\n新时代高素质专业化教师队伍建设的意见");
        assertNull(one.kicker());
        assertEquals("中共中央 国务院关于弘扬教育家精神加强 新时代高素质专业化教师队伍建设的意见", one.headline());
    }

    @Test
    void separatePartsAreKickerThenHeadlineLetterSpacingCollapses() {
        Headings h = roles("李长萍带队开展巡林活动\n\n落 实 落 细 林 长 制 各 项 工 作\n不断厚植聊城高质量发展绿色底色");
        assertEquals("李长萍带队开展巡林活动", h.kicker());
        assertEquals("落实落细林长制各项工作 不断厚植聊城高质量发展绿色底色", h.headline());
    }

    @Test
    void dashedSubheadlineWrapsWithoutSeparatorAndTwoLinesAboveItAreKickerAndHeadline() {
        Headings h = roles("改革创新走在前 奋发有为勇争先\n全力争创全市现代化建设先行区\n\n——访阳谷县委书记彭志国");
        assertEquals("改革创新走在前 奋发有为勇争先", h.kicker());
        assertEquals("全力争创全市现代化建设先行区", h.headline());
        assertEquals("——访阳谷县委书记彭志国", h.subheadline());
        assertTrue(h.uncertain());
        assertEquals("——记习近平总书记同代表委员共商推进中国式现代化大计",
                roles("乘着时代大潮奋楫前行\n——记习近平总书记同代表委员共商推进中国式\n\n现代化大计").subheadline());
    }

    @Test
    void aMuchLongerSecondLineIsAnUndashedSubheadline() {
        Headings h = roles("市政府常务会议召开\n研究招商引资、就业、培育发展新质生产力等工作");
        assertEquals("市政府常务会议召开", h.headline());
        assertEquals("研究招商引资、就业、培育发展新质生产力等工作", h.subheadline());
        assertTrue(h.uncertain());
    }

    @Test
    void aHeadlineWrappedInANarrowFrameIsOneHeadline() {
        assertEquals("老城区历史文化街区亟待整治", roles("老城区历\n史文化\n街区亟待\n整治").headline());
        assertEquals("找出制约症结 提出发展建议", roles("找出制约症结 提出发展建\n议").headline());
    }
}
