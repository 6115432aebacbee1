package io.newsroom.segmenter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The port against shared/tools/segscore.py on small literal cases; the expected figures are the script's. */
class SegScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "聊城市高度重视与太平洋岛国地区的交流合作。";
    private static final String B = "全市技术合同成交额再创新高，科技大市场建设提速。";
    private static final String C = "春耕备播有序推进，农资供应充足，价格总体平稳。";
    private static final String D = "市政府常务会议研究部署春季农业生产等工作。";
    private static final String E = "本报评论员文章：以实干担当推动高质量发展。";

    @Test
    void scorerPortAgreesWithTheReferenceOnKnownCases() {
        assertEquals(1.0, SegScore.dice("", ""));
        // segscore.dice("abcd", "abcX") == 0.5 (3-grams {abc, bcd} vs {abc, bcX})
        assertEquals(0.5, SegScore.dice("abcd", "abcX"), 1e-12);
        // difflib.SequenceMatcher(None, "xabcyabcz", "abcqqabc", autojunk=False).ratio() == 12/17
        assertEquals(12.0 / 17, SegScore.ratio("xabcyabcz", "abcqqabc"), 1e-12);
        // difflib.SequenceMatcher(None, "abcd", "bcde", autojunk=False).ratio() == 0.75
        assertEquals(0.75, SegScore.ratio("abcd", "bcde"), 1e-12);
        // difflib: ratio("本报讯记者", "本报记者") == 2*4/9
        assertEquals(8.0 / 9, SegScore.ratio("本报讯记者", "本报记者"), 1e-12);
        // segscore.norm drops white space and the marks ■ □ ◎ ● ▲ ◆
        assertEquals("本报讯（记者赵宗锋）", SegScore.norm(" 本报讯（记者 赵宗锋）\n"));
        assertEquals("本报记者刘敏", SegScore.norm("■ 本报记者 □刘敏"));
    }

    /**
     * Wrong: B (headline differs, flagged), D (no gold twin, confidence 0.5) and E (no gold twin, not flagged);
     * flagged: B, C (right) and D. review_recall = 2/3, review_precision = 2/3 (segscore.py gives the same).
     */
    @Test
    void reviewRecallAndPrecisionCountWrongAndFlaggedPredictedItems() {
        ArrayNode gold = items(item(A, "甲"), item(B, "乙"), item(C, "丙").put("continued_from_page", 1));
        ObjectNode c = flagged(item(C, "丙"), "BYLINE_UNCERTAIN", 0.85).put("continued_from_page", 1);
        ArrayNode pred = items(flagged(item(A, "甲"), null, 1.0), flagged(item(B, "丁"), "HEADLINE_ROLE_UNCERTAIN", 0.85),
                c, flagged(item(D, null), null, 0.5), flagged(item(E, "戊"), null, 0.9));

        Map<String, Double> score = SegScore.score(gold, pred, null);
        assertEquals(2.0 / 3, score.get("review_recall"), 1e-12);
        assertEquals(2.0 / 3, score.get("review_precision"), 1e-12);
        assertEquals(1.0, score.get("jump"));

        // C loses its continued_from_page: now wrong, and flagged (segscore.py: 0.75, 1.0, jump 2/3)
        c.putNull("continued_from_page");
        score = SegScore.score(gold, pred, null);
        assertEquals(0.75, score.get("review_recall"), 1e-12);
        assertEquals(1.0, score.get("review_precision"), 1e-12);
        assertEquals(2.0 / 3, score.get("jump"), 1e-12);
    }

    @Test
    void nothingToCountIsOne() {
        Map<String, Double> score = SegScore.score(items(), items(), null);
        assertEquals(1.0, score.get("review_recall"));
        assertEquals(1.0, score.get("review_precision"));
        assertEquals(0.0, score.get("items_f1"));
    }

    @Test
    void jumpComparesBothPagesAsPythonDoes() {
        ArrayNode gold = items(item(A, "甲").put("continues_on_page", 8));
        assertEquals(1.0, SegScore.score(gold, items(item(A, "甲").put("continues_on_page", 8.0)), null).get("jump"));
        assertEquals(0.0, SegScore.score(gold, items(item(A, "甲").put("continues_on_page", "8")), null).get("jump"));
        assertEquals(0.0, SegScore.score(gold, items(item(A, "甲").put("continues_on_page", 8)
                .put("continued_from_page", 1)), null).get("jump"));
    }

    @Test
    void coverageIgnoresEveryJumpAndContinuationMarkerForm() {
        ArrayNode pred = items(item("本报讯记者获悉全市技术合同成交额再创新高", "标题"));
        String input = "（上接第一版）\n本报讯 记者获悉\n全市技术合同成交额 （下转第八版）\n再创新高 转第8版\n上接第2版\n详见第3版";
        assertEquals(1.0, SegScore.coverage(input, java.util.List.of(pred.get(0))), 1e-12);
    }

    private static ObjectNode item(String text, String headline) {
        ObjectNode it = JSON.createObjectNode().put("type", "article").put("headline", headline);
        it.putArray("paragraphs").add(text);
        return it;
    }

    private static ObjectNode flagged(ObjectNode it, String flag, double confidence) {
        ArrayNode flags = it.putArray("flags");
        if (flag != null) {
            flags.add(flag);
        }
        return it.put("confidence", confidence);
    }

    private static ArrayNode items(JsonNode... items) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode it : items) {
            out.add(it);
        }
        return out;
    }
}
