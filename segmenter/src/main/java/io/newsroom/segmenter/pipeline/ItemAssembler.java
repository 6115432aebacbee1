package io.newsroom.segmenter.pipeline;

import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 6: turns the page's blocks into items. Frames are not in reading order, so the blocks are first read
 * as body fragments (runs of prose), then threaded into stories and given their headline groups by scored one-to-one
 * assignments ({@link Assignment}), then bylines, credits, column labels and jumps are attached:
 * <ul>
 *   <li><b>body start</b>: every run of prose starts a fragment; {@link #threadBodies()} joins the fragments of
 *       one story (a run after a crosshead continues its body);</li>
 *   <li><b>crosshead</b>: a one- or two-line headline block between two prose blocks of one body, when the
 *       second is not a fresh start (no dateline, not a caption) — "以商招商 / 厚植持续发展新优势";</li>
 *   <li><b>photo</b>: a short dateline-less body directly followed by a "■" line is a caption with its credit
 *       (000 lines 35-49); a "■" line anywhere else is a byline;</li>
 *   <li><b>headline placement</b>: {@link #placeHeadlines()}, by adjacency in either direction and by how much of
 *       the headline the body's lead repeats; a group left over is a teaser (with a jump line) or orphan text;</li>
 *   <li><b>byline placement</b>: a "■" line printed right under a headline belongs to that headline's item
 *       (002 line 101); one before a body (dateline-less, or on the line right over the dateline) belongs to that
 *       body (000 line 145).</li>
 * </ul>
 * Text that fits nowhere becomes an {@link Flag#ORPHAN_TEXT} item, so nothing is dropped. Confidence comes from the
 * flags and from the margins of the threading and headline decisions.
 */
public final class ItemAssembler {

    /** A caption is short: at most this many characters. */
    static final int CAPTION_MAX_CHARS = 300;
    /** A column label found by position ("权威访谈" between byline and body) has at most this many characters. */
    static final int SHORT_LABEL_CHARS = 6;
    /** How far after "今日导读" the index box's last "第N版" entry may be, in blocks. */
    static final int INDEX_REACH = 10;
    /** Bylines and labels between a headline and its body: at most this many blocks are looked across. */
    static final int MAX_SKIP = 4;
    /** A note printed before a body in another frame has at most this many lines. */
    static final int NOTE_MAX_LINES = 6;
    /** Column widths that differ by this factor belong to different frames. */
    static final double NOTE_WIDTH_RATIO = 1.5;

    private final List<Block> blocks;
    private final boolean onePerLine;
    private final int n;
    private final Body[] bodyOf;
    private final boolean[] crosshead;
    private final boolean[] used;
    private final Body[] groupOwner;
    private final List<Body> bodies = new ArrayList<>();
    private final List<Placed> items = new ArrayList<>();

    private ItemAssembler(List<Block> blocks, boolean onePerLine) {
        this.blocks = blocks;
        this.onePerLine = onePerLine;
        this.n = blocks.size();
        this.bodyOf = new Body[n];
        this.crosshead = new boolean[n];
        this.used = new boolean[n];
        this.groupOwner = new Body[n];
    }

    /**
     * @param blocks     the page's blocks from {@link BlockBuilder#build(List)}
     * @param onePerLine whether the page prints one paragraph per line (headlines before bodies)
     * @return the items, ordered by where their body (else their headline) starts
     */
    public static List<SegmentedItem> assemble(List<Block> blocks, boolean onePerLine) {
        ItemAssembler a = new ItemAssembler(relabel(blocks), onePerLine);
        a.readBodies();
        a.findPhotos();
        a.threadBodies();
        a.placeHeadlines();
        a.placeBylinesAndColumns();
        return a.build();
    }

    /**
     * Column labels found by position: a series title with a middle dot over a byline (002 line 1), a short
     * standalone line between a byline and a body (003 line 111 "权威访谈").
     */
    static List<Block> relabel(List<Block> in) {
        List<Block> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b.kind() != BlockKind.HEAD || b.parts().size() != 1 || b.lines().size() != 1) {
                continue;
            }
            BlockKind next = i + 1 < out.size() ? out.get(i + 1).kind() : null;
            BlockKind prev = i > 0 ? out.get(i - 1).kind() : null;
            String text = b.first().text();
            boolean series = LinePatterns.isSeriesTitle(text) && (next == BlockKind.MARK || next == BlockKind.BYLINE);
            boolean label = text.length() <= SHORT_LABEL_CHARS && next == BlockKind.PROSE
                    && (prev == BlockKind.MARK || prev == BlockKind.BYLINE);
            if (series || label) {
                out.set(i, b.as(BlockKind.COLUMN));
            }
        }
        return out;
    }

    private boolean is(int i, BlockKind kind) {
        return i >= 0 && i < n && blocks.get(i).kind() == kind;
    }

    /** Whether block {@code i} is a byline, credit or column label: what is attached to a body or headline. */
    private boolean isAttachment(int i) {
        return is(i, BlockKind.MARK) || is(i, BlockKind.BYLINE) || is(i, BlockKind.COLUMN);
    }

    private boolean startsWithDateline(int i) {
        List<PageLine> lines = blocks.get(i).lines();
        String start = lines.size() == 1 ? lines.get(0).text() : lines.get(0).text() + lines.get(1).text();
        return LinePatterns.datelineLength(start) > 0;
    }

    private void readBodies() {
        Body cur = null;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            switch (b.kind()) {
                case PROSE -> {
                    boolean continues = cur != null && !cur.closed && !b.frameStart() && !startsWithDateline(i)
                            && i > 0 && crosshead[i - 1];
                    if (!continues) {
                        cur = new Body();
                        bodies.add(cur);
                    }
                    cur.parts.add(i);
                    bodyOf[i] = cur;
                    if (b.jumpPage() != null) {
                        cur.jump = b.jumpPage();
                        cur.jumpText = b.jumpText();
                        cur.jumpLines.add(b.last().number());
                        cur.closed = true;
                    }
                }
                case HEAD -> {
                    if (cur != null && isCrosshead(i, cur)) {
                        crosshead[i] = true;
                        bodyOf[i] = cur;
                        cur.parts.add(i);
                    } else {
                        cur = null;
                    }
                }
                case JUMP -> {
                    if (cur != null && is(i - 1, BlockKind.PROSE) && bodyOf[i - 1] == cur && cur.jump == null) {
                        cur.jump = b.jumpPage();
                        cur.jumpText = b.jumpText();
                        cur.jumpLines.add(b.first().number());
                        cur.closed = true;
                        used[i] = true;
                    }
                }
                case INDEX -> {
                    readIndex(i);
                    cur = null;
                }
                case STAFF -> {
                    used[i] = true;
                    items.add(new Placed(b.first().number(), item(ItemType.STAFF,
                            List.of(Typography.cleanNames(b.joined())), List.of(), lines(List.of(b)))));
                    cur = null;
                }
                default -> cur = null;
            }
        }
    }

    private boolean isCrosshead(int i, Body cur) {
        Block b = blocks.get(i);
        if (cur.closed || b.parts().size() != 1 || b.lines().size() > 2 || !is(i - 1, BlockKind.PROSE)
                || bodyOf[i - 1] != cur || !is(i + 1, BlockKind.PROSE) || blocks.get(i + 1).frameStart()
                || startsWithDateline(i + 1) || captionFollows(i + 1)) {
            return false;
        }
        if (b.lines().size() == 2
                && b.first().width() >= WRAPPED_HEAD_SHARE * PageLine.medianWidth(blocks.get(i - 1).lines())) {
            return false;
        }
        return b.lines().stream().noneMatch(l -> BlockBuilder.isSubheadline(l.text()));
    }

    /**
     * Wrapped-headline rule: a two-line headline block whose first line nearly fills the text column is a
     * headline wrapped in a narrow frame, not a crosshead (dev czrb-p03 "“全国助残日”活动精彩" / "纷呈" between two
     * runs, 11 of 13 ems); crossheads are short ("以商招商" / "厚植持续发展新优势" in 17-em columns).
     */
    static final double WRAPPED_HEAD_SHARE = 0.75;

    /** Whether the prose run starting at block {@code i} is short, dateline-less and ends at a "■" line. */
    private boolean captionFollows(int i) {
        int chars = 0;
        int j = i;
        while (j < n && blocks.get(j).kind() == BlockKind.PROSE) {
            for (PageLine line : blocks.get(j).lines()) {
                chars += line.text().length();
            }
            if (chars > CAPTION_MAX_CHARS) {
                return false;
            }
            j++;
        }
        return j < n && blocks.get(j).kind() == BlockKind.MARK && chars <= CAPTION_MAX_CHARS && !startsWithDateline(i);
    }

    private void readIndex(int i) {
        used[i] = true;
        int last = i;
        for (int j = i + 1; j < n && j <= i + INDEX_REACH; j++) {
            BlockKind k = blocks.get(j).kind();
            if (k == BlockKind.STAFF || k == BlockKind.MARK || k == BlockKind.JUMP || k == BlockKind.INDEX) {
                break;
            }
            if (blocks.get(j).lines().stream().anyMatch(l -> LinePatterns.isIndexPage(l.text()))) {
                last = j;
            }
        }
        if (last == i) {
            while (last + 1 < n && blocks.get(last + 1).kind() == BlockKind.HEAD && last < i + INDEX_REACH) {
                last++;
            }
        }
        List<String> entries = new ArrayList<>();
        List<Block> fed = new ArrayList<>();
        for (int j = i; j <= last; j++) {
            used[j] = true;
            fed.add(blocks.get(j));
            for (PageLine line : blocks.get(j).lines()) {
                entries.add(Typography.cleanHeadline(line.text()));
            }
        }
        // index boxes are read by where their entries end, which unseen layouts rarely keep (dev: 9 of 9 unflagged
        // index items wrong): the editor checks each one
        items.add(new Placed(blocks.get(i).first().number(), new SegmentedItem(ItemType.INDEX, null, null, null, null,
                null, null, entries, List.of(), null, null, null, List.of(), List.of(), UNCERTAIN_CONFIDENCE, lines(fed))));
    }

    /**
     * Photo rules. A short dateline-less body that ends a sentence, directly followed by a "■" credit, is a caption
     * (000 lines 35-49); a run cut mid-sentence before a byline is a column's end (dev czrb-p03 "…该市抢抓长三",
     * "▲（卢 鸣）").
     * On one-paragraph-per-line pages a "■" credit printed after a body and not before a body of its own ends
     * a caption that is the body's last paragraph ("3月11日,在茌平区…赶制订单。" / "■ 本报记者 李静" / next
     * headline): bylines there stand between a headline and its body. A commentary byline ("■ 本报评论员") is
     * never a credit.
     */
    private void findPhotos() {
        for (int i = 1; i < n; i++) {
            if (!is(i, BlockKind.MARK) || !is(i - 1, BlockKind.PROSE)
                    || LinePatterns.isCommentaryByline(markText(blocks.get(i)))) {
                continue;
            }
            Body body = bodyOf[i - 1];
            int start = body.parts.get(0);
            boolean crossheads = body.parts.stream().anyMatch(p -> crosshead[p]);
            boolean complete = Typography.endsSentence(blocks.get(i - 1).last().text())
                    || blocks.get(i - 1).last().text().endsWith("）");
            if (body.jump == null && !crossheads && complete && captionFollows(start)) {
                body.credit = i;
                used[i] = true;
                // a caption of several paragraphs: the short runs printed right before it (seed 000 lines 35-47)
                for (int before = start - 1; is(before, BlockKind.PROSE) && !blocks.get(before + 1).frameStart()
                        && bodyOf[before].parts.size() == 1 && !startsWithDateline(before)
                        && captionFollows(before); before--) {
                    bodies.remove(bodyOf[before]);
                    body.parts.add(0, before);
                    bodyOf[before] = body;
                }
            } else if (onePerLine && body.parts.size() > 1 && !crosshead[i - 1] && !opensBody(i + 1)
                    && captionFollows(i - 1)) {
                body.parts.remove(Integer.valueOf(i - 1));
                Body caption = new Body();
                caption.parts.add(i - 1);
                caption.credit = i;
                bodyOf[i - 1] = caption;
                bodies.add(caption);
                used[i] = true;
            }
        }
    }

    /** Whether block {@code i} is the first prose block of a body (skipping nothing). */
    private boolean opensBody(int i) {
        return is(i, BlockKind.PROSE) && bodyOf[i].parts.get(0) == i;
    }

    /** Least score at which one body fragment is read as continuing another ({@link #threadBodies()}). */
    static final double THREAD_THRESHOLD = 1.0;
    /** Threading score of a run that stops mid-sentence (times 1.0; 0.4 for a full last line, 0.1 otherwise). */
    static final double OPEN_END = 0.5;
    /** Punctuation that cannot start a sentence: a run opening with it continues another ("，该市…"). */
    static final String CONTINUING_PUNCTUATION = "，、；：。！？）」』”’》";
    /** Threading score of a run that opens with {@link #CONTINUING_PUNCTUATION}. */
    static final double PUNCTUATION_START = 1.5;
    /** Threading score of the same column width (within one em). */
    static final double SAME_WIDTH = 0.3;
    /** Threading score of a run printed later in the text. */
    static final double READING_ORDER = 0.2;
    /** Threading penalty of a run printed under a byline or label: it likely starts a story. */
    static final double SIGNED_START = 0.5;
    /** Weight of shared rare vocabulary (idf-weighted bigram cosine, 0..1) in the threading score. */
    static final double LEXICAL = 2.0;
    /**
     * Fragments, bodies or headline groups this far apart in input order are not paired: a page holds a few dozen,
     * and the bound keeps a runaway input (a 5 MB "page") linear.
     */
    static final int REACH = 64;
    /** Threading penalty of a run printed under a headline group: it likely starts that story. */
    static final double HEADED_START = 1.0;
    /** Threading score of a word across the cut ({@link TextAffinity#wordSpansCut}). */
    static final double WORD_BONUS = 1.5;
    /** Continuations of a run cut mid-sentence that the word rule is asked about, best first. */
    static final int SEAM_CHECKS = 4;
    /** Threading score of the run printed next: extractors mostly keep a frame's columns together. */
    static final double NEXT_BLOCK = 1.0;
    /** Headline score per share of the headline's bigrams that the body's lead repeats. */
    static final double REPEATED = 1.5;
    /** Headline score of a group printed right after the body's last run or right before its first. */
    static final double ADJACENT = 0.5;
    /**
     * Tie-breaker for the side the seeds print headlines on: after the body on hard-wrapped pages (seed 004), before it
     * on one-paragraph-per-line pages (seed 003).
     */
    static final double USUAL_SIDE = 0.1;
    /**
     * Least score of a headline group printed away from the body it is given: a group that repeats too little of
     * any body and sits next to none is a teaser (seed 001 line 405 "数智赋能 创新前行").
     */
    static final double DISTANT_HEADLINE = 0.75;
    /** Least score at which a headline group is given to a body ({@link #placeHeadlines()}). */
    static final double HEADLINE_THRESHOLD = 0.3;
    /** A decision whose score stands less than this above its best rival is reported by a lower confidence. */
    static final double CLEAR_MARGIN = 0.25;
    /** Confidence of a photo item with a one-paragraph caption and a credit. */
    static final double PHOTO_CONFIDENCE = 0.9;
    /** Confidence of an item built on a thin-margin decision: under the desk's review threshold of 0.6. */
    static final double UNCERTAIN_CONFIDENCE = 0.55;
    /** A line at least this share of its block's median width fills its column: the text may go on elsewhere. */
    static final double FULL_LINE = 0.9;

    /**
     * Body-threading rule: one article's text is printed in several columns and frames, which the extractors
     * give as separate runs in any order (dev czrb-p03, pdftotext: "…该市抢抓长三" ends a run and "角一体化发展…"
     * begins another, two frames later). Every run that may go on (it ends mid-sentence, or its last line
     * fills the column) is scored against every run that may be a continuation (no dateline, no "上接" marker):
     * a word across the cut ({@link TextAffinity#wordSpansCut}), a cut at a comma, shared rare vocabulary, the same
     * column width, the next run, reading order. The best pairs are made one to one, never closing a cycle.
     */
    private void threadBodies() {
        List<Body> frags = new ArrayList<>();
        for (Body b : bodies) {
            if (b.credit < 0 && !b.parts.isEmpty()) {
                frags.add(b);
            }
        }
        int m = frags.size();
        double[] endWidth = new double[m];
        double[] startWidth = new double[m];
        boolean[] opensStory = new boolean[m];
        int[] fragmentStarting = new int[n];
        Arrays.fill(fragmentStarting, -1);
        for (int k = 0; k < m; k++) {
            int first = frags.get(k).parts.get(0);
            fragmentStarting[first] = k;
            opensStory[k] = startsWithDateline(first) || blocks.get(first).first().continuedFrom() != null;
            Body b = frags.get(k);
            endWidth[k] = PageLine.medianWidth(blocks.get(b.parts.get(b.parts.size() - 1)).lines());
            startWidth[k] = PageLine.medianWidth(blocks.get(b.parts.get(0)).lines());
        }
        TextAffinity.Profiles vocabulary = null;
        List<Assignment.Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            Body from = frags.get(a);
            int lastPart = from.parts.get(from.parts.size() - 1);
            if (from.closed || crosshead[lastPart]) {
                continue;
            }
            Block last = blocks.get(lastPart);
            String end = last.last().text();
            boolean midSentence = !Typography.endsSentence(end);
            if (midSentence && vocabulary == null) {
                List<String> texts = new ArrayList<>(m);
                frags.forEach(f -> texts.add(sample(f)));
                vocabulary = new TextAffinity.Profiles(texts);
            }
            double open = midSentence ? 1.0
                    : last.last().width() >= FULL_LINE * endWidth[a] && last.lines().size() > 1 ? 0.4 : 0.1;
            // a run that ends a paragraph goes on elsewhere only in the next run: a paragraph's end at the foot of a
            // column gives no evidence to look further
            int nextRun = lastPart + 1 < n ? fragmentStarting[lastPart + 1] : -1;
            int from0 = open < 1.0 ? Math.max(nextRun, 0) : Math.max(0, a - REACH);
            int to0 = open < 1.0 ? nextRun + 1 : Math.min(m, a + REACH + 1);
            List<Assignment.Candidate> own = new ArrayList<>();
            for (int b = from0; b < to0; b++) {
                Body to = frags.get(b);
                int first = to.parts.get(0);
                Block head = blocks.get(first);
                if (b == a || opensStory[b]) {
                    continue;
                }
                boolean note = from.parts.size() == 1 && last.lines().size() >= 2 && last.lines().size() <= NOTE_MAX_LINES
                        && head.lines().size() > 1;
                if (note && Math.max(endWidth[a], startWidth[b]) > NOTE_WIDTH_RATIO * Math.min(endWidth[a], startWidth[b])) {
                    // note rule: a short run that opens a body, followed by text set in a clearly different column
                    // width, is an item of its own, an editor's note or intro printed in another frame (seed 002
                    // lines 103-106, 36 ems wide, before a commentary set 17 ems wide)
                    continue;
                }
                String start = head.first().text();
                double s = OPEN_END * open + (midSentence ? LEXICAL * vocabulary.cosine(a, b) : 0);
                if (!start.isEmpty() && CONTINUING_PUNCTUATION.indexOf(start.charAt(0)) >= 0) {
                    s += PUNCTUATION_START;
                }
                if (Math.abs(endWidth[a] - startWidth[b]) <= 1.0) {
                    s += SAME_WIDTH;
                }
                if (first > lastPart) {
                    s += READING_ORDER;
                }
                if (first == lastPart + 1) {
                    s += NEXT_BLOCK;
                }
                int above = first - 1;
                while (above >= 0 && isAttachment(above)) {
                    above--;
                }
                if (above != first - 1) {
                    s -= SIGNED_START;
                }
                if (is(above, BlockKind.HEAD) && !crosshead[above]) {
                    s -= HEADED_START;
                }
                own.add(new Assignment.Candidate(a, b, s));
            }
            if (midSentence && !own.isEmpty()) {
                // the word rule costs a segmenter run: asked of this run's best few continuations only, and only when
                // its bonus could change which one is best, or make the only one
                own.sort(Comparator.comparingDouble(Assignment.Candidate::score).reversed());
                boolean decided = own.size() > 1 ? own.get(0).score() - own.get(1).score() > WORD_BONUS
                        : own.get(0).score() >= THREAD_THRESHOLD;
                for (int k = 0; !decided && k < Math.min(SEAM_CHECKS, own.size()); k++) {
                    Assignment.Candidate c = own.get(k);
                    String start = blocks.get(frags.get(c.target()).parts.get(0)).first().text();
                    if (TextAffinity.wordSpansCut(end, start)) {
                        own.set(k, new Assignment.Candidate(a, c.target(), c.score() + WORD_BONUS));
                    }
                }
            }
            candidates.addAll(own);
        }
        int[] chain = new int[m];
        for (int i = 0; i < m; i++) {
            chain[i] = i;
        }
        List<Assignment.Pair> joins = Assignment.greedy(candidates, m, m, THREAD_THRESHOLD, (a, b) -> {
            int ra = root(chain, a);
            int rb = root(chain, b);
            chain[rb] = ra;
            return ra != rb;
        });
        int[] next = new int[m];
        boolean[] hasPrev = new boolean[m];
        Arrays.fill(next, -1);
        for (Assignment.Pair p : joins) {
            next[p.source()] = p.target();
            hasPrev[p.target()] = true;
        }
        Set<Body> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int a = 0; a < m; a++) {
            if (hasPrev[a] || next[a] < 0) {
                continue;
            }
            Body head = frags.get(a);
            for (int b = next[a]; b >= 0; b = next[b]) {
                Body tail = frags.get(b);
                head.parts.addAll(tail.parts);
                tail.parts.forEach(p -> bodyOf[p] = head);
                head.jump = tail.jump;
                head.jumpText = tail.jumpText;
                head.jumpLines.addAll(tail.jumpLines);
                head.closed = tail.closed;
                joined.add(tail);
            }
        }
        bodies.removeIf(joined::contains);
        for (Assignment.Pair p : joins) {
            if (p.margin() < CLEAR_MARGIN) {
                bodyOf[frags.get(p.target()).parts.get(0)].uncertain = true;
            }
        }
    }

    /**
     * Headline-placement rule: headline groups are given to bodies by a one-to-one assignment that maximises a
     * score, with no fixed order: printed right after the body's last run (seed 004, and any page whose
     * extractor reads the headline frame after the text frames) or right before its first run, bylines and
     * labels between (seed 003), and how much of the headline the body repeats, rare words weighing more
     * (dev czrb-p03: "九月份重点项目集中开工仪式举行" over "…9月份重点项目集中开工…"). A group that opens a
     * text frame is not read as following a body. A group given no body heads a teaser when a jump line
     * follows it, else it is orphan text.
     */
    private void placeHeadlines() {
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (is(i, BlockKind.HEAD) && !crosshead[i] && !used[i]) {
                groups.add(i);
            }
        }
        List<Body> targets = new ArrayList<>();
        for (Body b : bodies) {
            if (b.heads < 0 && !b.parts.isEmpty()) {
                targets.add(b);
            }
        }
        List<int[]> leads = new ArrayList<>(targets.size());
        List<Long> leadSignatures = new ArrayList<>(targets.size());
        for (Body b : targets) {
            int[] lead = TextAffinity.bigrams(lead(b, SAMPLE_CHARS));
            leads.add(lead);
            leadSignatures.add(TextAffinity.signature(lead));
        }
        List<Assignment.Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int i = groups.get(g);
            int[] headline = TextAffinity.bigrams(blocks.get(i).joined());
            int before = i - 1;
            while (before >= 0 && blocks.get(before).kind() == BlockKind.JUMP) {
                before--;
            }
            int after = i + 1;
            while (after < n && after < i + MAX_SKIP && isAttachment(after)) {
                after++;
            }
            for (int t = 0; t < targets.size(); t++) {
                Body body = targets.get(t);
                if (Math.abs(body.parts.get(0) - i) > REACH && Math.abs(body.parts.get(body.parts.size() - 1) - i) > REACH) {
                    continue;
                }
                boolean follows = before >= 0 && !blocks.get(i).frameStart()
                        && body.parts.get(body.parts.size() - 1) == before;
                boolean precedes = after < n && body.parts.get(0) == after;
                if (!follows && !precedes
                        && REPEATED * TextAffinity.mayContain(headline, leadSignatures.get(t)) < DISTANT_HEADLINE) {
                    continue;
                }
                double s = REPEATED * TextAffinity.containment(headline, leads.get(t));
                if (follows) {
                    s += onePerLine ? ADJACENT : ADJACENT + USUAL_SIDE;
                }
                if (precedes) {
                    s += onePerLine ? ADJACENT + USUAL_SIDE : ADJACENT;
                }
                if (!follows && !precedes && s < DISTANT_HEADLINE) {
                    continue;
                }
                candidates.add(new Assignment.Candidate(g, t, s));
            }
        }
        for (Assignment.Pair p : Assignment.greedy(candidates, groups.size(), targets.size(), HEADLINE_THRESHOLD,
                null)) {
            int i = groups.get(p.source());
            Body body = targets.get(p.target());
            body.heads = i;
            body.uncertain |= p.margin() < CLEAR_MARGIN;
            groupOwner[i] = body;
            used[i] = true;
        }
        for (int i : groups) {
            if (used[i]) {
                continue;
            }
            used[i] = true;
            Body teaser = new Body();
            teaser.heads = i;
            if (is(i + 1, BlockKind.JUMP) && !used[i + 1]) {
                teaser.jump = blocks.get(i + 1).jumpPage();
                teaser.jumpText = blocks.get(i + 1).jumpText();
                teaser.jumpLines.add(blocks.get(i + 1).first().number());
                used[i + 1] = true;
            }
            bodies.add(teaser);
            groupOwner[i] = teaser;
        }
    }

    /** The body's text, its runs joined in order. */
    private String bodyText(Body body) {
        StringBuilder b = new StringBuilder();
        for (int p : body.parts) {
            b.append(blocks.get(p).joined());
        }
        return b.toString();
    }

    /** Characters of a body's lead that a headline is compared with. */
    static final int SAMPLE_CHARS = 160;
    /** Characters from each end of a fragment that stand for its vocabulary ({@link #sample}). */
    static final int THREAD_SAMPLE_CHARS = 60;

    /**
     * The text that stands for a fragment's vocabulary: its first and last {@link #THREAD_SAMPLE_CHARS} characters, where a
     * story's continuation meets it and where its lead repeats the headline; keeps the lexical scores linear in the
     * page with a small constant.
     */
    private String sample(Body body) {
        StringBuilder head = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        int total = 0;
        for (int p : body.parts) {
            for (PageLine line : blocks.get(p).lines()) {
                total += line.text().length();
            }
        }
        if (total <= 2 * THREAD_SAMPLE_CHARS) {
            return bodyText(body);
        }
        head.append(lead(body, THREAD_SAMPLE_CHARS));
        for (int k = body.parts.size() - 1; k >= 0 && tail.length() < THREAD_SAMPLE_CHARS; k--) {
            List<PageLine> lines = blocks.get(body.parts.get(k)).lines();
            for (int i = lines.size() - 1; i >= 0 && tail.length() < THREAD_SAMPLE_CHARS; i--) {
                tail.insert(0, lines.get(i).text());
            }
        }
        return head.append('\n').append(tail).toString();
    }

    /** The first {@code chars} characters (or a few more: whole lines) of a body: its lead. */
    private String lead(Body body, int chars) {
        StringBuilder b = new StringBuilder();
        for (int p : body.parts) {
            for (PageLine line : blocks.get(p).lines()) {
                if (b.length() >= chars) {
                    return b.toString();
                }
                b.append(line.text());
            }
        }
        return b.toString();
    }

    /** The root of a chain of joined fragments (union-find with path halving). */
    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void placeBylinesAndColumns() {
        for (int i = 0; i < n; i++) {
            if (used[i] || !isAttachment(i)) {
                continue;
            }
            BlockKind kind = blocks.get(i).kind();
            Owner owner = kind == BlockKind.COLUMN ? forward(i) : bylineOwner(i);
            if (owner == null) {
                continue;
            }
            used[i] = true;
            if (kind == BlockKind.COLUMN) {
                if (owner.body.column < 0) {
                    owner.body.column = i;
                } else {
                    used[i] = false;
                }
            } else {
                owner.body.bylines.add(i);
                owner.body.bylineUncertain |= owner.weak;
            }
        }
    }

    private Owner bylineOwner(int i) {
        int prev = i - 1;
        while (prev >= 0 && prev > i - MAX_SKIP && isAttachment(prev)) {
            prev--;
        }
        boolean afterHead = prev >= 0 && is(prev, BlockKind.HEAD) && groupOwner[prev] != null;
        boolean underHead = afterHead && blocks.get(prev).last().number() + 1 == blocks.get(i).first().number();
        if (underHead || (onePerLine && afterHead)) {
            return new Owner(groupOwner[prev], false);
        }
        int next = i + 1;
        while (next < n && next < i + MAX_SKIP && isAttachment(next)) {
            next++;
        }
        boolean directlyAbove = next < n && blocks.get(i).last().number() + 1 == blocks.get(next).first().number();
        if (is(next, BlockKind.PROSE) && bodyOf[next].parts.get(0) == next
                && (!startsWithDateline(next) || directlyAbove)) {
            // a byline printed on the line right over a dateline is that story's (dev czrb-p03: "（郭茂让 周佳佳）",
            // "本报讯 明光市近日举行…")
            return new Owner(bodyOf[next], false);
        }
        if (afterHead) {
            return new Owner(groupOwner[prev], true);
        }
        return forward(i);
    }

    /** The item of the next body or headline group, skipping bylines and labels. */
    private Owner forward(int i) {
        for (int j = i + 1; j < n && j <= i + MAX_SKIP; j++) {
            if (is(j, BlockKind.PROSE) && bodyOf[j] != null) {
                return new Owner(bodyOf[j], true);
            }
            if (is(j, BlockKind.HEAD) && groupOwner[j] != null) {
                return new Owner(groupOwner[j], false);
            }
            if (!isAttachment(j)) {
                return null;
            }
        }
        return null;
    }

    private List<SegmentedItem> build() {
        for (Body body : bodies) {
            items.add(body.credit >= 0 ? photo(body) : article(body));
        }
        for (int i = 0; i < n; i++) {
            if (!used[i] && bodyOf[i] == null && !is(i, BlockKind.JUMP)) {
                Block b = blocks.get(i);
                String text = is(i, BlockKind.MARK) ? markText(b) : Typography.removeArtefactSpaces(b.joined());
                items.add(new Placed(b.first().number(), item(ItemType.ARTICLE, List.of(text),
                        List.of(Flag.ORPHAN_TEXT), lines(List.of(b)))));
            }
        }
        items.sort(Comparator.comparingInt(Placed::anchor));
        List<SegmentedItem> out = new ArrayList<>(items.size());
        items.forEach(p -> out.add(p.item()));
        return out;
    }

    /**
     * A photo: its caption and credit. Photo-news rule: a photo with a headline group is an article carrying the
     * photo, its text before the caption as paragraphs (dev hljrb-p01: "来公益冰场“撒欢儿”" over "近日，在哈尔滨市道里区
     * 体育公园…" and "本报记者 苏强摄"); without one it is a photo item.
     */
    private Placed photo(Body body) {
        List<Block> prose = blocksOf(body.parts);
        List<String> paragraphs = new ArrayList<>();
        for (String p : ParagraphJoiner.paragraphs(prose, onePerLine)) {
            paragraphs.add(Typography.removeArtefactSpaces(p));
        }
        List<Block> fed = new ArrayList<>(prose);
        fed.add(blocks.get(body.credit));
        String credit = markText(blocks.get(body.credit));
        if (body.heads < 0) {
            Photo photo = new Photo(String.join("\n", paragraphs), credit, null);
            // a caption of several paragraphs is mostly a story's text taken for a caption (dev: 42 of 43 wrong)
            double confidence = paragraphs.size() > 1 ? UNCERTAIN_CONFIDENCE : PHOTO_CONFIDENCE;
            return new Placed(prose.get(0).first().number(), new SegmentedItem(ItemType.PHOTO, null, null, null, null,
                    null, null, List.of(), List.of(), null, null, null, List.of(photo), List.of(), confidence, lines(fed)));
        }
        Block group = blocks.get(body.heads);
        fed.add(group);
        Headings h = HeadingRoles.assign(group);
        List<Flag> flags = h.uncertain() ? List.of(Flag.HEADLINE_ROLE_UNCERTAIN) : List.of();
        Photo photo = new Photo(paragraphs.get(paragraphs.size() - 1), credit, null);
        double confidence = confidence(flags, body.uncertain || opensMidSentence(paragraphs));
        return new Placed(prose.get(0).first().number(), new SegmentedItem(ItemType.ARTICLE, null, h.kicker(),
                h.headline(), h.subheadline(), null, null, paragraphs.subList(0, paragraphs.size() - 1), List.of(), null,
                null, null, List.of(photo), flags, confidence, lines(fed)));
    }

    private Placed article(Body body) {
        List<Block> fed = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Headings h = new Headings(null, null, null, false);
        if (body.heads >= 0) {
            Block group = blocks.get(body.heads);
            fed.add(group);
            h = HeadingRoles.assign(group);
            if (h.uncertain()) {
                flags.add(Flag.HEADLINE_ROLE_UNCERTAIN);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> crossheads = new ArrayList<>();
        String dateline = null;
        List<Block> run = new ArrayList<>();
        for (int p : body.parts) {
            Block b = blocks.get(p);
            fed.add(b);
            if (crosshead[p]) {
                dateline = flushRun(run, paragraphs, dateline, paragraphs.isEmpty() && dateline == null);
                String text = HeadingRoles.joinSpaced(b.lines());
                crossheads.add(text);
                paragraphs.add(text);
            } else {
                run.add(b);
            }
        }
        dateline = flushRun(run, paragraphs, dateline, paragraphs.isEmpty() && dateline == null);
        String byline = null;
        if (!body.bylines.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i : body.bylines) {
                fed.add(blocks.get(i));
                names.add(markText(blocks.get(i)));
            }
            byline = String.join(" ", names);
            if (body.bylineUncertain) {
                flags.add(Flag.BYLINE_UNCERTAIN);
            }
        }
        String column = null;
        if (body.column >= 0) {
            fed.add(blocks.get(body.column));
            String label = blocks.get(body.column).first().text();
            column = Typography.isLetterSpaced(label) ? label.replace(" ", "") : label.replaceAll(" +", " ");
        }
        ItemType type = paragraphs.isEmpty() ? ItemType.TEASER : ItemType.ARTICLE;
        if (type == ItemType.ARTICLE && h.headline() == null) {
            flags.add(Flag.HEADLINE_MISSING);
        }
        if (type == ItemType.TEASER && body.jump == null) {
            // orphan-headline rule: a teaser names the page its story is on ("详见第4版", dev hxdsb-e1-p1); a
            // headline group without one is a headline whose body was not found (content-stream order)
            flags.add(Flag.ORPHAN_TEXT);
        }
        if (type == ItemType.ARTICLE && body.jump == null
                && !Typography.endsSentence(paragraphs.get(paragraphs.size() - 1))) {
            flags.add(Flag.BODY_ENDS_MID_SENTENCE);
        }
        List<LineRange> ranges = lines(fed, body.jumpLines);
        int anchor = body.parts.isEmpty() ? blocks.get(body.heads).first().number()
                : blocks.get(body.parts.get(0)).first().number();
        SegmentedItem item = new SegmentedItem(type, column, h.kicker(), h.headline(), h.subheadline(), byline,
                dateline, paragraphs, crossheads, body.jump, continuedFrom(fed), body.jumpText, List.of(), flags,
                // unsigned-story rule: on dev, 53 of 56 articles with neither dateline nor byline were wrong (the
                // story's start, with its dateline or byline, was lost to another item)
                confidence(flags, body.uncertain || (dateline == null && (byline == null || opensMidSentence(paragraphs)))),
                ranges);
        return new Placed(anchor, item);
    }

    /**
     * Open-start rule: a body whose text begins with closing punctuation or closes a bracket it never opened starts
     * in the middle of a sentence, a sign that its first run belongs to another story ("记者汤珏）为进一步提高…", dev
     * czrb-p01 mutool, the end of a byline wrapped into the text); the item is then reported with low confidence.
     */
    static boolean opensMidSentence(List<String> paragraphs) {
        if (paragraphs.isEmpty() || paragraphs.get(0).isEmpty()) {
            return false;
        }
        String first = paragraphs.get(0);
        if (CONTINUING_PUNCTUATION.indexOf(first.charAt(0)) >= 0) {
            return true;
        }
        int close = first.indexOf('）');
        int open = first.indexOf('（');
        return close >= 0 && close < OPEN_START_CHARS && (open < 0 || open > close);
    }

    /** Characters of a body's start searched for a bracket closed but never opened. */
    static final int OPEN_START_CHARS = 24;

    /** Joins a run of prose blocks into paragraphs; takes the dateline off the body's first paragraph. */
    private String flushRun(List<Block> run, List<String> paragraphs, String dateline, boolean bodyStart) {
        if (run.isEmpty()) {
            return dateline;
        }
        List<String> raw = ParagraphJoiner.paragraphs(run, onePerLine);
        run.clear();
        for (int k = 0; k < raw.size(); k++) {
            String p = raw.get(k);
            if (k == 0 && bodyStart) {
                int len = LinePatterns.datelineLength(p);
                if (len > 0) {
                    dateline = Typography.cleanNames(p.substring(0, len));
                    p = p.substring(len);
                }
            }
            String clean = Typography.removeArtefactSpaces(p);
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return dateline;
    }

    /** The confidence of the flags, at most {@link #UNCERTAIN_CONFIDENCE} when the item rests on a doubtful call. */
    private static double confidence(List<Flag> flags, boolean doubtful) {
        return doubtful ? Math.min(UNCERTAIN_CONFIDENCE, confidence(flags)) : confidence(flags);
    }

    private static double confidence(List<Flag> flags) {
        double c = 1.0;
        for (Flag f : flags) {
            c -= switch (f) {
                case HEADLINE_MISSING -> 0.25;
                case HEADLINE_ROLE_UNCERTAIN, BYLINE_UNCERTAIN -> 0.15;
                case BODY_ENDS_MID_SENTENCE -> 0.1;
                case ORPHAN_TEXT -> 0.7;
                case JUMP_UNMATCHED, JUMP_AMBIGUOUS -> 0.0; // article-service's jump matching sets them, not this
            };
        }
        return Math.max(0.0, Math.round(c * 100) / 100.0);
    }

    /** The byline or credit of a "■" block: "■ 本 报 记 者 夏旭光" + "本报通讯员 杨坤" → "本报记者 夏旭光 本报通讯员 杨坤". */
    static String markText(Block b) {
        List<String> parts = new ArrayList<>();
        for (PageLine line : b.lines()) {
            String text = line.text();
            if (!text.isEmpty() && LinePatterns.MARKS.indexOf(text.charAt(0)) >= 0) {
                text = text.substring(1);
            }
            String clean = Typography.cleanNames(text);
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        return String.join(" ", parts);
    }

    private List<Block> blocksOf(List<Integer> indexes) {
        List<Block> out = new ArrayList<>(indexes.size());
        indexes.forEach(i -> out.add(blocks.get(i)));
        return out;
    }

    /** An item of paragraphs only: no headline group, byline, dateline, crossheads, jump or photos. */
    private static SegmentedItem item(ItemType type, List<String> paragraphs, List<Flag> flags,
                                      List<LineRange> ranges) {
        return new SegmentedItem(type, null, null, null, null, null, null, paragraphs, List.of(), null, null,
                null, List.of(), flags, confidence(flags), ranges);
    }

    /** The page of the first continuation marker ("（上接第1版）") on the lines of an item's blocks, else {@code null}. */
    private static Integer continuedFrom(List<Block> fed) {
        for (Block b : fed) {
            for (PageLine line : b.lines()) {
                if (line.continuedFrom() != null) {
                    return line.continuedFrom();
                }
            }
        }
        return null;
    }

    private static List<LineRange> lines(List<Block> fed) {
        return lines(fed, List.of());
    }

    /**
     * @param fed   blocks that fed an item
     * @param extra further line numbers (jump lines)
     * @return ascending, merged 1-based line ranges
     */
    static List<LineRange> lines(List<Block> fed, List<Integer> extra) {
        TreeSet<Integer> numbers = new TreeSet<>(extra);
        for (Block b : fed) {
            for (PageLine l : b.lines()) {
                numbers.add(l.number());
            }
        }
        List<LineRange> out = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int num : numbers) {
            if (first < 0) {
                first = num;
            } else if (num != last + 1) {
                out.add(new LineRange(first, last));
                first = num;
            }
            last = num;
        }
        if (first > 0) {
            out.add(new LineRange(first, last));
        }
        return out;
    }

    /** A body of prose blocks (or a teaser's empty body) and what is attached to it; indexes into the blocks. */
    private static final class Body {
        final List<Integer> parts = new ArrayList<>();
        final List<Integer> bylines = new ArrayList<>();
        final List<Integer> jumpLines = new ArrayList<>();
        int heads = -1;
        int credit = -1;
        int column = -1;
        Integer jump;
        /** The jump as printed ("（下转第8版）", "详见第2版"), with {@link #jump}. */
        String jumpText;
        boolean closed;
        boolean bylineUncertain;
        /** A threading or headline decision was made on a thin margin. */
        boolean uncertain;
    }

    /** Where a byline or label goes, and whether that call is weak. */
    private record Owner(Body body, boolean weak) {
    }

    /** An item with the input line that orders it. */
    private record Placed(int anchor, SegmentedItem item) {
    }
}
