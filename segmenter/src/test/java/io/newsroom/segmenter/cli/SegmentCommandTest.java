package io.newsroom.segmenter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.segmenter.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneJsonFilePerPageAndReportsBadFilesAfterTheOthers() throws Exception {
        Path good = dir.resolve("000_4d5d399ab3f75c42.txt");
        Files.write(good, Seeds.bytes("000_4d5d399ab3f75c42.txt"));
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "本报讯（记者 林晨）3月24日，记者获悉。\n\n我市推动科技大市场建设\n".getBytes(Charset.forName("GB18030")));
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41, (byte) 0xFF});
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SegmentCommand.run(new String[] {good.toString(), bad.toString(), gbk.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.strip().lines().count(), message);
        assertTrue(message.contains("bad.txt"), message);
        JsonNode doc = new ObjectMapper().readTree(out.resolve("000_4d5d399ab3f75c42.json").toFile());
        assertEquals("000_4d5d399ab3f75c42.txt", doc.get("source").asText());
        assertEquals(10, doc.get("items").size());
        JsonNode gbkDoc = new ObjectMapper().readTree(out.resolve("gbk.json").toFile());
        assertEquals("我市推动科技大市场建设", gbkDoc.get("items").get(0).get("headline").asText());
    }

    @Test
    void printsToStdoutWithoutOutAndRejectsMissingArguments() throws Exception {
        Path page = dir.resolve("p.txt");
        Files.writeString(page, "本报讯（记者 林晨）3月24日，记者获悉。\n\n我市推动科技大市场建设\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, SegmentCommand.run(new String[] {page.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"source\" : \"p.txt\""), json);
        assertTrue(json.contains("本报讯（记者 林晨）"), json);
        assertEquals(2, SegmentCommand.run(new String[] {}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream())));
        assertEquals(2, SegmentCommand.run(new String[] {"x", "--out"}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream())));
    }
}
