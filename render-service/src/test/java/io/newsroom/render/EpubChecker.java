package io.newsroom.render;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** In-process EPUBCheck, for tests. */
public final class EpubChecker {

    private EpubChecker() {
    }

    /**
     * @param epub EPUB bytes
     * @return "errors=N warnings=M fatal=F" (EPUBCheck messages go to stdout)
     */
    public static String check(byte[] epub) {
        try {
            Path file = Files.createTempFile("edition", ".epub");
            try {
                Files.write(file, epub);
                DefaultReportImpl report = new DefaultReportImpl(file.getFileName().toString());
                new EpubCheck(file.toFile(), report).doValidate();
                return "errors=" + report.getErrorCount() + " warnings=" + report.getWarningCount()
                        + " fatal=" + report.getFatalErrorCount();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
