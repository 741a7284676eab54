package vn.chibo.signin;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.Viewer;

/**
 * What every dashboard page asks first: may this viewer see that unit or member (anything outside the scope, or
 * missing, is the same {@link NotInScopeException}), and how to write a text, a time or a month for them.
 */
@Component
public class DashboardScope {

    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    DashboardScope(Organization organization, MessageSource messages, Clock clock) {
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** The cells an overview lists: a secretary's own, an admin's subtree, everything for the token holder. */
    public List<OrgUnit> cells(Viewer viewer) {
        if (viewer.scopePath() == null) {
            return organization.cells();
        }
        OrgUnit scope = organization.unit(viewer.scopeUnitId()).orElseThrow();
        return scope.isCell() ? List.of(scope) : organization.cellsUnder(scope);
    }

    /** The viewer's own unit; empty for the admin token's holder, whose scope is everything. */
    public Optional<OrgUnit> scopeUnit(Viewer viewer) {
        return viewer.scopePath() == null ? Optional.empty() : organization.unit(viewer.scopeUnitId());
    }

    public OrgUnit unit(Viewer viewer, long id) {
        return organization.unit(id).filter(unit -> mayManage(viewer, unit)).orElseThrow(NotInScopeException::new);
    }

    public OrgUnit cell(Viewer viewer, long id) {
        OrgUnit unit = unit(viewer, id);
        if (!unit.isCell()) {
            throw new NotInScopeException();
        }
        return unit;
    }

    /** A thing of one cell (a meeting), when it exists and its cell is in scope; the same refusal otherwise. */
    public <T> T inCell(Viewer viewer, Optional<T> found, ToLongFunction<T> cellOf) {
        T thing = found.orElseThrow(NotInScopeException::new);
        cell(viewer, cellOf.applyAsLong(thing));
        return thing;
    }

    /** A member of a cell in scope. */
    public Member member(Viewer viewer, long id) {
        return organization.member(id).filter(m -> m.unit().isCell() && mayManage(viewer, m.unit()))
                .orElseThrow(NotInScopeException::new);
    }

    /** The member signed in; the admin token's holder is none, and may not act as one. */
    public Member actingMember(Viewer viewer) {
        return asMember(viewer).orElseThrow(NotInScopeException::new);
    }

    public Optional<Member> asMember(Viewer viewer) {
        return viewer.memberId() == null ? Optional.empty() : organization.member(viewer.memberId());
    }

    /**
     * An admin: their subtree as it stands now (units move and are renamed while a sign-in lasts); a secretary or
     * deputy: their cell; the admin token's holder: everything.
     */
    public boolean mayManage(Viewer viewer, OrgUnit unit) {
        if (viewer.scopePath() == null) {
            return true;
        }
        if (!viewer.isAdmin()) {
            return unit.id() == viewer.scopeUnitId();
        }
        return organization.unit(viewer.scopeUnitId()).map(scope -> scope.covers(unit)).orElse(false);
    }

    /** The path of the viewer's scope now; null for the admin token's holder. */
    public String scopePath(Viewer viewer) {
        return viewer.scopePath() == null ? null
                : organization.unit(viewer.scopeUnitId()).map(OrgUnit::path).orElse(viewer.scopePath());
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String when(ZonedDateTime at, Locale locale) {
        return VietnameseDates.dateTime(at.withZoneSameInstant(clock.getZone()), messages, locale);
    }

    /** A deadline in the reader's words: the end of a day rather than "00:00". */
    public String deadline(ZonedDateTime at, Locale locale) {
        return VietnameseDates.deadline(at.withZoneSameInstant(clock.getZone()), messages, locale);
    }

    public Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }
}
