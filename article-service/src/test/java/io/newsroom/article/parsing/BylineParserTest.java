package io.newsroom.article.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.contract.Contributor;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    @Test
    void reporterAndCorrespondentWithAffiliation() {
        assertEquals(List.of(new Contributor("本报", "记者", "夏旭光"), new Contributor("本报", "通讯员", "杨坤")),
                BylineParser.parse("本报记者 夏旭光 本报通讯员 杨坤"));
    }

    @Test
    void severalNamesShareTheRole() {
        assertEquals(List.of(new Contributor("本报", "记者", "赵宗锋"), new Contributor("本报", "记者", "黄振")),
                BylineParser.parse("本报记者 赵宗锋、黄振"));
    }

    @Test
    void squareMarkerAndNoRoleMeansAuthor() {
        assertEquals(List.of(new Contributor(null, Contributor.AUTHOR, "张英东")), BylineParser.parse("■ 张英东"));
    }

    @Test
    void collectiveBylineHasNoName() {
        assertEquals(List.of(new Contributor("本报", "评论员", null)), BylineParser.parse("本报评论员"));
    }

    @Test
    void roleAndNameWithoutSpaceAndPhotographer() {
        assertEquals(List.of(new Contributor("新华社", "记者", "王鹏"), new Contributor("本报", "摄影记者", "田柏林")),
                BylineParser.parse("新华社记者王鹏 本报摄影记者 田柏林"));
    }

    @Test
    void defaultAffiliationAppliesWhenNonePrinted() {
        assertEquals(List.of(new Contributor("本报", "记者", "赵宗锋")), BylineParser.parse("记者 赵宗锋", "本报"));
    }

    @Test
    void blankGivesNothing() {
        assertEquals(List.of(), BylineParser.parse("  "));
        assertEquals(List.of(), BylineParser.parse(null));
    }
}
