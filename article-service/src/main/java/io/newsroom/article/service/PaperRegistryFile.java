package io.newsroom.article.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.contract.Paper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * The paper registry from configuration: at every start, each paper of the file named by {@code article.papers-file}
 * is inserted into {@code article.paper}, or the registered one updated (name, publisher, language, page names).
 * Papers the file does not name are left alone; replicas starting together converge (one upsert statement per
 * paper). The file is what ops keep in a ConfigMap (k8s/base/papers.json, the Helm value {@code papers}) and what
 * {@code ./newsroom demo} passes (seeds/papers.json).
 *
 * <p>File shape (UTF-8 JSON): {@code {"papers": [{"code": "lywb", "name": "洛阳晚报", "publisher": "洛阳日报社",
 * "language": "zh-CN", "page_names": {"1": "要闻", "2": "首版"}}]}}; {@code page_names} is optional.
 */
@ApplicationScoped
public class PaperRegistryFile {

    private static final Logger LOG = Logger.getLogger(PaperRegistryFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleConfig config;
    private final EntityManager em;

    PaperRegistryFile(ArticleConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        config.papersFile().ifPresent(this::apply);
    }

    /**
     * Writes every paper of a papers file into the registry, in one transaction.
     *
     * @param file the papers file
     * @return the papers written
     * @throws IllegalArgumentException as {@link #read(Path)}; nothing is written then
     */
    @Transactional
    public List<Paper> apply(Path file) {
        List<Paper> papers = read(file);
        papers.forEach(this::upsert);
        LOG.infof("paper registry: %d papers from %s", papers.size(), file);
        return papers;
    }

    /**
     * Reads and checks a papers file.
     *
     * @param file the file
     * @return its papers, in file order
     * @throws IllegalArgumentException naming the file, the member (e.g. {@code papers[1].page_names.100}) and the
     *                                  reason, when the file cannot be read, is not JSON of this shape, or a value is
     *                                  invalid; the service then does not start
     */
    public static List<Paper> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("papers file " + file + ": cannot be read as JSON: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("papers");
        if (list == null || !list.isArray()) {
            throw invalid(file, "papers", "must be an array of papers");
        }
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            papers.add(paper(file, "papers[" + i + "]", list.get(i)));
        }
        if (papers.stream().map(Paper::code).distinct().count() != papers.size()) {
            throw invalid(file, "papers", "a paper code is listed twice");
        }
        return papers;
    }

    private static Paper paper(Path file, String at, JsonNode node) {
        String code = text(file, at, node, "code");
        try {
            Editions.paper(code);
        } catch (InvalidFieldException e) {
            throw invalid(file, at + ".code", e.reason());
        }
        Map<Integer, String> pageNames = new TreeMap<>();
        JsonNode names = node.get("page_names");
        if (names != null && !names.isNull()) {
            if (!names.isObject()) {
                throw invalid(file, at + ".page_names", "must be an object of page number to page name");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String member = at + ".page_names." + e.getKey();
                int number;
                try {
                    number = Editions.page(e.getKey(), member);
                } catch (InvalidFieldException bad) {
                    throw invalid(file, member, bad.reason());
                }
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || e.getValue().asText().length() > 32) {
                    throw invalid(file, member, "must be a page name of 1 to 32 characters");
                }
                pageNames.put(number, e.getValue().asText().strip());
            }
        }
        return new Paper(code, text(file, at, node, "name"), text(file, at, node, "publisher"),
                text(file, at, node, "language"), pageNames);
    }

    private static String text(Path file, String at, JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(file, at + "." + member, "must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static IllegalArgumentException invalid(Path file, String member, String reason) {
        return new IllegalArgumentException("papers file " + file + ": " + member + ": " + reason);
    }

    private void upsert(Paper paper) {
        String pageNames;
        try {
            pageNames = JSON.writeValueAsString(paper.pageNames());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                insert into {h-schema}paper (code, name, publisher, language, page_names)
                values (:code, :name, :publisher, :language, cast(:pageNames as jsonb))
                on conflict (code) do update set name = excluded.name, publisher = excluded.publisher,
                    language = excluded.language, page_names = excluded.page_names""")
                .setParameter("code", paper.code())
                .setParameter("name", paper.name())
                .setParameter("publisher", paper.publisher())
                .setParameter("language", paper.language())
                .setParameter("pageNames", pageNames)
                .executeUpdate();
    }
}
