package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockBuilderTest {

    private static List<Block> build(String text) {
        return BlockBuilder.build(LineSplitter.split(text));
    }

    private static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    @Test
    void aBlankLineMidSentenceIsAColumnBreak() {
        List<Block> blocks = build("“今年，阳谷县将以‘事争一流、唯\n旗是夺’的进取精神，坚持和深化市委\n\n‘6293’工作思路，以深化作风建设为\n保障。");
        assertEquals(List.of(BlockKind.PROSE), kinds(blocks));
        assertEquals(4, blocks.get(0).lines().size());
    }

    @Test
    void aMarkedBylineBrokenMidWordTakesItsLastWordsButACreditStaysWhole() {
        // dev hxdsb-e1-p4 pdftotext; dev lyrb-p07 mutool
        List<Block> byline = build("▲N本报记者 陈钟兰 王浩志 实习\n生 施德翔 文/图\n【市民反映】昨日，蔡先生打");
        assertEquals(BlockKind.MARK, byline.get(0).kind());
        assertEquals(2, byline.get(0).lines().size());
        List<Block> credit = build("■ 记者 李卫超 摄\n综合\n本报讯 第29届牡丹");
        assertEquals(1, credit.get(0).lines().size());
    }

    @Test
    void aBlankLineAfterASentenceEndSeparatesBlocks() {
        assertEquals(2, build("注入源源不断的强劲动力。\n\n阿伦·帕利克感谢聊城市的热情友好接待，").size());
    }

    @Test
    void markJumpAndStaffLinesStandAlone() {
        List<Block> blocks = build("■ 本 报 记 者 夏旭光\n本报通讯员 杨坤\n\n正文第一句。\n（下转第7版）\n值班编委:朱海波 责编:王博");
        assertEquals(List.of(BlockKind.MARK, BlockKind.PROSE, BlockKind.JUMP, BlockKind.STAFF), kinds(blocks));
        assertEquals(2, blocks.get(0).lines().size());
    }

    @Test
    void headlineLinesAreShortWithoutSentencePunctuation() {
        assertTrue(BlockBuilder.isHeadLine("省政协调研组来聊调研", true));
        assertTrue(BlockBuilder.isHeadLine("建设“制造业基地”：我们敢不敢做动能转换的“挑山工”？", true));
        assertTrue(BlockBuilder.isHeadLine("栽好梧桐引凤栖：", false));
        assertFalse(BlockBuilder.isHeadLine("栽好梧桐引凤栖：", true));
        assertFalse(BlockBuilder.isHeadLine("水深则鱼悦，城强则贾兴。", true));
        assertTrue(BlockBuilder.isHeadLine("——访市政府党组成员，开发区党工委书记、管委会主任贾鹏柱", true));
    }

    @Test
    void kickerAndTwoLineHeadlineFormOneGroupButAFrameStartSplits() {
        List<Block> blocks = build("李长萍带队开展巡林活动\n\n落 实 落 细 林 长 制\n不断厚植绿色底色\n 乘着时代大潮奋楫前行\n——记习近平总书记同代表委员共商推进中国式\n\n现代化大计");
        assertEquals(List.of(BlockKind.HEAD, BlockKind.HEAD), kinds(blocks));
        assertEquals(2, blocks.get(0).parts().size());
        assertEquals(3, blocks.get(1).lines().size());
    }

    @Test
    void aFullTwoLineHeadlineDoesNotTakeTheNextGroup() {
        List<Block> blocks = build("市政府常务会议召开\n研究招商引资、就业、培育发展新质生产力等工作\n\n数智赋能 创新前行\n——探寻聊城数字经济高质量发展密码");
        assertEquals(2, blocks.size());
    }

    @Test
    void aLoneLineCutByAColumnBreakIsText() {
        List<Block> blocks = build("共同繁荣发展。\n\n在深化改革开放上展现新担当新\n\n作为。近年来，阳谷县全面落实中央\n改革部署。");
        assertEquals(List.of(BlockKind.PROSE, BlockKind.PROSE), kinds(blocks));
        assertEquals(3, blocks.get(1).lines().size());
    }

    @Test
    void aBylineOverItsBodyStandsAloneAndABracketedBylineMayWrap() {
        List<Block> blocks = build("（郭茂让 周佳佳）\n本报讯 明光市近日举行\n9月份重点项目集中开工。\n\n（通讯员孙春影 全媒体记者\n汤 珏）\n为进一步提高社区居民讲\n清洁的意识。");
        assertEquals(List.of(BlockKind.BYLINE, BlockKind.PROSE, BlockKind.BYLINE, BlockKind.PROSE), kinds(blocks));
        assertEquals(2, blocks.get(2).lines().size());
    }

    @Test
    void aSentenceEndWhereTheColumnWidthChangesStartsAnotherFrame() {
        String story = "近年来，我县高度重视造林绿化工\n作，坚持以生态武陟为核心，着\n力打造魅力武陟。截至目前，全县\n获得了全国林业站建设合格县称号。\n";
        String caption = "12月16日8时许，随着武陟县人武部组织的\n一台大型挖掘机下到该县小董乡陶村高陶涝\n河源头开挖，打响了我市引黄入焦工程的第\n一枪，陆续开始动工。";
        List<Block> blocks = build(story + caption);
        assertEquals(2, blocks.size());
        assertEquals(4, blocks.get(0).lines().size());
        // the same widths throughout: one block
        assertEquals(1, build(story + story).size());
    }

    @Test
    void aRunOfHeadlineFramesIsCutIntoGroups() {
        List<List<PageLine>> groups = BlockBuilder.headlineGroups(LineSplitter.split(
                "找出制约症结 提出发展建\n议\n新华网载文：\n洛阳牡丹成\n中国“名\n片”\n市人大代表政协委员察看我市公交设施\n老城区历\n史文化\n街区亟待\n整治"));
        assertEquals(List.of(2, 4, 1, 4), groups.stream().map(List::size).toList());
    }

    @Test
    void headlineLinesOverADatelineOrInLargerTypeOpenTheirBlock() {
        assertEquals(List.of(BlockKind.HEAD, BlockKind.PROSE),
                kinds(build("扭起秧歌闹新春\n本报讯（记者 崔东） 2月5日，宝塔区\n举行秧歌展演，吸引众多市民观看。")));
        assertEquals(List.of(BlockKind.HEAD, BlockKind.PROSE),
                kinds(build("黄土高原苹果\n之乡迎来销售\n连日来，洛川县的果农们忙着\n采摘、分拣、装箱，销往全国\n各地的苹果供不应求。")));
    }

    @Test
    void aHeadlineRunIntoTheTextBeforeABylineIsSplitOff() {
        List<Block> blocks = build("明光市近日举行9月份重点项\n目集中开工暨安徽大杉新材料\n领域。其中工业项目8个，总\n“全国助残日”活动精彩\n纷呈\n▲（卢 鸣）\n本报讯 为着力保障和改善残疾人民生。");
        assertEquals(List.of(BlockKind.PROSE, BlockKind.HEAD, BlockKind.MARK, BlockKind.PROSE), kinds(blocks));
        assertEquals("“全国助残日”活动精彩", blocks.get(1).first().text());
    }

    @Test
    void aHeadlineNarrowerThanTheTextIsNoColumnBreak() {
        List<Block> blocks = build("每天上午9:00-11:00，下午3:00-4:30，都\n\n春节出游 文明应\n与美景相伴\n\n\n有身穿黄色马甲的志愿者在\n此值班，为来往居民服务。");
        assertEquals(List.of(BlockKind.PROSE, BlockKind.HEAD, BlockKind.PROSE), kinds(blocks));
    }

    @Test
    void aDatelineInsideRunningTextStartsABlock() {
        assertEquals(2, build("在拆除这块标志牌后，周边环境得到了改观。\n本报讯（记者 陈曦） 上月26日，本报以\n《标志牌》为题作了报道。").size());
    }

    @Test
    void namesWrappedUnderAMarkedRoleStayWithTheByline() {
        List<Block> blocks = build("▲ 文/图 记者\n周东伦\n一场突如其来的疫情，\n不能阻挡春天的脚步。");
        assertEquals(List.of(BlockKind.MARK, BlockKind.PROSE), kinds(blocks));
        assertEquals(2, blocks.get(0).lines().size());
        List<Block> bracket = build("■（郭茂让 周佳\n佳）\n本报讯 明光市近日举\n行开工仪式。");
        assertEquals(List.of(BlockKind.MARK, BlockKind.PROSE), kinds(bracket));
        assertEquals(2, bracket.get(0).lines().size());
    }
}
