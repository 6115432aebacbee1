package io.newsroom.render.client;

import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.FrontMatter;
import io.newsroom.contract.ItemPage;
import io.newsroom.contract.Paper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * article-service's public API (published articles, the paper registry), as a MicroProfile REST client; URL from
 * {@code quarkus.rest-client.article-service.url}. Wrapped by {@link ArticleClient}.
 */
@RegisterRestClient(configKey = "article-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ArticleRestClient {

    /** {@code GET /api/v1/editions/{paper}/{date}/articles?limit=&cursor=}: published article summaries. */
    @GET
    @Path("/editions/{paper}/{date}/articles")
    ItemPage<ArticleSummary> listArticles(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** {@code GET /api/v1/editions/{paper}/{date}/front-matter}: the edition's 今日导读 boxes and staff lines. */
    @GET
    @Path("/editions/{paper}/{date}/front-matter")
    FrontMatter getFrontMatter(@PathParam("paper") String paper, @PathParam("date") LocalDate date);

    /** {@code GET /api/v1/articles/{id}}: one published article, full. */
    @GET
    @Path("/articles/{id}")
    ArticleView getArticle(@PathParam("id") UUID id);

    /** {@code GET /api/v1/papers/{paper}}: one paper of the registry. */
    @GET
    @Path("/papers/{paper}")
    Paper getPaper(@PathParam("paper") String paper);
}
