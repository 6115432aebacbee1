package io.newsroom.segmenter.pipeline;

import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Stage 6: turns the page's blocks into items. Frames are not in reading order, so the blocks are first read
 * as bodies (runs of prose), then headline groups, bylines, credits, column labels and jumps are attached:
 * <ul>
 *   <li><b>body start</b>: prose starts a new body after any non-prose block, at a frame start, at a dateline
 *       ("本报讯（记者 林晨）…") and after a jump;</li>
 *   <li><b>crosshead</b>: a one- or two-line headline block between two prose blocks of one body, when the
 *       second is not a fresh start (no dateline, not a caption) — "以商招商 / 厚植持续发展新优势";</li>
 *   <li><b>photo</b>: a short dateline-less body directly followed by a "■" line is a caption with its credit
 *       (000 lines 35-49); a "■" line anywhere else is a byline;</li>
 *   <li><b>headline placement</b>: on hard-wrapped pages a headline group follows its body (004: "every headline
 *       block follows its body") unless it opens a text frame; on one-paragraph-per-line pages it precedes it (003).
 *       A group left over heads
 *       the next headline-less body, else it is a teaser;</li>
 *   <li><b>byline placement</b>: a "■" line printed right under a headline belongs to that headline's item
 *       (002 line 101); one before a dateline-less body belongs to that body (000 line 145).</li>
 * </ul>
 * Text that fits nowhere becomes an {@link Flag#ORPHAN_TEXT} item, so nothing is dropped.
 */
public final class ItemAssembler {

    /** A caption is short: at most this many characters. */
    static final int CAPTION_MAX_CHARS = 300;
    /** A column label found by position ("权威访谈" between byline and body) has at most this many characters. */
    static final int SHORT_LABEL_CHARS = 6;
    /** How far after "今日导读" the index box's last "第N版" entry may be, in blocks. */
    static final int INDEX_REACH = 10;
    /** A note printed before a body in another frame has at most this many lines. */
    static final int NOTE_MAX_LINES = 6;
    /** Bylines and labels between a headline and its body: at most this many blocks are looked across. */
    static final int MAX_SKIP = 4;
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
                            && i > 0 && (is(i - 1, BlockKind.PROSE) || crosshead[i - 1]) && !isNoteBefore(cur, b);
                    if (!continues) {
                        cur = new Body();
                        bodies.add(cur);
                    }
                    cur.parts.add(i);
                    bodyOf[i] = cur;
                    if (b.jumpPage() != null) {
                        cur.jump = b.jumpPage();
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

    /**
     * Note rule: a short block that opens a body, followed by text set in a clearly different column width, is
     * an item of its own — an editor's note or intro printed in another frame (002 lines 103-106, 36 ems wide,
     * before a commentary set 17 ems wide).
     */
    private boolean isNoteBefore(Body cur, Block next) {
        if (cur.parts.size() != 1) {
            return false;
        }
        Block first = blocks.get(cur.parts.get(0));
        if (first.lines().size() > NOTE_MAX_LINES || first.lines().size() < 2 || next.lines().size() < 2) {
            return false;
        }
        double a = medianWidth(first);
        double b = medianWidth(next);
        return Math.max(a, b) > NOTE_WIDTH_RATIO * Math.min(a, b);
    }

    private static double medianWidth(Block b) {
        double[] w = b.lines().stream().mapToDouble(PageLine::width).sorted().toArray();
        return w[w.length / 2];
    }

    private boolean isCrosshead(int i, Body cur) {
        Block b = blocks.get(i);
        if (cur.closed || b.parts().size() != 1 || b.lines().size() > 2 || !is(i - 1, BlockKind.PROSE)
                || bodyOf[i - 1] != cur || !is(i + 1, BlockKind.PROSE) || blocks.get(i + 1).frameStart()
                || startsWithDateline(i + 1) || captionFollows(i + 1)) {
            return false;
        }
        return b.lines().stream().noneMatch(l -> BlockBuilder.isSubheadline(l.text()));
    }

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
        items.add(new Placed(blocks.get(i).first().number(), item(ItemType.INDEX, entries, List.of(), lines(fed))));
    }

    /**
     * Photo rules. A short dateline-less body directly followed by a "■" credit is a caption (000 lines 35-49).
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
            if (body.jump == null && !crossheads && captionFollows(start)) {
                body.credit = i;
                used[i] = true;
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

    private void placeHeadlines() {
        if (!onePerLine) {
            for (int i = 0; i < n; i++) {
                if (is(i, BlockKind.HEAD) && !crosshead[i] && !blocks.get(i).frameStart()) {
                    int j = i - 1;
                    while (j >= 0 && blocks.get(j).kind() == BlockKind.JUMP) {
                        j--;
                    }
                    if (j >= 0 && blocks.get(j).kind() == BlockKind.PROSE && bodyOf[j].credit < 0
                            && bodyOf[j].heads < 0) {
                        bodyOf[j].heads = i;
                        groupOwner[i] = bodyOf[j];
                        used[i] = true;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!is(i, BlockKind.HEAD) || crosshead[i] || used[i]) {
                continue;
            }
            int j = i + 1;
            while (j < n && j < i + MAX_SKIP && isAttachment(j)) {
                j++;
            }
            used[i] = true;
            if (is(j, BlockKind.PROSE) && bodyOf[j].parts.get(0) == j && bodyOf[j].heads < 0 && bodyOf[j].credit < 0) {
                bodyOf[j].heads = i;
                groupOwner[i] = bodyOf[j];
            } else {
                Body teaser = new Body();
                teaser.heads = i;
                if (is(i + 1, BlockKind.JUMP) && !used[i + 1]) {
                    teaser.jump = blocks.get(i + 1).jumpPage();
                    teaser.jumpLines.add(blocks.get(i + 1).first().number());
                    used[i + 1] = true;
                }
                bodies.add(teaser);
                groupOwner[i] = teaser;
            }
        }
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
        if (is(next, BlockKind.PROSE) && bodyOf[next].parts.get(0) == next && !startsWithDateline(next)) {
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

    private Placed photo(Body body) {
        List<Block> prose = blocksOf(body.parts);
        List<String> captions = new ArrayList<>();
        for (String p : ParagraphJoiner.paragraphs(prose, onePerLine)) {
            captions.add(Typography.removeArtefactSpaces(p));
        }
        List<Block> fed = new ArrayList<>(prose);
        fed.add(blocks.get(body.credit));
        Photo photo = new Photo(String.join("\n", captions), markText(blocks.get(body.credit)), null);
        return new Placed(prose.get(0).first().number(), new SegmentedItem(ItemType.PHOTO, null, null, null, null,
                null, null, List.of(), List.of(), null, null, List.of(photo), List.of(), 0.9, lines(fed)));
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
                dateline, paragraphs, crossheads, body.jump, continuedFrom(fed), List.of(), flags, confidence(flags),
                ranges);
        return new Placed(anchor, item);
    }

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

    private static double confidence(List<Flag> flags) {
        double c = 1.0;
        for (Flag f : flags) {
            c -= switch (f) {
                case HEADLINE_MISSING -> 0.25;
                case HEADLINE_ROLE_UNCERTAIN, BYLINE_UNCERTAIN -> 0.15;
                case BODY_ENDS_MID_SENTENCE -> 0.1;
                case ORPHAN_TEXT -> 0.7;
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
                List.of(), flags, confidence(flags), ranges);
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
        boolean closed;
        boolean bylineUncertain;
    }

    /** Where a byline or label goes, and whether that call is weak. */
    private record Owner(Body body, boolean weak) {
    }

    /** An item with the input line that orders it. */
    private record Placed(int anchor, SegmentedItem item) {
    }
}
