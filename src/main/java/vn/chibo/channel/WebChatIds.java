package vn.chibo.channel;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.web.ErrorResponseException;

/**
 * A web chat is known by a random id the server gives the browser in an HttpOnly, SameSite cookie (192 bits):
 * it is both the chat and the user there. Script on a page cannot read it, another site cannot send it, and
 * nobody can pick one of their own.
 */
public final class WebChatIds {

    public static final String COOKIE = "chibo_chat";
    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final Duration KEPT = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebChatIds() {
    }

    /** This browser's chat id, made and set as its cookie when it has none (or one the server never made). */
    public static String of(HttpServletRequest request, HttpServletResponse response) {
        return existing(request).orElseGet(() -> renew(request, response));
    }

    /** A new chat id for this browser, as "a new chat" or signing out of this browser wants. */
    public static String renew(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, id).httpOnly(true).sameSite("Strict")
                .secure(request.isSecure()).path("/").maxAge(KEPT).build().toString());
        return id;
    }

    private static Optional<String> existing(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && CHAT_ID.matcher(cookie.getValue()).matches())
                .map(Cookie::getValue).findFirst();
    }

    public static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}
