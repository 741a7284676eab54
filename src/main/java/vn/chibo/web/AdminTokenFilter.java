package vn.chibo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to /api/admin/** through only with {@code Authorization: Bearer $CHIBO_ADMIN_TOKEN}. The
 * comparison runs over fixed-length digests, so its time tells nothing of the token. No token set: all refused.
 */
class AdminTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String REFUSAL = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"A valid admin token is required: Authorization: Bearer <CHIBO_ADMIN_TOKEN>"}""";

    private final byte[] expectedDigest;

    AdminTokenFilter(AdminApiProperties properties) {
        this.expectedDigest = properties.open() ? digest(properties.token()) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (authorized(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"chibo-admin\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
    }

    private boolean authorized(String header) {
        if (expectedDigest == null || header == null || !header.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, digest(header.substring(BEARER.length()).strip()));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
