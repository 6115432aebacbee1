package io.newsroom.edition.client;

import io.newsroom.contract.EditionChanges;
import io.newsroom.contract.PageUpsert;
import io.newsroom.contract.PageUpsertResult;
import io.newsroom.contract.Paper;
import io.newsroom.contract.PublicationResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** article-service's editors' API and paper registry as edition-service's workflow uses them (README "article-service"). */
@RegisterRestClient(configKey = "article-service")
@RegisterProvider(RemoteErrorMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ArticleRestClient {

    @PUT
    @Path("/desk/editions/{paper}/{date}/pages/{page}")
    PageUpsertResult upsertPage(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @PathParam("page") int page, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            PageUpsert body);

    @POST
    @Path("/desk/editions/{paper}/{date}/publish")
    PublicationResult publish(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/desk/editions/{paper}/{date}/unpublish")
    PublicationResult unpublish(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/desk/editions/changes")
    EditionChanges editionChanges(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/papers/{paper}")
    Paper paper(@PathParam("paper") String paper);
}
