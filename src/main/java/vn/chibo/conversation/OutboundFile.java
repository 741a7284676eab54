package vn.chibo.conversation;

/** A picture or a document sent with a message, whose text becomes its caption. */
public record OutboundFile(Kind kind, String fileName, String mediaType, byte[] content) {

    public enum Kind { PHOTO, DOCUMENT }

    /** The media type of an Excel workbook (.xlsx), which reports, templates and exports are. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
