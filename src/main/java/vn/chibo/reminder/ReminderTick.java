package vn.chibo.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.chibo.Ticks;

/** Quartz keeps the time: every tick, whatever stage has fallen due by the bot's clock goes out. */
@Configuration(proxyBeanMethods = false)
class ReminderTick {

    @DisallowConcurrentExecution
    static class SendDueReminders extends Ticks.Tick {

        private final Reminders reminders;

        /** Spring's job factory makes each run's instance as a bean, with its dependencies. */
        SendDueReminders(Reminders reminders) {
            this.reminders = reminders;
        }

        @Override
        protected void tick() {
            reminders.sendDue();
        }
    }

    @Bean
    JobDetail sendDueRemindersJob() {
        return Ticks.job(SendDueReminders.class, "send-due-reminders");
    }

    @Bean
    Trigger sendDueRemindersTrigger(JobDetail sendDueRemindersJob, ReminderProperties properties) {
        return Ticks.every(sendDueRemindersJob, properties.tick());
    }
}
