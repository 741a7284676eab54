package vn.chibo.quiz;

import java.util.Locale;
import java.util.Optional;

/** A bank file as uploaded: its name (which names the file it replaces), its format and its bytes. */
public record BankUpload(String fileName, Format format, byte[] content) {

    /** The formats an admin may upload. */
    public enum Format { YAML, EXCEL, AIKEN }

    /** The format from the Content-Type, or else from the file name's ending; empty when neither says. */
    public static Optional<Format> format(String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("yaml")) {
            return Optional.of(Format.YAML);
        }
        if (type.contains("spreadsheetml")) {
            return Optional.of(Format.EXCEL);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(Format.YAML);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(Format.EXCEL);
        }
        if (name.endsWith(".txt") || type.startsWith("text/plain")) {
            return Optional.of(Format.AIKEN);
        }
        return Optional.empty();
    }
}
