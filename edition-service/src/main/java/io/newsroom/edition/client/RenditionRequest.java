package io.newsroom.edition.client;

/**
 * Body of render-service's {@code POST /api/v1/renditions/{paper}/{date}}.
 *
 * @param paperName masthead name, e.g. 聊城日报
 * @param publisher publisher, e.g. 聊城日报社
 */
public record RenditionRequest(String paperName, String publisher) {
}
