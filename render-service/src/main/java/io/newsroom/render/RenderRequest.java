package io.newsroom.render;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Optional body of {@code POST /api/v1/renditions/{paper}/{date}}; a missing member falls back to
 * article-service's paper registry ({@code GET /api/v1/papers/{paper}}).
 *
 * @param paperName display name of the paper, e.g. "聊城日报"
 * @param publisher publisher, e.g. "聊城日报社"
 */
@Schema(description = "Paper name and publisher for this rendition; defaults come from the paper registry")
public record RenderRequest(
        @Schema(examples = "聊城日报") @Size(min = 1, max = 100) String paperName,
        @Schema(examples = "聊城日报社") @Size(min = 1, max = 100) String publisher) {
}
