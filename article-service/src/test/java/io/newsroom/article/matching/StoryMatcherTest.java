package io.newsroom.article.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The matcher's rule on small literal pages: Dice on bigrams, the threshold, one-to-one best-first, tie-breaks. */
class StoryMatcherTest {

    private static final String A_TEXT = "市委常委会召开会议，研究部署全市生态文明建设和环境保护工作，强调要坚持绿水青山就是金山银山理念。";
    private static final String B_TEXT = "今年以来，我市农业农村部门抓好春耕备耕，全市小麦长势良好，一类苗面积比去年同期增加两成。";
    private static final String C_TEXT = "记者从市教育局获悉，今年秋季学期全市新建改扩建中小学十二所，新增学位一万余个。";
    private static final String X_TEXT = "聊城火车站改造工程近日完工，新站房面积是原来的三倍，候车更舒适，换乘更方便。";

    @Test
    void diceOnCharacterBigramsAfterNormalisation() {
        assertEquals(1.0, TextSimilarity.dice("黄河大桥", "黄河 大\n桥"), 1e-12, "white space does not count");
        assertEquals(1.0, TextSimilarity.dice("⽇报", "日报"), 1e-12, "NFKC: the Kangxi radical is the ideograph");
        assertEquals(0.4, TextSimilarity.dice("乙", "乙改"), 1e-12, "^乙 乙$ against ^乙 乙改 改$: 2·1/(2+3)");
        assertEquals(0.0, TextSimilarity.dice("甲", "乙"), 1e-12);
        assertEquals(2.0 * 3 / (5 + 5), TextSimilarity.dice("abcd", "abce"), 1e-12, "^a ab bc cd d$ against ^a ab bc ce e$");
    }

    @Test
    void reorderedItemsKeepTheirArticles() {
        List<StoryMatcher.Story> old = List.of(story("甲新闻", A_TEXT, 1, 5), story("乙新闻", B_TEXT, 7, 10),
                story("丙新闻", C_TEXT, 12, 15));
        List<StoryMatcher.Story> now = List.of(story("丙新闻", C_TEXT, 1, 4), story("甲新闻", A_TEXT, 6, 10),
                story("乙新闻", B_TEXT, 12, 15));
        assertEquals(Map.of(0, 2, 1, 0, 2, 1), pairs(StoryMatcher.match(old, now)), "incoming → existing");
    }

    @Test
    void anItemInsertedWhereAnotherWasDeletedIsANewStory() {
        List<StoryMatcher.Story> old = List.of(story("甲新闻", A_TEXT, 1, 5), story("乙新闻", B_TEXT, 7, 10),
                story("丙新闻", C_TEXT, 12, 15));
        List<StoryMatcher.Story> now = List.of(story("甲新闻", A_TEXT, 1, 5), story("火车站完工", X_TEXT, 7, 10),
                story("丙新闻", C_TEXT, 12, 15));
        assertEquals(Map.of(0, 0, 2, 2), pairs(StoryMatcher.match(old, now)), "the item at position 1 is new");
        assertTrue(StoryMatcher.score(old.get(1), now.get(1)) < StoryMatcher.THRESHOLD);
    }

    @Test
    void anEditedItemKeepsItsArticle() {
        List<StoryMatcher.Story> old = List.of(story("甲新闻", A_TEXT, 1, 5), story("乙新闻", B_TEXT, 7, 10));
        String edited = B_TEXT.replace("两成", "三成").replace("春耕备耕", "春耕生产") + "记者王强报道。";
        List<StoryMatcher.Story> now = List.of(story("乙新闻（更正）", edited, 1, 5), story("甲新闻", A_TEXT, 7, 10));
        assertEquals(Map.of(0, 1, 1, 0), pairs(StoryMatcher.match(old, now)));
    }

