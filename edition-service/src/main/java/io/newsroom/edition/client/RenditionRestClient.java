package io.newsroom.edition.client;

import io.newsroom.contract.RenditionManifest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * render-service's rendition API as edition-service uses it (README "render-service"): render with no body, so
 * render-service names the paper from article-service's registry; read the manifest in force.
 */
@RegisterRestClient(configKey = "render-service")
@RegisterProvider(RemoteErrorMapper.class)
@Path("/api/v1/renditions/{paper}/{date}")
@Produces(MediaType.APPLICATION_JSON)
interface RenditionRestClient {

    @POST
    RenditionManifest render(@PathParam("paper") String paper, @PathParam("date") LocalDate date,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** The manifest in force (render-service answers it with presigned links, which edition-service ignores). */
    @GET
    RenditionManifest current(@PathParam("paper") String paper, @PathParam("date") LocalDate date);
}
