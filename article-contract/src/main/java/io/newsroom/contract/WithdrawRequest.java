package io.newsroom.contract;

import jakarta.validation.constraints.Size;

/**
 * Optional body of {@code POST /api/v1/desk/articles/{id}/withdraw}.
 *
 * @param correctionNote the editor's 更正说明 shown with the correction when the article was published, ≤ 500
 *                       characters; optional
 */
public record WithdrawRequest(@Size(max = Correction.NOTE_MAX) String correctionNote) {
}
