package vn.chibo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Debian's LibreOffice, headless: a document rendered to PDF as a secretary's LibreOffice would print it. CI installs
 * it (.ci/run); the tests that print need it.
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    /** The document {@code content}, saved as {@code fileName} in {@code folder}, rendered to PDF and opened. */
    public static PDDocument pdf(byte[] content, String fileName, Path folder) throws IOException, InterruptedException {
        if (!Files.isExecutable(SOFFICE)) {
            throw new IllegalStateException("LibreOffice is not installed: apt-get install libreoffice-writer-nogui (see .ci/run)");
        }
        Path source = folder.resolve(fileName);
        Files.write(source, content);
        Path profile = Files.createDirectories(folder.resolve("libreoffice-profile"));
        Process process = new ProcessBuilder(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), source.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("libreoffice.log").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish within 3 minutes");
        }
        String name = fileName.replaceFirst("\\.[^.]+$", "") + ".pdf";
        Path pdf = folder.resolve(name);
        if (!Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice made no PDF: " + Files.readString(folder.resolve("libreoffice.log")));
        }
        return Loader.loadPDF(pdf.toFile());
    }
}
