package io.newsroom.segmenter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.segmenter.DecodedPage;
import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.PageTextDecoder;
import io.newsroom.segmenter.PageTextException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./newsroom segment FILE... [--out DIR]}: segments page-text files. For each file it prints
 * {@code {"source": "<file name>", "items": [...]}} (pretty UTF-8 JSON) on stdout, or with {@code --out DIR}
 * writes {@code DIR/<name without .txt>.json}. Bytes are decoded with {@link PageTextDecoder} (charset detected).
 * A file that cannot be read or decoded gets a one-line error on stderr; the other files are still done and
 * the exit code is 1. Usage errors exit with 2.
 */
public final class SegmentCommand {

    private SegmentCommand() {
    }

    /**
     * @param args file names, optionally {@code --out DIR}
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * @param args file names, optionally {@code --out DIR}
     * @param out  where JSON goes when no {@code --out} is given
     * @param err  where errors go, one line per failed file
     * @return 0 when every file was segmented, 1 when some failed, 2 for a usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        Path outDir = null;
        for (int i = 0; i < args.length; i++) {
            if ("--out".equals(args[i])) {
                if (i + 1 >= args.length) {
                    err.println("segment: --out needs a directory");
                    return 2;
                }
                outDir = Path.of(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: ./newsroom segment FILE... [--out DIR]");
            return 2;
        }
        ObjectMapper mapper = ContractJsonModule.mapper();
        PageSegmenter segmenter = new PageSegmenter();
        int failures = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                DecodedPage page = PageTextDecoder.decode(Files.readAllBytes(file), null);
                ObjectNode doc = mapper.createObjectNode();
                doc.put("source", name);
                doc.set("items", mapper.valueToTree(segmenter.segment(page.text()).items()));
                String json = mapper.writeValueAsString(doc);
                if (outDir == null) {
                    out.println(json);
                } else {
                    Files.createDirectories(outDir);
                    String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
                    Files.writeString(outDir.resolve(base + ".json"), json + "\n", StandardCharsets.UTF_8);
                }
            } catch (PageTextException e) {
                failures++;
                err.println("segment: " + file + ": " + e.getMessage());
            } catch (IOException e) {
                failures++;
                err.println("segment: " + file + ": cannot read or write: " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
