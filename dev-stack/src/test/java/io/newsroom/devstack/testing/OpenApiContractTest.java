package io.newsroom.devstack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker finds each kind of difference between a client and a document, and accepts a matching client. */
class OpenApiContractTest {

    enum Status { DRAFT, PUBLISHED }

    record Item(String name, int count, LocalDate date, Status status) {
    }

    record Request(@NotNull String paperName, String note) {
    }

    @Path("/api/v1/things/{paper}")
    interface Client {
        @GET
        List<Item> list(@PathParam("paper") String paper, @QueryParam("limit") int limit);

        @POST
        @Path("/render")
        Item render(@PathParam("paper") String paper, Request body);

        @GET
        @Path("/missing")
        Item missing(@PathParam("paper") String paper);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String itemCountType, String dateFormat, List<String> statuses,
            List<String> required, boolean nullableCount) throws Exception {
        String count = nullableCount ? "{\"type\": [\"" + itemCountType + "\", \"null\"]}"
                : "{\"type\": \"" + itemCountType + "\"}";
        return JSON.readTree("""
                {"openapi": "3.1.0",
                 "paths": {
                   "/api/v1/things/{paper}": {"get": {
                     "parameters": [{"name": "paper", "in": "path", "schema": {"type": "string"}},
                                    {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                     "responses": {"200": {"content": {"application/json": {"schema":
                       {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}}}}},
                   "/api/v1/things/{paper}/render": {"post": {
                     "parameters": [{"name": "paper", "in": "path", "schema": {"type": "string"}}],
                     "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}},
                     "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}}}}},
                 "components": {"schemas": {
                   "Item": {"type": "object", "properties": {"name": {"type": "string"}, "count": %s,
                     "date": {"type": "string", "format": "%s"}, "status": {"$ref": "#/components/schemas/Status"}}},
                   "Status": {"type": "string", "enum": %s},
                   "Request": {"type": "object", "required": %s,
                     "properties": {"paper_name": {"type": "string"}, "note": {"type": "string"},
                                    "format": {"type": "string"}}}}}}
                """.formatted(count, dateFormat, JSON.writeValueAsString(statuses), JSON.writeValueAsString(required)));
    }

    @Test
    void aMatchingClientHasNoMismatchButTheMissingOperation() throws Exception {
        List<String> problems = OpenApiContract.of("svc", document("integer", "date", List.of("DRAFT", "PUBLISHED"),
                List.of("paper_name"), false)).mismatches(Client.class, JSON);
        assertEquals(List.of("svc GET /api/v1/things/{paper}/missing: no such operation"), problems);
    }

    @Test
    void reportsTypesFormatsEnumsRequiredAndNullable() throws Exception {
        List<String> problems = OpenApiContract.of("svc", document("string", "date-time", List.of("DRAFT"),
                List.of("paper_name", "note", "format"), true)).mismatches(Client.class, JSON);
        String all = String.join("\n", problems);
        assertTrue(all.contains("response[].count: the document allows null, the client reads a primitive"), all);
        assertTrue(all.contains("response[].count: the document says [string, null], the client has integer"), all);
        assertTrue(all.contains("response[].date: the document says format date-time, the client has date"), all);
        assertTrue(all.contains("response[].status: the document's values are [DRAFT], the client's [DRAFT, PUBLISHED]"),
                all);
        assertTrue(all.contains("request.note: required by the document, but the client may send null"), all);
        assertTrue(all.contains("request.format: required by the document, but the client never sends it"), all);
    }
}
