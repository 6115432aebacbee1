package io.newsroom.contract;


/**
 * One person credited in a byline or dateline, as parsed from the printed text.
 *
 * @param affiliation who the person works for as printed, e.g. {@code 本报}, {@code 新华社}; {@code null} when not printed
 * @param role        {@code 记者}, {@code 通讯员}, {@code 评论员}, {@code 摄影}, {@code 实习生}, {@code 特约记者} or
 *                    {@code author} when the byline names a person without a role (e.g. {@code ■ 张英东})
 * @param name        the person's name; {@code null} for a collective byline such as {@code 本报评论员}
 */
public record Contributor(String affiliation, String role, String name) {

    /** Role of a person named without a role word. */
    public static final String AUTHOR = "author";
}
