package vn.chibo.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Part of readiness: in demo mode the app takes traffic only once the demo committee exists. */
@Component("demo")
class DemoHealth implements HealthIndicator {

    private final DemoCommittee demo;

    DemoHealth(DemoCommittee demo) {
        this.demo = demo;
    }

    @Override
    public Health health() {
        return (demo.ready() ? Health.up() : Health.outOfService()).withDetail("enabled", demo.enabled()).build();
    }
}
