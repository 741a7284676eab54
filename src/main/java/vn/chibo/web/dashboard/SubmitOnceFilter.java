package vn.chibo.web.dashboard;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Each dashboard form carries a token of its own ({@value #PARAMETER}); the same form sent twice (a double tap,
 * a resend after a slow answer) is done once, and the second answer leads where the first one did.
 */
class SubmitOnceFilter extends OncePerRequestFilter {

    static final String PARAMETER = "_submission";
    private static final String SESSION_KEY = "chibo.dashboard.submissions";
    private static final int REMEMBERED = 200;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getParameter(PARAMETER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String> submitted = submissions(session);
        String submission = request.getParameter(PARAMETER);
        String earlier = submitted.putIfAbsent(submission, "");
        if (earlier != null) {
            response.sendRedirect(earlier.isEmpty() ? "/dashboard" : earlier);
            return;
        }
        // set again after each change: a session kept in the database saves what is set, not what is changed
        session.setAttribute(SESSION_KEY, submitted);
        var remembering = new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                submitted.put(submission, location);
                session.setAttribute(SESSION_KEY, submitted);
                super.sendRedirect(location);
            }
        };
        chain.doFilter(request, remembering);
        if (submitted.get(submission).isEmpty()) {
            // refused or shown again: the same form may be sent once more
            submitted.remove(submission);
            session.setAttribute(SESSION_KEY, submitted);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> submissions(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            var submitted = (Map<String, String>) session.getAttribute(SESSION_KEY);
            if (submitted == null || submitted.size() > REMEMBERED) {
                submitted = new ConcurrentHashMap<>();
                session.setAttribute(SESSION_KEY, submitted);
            }
            return submitted;
        }
    }
}
