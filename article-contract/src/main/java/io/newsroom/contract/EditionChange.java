package io.newsroom.contract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An edition whose published articles changed (a correction), in article-service's change feed.
 *
 * @param paper     paper code
 * @param date      edition date
 * @param sequence  the feed's sequence number of the edition's latest change in this answer
 * @param changedAt when that change was committed (UTC)
 */
public record EditionChange(String paper, LocalDate date, long sequence, Instant changedAt) {
}
