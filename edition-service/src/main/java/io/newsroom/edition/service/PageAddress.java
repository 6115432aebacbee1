package io.newsroom.edition.service;

import io.newsroom.contract.Paper;
import java.time.LocalDate;

/**
 * A checked page address from a request path.
 *
 * @param paper  the paper (article-service's registry has it)
 * @param date   the edition date (a real calendar date)
 * @param number the page number, 1..99
 */
public record PageAddress(Paper paper, LocalDate date, int number) {
}
