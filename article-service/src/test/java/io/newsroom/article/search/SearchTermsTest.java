package io.newsroom.article.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aWordIsAPhraseOfItsIdeographPairs() {
        assertEquals("('林长' <2> '长制')", SearchTerms.query("林长制"));
        assertEquals("'林长'", SearchTerms.query("林长"));
        assertEquals("'林'", SearchTerms.query("林"));
    }

    @Test
    void numbersAndLatinWordsKeepTheirPlace() {
        assertEquals("('6.22' <1> '万')", SearchTerms.query("6.22万"));
        assertEquals("('gdp' <2> '增长')", SearchTerms.query("ＧＤＰ增长"));
    }

    @Test
    void everyWordIsRequired() {
        assertEquals("('聊城' <2> '城市') & ('林长' <2> '长制')", SearchTerms.query("聊城市  林长制"));
    }

    @Test
    void aQueryWithoutWordsOrTooLongIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchTerms.query("，。 ！"));
        assertThrows(IllegalArgumentException.class, () -> SearchTerms.query("字".repeat(101)));
    }

    @Test
    void theVectorHoldsEachTermWithItsPositionsAndFieldsDoNotTouch() {
        String v = SearchTerms.vector(List.of("林长制", "林长"));
        // 林1 林长2 长3 长制4 制5, gap 2, then 林8 林长9 长10
        assertEquals("'林':1,8 '林长':2,9 '长':3,10 '长制':4 '制':5", v);
    }

    @Test
    void foldingKeepsOffsets() {
        String printed = "2023年2⽉16⽇ ＡＢＣ";
        String folded = SearchTerms.fold(printed);
        assertEquals(printed.length(), folded.length());
        assertEquals("2023年2月16日 abc", folded);
    }

    @Test
    void snippetsEscapeAndMarkEveryOccurrence() {
        String s = Snippets.of(List.of("", "推行<林长制>：林长制让每片林都有人管。"), SearchTerms.words("林长制"));
        assertEquals("推行&lt;<em>林长制</em>&gt;：<em>林长制</em>让每片林都有人管。", s);
        assertTrue(Snippets.of(List.of("甲".repeat(200) + "林长制"), List.of("林长制")).startsWith("…"));
    }
}