    @Test
    void oneToOneBestFirst() {
        List<StoryMatcher.Story> old = List.of(story("甲新闻", A_TEXT, 1, 5));
        String close = A_TEXT.replace("强调", "指出");
        List<StoryMatcher.Story> now = List.of(story("甲新闻", close, 1, 5), story("甲新闻", A_TEXT, 7, 11));
        List<StoryMatcher.Match> matches = StoryMatcher.match(old, now);
        assertEquals(Map.of(1, 0), pairs(matches), "the better of two candidates, whatever its position");
        assertEquals(1, matches.size());
    }

    @Test
    void equalScoresAreDecidedBySourceLines() {
        List<StoryMatcher.Story> old = List.of(story("图片新闻", "本报记者 田柏林 摄", 1, 2),
                story("图片新闻", "本报记者 田柏林 摄", 20, 21));
        List<StoryMatcher.Story> now = List.of(story("图片新闻", "本报记者 田柏林 摄", 19, 20),
                story("图片新闻", "本报记者 田柏林 摄", 2, 3));
        assertEquals(Map.of(0, 1, 1, 0), pairs(StoryMatcher.match(old, now)));
    }

    @Test
    void anIdenticalItemWinsOverAnEqualScore() {
        SegmentedItem item = item(ItemType.ARTICLE, "甲新闻", A_TEXT, 1, 5);
        List<StoryMatcher.Story> old = List.of(StoryMatcher.story(item, "h1"), StoryMatcher.story(item, "h0"));
        List<StoryMatcher.Story> now = List.of(StoryMatcher.story(item, "h0"));
        assertEquals(Map.of(0, 1), pairs(StoryMatcher.match(old, now)));
    }

    @Test
    void aChangeOfTypeLowersTheScore() {
        StoryMatcher.Story article = StoryMatcher.story(item(ItemType.ARTICLE, "甲新闻", A_TEXT, 1, 5), null);
        StoryMatcher.Story teaser = StoryMatcher.story(item(ItemType.TEASER, "甲新闻", A_TEXT, 1, 5), null);
        assertEquals(StoryMatcher.TYPE_CHANGE_FACTOR, StoryMatcher.score(article, teaser), 1e-12);
    }

    @Test
    void twoBoxesOfOneTemplateCitingOtherTitlesAreTwoStories() {
        String box = "为深入反映基层一线的新变化、新气象，本报今起推出系列报道，今天刊发《%s》，敬请关注。";
        StoryMatcher.Story one = story(null, box.formatted("运动场上展风采"), 1, 2);
        StoryMatcher.Story other = story(null, box.formatted("干群联手解雪困"), 1, 2);
        StoryMatcher.Story typo = story(null, box.formatted("运动场上展风釆"), 1, 2);
        assertTrue(StoryMatcher.score(one, other) < StoryMatcher.THRESHOLD, "another title: another story");
        assertTrue(StoryMatcher.score(one, typo) > 0.8, "a typo in the title: the same story");
        assertEquals(List.of("运动场上展风采"), one.titles());
    }

    @Test
    void itemsWithNothingToCompareAreNeverMatched() {
        StoryMatcher.Story empty = StoryMatcher.story(new SegmentedItem(ItemType.STAFF, null, null, null, null, null,
                null, List.of(), List.of(), null, null, null, List.of(), List.of(), 0.5, List.of()), null);
        assertEquals(0.0, StoryMatcher.score(empty, empty));
        assertEquals(List.of(), StoryMatcher.match(List.of(empty), List.of(empty)));
    }

    private static StoryMatcher.Story story(String headline, String text, int first, int last) {
        return StoryMatcher.story(item(ItemType.ARTICLE, headline, text, first, last), null);
    }

    static SegmentedItem item(ItemType type, String headline, String text, int first, int last) {
        return new SegmentedItem(type, null, null, headline, null, null, null, List.of(text), List.of(), null, null,
                null, List.<Photo>of(), List.of(), 0.9, List.of(new LineRange(first, last)));
    }

    /** @return incoming index → existing index */
    private static Map<Integer, Integer> pairs(List<StoryMatcher.Match> matches) {
        Map<Integer, Integer> out = new TreeMap<>();
        matches.forEach(m -> out.put(m.incoming(), m.existing()));
        return out;
    }
}
