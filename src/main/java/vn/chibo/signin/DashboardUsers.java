package vn.chibo.signin;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.web.dashboard.Viewer;
import vn.chibo.web.dashboard.ViewerRefresh;

/**
 * Who may sign in with a one-time link: a secretary, a deputy or an admin, known to Spring Security by member id;
 * once signed in, the viewer the pages work with is kept in the session with the time of sign-in.
 */
@Component
class DashboardUsers implements UserDetailsService, AuthenticationSuccessHandler, ViewerRefresh {

    private final Organization organization;
    private final Clock clock;

    DashboardUsers(Organization organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String memberId) {
        Member member = member(memberId);
        return new User(memberId, "", List.of(new SimpleGrantedAuthority(
                member.role() == Role.ADMIN ? "ROLE_ADMIN" : "ROLE_CELL_LEADER")));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Member member = member(authentication.getName());
        request.getSession(true).setAttribute(Viewer.SESSION_KEY, viewer(member, clock.instant()));
        response.sendRedirect("/dashboard");
    }

    /** A member who still leads a cell or administers a committee, as they stand now; the token's holder as is. */
    @Override
    public Optional<Viewer> refresh(Viewer signedIn) {
        if (signedIn.memberId() == null) {
            return Optional.of(signedIn);
        }
        return organization.member(signedIn.memberId())
                .filter(DashboardUsers::leadsOrAdministers)
                .filter(member -> member.role() == Role.ADMIN || member.unit().isCell())
                .map(member -> viewer(member, signedIn.signedInAt()));
    }

    /** Who may use the dashboard: a cell's secretary or deputy, or an admin. */
    private static boolean leadsOrAdministers(Member member) {
        return member.role().leadsCell() || member.role() == Role.ADMIN;
    }

    private static Viewer viewer(Member member, Instant signedInAt) {
        return new Viewer(member.id(), member.fullName(), member.role() == Role.ADMIN, member.unit().id(),
                member.unit().path(), signedInAt);
    }

    private Member member(String memberId) {
        try {
            return organization.member(Long.parseLong(memberId))
                    .filter(DashboardUsers::leadsOrAdministers)
                    .orElseThrow(() -> new UsernameNotFoundException("No leader or admin " + memberId));
        } catch (NumberFormatException e) {
            throw new UsernameNotFoundException("No member " + memberId);
        }
    }
}
