package vn.chibo.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An admin API call that changes something, sent again with the same {@code Idempotency-Key} header (a script's
 * retry, a double submit), gets the first call's answer again and changes nothing more. Keys are kept a day.
 * Without the header a call is taken as it comes.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEPT = Duration.ofDays(1);
    private static final int MAX_KEY = 200;

    private record Stored(String method, String path, Integer status, String contentType, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyFilter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "Idempotency-Key must be 1 to 200 characters");
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM api_request WHERE created_at < ?").param(now.minus(KEPT).toEpochMilli()).update();
        boolean first = jdbc.sql("""
                        INSERT INTO api_request (idempotency_key, method, path, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .params(key, request.getMethod(), request.getRequestURI(), now.toEpochMilli()).update() == 1;
        if (!first) {
            replay(key, request, response);
            return;
        }
        var recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } finally {
            if (recorded.getStatus() >= 500) {
                jdbc.sql("DELETE FROM api_request WHERE idempotency_key = ?").param(key).update();
            } else {
                jdbc.sql("UPDATE api_request SET status = ?, content_type = ?, body = ? WHERE idempotency_key = ?")
                        .params(recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray(), key)
                        .update();
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replay(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Stored> stored = jdbc.sql("SELECT method, path, status, content_type, body FROM api_request WHERE idempotency_key = ?")
                .param(key)
                .query((rs, row) -> {
                    int status = rs.getInt("status");
                    return new Stored(rs.getString("method"), rs.getString("path"), rs.wasNull() ? null : status,
                            rs.getString("content_type"), rs.getBytes("body"));
                })
                .optional();
        if (stored.isEmpty() || !stored.get().method().equals(request.getMethod())
                || !stored.get().path().equals(request.getRequestURI())) {
            problem(response, 422, "This Idempotency-Key was used for another request");
            return;
        }
        if (stored.get().status() == null) {
            problem(response, HttpServletResponse.SC_CONFLICT, "The first request with this Idempotency-Key is still being handled");
            return;
        }
        response.setStatus(stored.get().status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.get().contentType() != null) {
            response.setContentType(stored.get().contentType());
        }
        if (stored.get().body() != null) {
            response.getOutputStream().write(stored.get().body());
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
