package vn.chibo.conversation;

/**
 * A picture or a document sent with a message, whose text becomes its caption. Once queued, the outbox keeps
 * the content once and the message names it by {@code storedAs} (the SHA-256 of the content) instead.
 */
public record OutboundFile(Kind kind, String fileName, String mediaType, byte[] content, String storedAs) {

    public enum Kind { PHOTO, DOCUMENT }

    /** The media type of an Excel workbook (.xlsx), which reports, templates and exports are. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public OutboundFile(Kind kind, String fileName, String mediaType, byte[] content) {
        this(kind, fileName, mediaType, content, null);
    }

    /** The same file, naming its stored content instead of carrying it. */
    public OutboundFile stored(String sha256) {
        return new OutboundFile(kind, fileName, mediaType, null, sha256);
    }

    /** The same file, carrying its content again. */
    public OutboundFile withContent(byte[] bytes) {
        return new OutboundFile(kind, fileName, mediaType, bytes, storedAs);
    }
}
