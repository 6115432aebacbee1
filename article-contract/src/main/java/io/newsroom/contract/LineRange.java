package io.newsroom.contract;

/**
 * An inclusive range of 1-based input line numbers; serialised as {@code [first, last]}.
 *
 * @param first first line, >= 1
 * @param last  last line, >= first
 */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range " + first + ".." + last);
        }
    }
}
