package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinePatternsTest {

    @Test
    void datelinesOfTheFormsTheSeedsShow() {
        assertEquals("本报讯（记者 赵宗锋 黄振）".length(), LinePatterns.datelineLength("本报讯（记者 赵宗锋 黄振） 3月24日"));
        assertEquals("本报讯 （记者 李政哲 黄涛）".length(), LinePatterns.datelineLength("本报讯 （记者 李政哲 黄涛） 3月"));
        assertEquals("本报北京讯（记者 林金彦 黄振）".length(), LinePatterns.datelineLength("本报北京讯（记者 林金彦 黄振） 3月12日"));
        assertEquals("本报讯(记者 吴兆旭)".length(), LinePatterns.datelineLength("本报讯(记者 吴兆旭)日前,省商务厅"));
        assertEquals("据新华社北京2月27日电".length(), LinePatterns.datelineLength("据新华社北京2月27日电 近日，中共中央"));
        assertEquals(0, LinePatterns.datelineLength("近日，市商务局等16个部门"));
    }

    @Test
    void wireDatelinesKeepTheirReporters() {
        assertEquals("新华社北京3月19日电（记者 高敬）".length(),
                LinePatterns.datelineLength("新华社北京3月19日电（记者 高敬）记者19日从生态环境部获悉"));
        assertEquals("新华社北京3月5日电(记者 王琳 李强)".length(),
                LinePatterns.datelineLength("新华社北京3月5日电(记者 王琳 李强)十四届全国人大"));
        // a bracket that is not a reporter credit stays in the body
        assertEquals("新华社北京3月5日电".length(), LinePatterns.datelineLength("新华社北京3月5日电（2025年）政府工作报告"));
    }

    @Test
    void commentaryBylinesAreNotPhotoCredits() {
        assertTrue(LinePatterns.isCommentaryByline("本报评论员"));
        assertTrue(LinePatterns.isCommentaryByline("特约评论员 王强"));
        assertFalse(LinePatterns.isCommentaryByline("本报记者 张洁 吴兆旭"));
    }

    @Test
    void bylinesWithAndWithoutMark() {
        assertTrue(LinePatterns.isMark("■ 本报记者 刘敏"));
        assertTrue(LinePatterns.isByline("本报通讯员 杨坤"));
        assertTrue(LinePatterns.isByline("本报记者 赵宗锋"));
        assertTrue(LinePatterns.isByline("高新区党工委书记、管委会主任 张亚"));
        assertFalse(LinePatterns.isByline("市委常委会召开2025年度民主生活会"));
        assertFalse(LinePatterns.isByline("记者从市科技局获悉，2024年"));
    }

    @Test
    void furnitureLines() {
        assertTrue(LinePatterns.isStaff("值班编委:朱海波 值班审核:张洁"));
        assertTrue(LinePatterns.isIndexHeading("今日导读"));
        assertTrue(LinePatterns.isIndexPage("第3-5版"));
        assertTrue(LinePatterns.isColumn("两会新观察 ③"));
        assertTrue(LinePatterns.isColumn("编 者 按"));
        assertFalse(LinePatterns.isColumn("省政协调研组来聊调研"));
        assertTrue(LinePatterns.isSeriesTitle("学习贯彻党的二十届三中全会精神·抓学习话落实"));
        assertTrue(LinePatterns.isEnumerated("(一)忆往昔,聊城工业"));
        assertEquals(8, LinePatterns.jumpPage("（下 转 第 8 版）"));
    }

    @Test
    void jumpRuleReadsArabicAndChineseNumerals() {
        Map.of("履职工作质效。 （下转第8版）", 8, "（下转第八版）", 8, "(下转第十二版)", 12, "详细报道见第五版", 5)
                .forEach((line, page) -> assertEquals(page, LinePatterns.jumpPage(line), line));
        assertEquals("履职工作质效。", LinePatterns.withoutJump("履职工作质效。 （下转第八版）"));
        assertNull(LinePatterns.jumpPage("（上接第1版）"));
        assertNull(LinePatterns.jumpPage("转变作风"));
    }

    @Test
    void jumpRuleKeepsThePrintedWording() {
        // dev lywb-e1-p1 line 69 (a teaser), line 18 (a story's jump); seed 003 line 9; corpus "转第10版"
        assertEquals(new LinePatterns.Jump(2, "详见第2版"), LinePatterns.jump("详见第2版"));
        assertEquals(new LinePatterns.Jump(3, "（下转第3版）"), LinePatterns.jump("（下 转 第 3 版）"));
        assertEquals(new LinePatterns.Jump(8, "详细报道见第8版"), LinePatterns.jump("详细报道见第8版"));
        assertEquals(new LinePatterns.Jump(10, "转第10版"), LinePatterns.jump("大火 转第10版"));
        assertEquals("大火", LinePatterns.withoutJump("大火 转第10版"));
        assertNull(LinePatterns.jump("详见附件"));
    }

    @Test
    void continuationRuleReadsUpperMarkersWithArabicAndChineseNumerals() {
        Map.of("（上接第1版）", 1, "上接第一版", 1, "(上接第8版)", 8, "（上 接 第 一 版）", 1, "（上接第二十版）", 20,
                "（上接第九十九版）", 99).forEach((line, page) -> assertEquals(page, LinePatterns.continuedFromPage(line), line));
        assertEquals("本报讯（记者 林晨）", LinePatterns.withoutContinuedFrom("（上接第一版）本报讯（记者 林晨）"));
        assertNull(LinePatterns.continuedFromPage("（下转第8版）"));
        assertNull(LinePatterns.continuedFromPage("接续奋斗"));
    }

    @Test
    void pageNumbersFromOneToNinetyNine() {
        Map.of("一", 1, "九", 9, "十", 10, "十一", 11, "三十", 30, "四十七", 47, "16", 16)
                .forEach((printed, page) -> assertEquals(page, LinePatterns.pageNumber(printed), printed));
    }

    @Test
    void bylinesOfManyPapers() {
        for (String line : List.of("记者 李涛 通讯员 田英杰", "见习记者 连漪 文/图", "湖南日报全媒体记者 田燕", "快报记者 马晶晶",
                "通讯员 刘厚珉 摄", "全媒体记者 王建成 文/图", "YMG全媒体记者 于哲", "（郭茂让 周佳佳）", "（卢 鸣）",
                "（全媒体记者 王建成）", "（张骞/文 张梦珠/图）", "（本报记者）", "（通讯员孙春影 全媒体记者汤 珏）")) {
            assertTrue(LinePatterns.isByline(line), line);
        }
        for (String line : List.of("（上）", "（一二三四五六七八九十）", "记者从市教育局获悉，今年全市新建学校12所。",
                "（图片新闻）是本报的栏目")) {
            assertFalse(LinePatterns.isByline(line), line);
        }
    }

    @Test
    void datelinesOfManyPapers() {
        assertEquals("本报杭州3月2日讯 （记者 何苏鸣 通讯员 臧丛林）".length(),
                LinePatterns.datelineLength("本报杭州3月2日讯 （记者 何苏鸣 通讯员 臧丛林） 昨天"));
        assertEquals("本报海宁9月28日电".length(), LinePatterns.datelineLength("本报海宁9月28日电 嘉兴"));
        assertEquals("本报讯（方建兵）".length(), LinePatterns.datelineLength("本报讯（方建兵）近日，"));
        assertEquals("本报讯 记者徐颢报道".length(), LinePatterns.datelineLength("本报讯 记者徐颢报道 近日，"));
        assertEquals("海都讯".length(), LinePatterns.datelineLength("海都讯 昨日，"));
        assertEquals("信阳消息（王长江）".length(), LinePatterns.datelineLength("信阳消息（王长江）近日，"));
        assertEquals("据《京九晚报》".length(), LinePatterns.datelineLength("据《京九晚报》11月12日"));
        assertEquals(0, LinePatterns.datelineLength("喜讯传来，全村沸腾。"));
        assertEquals(0, LinePatterns.datelineLength("本报通讯员 杨坤"));
    }

    @Test
    void aTriangleMarksABylineToo() {
        assertTrue(LinePatterns.isMark("▲（卢 鸣）"));
        assertTrue(LinePatterns.isMark("□据《京九晚报》 11月12日"));
    }

    @Test
    void aNameAloneBeforeSheIsAPhotoCredit() {
        assertTrue(LinePatterns.isPhotoCredit("殷小晴摄"));
        assertTrue(LinePatterns.isPhotoCredit("常延东 摄"));
        assertFalse(LinePatterns.isPhotoCredit("他们在现场拍摄"));
    }

    @Test
    void radicalFormsThatMutoolPrintsAreReadAsIdeographs() {
        assertTrue(LinePatterns.isPageFurniture("2023年2⽉16⽇星期四"));
        assertEquals("本报讯（记者 王⻓江）".length(), LinePatterns.datelineLength("本报讯（记者 王⻓江） 近⽇，"));
    }

    @Test
    void aMarkerGlyphPrintedAsALetterBeforeABylineIsNoText() {
        assertTrue(LinePatterns.isByline("N本报记者 李思玲"));
        assertTrue(LinePatterns.isByline("N海都记者 陈燕燕"));
        assertFalse(LinePatterns.isByline("N年以来，全市经济稳步增长"));
    }
}
