import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of PDFs with Apache PDFBox 3.0.8's PDFTextStripper, every file in one JVM run.
 *
 * <pre>java -cp pdfbox.jar:pdfbox-io.jar:fontbox.jar:commons-logging.jar PdfBoxText.java sort|nosort|both IN.pdf…</pre>
 *
 * "nosort" keeps setSortByPosition(false) (content-stream order) and writes IN.pdfbox.txt;
 * "sort" uses setSortByPosition(true) and writes IN.pdfbox-sorted.txt; "both" writes both
 * (next to each IN.pdf, UTF-8, lines ended by "\n").
 */
public class PdfBoxText {
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("sort") || args[0].equals("nosort") || args[0].equals("both"))) {
            System.err.println("usage: PdfBoxText sort|nosort|both IN.pdf...");
            System.exit(2);
        }
        for (int i = 1; i < args.length; i++) {
            String base = args[i].endsWith(".pdf") ? args[i].substring(0, args[i].length() - 4) : args[i];
            try (PDDocument doc = Loader.loadPDF(new File(args[i]))) {
                if (!args[0].equals("sort")) {
                    write(doc, false, base + ".pdfbox.txt");
                }
                if (!args[0].equals("nosort")) {
                    write(doc, true, base + ".pdfbox-sorted.txt");
                }
            }
        }
    }

    private static void write(PDDocument doc, boolean sort, String out) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(sort);
        stripper.setLineSeparator("\n");
        Files.writeString(Path.of(out), stripper.getText(doc), StandardCharsets.UTF_8);
    }
}
