package io.newsroom.article.service;

import io.newsroom.contract.PageUpsert;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL stores no NUL character (U+0000) in a {@code text} or {@code jsonb} value; a page upsert carrying one is
 * refused with 400 naming every field that has it, and so is an editor's correction note, instead of failing in the
 * database (500).
 */
public final class StorableText {

    private StorableText() {
    }

    /**
     * @param upsert a page upsert
     * @throws ProblemException 400 with one error per field that contains U+0000, e.g. {@code items[2].paragraphs[0]}
     */
    public static void check(PageUpsert upsert) {
        List<Problem.FieldError> errors = new ArrayList<>();
        field(errors, "page_name", upsert.pageName());
        for (int i = 0; upsert.items() != null && i < upsert.items().size(); i++) {
            SegmentedItem item = upsert.items().get(i);
            if (item == null) {
                continue;
            }
            String at = "items[" + i + "].";
            field(errors, at + "column", item.column());
            field(errors, at + "kicker", item.kicker());
            field(errors, at + "headline", item.headline());
            field(errors, at + "subheadline", item.subheadline());
            field(errors, at + "byline", item.byline());
            field(errors, at + "dateline", item.dateline());
            list(errors, at + "paragraphs", item.paragraphs());
            list(errors, at + "crossheads", item.crossheads());
            for (int p = 0; p < item.photos().size(); p++) {
                Photo photo = item.photos().get(p);
                if (photo != null) {
                    String photoAt = at + "photos[" + p + "].";
                    field(errors, photoAt + "caption", photo.caption());
                    field(errors, photoAt + "credit", photo.credit());
                    field(errors, photoAt + "image_key", photo.imageKey());
                }
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.reason()).reduce((a, b) -> a + "; " + b)
                    .orElseThrow();
            throw new ProblemException(400, "Invalid request", detail, errors, Map.of());
        }
    }

    /**
     * @param field the member's JSON name, e.g. {@code correction_note}
     * @param value its value, or {@code null}
     * @throws ProblemException 400 naming {@code field} when the value contains U+0000
     */
    public static void check(String field, String value) {
        List<Problem.FieldError> errors = new ArrayList<>();
        field(errors, field, value);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid request", field + ": " + errors.get(0).reason(), errors,
                    Map.of());
        }
    }

    private static void list(List<Problem.FieldError> errors, String field, List<String> values) {
        for (int k = 0; k < values.size(); k++) {
            field(errors, field + "[" + k + "]", values.get(k));
        }
    }

    private static void field(List<Problem.FieldError> errors, String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new Problem.FieldError(field, "contains a NUL character (U+0000), which text cannot hold"));
        }
    }
}
