package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of lines of one kind. A {@link BlockKind#HEAD} block may hold several parts (blank-separated runs of
 * headline lines that form one headline group); every other kind has exactly one part.
 *
 * @param kind  what the lines are
 * @param parts the lines, in input order, grouped into blank-separated parts
 */
public record Block(BlockKind kind, List<List<PageLine>> parts) {

    public Block {
        List<List<PageLine>> copy = new ArrayList<>(parts.size());
        for (List<PageLine> part : parts) {
            copy.add(List.copyOf(part));
        }
        parts = List.copyOf(copy);
    }

    /**
     * @param kind  kind
     * @param lines the lines of the single part
     * @return a one-part block
     */
    public static Block of(BlockKind kind, List<PageLine> lines) {
        return new Block(kind, List.of(lines));
    }

    /** @return all lines of all parts in input order */
    public List<PageLine> lines() {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<PageLine> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    /** @return the first line */
    public PageLine first() {
        return parts.get(0).get(0);
    }

    /** @return the last line */
    public PageLine last() {
        List<PageLine> part = parts.get(parts.size() - 1);
        return part.get(part.size() - 1);
    }

    /** @return {@code true} when the block starts a text frame */
    public boolean frameStart() {
        return first().frameStart();
    }

    /** @return the jump page of the block's last line, or {@code null} */
    public Integer jumpPage() {
        return last().jumpPage();
    }

    /** @return the jump as printed on the block's last line ("（下转第8版）", "详见第2版"), or {@code null} */
    public String jumpText() {
        return last().jumpText();
    }

    /** @return the block's text, lines joined without separator */
    public String joined() {
        StringBuilder b = new StringBuilder();
        for (PageLine line : lines()) {
            b.append(line.text());
        }
        return b.toString();
    }

    /**
     * @param other a block of the same kind that follows
     * @return this block with the other's parts appended
     */
    public Block plus(Block other) {
        List<List<PageLine>> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new Block(kind, all);
    }

    /**
     * @param newKind another kind
     * @return the same lines as one part of the new kind
     */
    public Block as(BlockKind newKind) {
        return Block.of(newKind, lines());
    }
}
