package io.newsroom.segmenter;

import io.newsroom.contract.ItemType;
import io.newsroom.contract.SegmentedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Robustness cases of issue 2 and whole-page checks on the seeds without gold (002, 003). */
class PageSegmenterTest {

    private final PageSegmenter segmenter = new PageSegmenter();

    private static String body(SegmentedPage page) {
        StringBuilder b = new StringBuilder();
        page.items().forEach(it -> it.paragraphs().forEach(b::append));
        return b.toString();
    }

    @Test
    void emptyAndWhitespaceOnlyPagesGiveNoItems() {
        assertTrue(segmenter.segment("").items().isEmpty());
        assertTrue(segmenter.segment(" \n\t\n\u3000\u3000\r\n").items().isEmpty());
    }

    @Test
    void crlfCrTabsFullWidthSpacesAndControlCharactersGiveTheSameItemsAsCleanText() {
        String clean = "本报讯（记者 刘志耀）3月11日下午，省政协副主席张新文带领\n调研组来我市调研。\n\n省政协调研组来聊调研\n";
        String dirty = "\uFEFF本报讯\u3000（记者\t刘志耀）3月11日下午，省政协副主席\u0000张新文带领\r\n调研组来我市调研。\r\r\n省政协调研组来聊调研\r";
        SegmentedItem a = segmenter.segment(clean).items().get(0);
        SegmentedItem b = segmenter.segment(dirty).items().get(0);
        assertEquals(a.headline(), b.headline());
        assertEquals(a.paragraphs(), b.paragraphs());
        assertEquals("本报讯（记者 刘志耀）", b.dateline());
    }

    @Test
    void aPageOfOnlyHeadlinesGivesTeasers() {
        SegmentedPage page = segmenter.segment(" 擦亮新时代党的建设“金色名片”\n 经营者承诺参与即受约束\n\n我市构建消费者快捷维权“朋友圈”\n");
        assertEquals(2, page.items().size());
        page.items().forEach(it -> assertEquals(ItemType.TEASER, it.type()));
        assertEquals("经营者承诺参与即受约束", page.items().get(1).kicker());
    }

    @Test
    void aContinuedArticleKnowsBothPagesAndKeepsNeitherMarkerInItsText() {
        String page = "（上接第一版）\n本报讯（记者 林晨）3月24日，记者从市科技局获悉，全市技术合同成交额\n"
                + "再创新高。 （下转第八版）\n\n科技大市场建设提速\n";
        SegmentedItem item = segmenter.segment(page).items().get(0);
        assertEquals(1, item.continuedFromPage());
        assertEquals(8, item.continuesOnPage());
        assertEquals("（下转第八版）", item.jumpText());
        assertEquals("科技大市场建设提速", item.headline());
        assertEquals("本报讯（记者 林晨）", item.dateline());
        assertEquals(List.of("3月24日，记者从市科技局获悉，全市技术合同成交额再创新高。"), item.paragraphs());
    }

    @Test
    void aSingleLineOf200000CharactersIsKeptWhole() {
        String line = "聊城市高度重视与包括密克罗尼西亚联邦在内的太平洋岛国地区的交流合作，".repeat(200_000 / 34 + 1).substring(0, 200_000);
        SegmentedPage page = segmenter.segment(line);
        assertEquals(1, page.items().size());
        assertEquals(200_000, body(page).length());
    }

    @Test
    void aFiveMegabytePageKeepsEveryCharacter() {
        String seed = Seeds.page(Seeds.NAMES.get(0));
        StringBuilder big = new StringBuilder();
        while (big.length() < 5 * 1024 * 1024 / 3) {
            big.append(seed);
        }
        SegmentedPage page = segmenter.segment(big.toString());
        int copies = big.length() / seed.length();
        SegmentedPage one = segmenter.segment(seed);
        // a copy's closing teaser may head the next copy's headline-less first article
        assertTrue(page.items().size() >= copies * (one.items().size() - 1));
        assertEquals(copies * body(one).length(), body(page).length());
    }

    @Test
    void seed002HasItsColumnCrossheadsJumpsAndEditorialNote() {
        List<SegmentedItem> items = segmenter.segment(Seeds.page("002_b6add583ffbc5398.txt")).items();
        SegmentedItem first = items.get(0);
        assertEquals("学习贯彻党的二十届三中全会精神·抓学习话落实", first.column());
        assertNull(first.headline());
        assertEquals("本报记者 贾新伟 本报通讯员 冉令军 张广玉", first.byline());
        assertEquals(2, first.crossheads().size());
        assertEquals(8, first.continuesOnPage());
        SegmentedItem last = items.get(items.size() - 1);
        assertEquals("编者按", last.column());
        assertEquals("本报评论员", last.byline());
        assertEquals("——一论学习贯彻市委十四届七次全会精神", last.subheadline());
        assertTrue(items.stream().anyMatch(it -> it.type() == ItemType.TEASER && it.headline().startsWith("中共中央 国务院")));
        assertTrue(items.stream().anyMatch(it -> "阳谷县委书记 彭志国".equals(it.byline()) && it.continuesOnPage() == 7));
    }

    @Test
    void seed003PutsHeadlinesBeforeBodies() {
        List<SegmentedItem> items = segmenter.segment(Seeds.page("003_ad29c2c3119cad9b.txt")).items();
        assertEquals(ItemType.TEASER, items.get(0).type());
        assertEquals(8, items.get(0).continuesOnPage());
        assertEquals("市委常委会召开2025年度民主生活会", items.get(1).headline());
        assertEquals("本报讯(记者 赵宗锋 杨光)", items.get(1).dateline());
        assertEquals("张百顺主持召开2025年度市政府党组民主生活会征求意见座谈会", items.get(2).headline());
        assertTrue(items.stream().anyMatch(it -> it.type() == ItemType.INDEX));
        assertTrue(items.stream().anyMatch(it -> it.type() == ItemType.STAFF));
        assertTrue(items.stream().anyMatch(it -> "两会新观察 ③".equals(it.column()) && it.crossheads().size() == 3));
    }

    @Test
    void everyItemHasSourceLinesInsideThePageAndAConfidence() {
        for (String name : Seeds.NAMES) {
            SegmentedPage page = segmenter.segment(Seeds.page(name));
            for (SegmentedItem it : page.items()) {
                assertTrue(!it.sourceLines().isEmpty(), name);
                it.sourceLines().forEach(r -> assertTrue(r.last() <= page.lineCount(), name));
                assertTrue(it.confidence() >= 0 && it.confidence() <= 1, name);
            }
        }
    }
}
