package vn.chibo.statistics;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz keeps the time: once the digest day has come by the bot's clock, admins not yet sent get it. */
@Configuration(proxyBeanMethods = false)
class DigestTick {

    @DisallowConcurrentExecution
    static class SendDueDigests implements Job {

        private static final Logger log = LoggerFactory.getLogger(SendDueDigests.class);

        private final Deliveries deliveries;

        SendDueDigests(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                deliveries.sendDueDigests();
            } catch (RuntimeException e) {
                log.error("Sending the monthly digests failed; the next tick tries again", e);
            }
        }
    }

    @Bean
    JobDetail sendDueDigestsJob() {
        return JobBuilder.newJob(SendDueDigests.class).withIdentity("send-due-digests").storeDurably().build();
    }

    @Bean
    Trigger sendDueDigestsTrigger(JobDetail sendDueDigestsJob, StatisticsProperties properties) {
        return TriggerBuilder.newTrigger().forJob(sendDueDigestsJob).withIdentity("send-due-digests")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.tick().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
