package vn.chibo.web.dashboard;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Behind Spring Security's sign-in check and CSRF tokens: the viewer's sign-in is not older than the session
 * lifetime by the bot's clock (idle sessions end sooner, with the servlet session), the viewer's role and scope are
 * those of the roster now ({@link ViewerRefresh}), and pages get the viewer.
 */
public class DashboardGuard implements HandlerInterceptor {

    private final Clock clock;
    private final Duration lifetime;
    private final ViewerRefresh refresh;

    DashboardGuard(Clock clock, Duration lifetime, ViewerRefresh refresh) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.refresh = refresh;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        HttpSession session = request.getSession(false);
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(Viewer.SESSION_KEY);
        if (viewer != null && clock.instant().isAfter(viewer.signedInAt().plus(lifetime))) {
            session.invalidate();
            viewer = null;
        }
        if (viewer != null) {
            Viewer current = refresh.refresh(viewer).orElse(null);
            if (current == null) {
                session.invalidate();
            } else if (!current.equals(viewer)) {
                session.setAttribute(Viewer.SESSION_KEY, current);
            }
            viewer = current;
        }
        if (viewer == null) {
            response.sendRedirect("/dashboard/login");
            return false;
        }
        request.setAttribute("viewer", viewer);
        return true;
    }
}
