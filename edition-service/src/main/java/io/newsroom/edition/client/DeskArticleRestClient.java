package io.newsroom.edition.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** article-service's editors' API for single articles, as the review desk uses it (README "article-service"). */
@RegisterRestClient(configKey = "article-service")
@RegisterProvider(RemoteErrorMapper.class)
@Path("/api/v1/desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface DeskArticleRestClient {

    @GET
    @Path("/editions/{paper}/{date}/articles")
    DeskArticleList list(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @QueryParam("page") Integer page, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/articles/{id}")
    DeskArticle get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @PATCH
    @Path("/articles/{id}")
    @Consumes("application/merge-patch+json")
    DeskArticle patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Map<String, Object> patch);

    @PUT
    @Path("/articles/{id}/paragraphs")
    DeskArticle paragraphs(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DeskOperations.Paragraphs body);

    @POST
    @Path("/articles/{id}/merge")
    DeskArticle merge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DeskOperations.Merge body);

    @POST
    @Path("/articles/{id}/split")
    DeskOperations.SplitResult split(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DeskOperations.Split body);

    @POST
    @Path("/articles/{id}/move")
    DeskArticle move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DeskOperations.Move body);

    @GET
    @Path("/articles/{id}/revisions")
    ArticleRevision.Listing revisions(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
