package io.newsroom.render.client;

import io.newsroom.render.edition.EditionArticle;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * article-service's public (published-only) API, as a MicroProfile REST client; URL from
 * {@code quarkus.rest-client.article-service.url}. Wrapped by {@link ArticleClient}.
 */
@RegisterRestClient(configKey = "article-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ArticleRestClient {

    /** {@code GET /api/v1/editions/{paper}/{date}/articles?limit=&cursor=}: published article summaries. */
    @GET
    @Path("/editions/{paper}/{date}/articles")
    ArticleSummaryPage listArticles(@PathParam("paper") String paper, @PathParam("date") String date,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** {@code GET /api/v1/articles/{id}}: one published article, full. */
    @GET
    @Path("/articles/{id}")
    EditionArticle getArticle(@PathParam("id") String id);
}
