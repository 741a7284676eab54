package vn.chibo.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an uploaded file may be called and what type it is taken for, wherever it comes in (the admin API, the
 * dashboard, a chat). A name is cleaned of what would break a download or mislead a reader; a type is kept only
 * when the file's first bytes agree with it, so a page or a script declared as a document is stored as plain bytes.
 */
public final class Uploads {

    /** The one size limit of a document, however it is uploaded. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    public static final String UNKNOWN_TYPE = "application/octet-stream";

    private static final int MAX_NAME = 200;
    /** Path separators, quotes, control characters, and marks that reorder or hide text (RLO, zero-width, BOM). */
    private static final Pattern UNSAFE_IN_NAMES = Pattern.compile("[\\\\/\"<>|:*?\\p{Cntrl}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Pattern MARKUP = Pattern.compile("^\\s*<(!doctype|html|head|body|script|svg|\\?xml|iframe)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, byte[]> SIGNATURES = Map.ofEntries(
            Map.entry("application/pdf", PDF), Map.entry("image/png", PNG), Map.entry("image/jpeg", JPEG),
            Map.entry("image/gif", GIF), Map.entry("application/zip", ZIP),
            Map.entry("application/msword", OLE), Map.entry("application/vnd.ms-excel", OLE),
            Map.entry("application/vnd.ms-powerpoint", OLE));

    private Uploads() {
    }

    /** A name to store and offer for download: no path, quotes, line breaks or hidden marks; {@code fallback} if none is left. */
    public static String cleanName(String name, String fallback) {
        String cleaned = name == null ? "" : UNSAFE_IN_NAMES.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            return fallback;
        }
        return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
    }

    /** The declared type when the content agrees with it, else {@link #UNKNOWN_TYPE}. */
    public static String checkedType(String declared, byte[] content) {
        if (declared == null || declared.isBlank()) {
            return UNKNOWN_TYPE;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("text/plain") || type.equals("text/csv")) {
            return isPlainText(content) ? type + "; charset=UTF-8" : UNKNOWN_TYPE;
        }
        if (type.startsWith("application/vnd.openxmlformats-officedocument.")
                || type.startsWith("application/vnd.oasis.opendocument.")) {
            return startsWith(content, ZIP) ? type : UNKNOWN_TYPE;
        }
        byte[] signature = SIGNATURES.get(type);
        return signature != null && startsWith(content, signature) ? type : UNKNOWN_TYPE;
    }

    /**
     * The headers that keep a served file from acting as a page of this site: no guessing another type, no script,
     * nothing loaded from it.
     */
    public static final Map<String, String> SAFE_SERVING = Map.of("X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; sandbox");

    /** Whether a stored type is one a browser may show in place: the images the bot draws and members send. */
    public static boolean showsInPlace(String type) {
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return bare.equals("image/png") || bare.equals("image/jpeg") || bare.equals("image/gif");
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0,
                signature.length);
    }

    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf('\0') < 0 && !MARKUP.matcher(text).find();
        } catch (CharacterCodingException notText) {
            return false;
        }
    }
}
