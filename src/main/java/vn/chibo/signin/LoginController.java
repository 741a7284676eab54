package vn.chibo.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.BotClockTime;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.web.AdminToken;
import vn.chibo.web.dashboard.Viewer;

/** Signing in with a one-time link from /dangnhap, or with the admin token; signing out. */
@Controller
class LoginController {

    private final DashboardLogins logins;
    private final Organization organization;
    private final AdminToken adminToken;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Wrong admin tokens at the sign-in form, from everywhere together: ten per ten minutes, then none is checked. */
    private final Bucket wrongTokens;

    LoginController(DashboardLogins logins, Organization organization, AdminToken adminToken, MessageSource messages,
                    Clock clock) {
        this.logins = logins;
        this.organization = organization;
        this.adminToken = adminToken;
        this.messages = messages;
        this.clock = clock;
        this.wrongTokens = Bucket.builder().withCustomTimePrecision(BotClockTime.of(clock))
                .addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofMinutes(10)).build()).build();
    }

    @GetMapping("/dashboard/login")
    String page(Model model) {
        model.addAttribute("tokenLogin", adminToken.isSet());
        return "dashboard/login";
    }

    /**
     * The link from /dangnhap opens a page whose button signs in: messengers fetch links to show previews, and
     * such a fetch must not use the link up before the secretary taps it.
     */
    @GetMapping("/dashboard/login/{token}")
    String linkPage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "dashboard/login-link";
    }

    @PostMapping("/dashboard/login/{token}")
    String link(@PathVariable String token, HttpServletRequest request, Model model) {
        Optional<Member> member = logins.redeem(token).flatMap(organization::member)
                .filter(m -> m.role().leadsCell() || m.role() == Role.ADMIN);
        if (member.isEmpty()) {
            model.addAttribute("tokenLogin", adminToken.isSet());
            model.addAttribute("error", "dashboard.login.linkInvalid");
            return "dashboard/login";
        }
        Member signedIn = member.get();
        signIn(request, new Viewer(signedIn.id(), signedIn.fullName(), signedIn.role() == Role.ADMIN,
                signedIn.unit().id(), signedIn.unit().path(), csrfToken(), clock.instant()));
        return "redirect:/dashboard";
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
        signIn(request, new Viewer(null, messages.getMessage("dashboard.tokenAdmin", null, locale), true, 0, null,
                csrfToken(), clock.instant()));
        return "redirect:/dashboard";
    }

    @PostMapping("/dashboard/logout")
    String logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/dashboard/login";
    }

    /** A new session id at sign-in, so that an id planted before cannot ride along. */
    private static void signIn(HttpServletRequest request, Viewer viewer) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(Viewer.SESSION_KEY, viewer);
    }

    private String csrfToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
