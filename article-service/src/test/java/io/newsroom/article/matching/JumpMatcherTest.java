package io.newsroom.article.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link JumpMatcher} on the gold items of the real multi-page editions of the segmenter's {@code dev} corpus
 * (lywb-e1: page 1 jumps to 3 and 5, a teaser on page 1 names page 2; hxdsb-e1: page 1 jumps to 5, a teaser names
 * page 4), so that the matcher is tested, not the segmenter.
 */
class JumpMatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new ContractJsonModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** An item of an edition with its page. */
    record Placed(int page, SegmentedItem item) {
    }

    @Test
    void lywbJumpsFindTheirContinuationsAndTheTeaserItsStory() {
        List<Placed> edition = edition("lywb-e1", 6);
        JumpMatcher.Result result = match(edition);
        Map<String, String> links = described(edition, result);
        assertEquals(Map.of(
                "1:老年公交IC卡明起分区办理", "3:老年公交IC卡明起分区办理 CONTINUATION",
                "1:“扫雪队”成主力", "5:“扫雪队”成主力 CONTINUATION",
                "1:路边垃圾成堆 沟渠臭味难闻", "2:路边垃圾成堆 沟渠臭味难闻 TEASER"), links);
        assertEquals(Map.of(), result.flags(), "every jump found its partner clearly");
        assertTrue(result.links().stream().noneMatch(JumpMatcher.Link::ambiguous));
        JumpMatcher.Link ic = result.links().stream().filter(l -> edition.get(l.from()).page() == 1
                && edition.get(l.to()).page() == 3).findFirst().orElseThrow();
        assertEquals(1.0, ic.score(), 1e-9, "marker + same headline + broken sentence + no dateline");
    }

    @Test
    void hxdsbJumpAndTeaser() {
        List<Placed> edition = edition("hxdsb-e1", 5);
        JumpMatcher.Result result = match(edition);
        assertEquals(Map.of(
                "1:报身边小事也能当上报料王", "5:报身边小事也能当上报料王 CONTINUATION",
                "1:骑警与车主推车“让路”", "4:骑警与车主推车“让路” TEASER"), described(edition, result));
        assertEquals(Map.of(), result.flags());
    }

    @Test
    void aJumpToAPageNotThereAndAContinuationWithoutItsJumpAreUnmatched() {
        List<Placed> withoutPage3 = edition("lywb-e1", 6).stream().filter(p -> p.page() != 3).toList();
        JumpMatcher.Result result = match(withoutPage3);
        int jump = indexOf(withoutPage3, 1, "老年公交IC卡明起分区办理");
        assertEquals(Flag.JUMP_UNMATCHED, result.flags().get(jump));
        assertEquals(1, result.flags().size(), "the other jumps still link: " + result.flags());

        List<Placed> withoutPage1 = edition("lywb-e1", 6).stream().filter(p -> p.page() != 1).toList();
        JumpMatcher.Result orphans = match(withoutPage1);
        assertEquals(Map.of(indexOf(withoutPage1, 3, "老年公交IC卡明起分区办理"), Flag.JUMP_UNMATCHED,
                indexOf(withoutPage1, 5, "“扫雪队”成主力"), Flag.JUMP_UNMATCHED), orphans.flags(),
                "a （上接第1版） with no jump from page 1");
        assertEquals(List.of(), orphans.links());
    }

    @Test
    void anotherStoryOnTheJumpPageIsNoContinuation() {
        // page 3 without its continuation: "警察抓到小偷…" and the other stories of page 3 are whole stories with
        // other headlines; the best of them scores under the threshold
        List<Placed> edition = new ArrayList<>(edition("lywb-e1", 6));
        edition.remove(indexOf(edition, 3, "老年公交IC卡明起分区办理"));
        JumpMatcher.Result result = match(edition);
        assertEquals(Flag.JUMP_UNMATCHED, result.flags().get(indexOf(edition, 1, "老年公交IC卡明起分区办理")));
        assertTrue(result.links().stream().noneMatch(l -> edition.get(l.to()).page() == 3));
    }

    @Test
    void twoContinuationsAlikeMakeTheLinkAmbiguous() {
        // page 3 carries two headline-less "（上接第1版）" texts (a continuation whose headline the segmenter lost, and
        // a second one): the marker and the broken sentence cannot tell them apart
        List<Placed> edition = new ArrayList<>(edition("lywb-e1", 6));
        int cont = indexOf(edition, 3, "老年公交IC卡明起分区办理");
        SegmentedItem item = edition.get(cont).item();
        edition.set(cont, new Placed(3, withHeadline(item, null)));
        edition.add(new Placed(3, withHeadline(edition.get(indexOf(edition, 3, "商丘菜贩感动石家庄")).item(), null, 1)));
        JumpMatcher.Result result = match(edition);
        int jump = indexOf(edition, 1, "老年公交IC卡明起分区办理");
        assertEquals(Flag.JUMP_AMBIGUOUS, result.flags().get(jump));
        JumpMatcher.Link link = result.links().stream().filter(l -> l.from() == jump).findFirst().orElseThrow();
        assertTrue(link.ambiguous());
        int other = link.to() == cont ? edition.size() - 1 : cont;
        assertEquals(Flag.JUMP_UNMATCHED, result.flags().get(other), "the rival continuation has no jump left");
    }

    @Test
    void aTeaserWhoseStoryIsNotOnItsPageIsUnmatched() {
        // the teaser names page 2; its story printed on page 5 does not count
        List<Placed> edition = edition("lywb-e1", 6).stream()
                .filter(p -> !(p.page() == 2 && "路边垃圾成堆 沟渠臭味难闻".equals(p.item().headline()))).toList();
        JumpMatcher.Result result = match(edition);
        int teaser = indexOf(edition, 1, "路边垃圾成堆 沟渠臭味难闻");
        assertEquals(ItemType.TEASER, edition.get(teaser).item().type());
        assertEquals(Flag.JUMP_UNMATCHED, result.flags().get(teaser));
        assertTrue(result.links().stream().noneMatch(l -> l.from() == teaser));
    }

    @Test
    void decisionsOfAnEditorAreLeftAlone() {
        List<Placed> edition = edition("lywb-e1", 6);
        int jump = indexOf(edition, 1, "老年公交IC卡明起分区办理");
        int cont = indexOf(edition, 3, "老年公交IC卡明起分区办理");
        JumpMatcher.Result result = JumpMatcher.match(pieces(edition), Set.of(jump), Set.of(cont));
        assertTrue(result.links().stream().noneMatch(l -> l.from() == jump || l.to() == cont));
        assertFalse(result.flags().containsKey(jump));
        assertFalse(result.flags().containsKey(cont));
        assertEquals(2, result.links().size());
    }

    @Test
    void aContinuationMarkerNamingAnotherPageExcludesTheCandidate() {
        List<Placed> edition = edition("lywb-e1", 6);
        JumpMatcher.Piece jump = JumpMatcher.piece(1, edition.get(indexOf(edition, 1, "老年公交IC卡明起分区办理")).item());
        SegmentedItem cont = edition.get(indexOf(edition, 3, "老年公交IC卡明起分区办理")).item();
        assertEquals(0.0, JumpMatcher.continuationScore(jump, JumpMatcher.piece(3, withHeadline(cont,
                cont.headline(), 2))));
    }

    @Test
    void brokenSentenceRule() {
        assertTrue(JumpMatcher.endsMidSentence("由所在单位离休管理部门集中登记造册预"));
        assertTrue(JumpMatcher.endsMidSentence("有直接影响的“小事”"));
        assertFalse(JumpMatcher.endsMidSentence("利于人们赏花、游玩。"));
        assertFalse(JumpMatcher.endsMidSentence("这种说法与自古以来牡丹花。”"));
        assertFalse(JumpMatcher.endsMidSentence("  "));
    }

    private static JumpMatcher.Result match(List<Placed> edition) {
        return JumpMatcher.match(pieces(edition), Set.of(), Set.of());
    }

    private static List<JumpMatcher.Piece> pieces(List<Placed> edition) {
        return edition.stream().map(p -> JumpMatcher.piece(p.page(), p.item())).toList();
    }

    /** @return "page:headline" of the jump → "page:headline KIND" of its partner */
    private static Map<String, String> described(List<Placed> edition, JumpMatcher.Result result) {
        Map<String, String> out = new java.util.HashMap<>();
        for (JumpMatcher.Link l : result.links()) {
            Placed from = edition.get(l.from());
            Placed to = edition.get(l.to());
            out.put(from.page() + ":" + from.item().headline(), to.page() + ":" + to.item().headline() + " " + l.kind());
        }
        return out;
    }

    private static int indexOf(List<Placed> edition, int page, String headline) {
        for (int i = 0; i < edition.size(); i++) {
            if (edition.get(i).page() == page && headline.equals(edition.get(i).item().headline())) {
                return i;
            }
        }
        throw new AssertionError("no " + headline + " on page " + page);
    }

    private static SegmentedItem withHeadline(SegmentedItem i, String headline) {
        return withHeadline(i, headline, i.continuedFromPage());
    }

    private static SegmentedItem withHeadline(SegmentedItem i, String headline, Integer continuedFrom) {
        return new SegmentedItem(i.type(), i.column(), i.kicker(), headline, i.subheadline(), i.byline(),
                i.dateline(), i.paragraphs(), i.crossheads(), i.continuesOnPage(), continuedFrom, i.jumpText(),
                i.photos(), i.flags(), i.confidence(), i.sourceLines());
    }

    /** @return the gold items of pages 1..n of a dev corpus edition (the pdftotext reading), in page order */
    static List<Placed> edition(String edition, int pages) {
        Path gold = Seeds.dir().resolve("..").resolve("segmenter").resolve("corpus").resolve("dev").resolve("gold");
        List<Placed> out = new ArrayList<>();
        try {
            for (int page = 1; page <= pages; page++) {
                for (var node : JSON.readTree(gold.resolve(edition + "-p" + page + ".pdftotext.json").toFile())
                        .get("items")) {
                    out.add(new Placed(page, JSON.treeToValue(node, SegmentedItem.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
