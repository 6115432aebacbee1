package io.newsroom.edition.client;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.ContinuationRequest;
import io.newsroom.contract.ItemPage;
import io.newsroom.contract.MergeRequest;
import io.newsroom.contract.MoveRequest;
import io.newsroom.contract.ParagraphsUpdate;
import io.newsroom.contract.RevisionList;
import io.newsroom.contract.RevisionView;
import io.newsroom.contract.SplitRequest;
import io.newsroom.contract.SplitResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
    ItemPage<ArticleView> list(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @QueryParam("page") Integer page, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/articles/{id}")
    ArticleView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @PATCH
    @Path("/articles/{id}")
    @Consumes("application/merge-patch+json")
    ArticleView patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Map<String, Object> patch);

    @PUT
    @Path("/articles/{id}/paragraphs")
    ArticleView paragraphs(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ParagraphsUpdate body);

    @POST
    @Path("/articles/{id}/merge")
    ArticleView merge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MergeRequest body);

    @POST
    @Path("/articles/{id}/split")
    SplitResult split(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SplitRequest body);

    @POST
    @Path("/articles/{id}/exclude")
    ArticleView exclude(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/articles/{id}/include")
    ArticleView include(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/articles/{id}/move")
    ArticleView move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MoveRequest body);

    @PUT
    @Path("/articles/{id}/continuation")
    ArticleView link(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            ContinuationRequest body);

    @DELETE
    @Path("/articles/{id}/continuation")
    ArticleView unlink(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/articles/{id}/revisions")
    RevisionList revisions(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/articles/{id}/revisions/{n}")
    RevisionView revision(@PathParam("id") UUID id, @PathParam("n") int number,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/articles/{id}/revisions/{n}/revert")
    ArticleView revert(@PathParam("id") UUID id, @PathParam("n") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
