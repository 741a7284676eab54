package vn.chibo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to /api/admin/** through only with {@code Authorization: Bearer $CHIBO_ADMIN_TOKEN}. The
 * comparison is {@link AdminToken}'s. No token set: all refused.
 */
class AdminTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String REFUSAL = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"A valid admin token is required: Authorization: Bearer <CHIBO_ADMIN_TOKEN>"}""";

    private final AdminToken token;

    AdminTokenFilter(AdminToken token) {
        this.token = token;
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
        return header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()));
    }
}
