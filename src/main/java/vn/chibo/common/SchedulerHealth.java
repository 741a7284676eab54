package vn.chibo.common;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Whether Quartz is running the periodic jobs (reminders, digests, quiz time-outs): part of readiness. */
@Component("scheduler")
class SchedulerHealth implements HealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealth(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
            var health = running ? Health.up() : Health.down();
            return health.withDetail("clustered", scheduler.getMetaData().isJobStoreClustered())
                    .withDetail("instance", scheduler.getSchedulerInstanceId()).build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }
}
