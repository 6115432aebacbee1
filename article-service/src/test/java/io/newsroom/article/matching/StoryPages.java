package io.newsroom.article.matching;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.newsroom.contract.LineRange;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Real pages for the identity tests, and what happens to a page between two uploads. The pages are the hand-checked
 * gold segmentations of the seed pages ({@code seeds/gold}) and of the segmenter's {@code dev} corpus (one text
 * extractor per page, {@code segmenter/corpus/dev/gold/*.pdftotext.json}; never the held-out {@code test} split).
 * Each item carries its story: the real article its text comes from (the corpus composes its pages from the articles
 * of {@code segmenter/corpus/sources/}, one article may be printed on several pages or cut by a jump), else — for the
 * boxes the corpus generator writes itself (编者按, staff lines, 今日导读) and the seed pages — the normalised text it
 * had when first read. An edited item keeps its story.
 */
public final class StoryPages {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new ContractJsonModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** CJK characters an edit puts in (common in news text, so an edit does not stand out). */
    private static final String CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";

    private StoryPages() {
    }

    /**
     * One page: its name and items in page order.
     *
     * @param name  e.g. {@code czrb-p01.pdftotext} or {@code 000_4d5d399ab3f75c42}
     * @param items the gold items, with source lines laid out by {@link #laidOut}
     */
    public record Page(String name, List<Story> items) {
    }

    /**
     * An item and the story it tells.
     *
     * @param story the story's key (its first text, normalised)
     * @param item  the item as it is now
     */
    public record Story(String story, SegmentedItem item) {
    }

    /** @return every page: the three gold seed pages, then the 55 dev corpus pages */
    public static List<Page> pages() {
        Path seeds = Seeds.dir().resolve("gold");
        Path dev = Seeds.dir().resolve("..").resolve("segmenter").resolve("corpus").resolve("dev").resolve("gold");
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> a = Files.list(seeds); Stream<Path> b = Files.list(dev)) {
            List<Path> files = new ArrayList<>(a.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            files.addAll(b.filter(p -> p.getFileName().toString().endsWith(".pdftotext.json")).sorted().toList());
            for (Path file : files) {
                JsonNode items = JSON.readTree(file.toFile()).get("items");
                String name = file.getFileName().toString();
                List<String[]> sources = name.contains("-") ? sources(name.substring(0, name.indexOf('-'))) : List.of();
                List<Story> stories = new ArrayList<>();
                for (JsonNode node : items) {
                    SegmentedItem item = JSON.treeToValue(node, SegmentedItem.class);
                    stories.add(new Story(story(item, sources), item));
                }
                pages.add(new Page(file.getFileName().toString().replaceFirst("\\.json$", ""), laidOut(stories)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.size() < 50) {
            throw new IllegalStateException("expected the 3 seed and 55 dev corpus pages, found " + pages.size());
        }
        return pages;
    }

    /**
     * The source articles of a paper as {@code [id, normalised text, normalised headline]}; none for a paper without
     * sources.
     */
    private static List<String[]> sources(String paper) {
        Path file = Seeds.dir().resolve("..").resolve("segmenter").resolve("corpus").resolve("sources")
                .resolve(paper + ".json");
        List<String[]> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (JsonNode a : JSON.readTree(file.toFile()).get("articles")) {
                StringBuilder text = new StringBuilder();
                for (String member : List.of("kicker", "headline", "subheadline")) {
                    text.append(a.path(member).asText("")).append('|');
                }
                a.path("paragraphs").forEach(p -> text.append(p.asText()).append('|'));
                a.path("photos").forEach(p -> text.append(p.path("caption").asText("")).append('|'));
                out.add(new String[] {a.get("id").asText(), TextSimilarity.normalise(text.toString()),
                        TextSimilarity.normalise(a.path("headline").asText(""))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @return "article:" and the source article the item's text comes from (or, for an item with a headline and no
     *         text, whose headline it is), else "text:" and its own text
     */
    private static String story(SegmentedItem item, List<String[]> sources) {
        String probe = item.paragraphs().stream().map(TextSimilarity::normalise).filter(t -> t.length() >= 8)
                .findFirst()
                .or(() -> item.photos().stream().map(p -> TextSimilarity.normalise(p.caption()))
                        .filter(t -> t.length() >= 8).findFirst())
                .map(t -> t.substring(0, Math.min(t.length(), 24)))
                .orElse(null);
        String headline = TextSimilarity.normalise(item.headline());
        if (!"编者按".equals(item.column())) {
            for (String[] source : sources) {
                if (probe != null ? source[1].contains(probe) : !headline.isEmpty() && source[2].equals(headline)) {
                    return "article:" + source[0];
                }
            }
        }
        return "text:" + key(item);
    }

    /** @return the normalised text of an item */
    public static String key(SegmentedItem item) {
        StringBuilder text = new StringBuilder();
        Stream.of(item.kicker(), item.headline(), item.subheadline()).forEach(t -> text.append(t).append('|'));
        item.paragraphs().forEach(t -> text.append(t).append('|'));
        item.photos().forEach(p -> text.append(p.caption()).append('/').append(p.credit()).append('|'));
        return TextSimilarity.normalise(text.toString());
    }

    /**
     * Gives the items the source lines they would have in a page text printed in this order: a line per headline
     * part, about 20 characters per line of text, two lines per photo, a blank line between items.
     *
     * @param stories items in page order
     * @return the same items with their source lines
     */
    public static List<Story> laidOut(List<Story> stories) {
        List<Story> out = new ArrayList<>(stories.size());
        int line = 1;
        for (Story s : stories) {
            SegmentedItem i = s.item();
            int lines = (int) Stream.of(i.kicker(), i.headline(), i.subheadline()).filter(t -> t != null).count();
            for (String p : i.paragraphs()) {
                lines += Math.max(1, (p.length() + 19) / 20);
            }
            lines += 2 * i.photos().size();
            lines = Math.max(1, lines);
            out.add(new Story(s.story(), with(i, i.paragraphs(), i.headline(),
                    List.of(new LineRange(line, line + lines - 1)))));
            line += lines + 1;
        }
        return out;
    }

    /**
     * A light edit that keeps the story: one to three of — a few characters changed in a paragraph, a sentence
     * added or dropped, a paragraph split in two, one character of the headline changed.
     *
     * @param story the item
     * @param rnd   the trial's random source
     * @return the edited item, same story
     */
    public static Story edited(Story story, Random rnd) {
        SegmentedItem item = story.item();
        List<String> paragraphs = new ArrayList<>(item.paragraphs());
        String headline = item.headline();
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int kind = rnd.nextInt(5);
            if (kind == 4 && headline != null && headline.length() > 3) {
                int at = rnd.nextInt(headline.length());
                headline = headline.substring(0, at) + randomChar(rnd) + headline.substring(at + 1);
                continue;
            }
            if (paragraphs.isEmpty()) {
                continue;
            }
            int p = rnd.nextInt(paragraphs.size());
            String text = paragraphs.get(p);
            switch (kind) {
                case 0 -> { // typos: up to 3 characters replaced
                    StringBuilder b = new StringBuilder(text);
                    for (int k = 0; k < 1 + rnd.nextInt(3) && b.length() > 0; k++) {
                        b.setCharAt(rnd.nextInt(b.length()), randomChar(rnd));
                    }
                    text = b.toString();
                }
                case 1 -> text = text + "记者" + randomChar(rnd) + randomChar(rnd) + "报道。"; // a sentence added
                case 2 -> { // the last sentence dropped, when the paragraph has several
                    int cut = text.lastIndexOf('。', text.length() - 2);
                    if (cut > text.length() / 2) {
                        text = text.substring(0, cut + 1);
                    }
                }
                default -> { // a paragraph split in two
                    if (text.length() > 10 && (item.crossheads().isEmpty())) {
                        int at = text.length() / 2;
                        paragraphs.set(p, text.substring(0, at));
                        paragraphs.add(p + 1, text.substring(at));
                        continue;
                    }
                }
            }
            paragraphs.set(p, text);
        }
        return new Story(story.story(), with(item, paragraphs, headline, item.sourceLines()));
    }

    /**
     * What happens to a page between two uploads: one to three of — one or two items deleted, one or two items of
     * another page inserted, the items shuffled or one moved, one or two items {@link #edited}; then the page is laid
     * out again.
     *
     * @param items   the page's items now
     * @param pages   where inserted items come from
     * @param rnd     the trial's random source
     * @param edited  receives the items whose text is new (edited, or inserted)
     * @param history receives a line per change, for the failure message
     * @return the page's items after the changes
     */
    public static List<Story> mutate(List<Story> items, List<Page> pages, Random rnd, Set<Story> edited,
            List<String> history) {
        List<Story> page = new ArrayList<>(items);
        int ops = 1 + rnd.nextInt(3);
        for (int o = 0; o < ops; o++) {
            int op = rnd.nextInt(4);
            switch (op) {
                case 0 -> {
                    int n = Math.min(page.size() - 1, 1 + rnd.nextInt(2));
                    for (int k = 0; k < n; k++) {
                        int at = rnd.nextInt(page.size());
                        page.remove(at);
                        history.add("delete " + at);
                    }
                }
                case 1 -> {
                    Page other = pages.get(rnd.nextInt(pages.size()));
                    int n = 1 + rnd.nextInt(2);
                    for (int k = 0; k < n; k++) {
                        Story s = other.items().get(rnd.nextInt(other.items().size()));
                        int at = rnd.nextInt(page.size() + 1);
                        page.add(at, s);
                        history.add("insert from " + other.name() + " at " + at);
                    }
                }
                case 2 -> {
                    if (rnd.nextBoolean()) {
                        Collections.shuffle(page, rnd);
                        history.add("shuffle");
                    } else if (page.size() > 1) {
                        int from = rnd.nextInt(page.size());
                        int to = rnd.nextInt(page.size());
                        page.add(to, page.remove(from));
                        history.add("move " + from + "->" + to);
                    }
                }
                default -> {
                    int n = 1 + rnd.nextInt(2);
                    for (int k = 0; k < n && !page.isEmpty(); k++) {
                        int at = rnd.nextInt(page.size());
                        Story e = StoryPages.edited(page.get(at), rnd);
                        page.set(at, e);
                        history.add("edit " + at);
                    }
                }
            }
        }
        List<Story> laid = StoryPages.laidOut(page);
        // an item is "edited" when its text differs from every item's before this round
        Set<String> before = new HashSet<>();
        items.forEach(s -> before.add(StoryPages.key(s.item())));
        for (Story s : laid) {
            if (!before.contains(StoryPages.key(s.item()))) {
                edited.add(s);
            }
        }
        return laid;
    }

    private static char randomChar(Random rnd) {
        return CJK.charAt(rnd.nextInt(CJK.length()));
    }

    private static SegmentedItem with(SegmentedItem i, List<String> paragraphs, String headline,
            List<LineRange> lines) {
        List<String> crossheads = i.crossheads().stream().filter(paragraphs::contains).toList();
        List<Photo> photos = i.photos();
        return new SegmentedItem(i.type(), i.column(), i.kicker(), headline, i.subheadline(), i.byline(),
                i.dateline(), paragraphs, crossheads, i.continuesOnPage(), i.continuedFromPage(), i.jumpText(), photos, i.flags(),
                i.confidence(), lines);
    }
}
