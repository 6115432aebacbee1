package io.newsroom.contract;

import java.time.Instant;
import java.util.List;

/**
 * One correction (更正) of a published article, as readers see it: what changed and when, and the editor's note.
 *
 * @param correctedAt when the change was made (UTC)
 * @param kind        what the change did
 * @param fields      API names of the reader-visible fields it changed, e.g. {@code ["headline", "paragraphs"]}
 *                    ({@code ["status"]} for a withdrawal); empty when none of them changed (a split's new article)
 * @param note        the editor's 更正说明, or {@code null}
 */
public record Correction(Instant correctedAt, CorrectionKind kind, List<String> fields, String note) {

    /** Longest editor's note, in characters ({@code correction_note} of the desk's write requests). */
    public static final int NOTE_MAX = 500;

    /** Normalises absent fields to an empty list. */
    public Correction {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
