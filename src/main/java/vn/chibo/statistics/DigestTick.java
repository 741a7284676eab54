package vn.chibo.statistics;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.chibo.Ticks;

/** Quartz keeps the time: once the digest day has come by the bot's clock, admins not yet sent get it. */
@Configuration(proxyBeanMethods = false)
class DigestTick {

    @DisallowConcurrentExecution
    static class SendDueDigests extends Ticks.Tick {

        private final Deliveries deliveries;

        SendDueDigests(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @Override
        protected void tick() {
            deliveries.sendDueDigests();
        }
    }

    @Bean
    JobDetail sendDueDigestsJob() {
        return Ticks.job(SendDueDigests.class, "send-due-digests");
    }

    @Bean
    Trigger sendDueDigestsTrigger(JobDetail sendDueDigestsJob, StatisticsProperties properties) {
        return Ticks.every(sendDueDigestsJob, properties.tick());
    }
}
