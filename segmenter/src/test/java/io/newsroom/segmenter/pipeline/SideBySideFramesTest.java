package io.newsroom.segmenter.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of side-by-side frames joined by a position-sorting extractor (dev pages, PDFBox sorted by position). */
class SideBySideFramesTest {

    /** dev shfzb-p01, pdfbox-sorted: four columns of one story, joined line by line. */
    private static final String SORTED_PAGE = """
            老人中秋当日走失 家人苦寻无果
            杨浦警方帮助一家人团聚
            □ 记者 王葳然 顿时慌了神，在周边街道反复 半小时后，民警发现陈老伯步 经过近一个小时的搜寻，
            本报讯　中秋盼团圆，然 寻找，然而找了两个小时却始 履蹒跚地走进了附近的“文化 警民携手终于在一处僻静的小
            而，在这个节日里，市民徐阿 终不见陈老伯踪影。无奈之 佳园”小区，之后再未出现。 路旁，发现了仍在缓慢行走的
            婆一家却经历了揪心的“寻人 下，徐阿婆向警方求助。 “阿姨您好，请问有没有 陈老伯。老人神情茫然，步履
            记”。10月6日中秋节上午， 接到求助后，杨浦公安分 这位穿蓝色上衣、头发花白的 疲惫，所幸身体并无大碍。当
            患有阿尔兹海默症的陈老伯不 局长海路派出所民警迅速响 老伯？”“师傅，这位老先生 得知老伴被找到，徐阿婆连声
            慎从家中走失。 应，第一时间与徐阿婆沟通， 您有印象吗？”……所内民警 道谢。
            据悉，中秋当天上午，陈 详细了解老人的体貌特征与可 王沛祺立即赶到小区询问排
            老伯独自一人从家中出走。由 能去向，随后调取沿途的公共 查，不断有小区居民主动加入
            于其记忆力严重衰退，一家人 视频，仔细追踪老人的轨迹。 寻找的行列。
            值班编委：金峰 值班审核：程萍勇 责编：郑宇晨 版式：蒋帆鹏 校对：金兰
            """;

    @Test
    void aLineIsCutBetweenWideCharactersIntoItsColumns() {
        assertEquals(List.of("【市民反映】昨日，蔡先生打", "堵的正是该路的东侧路口。记者看", "通往金牛山公园、江滨西大道等，"),
                SideBySideFrames.pieces("【市民反映】昨日，蔡先生打 堵的正是该路的东侧路口。记者看 通往金牛山公园、江滨西大道等，"));
    }

    @Test
    void aSpaceNextToADigitIsSpacingInsideAColumn() {
        assertEquals(List.of("汤 珏） 量 1552.6亿斤、占全国 11."),
                SideBySideFrames.pieces("汤 珏） 量 1552.6亿斤、占全国 11."));
    }

    @Test
    void namesStayOnePieceAndADatelineHeadStaysWithItsText() {
        assertEquals(List.of("N本报记者 苏燕梅 林丹 实习生 黄", "记者在小区采访时，一位业主", "辉物业退出的当天，居委会已派出"),
                SideBySideFrames.pieces("N本报记者 苏燕梅 林丹 实习生 黄 记者在小区采访时，一位业主 辉物业退出的当天，居委会已派出"));
        assertEquals(List.of("海都讯 近日，一位市民向海", "沿着台阶，翻过了围墙。"),
                SideBySideFrames.pieces("海都讯 近日，一位市民向海 沿着台阶，翻过了围墙。"));
    }

    @Test
    void theStaffLineAndAHeadlineCoupletStayWhole() {
        String staff = "值班编委：覃文鑫　值班审核：汤杰梅　责任编辑：叶慧斌　美编：侯旭";
        assertEquals(List.of(staff), SideBySideFrames.pieces(staff));
        assertEquals(List.of("物业公司撤走 小区垃圾成山"), SideBySideFrames.pieces("物业公司撤走 小区垃圾成山"));
    }

    @Test
    void eachColumnComesOutWholeWithTheNumbersOfItsLines() {
        List<SideBySideFrames.SourceLine> lines = SideBySideFrames.separate(TextNormalizer.normalize(SORTED_PAGE));
        List<String> first = column(lines, "本报讯 中秋盼团圆，然");
        assertEquals(List.of("本报讯 中秋盼团圆，然", "而，在这个节日里，市民徐阿", "婆一家却经历了揪心的“寻人",
                "记”。10月6日中秋节上午，", "患有阿尔兹海默症的陈老伯不", "慎从家中走失。", "据悉，中秋当天上午，陈",
                "老伯独自一人从家中出走。由", "于其记忆力严重衰退，一家人"), first);
        assertEquals(List.of("顿时慌了神，在周边街道反复", "寻找，然而找了两个小时却始", "终不见陈老伯踪影。无奈之",
                "下，徐阿婆向警方求助。", "接到求助后，杨浦公安分", "局长海路派出所民警迅速响", "应，第一时间与徐阿婆沟通，",
                "详细了解老人的体貌特征与可", "能去向，随后调取沿途的公共", "视频，仔细追踪老人的轨迹。"),
                column(lines, "顿时慌了神，在周边街道反复"));
        SideBySideFrames.SourceLine dateline = lines.stream().filter(l -> l.raw().startsWith("本报讯")).findFirst()
                .orElseThrow();
        assertEquals(4, dateline.number(), "a piece keeps the number of the line it was cut from");
    }

    @Test
    void aPageOfOneColumnPerLinePassesUnchanged() {
        String page = "第3版\n九月份重点项目集中开工仪式举\n行\n（郭茂让 周佳佳）\n本报讯　明光市近日举行\n";
        List<SideBySideFrames.SourceLine> lines = SideBySideFrames.separate(page);
        assertEquals(6, lines.size());
        assertEquals("（郭茂让 周佳佳）", lines.get(3).raw());
        assertEquals(4, lines.get(3).number());
    }

    /** The lines of the stream that starts with {@code first}, up to the next blank line. */
    private static List<String> column(List<SideBySideFrames.SourceLine> lines, String first) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (SideBySideFrames.SourceLine l : lines) {
            if (l.raw().equals(first)) {
                in = true;
            } else if (in && l.raw().isBlank()) {
                break;
            }
            if (in) {
                out.add(l.raw());
            }
        }
        return out;
    }
}
