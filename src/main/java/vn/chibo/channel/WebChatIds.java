package vn.chibo.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.chibo.common.AppSecrets;

/**
 * A web chat is known by a random id the server gives the browser in an HttpOnly, SameSite cookie (192 bits),
 * signed with a key only the server has: it is both the chat and the user there. Script on a page cannot read it,
 * another site cannot send it, and a value the server never issued (made up, or taken from another site's cookie
 * jar without its signature) gets a new id, never the one it names.
 */
@Component
public class WebChatIds {

    public static final String COOKIE = "chibo_chat";
    private static final Pattern SIGNED = Pattern.compile("([A-Za-z0-9_-]{32})\\.([A-Za-z0-9_-]{43})");
    private static final Duration KEPT = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MAC = "HmacSHA256";

    private final AppSecrets secrets;

    WebChatIds(AppSecrets secrets) {
        this.secrets = secrets;
    }

    /** This browser's chat id, made and set as its cookie when it has none (or one the server never made). */
    public String of(HttpServletRequest request, HttpServletResponse response) {
        return existing(request).orElseGet(() -> renew(request, response));
    }

    /** A new chat id for this browser, as "a new chat" or signing out of this browser wants. */
    public String renew(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, id + "." + signature(id)).httpOnly(true)
                .sameSite("Strict").secure(request.isSecure()).path("/").maxAge(KEPT).build().toString());
        return id;
    }

    private Optional<String> existing(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> SIGNED.matcher(cookie.getValue()))
                .filter(Matcher::matches)
                .filter(signed -> MessageDigest.isEqual(signature(signed.group(1)).getBytes(StandardCharsets.US_ASCII),
                        signed.group(2).getBytes(StandardCharsets.US_ASCII)))
                .map(signed -> signed.group(1)).findFirst();
    }

    private String signature(String id) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(secrets.key("web-chat-ids"), MAC));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    public static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}
