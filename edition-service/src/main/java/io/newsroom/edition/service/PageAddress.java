package io.newsroom.edition.service;

import io.newsroom.edition.entity.PaperEntity;
import java.time.LocalDate;

/**
 * A checked page address from a request path.
 *
 * @param paper  the paper (it exists)
 * @param date   the edition date (a real calendar date)
 * @param number the page number, 1..99
 */
public record PageAddress(PaperEntity paper, LocalDate date, int number) {
}
