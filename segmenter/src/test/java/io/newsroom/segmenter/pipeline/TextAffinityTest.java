package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAffinityTest {

    @Test
    void bigramsSkipPunctuationAndSpacesAndComeSortedAndDistinct() {
        int[] g = TextAffinity.bigrams("长三角， 一体化，长三角");
        assertEquals(6, g.length);
        assertTrue(Arrays.binarySearch(g, ('角' << 16) | '一') >= 0);
        for (int i = 1; i < g.length; i++) {
            assertTrue(g[i - 1] < g[i]);
        }
    }

    @Test
    void profilesWeighAStorysOwnWords() {
        TextAffinity.Profiles p = new TextAffinity.Profiles(List.of(
                "明光市近日举行9月份重点项目集中开工暨安徽大杉新材料项目开工仪式。",
                "今年以来，明光市抢抓机遇，一批高质量工业项目落户明光。",
                "天长市残联开展了精彩纷呈的助残活动，关爱残疾人。"));
        assertTrue(p.cosine(0, 1) > p.cosine(0, 2));
        assertEquals(0.0, p.cosine(1, 2), 0.05);
    }

    @Test
    void containmentIsTheShareOfAHeadlineThatALeadRepeats() {
        int[] headline = TextAffinity.bigrams("重点项目集中开工");
        assertEquals(1.0, TextAffinity.containment(headline, TextAffinity.bigrams("明光市近日举行9月份重点项目集中开工暨安徽大杉新材料项目开工仪式")), 1e-9);
        assertEquals(0.0, TextAffinity.containment(headline, TextAffinity.bigrams("天长市残联开展了精彩纷呈的助残活动")), 1e-9);
        assertEquals(0.0, TextAffinity.containment(new int[0], headline), 1e-9);
    }

    @Test
    void aWordAcrossTheCutShowsTheTextGoesOn() {
        assertTrue(TextAffinity.wordSpansCut("今年以来，该市抢抓长三", "角一体化发展等国家战略叠加"));
        assertTrue(TextAffinity.wordSpansCut("胜村残疾人“康复之家”，组", "织20多名残疾人及其亲友，"));
        assertFalse(TextAffinity.wordSpansCut("胜村残疾人“康复之家”，组", "投资19.1亿元。"));
        assertFalse(TextAffinity.wordSpansCut("彩纷呈的助残活动。", "上海社会组织和爱心企业"));
    }

    @Test
    void radicalFormsFoldToTheirIdeographs() {
        assertEquals('日', TextAffinity.fold('⽇'));
        assertEquals('民', TextAffinity.fold('⺠'));
        assertEquals('长', TextAffinity.fold('⻓'));
        assertEquals('报', TextAffinity.fold('报'));
        assertArrayEquals(TextAffinity.bigrams("市民"), TextAffinity.bigrams("市⺠"));
    }
}
