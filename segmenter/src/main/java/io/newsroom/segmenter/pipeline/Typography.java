package io.newsroom.segmenter.pipeline;

import java.util.regex.Pattern;

/**
 * Character-level rules of Chinese newspaper typography: printed width, sentence ends, and which spaces
 * are extraction artefacts. Pure static functions, each linear in its input.
 */
public final class Typography {

    /** Characters that end a sentence or a clause that closes a paragraph: "。！？…；：" and ASCII "!?;:". */
    private static final String SENTENCE_END = "。！？!?…；;：:";
    /** Closing quotes and brackets that may follow a sentence end: "大局。”" still ends a sentence. */
    private static final String CLOSERS = "”’」』）)》〉】\"'";
    /** Punctuation printed full width although Unicode calls it ambiguous. */
    private static final String WIDE_PUNCT = "“”‘’—…·■●◆▲";

    private static final Pattern SPACES = Pattern.compile(" +");

    private Typography() {
    }

    /**
     * @param c a character
     * @return {@code true} for CJK ideographs, kana, hangul, CJK punctuation and full-width forms
     */
    public static boolean isWide(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF')
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F')
                || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')
                || Character.isSurrogate(c) || WIDE_PUNCT.indexOf(c) >= 0;
    }

    /**
     * @param c a character
     * @return {@code true} for a CJK ideograph (not punctuation)
     */
    public static boolean isIdeograph(char c) {
        return (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || Character.isSurrogate(c);
    }

    /**
     * Printed width of a line in ems, the unit that lines of one text frame share: a hard-wrapped frame of
     * seed 000 has lines of about 17 ems ("聊城市高度重视与包括密克罗尼西亚联邦在内的太平" is 17).
     *
     * @param s text
     * @return width in ems: wide characters count 1, others ½
     */
    public static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 1.0 : 0.5;
        }
        return w;
    }

    /**
     * Whether text ends a sentence: its last character, after closing quotes and brackets, is one of
     * "。！？…；：" (or the ASCII forms). "发展成绩。" and "合理诉求。”" end a sentence, "坚持和深化市委" does not.
     *
     * @param s text
     * @return {@code true} when the text ends a sentence
     */
    public static boolean endsSentence(String s) {
        char last = lastSignificant(s);
        return last != 0 && SENTENCE_END.indexOf(last) >= 0;
    }

    /**
     * @param s text
     * @return its last character that is not a space, closing quote or bracket ("合理诉求。”" → '。'), or
     *         {@code 0} when there is none
     */
    static char lastSignificant(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 ? s.charAt(i) : 0;
    }

    /**
     * Body rule for spaces: a space next to a wide character is an artefact ("3 月 24 日" → "3月24日",
     * "发挥 12345" → "发挥12345"); a space between two narrow characters is kept ("Hello world"). Runs of spaces
     * collapse to one; leading and trailing spaces go.
     *
     * @param s text
     * @return the text without artefact spaces
     */
    public static String removeArtefactSpaces(String s) {
        return collapseSpaces(s, (before, after) -> !isWide(before) && !isWide(after));
    }

    /**
     * Collapses every run of spaces to one space where {@code keep} accepts the characters around it, and to
     * nothing elsewhere; leading and trailing spaces go. Linear in the length of {@code s}.
     */
    private static String collapseSpaces(String s, SpaceRule keep) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            if (out.length() > 0 && j < n && keep.keeps(out.charAt(out.length() - 1), s.charAt(j))) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    /** Whether a space between two characters is a real space (kept) rather than an extraction artefact. */
    @FunctionalInterface
    private interface SpaceRule {
        boolean keeps(char before, char after);
    }

    /**
     * Whether a line is letter-spaced big type: at least three spaces and most space-separated tokens are
     * single characters ("聊 城 实 践 提 供 有 力 保 障", "编 者 按").
     *
     * @param s text
     * @return {@code true} for letter-spaced text
     */
    public static boolean isLetterSpaced(String s) {
        String[] tokens = SPACES.split(s.trim());
        if (tokens.length < 3) {
            return false;
        }
        int single = 0;
        for (String t : tokens) {
            if (t.length() == 1) {
                single++;
            }
        }
        return single * 10 >= tokens.length * 7;
    }

    /**
     * Headline rule for spaces: letter-spaced lines collapse completely; otherwise a space between two
     * ideographs separates two headline phrases and is kept ("改革创新走在前 奋发有为勇争先"); other spaces
     * next to a wide character are artefacts.
     *
     * @param s one headline line
     * @return the cleaned line
     */
    public static String cleanHeadline(String s) {
        if (isLetterSpaced(s)) {
            return s.replace(" ", "");
        }
        return collapseSpaces(s, (before, after) ->
                (isIdeograph(before) || isQuote(before)) && (isIdeograph(after) || isQuote(after))
                        || !isWide(before) && !isWide(after));
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '《' || c == '》';
    }

    /**
     * Name-list rule for bylines, credits and datelines: letter-spaced words collapse ("本 报 记 者 夏旭光" →
     * "本报记者 夏旭光"), spaces next to brackets go ("本报讯 （记者 李政哲 黄涛）" → "本报讯（记者 李政哲 黄涛）"),
     * spaces between names stay.
     *
     * @param s byline, credit or dateline text
     * @return the cleaned text
     */
    public static String cleanNames(String s) {
        String[] tokens = SPACES.split(s.trim());
        StringBuilder out = new StringBuilder(s.length());
        boolean prevSingle = false;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            boolean single = t.length() == 1 && isIdeograph(t.charAt(0));
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                char first = t.charAt(0);
                boolean glue = (single && prevSingle) || "（(【）)】、，,：:".indexOf(first) >= 0
                        || "（(【、，,：:".indexOf(last) >= 0 || (Character.isDigit(last) && isWide(first))
                        || (isWide(last) && Character.isDigit(first));
                if (!glue) {
                    out.append(' ');
                }
            }
            out.append(t);
            prevSingle = single;
        }
        return out.toString();
    }
}
