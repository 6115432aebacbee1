package io.newsroom.article.search;

import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The words of Chinese full-text search, as PostgreSQL {@code tsvector} and {@code tsquery} literals (README
 * "Search"). Text is folded (NFKC: full-width letters and digits, the Kangxi radical forms some extractors print,
 * "⽇" → "日"; lower case) and cut by Lucene's {@link StandardTokenizer} (Unicode word boundaries: "6.22", "gdp",
 * each ideograph) and {@link CJKBigramFilter}: every ideograph and every pair of neighbouring ideographs is a term,
 * so "林长制" is found inside "落实落细林长制各项工作" without a dictionary, and a query's words must occur as
 * written: a word becomes a phrase of its terms at the distances they have in running text ("林长" {@code <2>}
 * "长制"). Pure and thread-safe.
 */
public final class SearchTerms {

    /** PostgreSQL keeps positions up to this one; later ones are stored here (and cannot take part in phrases). */
    static final int MAX_POSITION = 16_383;
    /** Positions left empty between two fields, so that no phrase spans a headline and a paragraph. */
    static final int FIELD_GAP = 2;
    /** Most characters of a query. */
    public static final int MAX_QUERY_LENGTH = 100;

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream terms = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)),
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                    true);
            return new TokenStreamComponents(source, terms);
        }
    };

    private SearchTerms() {
    }

    /** One term at its position in running text (1-based, as PostgreSQL counts). */
    record Term(String text, int position, boolean bigram) {
    }

    /**
     * @param fields the texts of one article (headline group, byline, dateline, paragraphs, captions, credits), in
     *               order; {@code null}s are skipped
     * @return the {@code tsvector} literal of their terms with positions, e.g. {@code '林':1 '林长':2}; empty for
     *         no terms
     */
    public static String vector(List<String> fields) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        int offset = 0;
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                continue;
            }
            List<Term> terms = terms(field);
            for (Term t : terms) {
                positions.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(Math.min(MAX_POSITION, offset + t.position()));
            }
            offset += terms.isEmpty() ? 0 : terms.get(terms.size() - 1).position() + FIELD_GAP;
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(quote(e.getKey())).append(':');
            List<Integer> at = e.getValue();
            for (int i = 0; i < at.size() && i < 256; i++) { // PostgreSQL keeps 256 positions per lexeme
                b.append(i == 0 ? "" : ",").append(at.get(i));
            }
        }
        return b.toString();
    }

    /**
     * The searchable texts of an article, in the order {@link #vector(List)} numbers them.
     *
     * @param column      栏目, or {@code null}
     * @param kicker      引题, or {@code null}
     * @param headline    主标题, or {@code null}
     * @param subheadline 副题, or {@code null}
     * @param byline      as printed, or {@code null}
     * @param dateline    as printed, or {@code null}
     * @param paragraphs  body and crossheads
     * @param photos      photos: caption and credit
     * @return the texts ({@code ""} for an absent one)
     */
    public static List<String> fields(String column, String kicker, String headline, String subheadline, String byline,
            String dateline, List<Paragraph> paragraphs, List<Photo> photos) {
        List<String> out = new ArrayList<>(List.of(nz(column), nz(kicker), nz(headline), nz(subheadline), nz(byline),
                nz(dateline)));
        paragraphs.forEach(p -> out.add(p.text()));
        photos.forEach(p -> {
            out.add(nz(p.caption()));
            out.add(nz(p.credit()));
        });
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * @param query what a reader typed: one or more words separated by spaces
     * @return the {@code tsquery} literal: the words ANDed, each a phrase of its terms
     * @throws IllegalArgumentException when the query is longer than {@link #MAX_QUERY_LENGTH} or holds no word
     *                                  (only punctuation or spaces)
     */
    public static String query(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> phrases = new ArrayList<>();
        for (String word : words(query)) {
            List<Term> terms = terms(word);
            // the terms a phrase needs: every pair of ideographs and every other word; a lone ideograph only where
            // no pair covers it
            List<Term> needed = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                boolean covered = !t.bigram() && isIdeograph(t.text())
                        && (i + 1 < terms.size() && terms.get(i + 1).bigram() && terms.get(i + 1).position() == t.position() + 1
                        || i > 0 && terms.get(i - 1).bigram() && terms.get(i - 1).position() == t.position() - 1);
                if (!covered) {
                    needed.add(t);
                }
            }
            if (needed.isEmpty()) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(quote(needed.get(0).text()));
            for (int i = 1; i < needed.size(); i++) {
                phrase.append(" <").append(needed.get(i).position() - needed.get(i - 1).position()).append("> ")
                        .append(quote(needed.get(i).text()));
            }
            phrases.add(needed.size() > 1 ? "(" + phrase + ")" : phrase.toString());
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("holds no word to search for");
        }
        return String.join(" & ", phrases);
    }

    /**
     * @param query what a reader typed
     * @return its words, folded as the index folds text, in order
     */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : fold(query).split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Folds text as the index does, character by character so that offsets hold in the original text.
     *
     * @param text any text
     * @return the same number of chars, NFKC-folded where a char folds to one char, lower case
     */
    public static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b.append(Character.toLowerCase(c));
                continue;
            }
            String f = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            b.append(f.length() == 1 ? Character.toLowerCase(f.charAt(0)) : c);
        }
        return b.toString();
    }

    private static List<Term> terms(String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", fold(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = 0;
            while (ts.incrementToken()) {
                position++; // every term takes the next position: the unigram, then the pair starting with it
                out.add(new Term(term.toString(), position, CJKBigramFilter.DOUBLE_TYPE.equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    private static boolean isIdeograph(String term) {
        return term.length() == 1 && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /** A lexeme in tsvector/tsquery literal syntax: single-quoted, quotes doubled, backslashes escaped. */
    private static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
