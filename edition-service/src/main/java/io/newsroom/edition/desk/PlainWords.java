package io.newsroom.edition.desk;

import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.edition.service.PublicationService;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/**
 * Explains failures to editors in plain Chinese words (the desk never shows problem+json, field names or stack
 * traces). The rules follow the problems edition-service raises (README "edition-service").
 */
public final class PlainWords {

    /** Every item type with its Chinese name, in {@link ItemType} order (the edit form's choices). */
    public static final List<DeskViews.TypeOption> TYPE_OPTIONS = Arrays.stream(ItemType.values())
            .map(t -> new DeskViews.TypeOption(t.code(), type(t))).toList();

    private PlainWords() {
    }

    /**
     * @param type an item type
     * @return how readers get a 今日导读 box or a staff line (README "Front matter"), or {@code null} for the types
     *         published as articles
     */
    public static String publishedAs(ItemType type) {
        return switch (type) {
            case INDEX -> "作为本期导读刊出，不作为稿件发布";
            case STAFF -> "作为本期版权信息以小字刊出，不作为稿件发布";
            default -> null;
        };
    }

    /**
     * @param type an item type
     * @return its Chinese name
     */
    public static String type(ItemType type) {
        return switch (type) {
            case ARTICLE -> "文章";
            case PHOTO -> "图片新闻";
            case TEASER -> "导读";
            case INDEX -> "今日导读";
            case STAFF -> "值班信息";
        };
    }

    /**
     * @param flag a segmentation flag
     * @return its Chinese description
     */
    public static String flag(Flag flag) {
        return switch (flag) {
            case HEADLINE_MISSING -> "缺少标题";
            case HEADLINE_ROLE_UNCERTAIN -> "标题层级不确定";
            case BODY_ENDS_MID_SENTENCE -> "正文在句中结束";
            case BYLINE_UNCERTAIN -> "署名不确定";
            case ORPHAN_TEXT -> "无法归入稿件的文字";
            case JUMP_UNMATCHED -> "转版未找到接续稿件";
            case JUMP_AMBIGUOUS -> "转版接续稿件不确定";
        };
    }

    /**
     * @param failure a problem raised while a page was uploaded
     * @return what went wrong with the page, e.g. {@code 不是 UTF-8 或 GB18030 文本}
     */
    public static String upload(ProblemException failure) {
        Problem.FieldError error = failure.errors().isEmpty() ? new Problem.FieldError("", "")
                : failure.errors().get(0);
        String field = error.field();
        String reason = String.valueOf(error.reason());
        return switch (failure.status()) {
            case 413 -> "文件太大：每版最多 2 MB";
            case 415 -> "不是 UTF-8 或 GB18030 文本";
            case 400 -> switch (field) {
                case "number" -> "版次必须是 1 到 99 之间的整数";
                case "date" -> "日期应写成 年-月-日，例如 2025-03-26";
                case "page_name" -> "版名须为 1 到 64 个字";
                case "file" -> "没有选择文件";
                case "body" -> reason.contains("empty") ? "文件是空的"
                        : reason.contains("whitespace") ? "文件里只有空白"
                        : reason.contains("NUL") ? "文件里有空字符（NUL），不是正常的文本文件"
                        : "不是 UTF-8 或 GB18030 文本";
                default -> "上传的内容有误：" + failure.getMessage();
            };
            case 404 -> "没有这个报纸代码";
            default -> general(failure);
        };
    }

    /**
     * @param failure a problem raised while the desk talked to the other services
     * @return a sentence for the editor
     */
    public static String general(ProblemException failure) {
        return switch (failure.status()) {
            case 503 -> PublicationService.RENDERING_OUTCOME_UNKNOWN.equals(failure.type())
                    ? "排版服务没有按时完成，还不能确定电子版是否已生成；稿件保持已发布状态。请稍后再点一次发布。"
                    : "文章服务、排版服务或存储暂时不可用，这一步没有完成，也没有改动任何内容。请稍后重试。";
            case 502 -> "其他服务拒绝了这个请求：" + failure.getMessage();
            case 409 -> "本期正在发布中（另一位编辑或另一个窗口刚点了发布），这次没有做任何事。请等它完成后刷新页面。";
            case 404 -> "找不到：" + failure.getMessage();
            default -> "操作失败：" + failure.getMessage();
        };
    }

    /**
     * @param refused article-service's refusal of a desk change
     * @return a sentence for the editor
     */
    public static String refused(RemoteRejectedException refused) {
        return switch (refused.status()) {
            case 412 -> "这篇稿件刚被其他人修改过。";
            case 409 -> "无法完成：" + detail(refused);
            case 400 -> "输入不符合要求：" + detail(refused);
            case 404 -> "找不到这篇稿件，可能已被删除。";
            default -> "文章服务拒绝了这个修改（" + detail(refused) + "）";
        };
    }

    private static String detail(RemoteRejectedException refused) {
        return refused.getMessage().replaceFirst("^HTTP \\d+: ", "");
    }
}
