package io.newsroom.article.parsing;

import io.newsroom.contract.Contributor;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a printed byline (署名) into contributors. Pure function, no I/O.
 *
 * <p>Rules, from the bylines of 聊城日报 front pages:
 * <ul>
 * <li>The byline is a run of tokens separated by spaces, {@code 、}, {@code ，} or {@code ,}; a leading
 * {@code ■} is dropped.</li>
 * <li>A <em>role token</em> is an optional affiliation ({@code 本报}, {@code 新华社}, or any 2–6 Han characters
 * ending in 报/社/台/网) followed by a role word ({@link #ROLES}) and optionally, without a space, a name:
 * {@code 本报记者}, {@code 记者赵宗锋}, {@code 本报评论员}.</li>
 * <li>Every other token is a name credited with the last role seen; before any role it is an
 * {@link Contributor#AUTHOR author} ({@code ■ 张英东}).</li>
 * <li>A role token followed by no name is a collective credit with a {@code null} name ({@code 本报评论员}).</li>
 * <li>Two single-character tokens in a row are one two-character name: papers pad a two-character name with a space
 * to the width of a three-character one ({@code 本报讯（张 黎 郭元辉）}, {@code （龚文文 邬 盛）} in the segmenter's
 * dev corpus) → {@code 张黎}, {@code 郭元辉}.</li>
 * <li>The text is NFKC-normalised first, so the Kangxi radicals some PDF extractors print ({@code ⾼婷婷},
 * U+2FBC) read as the ideographs they stand for ({@code 高婷婷}).</li>
 * </ul>
 * Example: {@code 本报记者 夏旭光 本报通讯员 杨坤} → {@code [{本报,记者,夏旭光}, {本报,通讯员,杨坤}]}.
 */
public final class BylineParser {

    /** Role words, longest first so that {@code 摄影记者} wins over {@code 记者}. */
    public static final List<String> ROLES = List.of("全媒体记者", "特约记者", "摄影记者", "见习记者", "记者", "通讯员", "评论员",
            "实习生", "摄影");

    private static final Pattern ROLE_TOKEN = Pattern.compile(
            "^(?<aff>本报|新华社|[\\p{IsHan}]{2,6}?(?:报|社|台|网))?(?<role>" + String.join("|", ROLES) + ")(?<name>\\p{IsHan}{2,4})?$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,]+");
    private static final Pattern ONE_HAN = Pattern.compile("\\p{IsHan}");

    private BylineParser() {
    }

    /**
     * @param byline the byline as printed; {@code null} or blank gives an empty list
     * @return the contributors in printed order; never {@code null}
     */
    public static List<Contributor> parse(String byline) {
        return parse(byline, null);
    }

    /**
     * As {@link #parse(String)}, crediting names without a printed affiliation to {@code defaultAffiliation}
     * (the source of a dateline: {@code 本报讯（记者 赵宗锋）} → affiliation {@code 本报}).
     *
     * @param byline             the byline as printed, may be {@code null}
     * @param defaultAffiliation affiliation to assume when none is printed, may be {@code null}
     * @return the contributors in printed order; never {@code null}
     */
    public static List<Contributor> parse(String byline, String defaultAffiliation) {
        List<Contributor> out = new ArrayList<>();
        if (byline == null || byline.isBlank()) {
            return out;
        }
        String text = Normalizer.normalize(byline, Normalizer.Form.NFKC).strip().replaceFirst("^■\\s*", "");
        String affiliation = defaultAffiliation;
        String role = null;
        boolean pendingCollective = false;
        List<String> tokens = new ArrayList<>(List.of(SEPARATORS.split(text)));
        tokens.removeIf(String::isEmpty);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i + 1 < tokens.size() && ONE_HAN.matcher(token).matches() && ONE_HAN.matcher(tokens.get(i + 1)).matches()) {
                token = token + tokens.get(++i);
            }
            Matcher m = ROLE_TOKEN.matcher(token);
            if (m.matches()) {
                if (pendingCollective) {
                    out.add(new Contributor(affiliation, role, null));
                }
                affiliation = m.group("aff") != null ? m.group("aff") : defaultAffiliation;
                role = m.group("role");
                String name = m.group("name");
                if (name != null) {
                    out.add(new Contributor(affiliation, role, name));
                }
                pendingCollective = name == null;
            } else {
                out.add(new Contributor(role == null ? defaultAffiliation : affiliation,
                        role == null ? Contributor.AUTHOR : role, token));
                pendingCollective = false;
            }
        }
        if (pendingCollective) {
            out.add(new Contributor(affiliation, role, null));
        }
        return out;
    }
}
