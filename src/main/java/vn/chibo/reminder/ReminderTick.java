package vn.chibo.reminder;

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

/** Quartz keeps the time: every tick, whatever stage has fallen due by the bot's clock goes out. */
@Configuration(proxyBeanMethods = false)
class ReminderTick {

    @DisallowConcurrentExecution
    static class SendDueReminders implements Job {

        private static final Logger log = LoggerFactory.getLogger(SendDueReminders.class);

        private final Reminders reminders;

        /** Spring's job factory makes each run's instance as a bean, with its dependencies. */
        SendDueReminders(Reminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                reminders.sendDue();
            } catch (RuntimeException e) {
                log.error("Sending due reminders failed; the next tick tries again", e);
            }
        }
    }

    @Bean
    JobDetail sendDueRemindersJob() {
        return JobBuilder.newJob(SendDueReminders.class).withIdentity("send-due-reminders").storeDurably().build();
    }

    @Bean
    Trigger sendDueRemindersTrigger(JobDetail sendDueRemindersJob, ReminderProperties properties) {
        return TriggerBuilder.newTrigger().forJob(sendDueRemindersJob).withIdentity("send-due-reminders")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.tick().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
