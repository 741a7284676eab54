package vn.chibo.web.dashboard;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every dashboard page but sign-in needs a signed-in viewer (else: to the sign-in page) whose sign-in is not
 * older than the session lifetime by the bot's clock (idle sessions end sooner, with the servlet session),
 * and every form sent must carry the session's own token, so that another site cannot send one in the
 * viewer's name.
 */
public class DashboardGuard implements HandlerInterceptor {

    public static final String CSRF_PARAMETER = "_csrf";

    private final Clock clock;
    private final Duration lifetime;

    DashboardGuard(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        HttpSession session = request.getSession(false);
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(Viewer.SESSION_KEY);
        if (viewer != null && clock.instant().isAfter(viewer.signedInAt().plus(lifetime))) {
            session.invalidate();
            viewer = null;
        }
        if (viewer == null) {
            response.sendRedirect("/dashboard/login");
            return false;
        }
        if ("POST".equalsIgnoreCase(request.getMethod())
                && !viewer.csrfToken().equals(request.getParameter(CSRF_PARAMETER))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        request.setAttribute("viewer", viewer);
        return true;
    }
}
