package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineSplitterTest {

    @Test
    void numbersLinesAndMarksFrameStarts() {
        List<PageLine> lines = LineSplitter.split(" 本报讯（记者 赵宗锋）\n密克罗尼西亚\n\n 3月23日，在冠县");
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).frameStart());
        assertFalse(lines.get(1).frameStart());
        assertTrue(lines.get(2).isBlank());
        assertEquals(4, lines.get(3).number());
        assertEquals("3月23日，在冠县", lines.get(3).text());
    }

    @Test
    void jumpMarkersAreTakenOffTheLine() {
        List<PageLine> lines = LineSplitter.split("履职工作质效。 （下转第8版）\n(下转第7版)\n详细报道见第8版");
        assertEquals("履职工作质效。", lines.get(0).text());
        assertEquals(8, lines.get(0).jumpPage());
        assertTrue(lines.get(1).isJumpOnly());
        assertEquals(7, lines.get(1).jumpPage());
        assertEquals(8, lines.get(2).jumpPage());
        assertFalse(lines.get(2).isBlank());
    }

    @Test
    void continuationMarkersAreTakenOffTheLineOrPassedToTheNextLineWithText() {
        List<PageLine> lines = LineSplitter.split("（上接第一版）\n\n 本报讯（记者 林晨）3月24日，\n(上接第8版)记者获悉。\n记者获悉。");
        assertTrue(lines.get(0).isBlank());
        assertNull(lines.get(0).continuedFrom());
        assertTrue(lines.get(1).isBlank());
        assertEquals("本报讯（记者 林晨）3月24日，", lines.get(2).text());
        assertEquals(1, lines.get(2).continuedFrom());
        assertTrue(lines.get(2).frameStart());
        assertEquals("记者获悉。", lines.get(3).text());
        assertEquals(8, lines.get(3).continuedFrom());
        assertNull(lines.get(4).continuedFrom());
    }

    @Test
    void anInlineCreditBecomesAMarkLineWithTheSameNumber() {
        List<PageLine> lines = LineSplitter.split("向“新”而行。 ■ 本报记者 许金松");
        assertEquals(2, lines.size());
        assertEquals("向“新”而行。", lines.get(0).text());
        assertEquals("■ 本报记者 许金松", lines.get(1).text());
        assertEquals(1, lines.get(1).number());
        assertNull(lines.get(1).jumpPage());
    }
}
