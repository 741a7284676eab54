package vn.chibo.demo;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * The demo committee people try the bot with when no platform is connected. In demo mode the web chat
 * lets anyone act as one of its members; with demo mode off it does not exist.
 */
@Component
public class DemoCommittee {

    static final String ROOT_PATH = "Đảng bộ phường Vĩnh Phúc (demo)";

    private final boolean enabled;
    private final Organization organization;
    private volatile boolean loaded;

    DemoCommittee(DemoProperties properties, Environment environment, Organization organization) {
        this.organization = organization;
        this.enabled = properties.enabled() != null ? properties.enabled()
                : isBlank(environment.getProperty("chibo.telegram.token"))
                        && isBlank(environment.getProperty("chibo.zalo.token"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public boolean enabled() {
        return enabled;
    }

    /** False while the demo committee is still being made at start; the web chat says it is preparing. */
    public boolean ready() {
        return !enabled || loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    /** The demo members, empty when demo mode is off. */
    public List<Member> members() {
        if (!enabled) {
            return List.of();
        }
        return organization.unitByPath(ROOT_PATH).map(organization::membersUnder).orElse(List.of());
    }

    public boolean isDemoMember(long memberId) {
        return members().stream().anyMatch(m -> m.id() == memberId);
    }
}
