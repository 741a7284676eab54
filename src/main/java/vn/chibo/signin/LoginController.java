package vn.chibo.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.common.BotClockTime;
import vn.chibo.web.AdminToken;
import vn.chibo.web.dashboard.Viewer;

/**
 * The sign-in pages: the one a /dangnhap link opens (its button sends the token to Spring Security's one-time-token
 * login), and signing in with the admin token; signing out.
 */
@Controller
class LoginController {

    private final AdminToken adminToken;
    private final MessageSource messages;
    private final Clock clock;
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    /** Wrong admin tokens at the sign-in form, from everywhere together: ten per ten minutes, then none is checked. */
    private final Bucket wrongTokens;

    LoginController(AdminToken adminToken, MessageSource messages,
                    Clock clock, SecurityContextRepository contexts) {
        this.contexts = contexts;
        this.adminToken = adminToken;
        this.messages = messages;
        this.clock = clock;
        this.wrongTokens = Bucket.builder().withCustomTimePrecision(BotClockTime.of(clock))
                .addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofMinutes(10)).build()).build();
    }

    @GetMapping("/dashboard/login")
    String page(@RequestParam(required = false) String link, Model model) {
        model.addAttribute("tokenLogin", adminToken.isSet());
        if (link != null) {
            model.addAttribute("error", "dashboard.login.linkInvalid");
        }
        return "dashboard/login";
    }

    /**
     * The link from /dangnhap opens a page whose button signs in: messengers fetch links to show previews, and
     * such a fetch must not use the link up before the secretary taps it.
     */
    @GetMapping("/dashboard/login/{token}")
    String linkPage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("signIn", DashboardSecurity.LINK_SIGN_IN);
        return "dashboard/login-link";
    }

    @PostMapping("/dashboard/login")
    String token(@RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response,
                 Model model, Locale locale) {
        if (wrongTokens.getAvailableTokens() < 1) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("tokenLogin", adminToken.isSet());
            model.addAttribute("error", "dashboard.login.tooMany");
            return "dashboard/login";
        }
        if (!adminToken.matches(token)) {
            wrongTokens.tryConsume(1);
            model.addAttribute("tokenLogin", adminToken.isSet());
            model.addAttribute("error", "dashboard.login.tokenInvalid");
            return "dashboard/login";
        }
        signIn(request, response, new Viewer(null, messages.getMessage("dashboard.tokenAdmin", null, locale), true, 0,
                null, clock.instant()));
        return "redirect:/dashboard";
    }

    @PostMapping("/dashboard/logout")
    String logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/dashboard/login";
    }

    /**
     * Spring Security's context for the viewer, in a session with a new id (an id planted before cannot ride
     * along) and a new CSRF token; the viewer itself beside it, for the pages.
     */
    private void signIn(HttpServletRequest request, HttpServletResponse response, Viewer viewer) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        session.setAttribute(Viewer.SESSION_KEY, viewer);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer.name(), null,
                List.of(new SimpleGrantedAuthority(viewer.isAdmin() ? "ROLE_ADMIN" : "ROLE_CELL_LEADER"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
