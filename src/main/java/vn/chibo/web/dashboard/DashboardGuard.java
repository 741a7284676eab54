package vn.chibo.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every dashboard page but sign-in needs a signed-in viewer (else: to the sign-in page), and every form sent
 * must carry the session's own token, so that another site cannot send one in the viewer's name.
 */
class DashboardGuard implements HandlerInterceptor {

    static final String CSRF_PARAMETER = "_csrf";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        HttpSession session = request.getSession(false);
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(Viewer.SESSION_KEY);
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
