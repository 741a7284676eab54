package vn.chibo.channel.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What every platform's webhook does with a delivery before it reads it: the body up to a size no update comes
 * near, and plain answers for what is not an update (400) or too large (413), so the platform does not retry it.
 */
public final class WebhookDeliveries {

    /** Telegram's and Zalo's updates are a few kilobytes; a megabyte leaves room for any of them. */
    public static final int MAX_BYTES = 1024 * 1024;

    private WebhookDeliveries() {
    }

    /** The body, or empty when it is larger than {@link #MAX_BYTES}; nothing more than that is read. */
    public static Optional<byte[]> body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            return body.length > MAX_BYTES ? Optional.empty() : Optional.of(body);
        }
    }

    public static ResponseEntity<ProblemDetail> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "An update is at most " + MAX_BYTES + " bytes"));
    }

    public static ResponseEntity<ProblemDetail> notAnUpdate() {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not an update of this platform"));
    }
}
