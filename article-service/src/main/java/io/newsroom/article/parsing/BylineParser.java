package io.newsroom.article.parsing;

import io.newsroom.contract.Contributor;
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
 * </ul>
 * Example: {@code 本报记者 夏旭光 本报通讯员 杨坤} → {@code [{本报,记者,夏旭光}, {本报,通讯员,杨坤}]}.
 */
public final class BylineParser {

    /** Role words, longest first so that {@code 摄影记者} wins over {@code 记者}. */
    public static final List<String> ROLES = List.of("特约记者", "摄影记者", "记者", "通讯员", "评论员", "实习生", "摄影");

    private static final Pattern ROLE_TOKEN = Pattern.compile(
            "^(?<aff>本报|新华社|[\\p{IsHan}]{2,6}?(?:报|社|台|网))?(?<role>" + String.join("|", ROLES) + ")(?<name>\\p{IsHan}{2,4})?$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,]+");

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
        String text = byline.strip().replaceFirst("^■\\s*", "");
        String affiliation = defaultAffiliation;
        String role = null;
        boolean pendingCollective = false;
        for (String token : SEPARATORS.split(text)) {
            if (token.isEmpty()) {
                continue;
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
