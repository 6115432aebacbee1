package io.newsroom.segmenter.pipeline;

import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import io.newsroom.contract.SegmentedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemAssemblerTest {

    private static List<SegmentedItem> items(String text, boolean onePerLine) {
        return ItemAssembler.assemble(BlockBuilder.build(LineSplitter.split(text)), onePerLine);
    }

    @Test
    void hardWrappedHeadlineFollowsItsBodyAndTheDatelineIsTakenOff() {
        List<SegmentedItem> items = items("本报讯（记者 刘志耀）3月11日下午，省政协副主席张新文带领\n调研组来我市调研。\n\n省政协调研组来聊调研\n", false);
        assertEquals(1, items.size());
        SegmentedItem it = items.get(0);
        assertEquals("省政协调研组来聊调研", it.headline());
        assertEquals("本报讯（记者 刘志耀）", it.dateline());
        assertEquals(List.of("3月11日下午，省政协副主席张新文带领调研组来我市调研。"), it.paragraphs());
        assertEquals(List.of(new LineRange(1, 2), new LineRange(4, 4)), it.sourceLines());
    }

    @Test
    void aShortCaptionBeforeAMarkIsAPhotoAndTheNextMarkIsAByline() {
        List<SegmentedItem> items = items(" 3月23日，在冠县纺织项目\n现场，工作人员在忙碌。\n\n■ 本报记者 田柏林\n\n■ 本 报 记 者 夏旭光\n"
                + "本报通讯员 杨坤\n\n“今年，阳谷县将以进取精神\n推进工作。”\n\n全力争创先行区\n", false);
        assertEquals(2, items.size());
        assertEquals(ItemType.PHOTO, items.get(0).type());
        assertEquals("3月23日，在冠县纺织项目现场，工作人员在忙碌。", items.get(0).photos().get(0).caption());
        assertEquals("本报记者 田柏林", items.get(0).photos().get(0).credit());
        assertEquals("本报记者 夏旭光 本报通讯员 杨坤", items.get(1).byline());
        assertEquals("全力争创先行区", items.get(1).headline());
    }

    @Test
    void aNoteSignedByACommentatorIsNotACaption() {
        List<SegmentedItem> items = items(" 编 者 按\n\n今天起，本报开设专栏，敬请关注。\n\n■ 本报评论员\n\n"
                + "春天是播种的季节，也是奋斗的季\n节。\n\n以只争朝夕的精神奋进新征程\n", false);
        assertEquals(2, items.size());
        assertEquals(ItemType.ARTICLE, items.get(0).type());
        assertEquals("编者按", items.get(0).column());
        assertEquals(List.of("今天起，本报开设专栏，敬请关注。"), items.get(0).paragraphs());
        assertEquals("本报评论员", items.get(1).byline());
        assertEquals("以只争朝夕的精神奋进新征程", items.get(1).headline());
    }

    @Test
    void onePerLineACreditAfterABodyEndsACaptionThatIsItsLastParagraph() {
        List<SegmentedItem> items = items("老年人如何跨越数字鸿沟?\n\n据新华社北京3月11日电 工业和信息化部11日表示,将推进适老化改造。\n\n"
                + "3月11日,在茌平区一家企业,工人正在赶制订单。\n\n■ 本报记者 李静\n\n凝心聚力建设现代化强市\n\n"
                + "本报记者 周磊\n\n全国两会胜利闭幕后,我市迅速掀起学习热潮。\n", true);
        assertEquals(List.of(ItemType.ARTICLE, ItemType.PHOTO, ItemType.ARTICLE),
                items.stream().map(SegmentedItem::type).toList());
        assertEquals(List.of("工业和信息化部11日表示,将推进适老化改造。"), items.get(0).paragraphs());
        assertEquals("3月11日,在茌平区一家企业,工人正在赶制订单。", items.get(1).photos().get(0).caption());
        assertEquals("本报记者 李静", items.get(1).photos().get(0).credit());
        assertEquals("本报记者 周磊", items.get(2).byline());
    }

    @Test
    void aBodyWithoutHeadlineIsFlaggedAndAHeadlineWithoutBodyIsATeaser() {
        List<SegmentedItem> items = items(" 本报讯（记者 赵宗锋）3月24日，代表团来聊访问。\n 擦亮新时代党的建设“金色名片”\n", false);
        assertEquals(2, items.size());
        assertNull(items.get(0).headline());
        assertTrue(items.get(0).flags().contains(Flag.HEADLINE_MISSING));
        assertEquals(ItemType.TEASER, items.get(1).type());
        assertEquals("擦亮新时代党的建设“金色名片”", items.get(1).headline());
        // a teaser names the page its story is on; without one it is a headline whose body was not found
        assertEquals(List.of(Flag.ORPHAN_TEXT), items.get(1).flags());
        assertTrue(items.get(1).confidence() < 0.6);
    }

    @Test
    void aCrossheadBetweenTwoBlocksOfOneBodyIsKeptInPlace() {
        List<SegmentedItem> items = items("■ 本报记者 贾新伟\n\n招商引资，是经济发展的源头活水。\n\n以商招商\n厚植持续发展新优势\n\n“目前，项目主体的施工已全部完成。”\n", false);
        assertEquals(1, items.size());
        assertEquals(List.of("以商招商 厚植持续发展新优势"), items.get(0).crossheads());
        assertEquals(3, items.get(0).paragraphs().size());
        assertEquals("以商招商 厚植持续发展新优势", items.get(0).paragraphs().get(1));
    }

    @Test
    void onePerLinePagesPutHeadlinesBeforeBodiesWithColumnBylineAndJumps() {
        List<SegmentedItem> items = items("神州大地清风劲\n\n——2025年作风建设综述\n\n详细报道见第8版\n\n建设制造业基地\n\n两会新观察 ③\n\n本报记者 赵宗锋\n\n"
                + "提到聊城制造,你会想到什么?是轴承的精密严谨。\n\n(一)忆往昔,聊城工业敢闯敢转\n\n聊城的工业史,就是一部奋斗史。\n", true);
        assertEquals(2, items.size());
        assertEquals(ItemType.TEASER, items.get(0).type());
        assertEquals(8, items.get(0).continuesOnPage());
        assertEquals(List.of(), items.get(0).flags());
        SegmentedItem article = items.get(1);
        assertEquals("建设制造业基地", article.headline());
        assertEquals("两会新观察 ③", article.column());
        assertEquals("本报记者 赵宗锋", article.byline());
        assertEquals(List.of("(一)忆往昔,聊城工业敢闯敢转"), article.crossheads());
    }

    @Test
    void indexBoxAndStaffLine() {
        List<SegmentedItem> items = items("今日导读\n\n理论周刊\n\n聚力建设现代化城市\n\n第3-5版\n\n值班编委:朱海波 责编:王博 邹越\n", true);
        assertEquals(List.of(ItemType.INDEX, ItemType.STAFF), items.stream().map(SegmentedItem::type).toList());
        assertEquals(List.of("今日导读", "理论周刊", "聚力建设现代化城市", "第3-5版"), items.get(0).paragraphs());
        assertEquals(List.of("值班编委:朱海波 责编:王博 邹越"), items.get(1).paragraphs());
        assertTrue(items.get(0).confidence() < 0.6, "an index box is checked by the editor");
        assertTrue(items.get(1).confidence() > 0.6);
    }

    @Test
    void textThatFitsNowhereIsKeptAsAnOrphan() {
        List<SegmentedItem> items = items("■ 本报记者 刘敏\n", false);
        assertEquals(1, items.size());
        assertEquals(List.of(Flag.ORPHAN_TEXT), items.get(0).flags());
        assertEquals(List.of("本报记者 刘敏"), items.get(0).paragraphs());
    }

    @Test
    void aStorysColumnPrintedAfterAnotherStoryIsThreadedBackAndHeadlinesGoByWhatTheyRepeat() {
        // dev czrb-p03 as pdftotext reads it: story 1's third column comes after story 2 and story 2's headline
        String page = "九月份重点项目集中开工仪式举行\n\n（郭茂让 周佳佳）\n本报讯 明光市近日举行\n9月份重点项目集中开工暨安\n徽大杉新材料项目开工仪式。\n今年以来，该市抢抓长三\n\n"
                + "▲（卢 鸣）\n本报讯 为着力保障和改\n善残疾人民生，天长市残联围\n绕全国助残日开展了精彩纷呈\n的助残活动。\n\n“全国助残日”活动精彩\n纷呈\n\n"
                + "角一体化发展等国家战略叠加\n机遇，一批高质量工业项目\n落户明光。\n";
        List<SegmentedItem> items = items(page, false);
        assertEquals(2, items.size());
        assertEquals("九月份重点项目集中开工仪式举行", items.get(0).headline());
        assertTrue(items.get(0).paragraphs().get(items.get(0).paragraphs().size() - 1).endsWith("今年以来，该市抢抓长三角一体化发展等国家战略叠加机遇，一批高质量工业项目落户明光。"));
        assertEquals("“全国助残日”活动精彩纷呈", items.get(1).headline().replace(" ", ""));
        assertEquals("（卢 鸣）", items.get(1).byline());
    }

    @Test
    void aPhotoWithAHeadlineIsPhotoNewsAndASeveralParagraphCaptionIsReportedForReview() {
        List<SegmentedItem> news = items("来公益冰场“撒欢儿”\n\n近日，在哈尔滨市道里区体育公园，市民在公益冰场上滑冰。\n本报记者 苏强摄\n", false);
        assertEquals(1, news.size());
        assertEquals(ItemType.ARTICLE, news.get(0).type());
        assertEquals("来公益冰场“撒欢儿”", news.get(0).headline());
        assertEquals("本报记者 苏强摄", news.get(0).photos().get(0).credit());
        assertEquals(List.of(), news.get(0).paragraphs());

        List<SegmentedItem> two = items("3月11日，黄河水通过引黄闸进入干渠。\n\n当前引水流量116立方米每秒。\n■ 本报记者 张洁\n", false);
        assertEquals(ItemType.PHOTO, two.get(0).type());
        assertTrue(two.get(0).confidence() < 0.6);
        List<SegmentedItem> one = items("3月11日，黄河水通过引黄闸进入干渠。\n■ 本报记者 张洁\n", false);
        assertTrue(one.get(0).confidence() > 0.6);
    }

    @Test
    void aStoryWithoutDatelineAndBylineOrStartingMidSentenceIsReportedForReview() {
        assertTrue(items("记者汤珏）为进一步提高社区居民讲清洁、爱卫生的意识，志愿者开展创卫活动。\n\n志愿服务在社区\n", false)
                .get(0).confidence() < 0.6);
        assertTrue(items("志愿者开展创卫活动，清理卫生死角。\n\n志愿服务在社区\n", false).get(0).confidence() < 0.6);
        assertTrue(items("本报讯 志愿者开展创卫活动，清理卫生死角。\n\n志愿服务在社区\n", false).get(0).confidence() > 0.6);
        assertTrue(ItemAssembler.opensMidSentence(List.of("，清理卫生死角。")));
        assertTrue(ItemAssembler.opensMidSentence(List.of("佳）为进一步提高")));
        assertTrue(!ItemAssembler.opensMidSentence(List.of("（记者 王五）为进一步提高")));
    }
}
