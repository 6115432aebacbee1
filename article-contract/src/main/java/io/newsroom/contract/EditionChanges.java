package io.newsroom.contract;

import java.util.List;

/**
 * An answer of article-service's change feed ({@code GET /api/v1/desk/editions/changes?after=N}): the editions whose
 * published articles changed after sequence number {@code N}, one entry each.
 *
 * @param editions       the changed editions, by their latest sequence number
 * @param lastSequence   the sequence number to pass as {@code after} next time (the last change read; {@code after}
 *                       itself when nothing changed)
 * @param more           whether more changes follow (the answer was cut at the request's {@code limit})
 */
public record EditionChanges(List<EditionChange> editions, long lastSequence, boolean more) {

    /** Normalises an absent list to an empty one. */
    public EditionChanges {
        editions = editions == null ? List.of() : List.copyOf(editions);
    }
}
