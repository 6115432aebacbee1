package io.newsroom.segmenter.pipeline;

/** What a block of lines is, judged from its typography and language patterns alone. */
public enum BlockKind {
    /** Running text: body paragraphs or a caption. */
    PROSE,
    /** Short standalone lines without sentence punctuation: a headline group or a crosshead. */
    HEAD,
    /** A "■" line (byline or photo credit) with any byline lines printed under it. */
    MARK,
    /** A byline without "■" ("本报记者 赵宗锋"). */
    BYLINE,
    /** A column label (栏目): "两会新观察 ③", "编 者 按". */
    COLUMN,
    /** A jump line alone: "（下转第7版）", "详细报道见第8版". */
    JUMP,
    /** The duty editors' line. */
    STAFF,
    /** The 今日导读 box. */
    INDEX
}
