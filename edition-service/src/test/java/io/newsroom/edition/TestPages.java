package io.newsroom.edition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.devstack.S3ProxyServer;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.segmenter.PageSegmenter;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Seed pages, requests as an editor, and a look into the test S3 bucket. */
public final class TestPages {

    /** The repository's seed folder (tests run in the module folder). */
    public static final Path SEEDS = Path.of("..", "seeds");

    /** RestAssured without its default {@code charset=ISO-8859-1} on text bodies, so that detection is tested. */
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private TestPages() {
    }

    /**
     * One seed page (seeds/editions.json).
     *
     * @param file     file name in seeds/
     * @param date     edition date
     * @param page     page number
     * @param pageName page name
     */
    public record Seed(String file, LocalDate date, int page, String pageName) {

        /** @return the page text (UTF-8) */
        public String text() {
            try {
                return Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return the segmenter's items for the text (what the service must send and count) */
        public List<SegmentedItem> items() {
            return new PageSegmenter().segment(text()).items();
        }
    }

    /** @return every seed page listed in seeds/editions.json */
    public static List<Seed> seeds() {
        try {
            JsonNode root = new ObjectMapper().readTree(SEEDS.resolve("editions.json").toFile());
            List<Seed> seeds = new ArrayList<>();
            for (JsonNode p : root.get("pages")) {
                seeds.add(new Seed(p.get("file").asText(), LocalDate.parse(p.get("date").asText()),
                        p.get("page").asInt(), p.get("pageName").asText()));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a request without credentials and without a default charset */
    public static RequestSpecification anonymous() {
        return RestAssured.given().config(RAW);
    }

    /** @return a request as the editor {@code alice} */
    public static RequestSpecification editor() {
        return anonymous().auth().oauth2(JwtKeysResource.token("alice", "editor"));
    }

    /** @return the wire types of items, in order */
    public static String[] types(List<SegmentedItem> items) {
        return items.stream().map(i -> i.type().code()).toArray(String[]::new);
    }

    /**
     * @param key object key in bucket {@code editions}
     * @return the object's bytes, or {@code null} when it does not exist
     */
    public static byte[] storedObject(String key) {
        MinioClient client = MinioClient.builder().endpoint(S3ProxyServer.shared().endpoint())
                .credentials(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY).build();
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket("editions").object(key).build())) {
            return in.readAllBytes();
        } catch (io.minio.errors.ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchBucket".equals(e.errorResponse().code())) {
                return null;
            }
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
