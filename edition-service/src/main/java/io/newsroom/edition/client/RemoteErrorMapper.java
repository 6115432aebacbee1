package io.newsroom.edition.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a 4xx answer of another service into {@link RemoteRejectedException} (not retried); 5xx answers keep
 * the REST client's default {@code WebApplicationException} (retried where the call is idempotent).
 */
public class RemoteErrorMapper implements ResponseExceptionMapper<RemoteRejectedException> {

    /** @return {@code true} for 400..499 */
    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    /** @return the rejection with the status and, when the body is a problem, its {@code detail} */
    @Override
    public RemoteRejectedException toThrowable(Response response) {
        String detail = "HTTP " + response.getStatus();
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return new RemoteRejectedException(response.getStatus(), detail); // no problem body to read
        }
        try {
            response.bufferEntity();
            ProblemBody body = response.readEntity(ProblemBody.class);
            if (body != null && body.detail() != null) {
                detail = detail + ": " + body.detail();
            }
        } catch (ProcessingException | WebApplicationException notAProblem) {
            // a JSON body that is not a problem: the status alone describes the rejection
        }
        return new RemoteRejectedException(response.getStatus(), detail);
    }

    /** The one member of an RFC 9457 body we report. */
    record ProblemBody(String detail) {
    }
}
