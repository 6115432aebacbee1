package io.newsroom.article.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.contract.Paper;
import io.newsroom.devstack.Seeds;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper registry from configuration: the seeds' papers file, a re-applied file, and files that are refused. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class PaperRegistryFileTest {

    @Inject
    PaperRegistryFile registry;

    @TempDir
    Path dir;

    @Test
    void theSeedPapersReachTheRegistryWithTheirPageNames() {
        List<Paper> papers = registry.apply(Seeds.file("papers.json"));

        assertTrue(papers.stream().map(Paper::code).toList().containsAll(List.of("lcrb", "lywb")), papers::toString);
        given().get("/api/v1/papers/lywb").then().statusCode(200)
                .body("name", equalTo("洛阳晚报"))
                .body("page_names.'3'", equalTo("洛阳·社会"));
    }

    @Test
    void applyingAgainUpdatesTheRegisteredPaper() throws IOException {
        registry.apply(file("""
                {"papers": [{"code": "tsta", "name": "测试日报", "publisher": "测试社", "language": "zh-CN",
                             "page_names": {"1": "要闻"}}]}"""));
        registry.apply(file("""
                {"papers": [{"code": "tsta", "name": "测试日报", "publisher": "测试报业集团", "language": "zh-CN",
                             "page_names": {"1": "要闻", "2": "综合"}}]}"""));

        given().get("/api/v1/papers/tsta").then().statusCode(200)
                .body("publisher", equalTo("测试报业集团"))
                .body("page_names.'2'", equalTo("综合"));
    }

    @Test
    void aBadFileNamesTheMemberAndWritesNothing() throws IOException {
        Path bad = file("""
                {"papers": [{"code": "tstb", "name": "好", "publisher": "社", "language": "zh-CN"},
                            {"code": "tstc", "name": "坏", "publisher": "社", "language": "zh-CN",
                             "page_names": {"100": "附刊"}}]}""");

        refused(() -> registry.apply(bad), "papers[1].page_names.100");
        given().get("/api/v1/papers/tstb").then().statusCode(404);
    }

    @Test
    void refusesWhatIsNotAPapersFile() throws IOException {
        refused(file("{\"papers\": {}}"), "papers: must be an array");
        refused(file("{\"papers\": [{\"code\": \"Bad\"}]}"), "papers[0].code");
        refused(file("{\"papers\": [{\"code\": \"abc\", \"name\": \"\"}]}"),
                "papers[0].name: must be a non-empty string");
        refused(file("""
                {"papers": [{"code": "abc", "name": "甲", "publisher": "社", "language": "zh-CN"},
                            {"code": "abc", "name": "乙", "publisher": "社", "language": "zh-CN"}]}"""), "listed twice");
        refused(file("not json"), "cannot be read as JSON");
    }

    private static void refused(Path file, String part) {
        refused(() -> PaperRegistryFile.read(file), part);
    }

    private static void refused(org.junit.jupiter.api.function.Executable call, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e::getMessage);
    }

    private Path file(String json) throws IOException {
        Path f = Files.createTempFile(dir, "papers", ".json");
        return Files.writeString(f, json);
    }
}
