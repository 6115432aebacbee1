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
}
