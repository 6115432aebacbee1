package io.newsroom.article.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.contract.Contributor;
import io.newsroom.contract.DatelineParts;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineParserTest {

    @Test
    void localNewsWithReporters() {
        DatelineParser.ParsedDateline p = DatelineParser.parse("本报讯（记者 赵宗锋 黄振）");
        assertEquals(new DatelineParts("本报", null, null), p.parts());
        assertEquals(List.of(new Contributor("本报", "记者", "赵宗锋"), new Contributor("本报", "记者", "黄振")),
                p.contributors());
    }

    @Test
    void localNewsFiledElsewhereHalfWidthParens() {
        DatelineParser.ParsedDateline p = DatelineParser.parse("本报北京讯(记者 王玉涛 通讯员 李娜)");
        assertEquals(new DatelineParts("本报", "北京", null), p.parts());
        assertEquals(List.of(new Contributor("本报", "记者", "王玉涛"), new Contributor("本报", "通讯员", "李娜")),
                p.contributors());
    }

    @Test
    void agencyWithPlaceAndDate() {
        DatelineParser.ParsedDateline p = DatelineParser.parse("据新华社北京2月27日电");
        assertEquals(new DatelineParts("新华社", "北京", "2月27日"), p.parts());
        assertEquals(List.of(), p.contributors());
    }

    @Test
    void agencyWithDateOnlyAndReporter() {
        DatelineParser.ParsedDateline p = DatelineParser.parse("新华社3月5日电（记者 张晓洁）");
        assertEquals(new DatelineParts("新华社", null, "3月5日"), p.parts());
        assertEquals(List.of(new Contributor("新华社", "记者", "张晓洁")), p.contributors());
    }

    @Test
    void reportersNamedOnlyInTheDatelineAreContributors() {
        // issue 14's example: no byline, the reporters are in the dateline only
        assertEquals(List.of(new Contributor("本报", "记者", "赵琦"), new Contributor("本报", "记者", "黄振")),
                DatelineParser.parse("本报讯（记者 赵琦 黄振）").contributors());
        // dev corpus: a trainee reporter and an intern, the other paper's multimedia reporter
        assertEquals(List.of(new Contributor("本报", "见习记者", "陈兵"), new Contributor("本报", "实习生", "袁荃")),
                DatelineParser.parse("本报讯（见习记者 陈兵 实习生 袁荃）").contributors());
        assertEquals(List.of(new Contributor("四川日报", "全媒体记者", "宁宁")),
                DatelineParser.parse("本报讯（四川日报全媒体记者 宁宁）").contributors());
        // two-character names padded with a space to the width of three
        assertEquals(List.of(new Contributor("本报", "author", "张黎"), new Contributor("本报", "author", "郭元辉")),
                DatelineParser.parse("本报讯（张 黎 郭元辉）").contributors());
    }

    @Test
    void kangxiRadicalsReadAsTheIdeographs() {
        DatelineParser.ParsedDateline p = DatelineParser.parse("本报海宁9\u2f4928\u2f47电 （记者 丁谨之 通讯员 \u2fa6蕾）");
        assertEquals(new DatelineParts("本报", "海宁", "9月28日"), p.parts());
        assertEquals(List.of(new Contributor("本报", "记者", "丁谨之"), new Contributor("本报", "通讯员", "金蕾")),
                p.contributors());
    }

    @Test
    void unrecognisedGivesEmptyParts() {
        assertEquals(new DatelineParts(null, null, null), DatelineParser.parse("昨天下午").parts());
        assertEquals(new DatelineParts(null, null, null), DatelineParser.parse(null).parts());
    }
}
