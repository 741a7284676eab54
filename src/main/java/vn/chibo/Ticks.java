package vn.chibo;

import java.time.Duration;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz as the bot's metronome: a job that runs every so often and does whatever has fallen due by the bot's
 * clock (reminders, quiz time limits, digests). The app's own tables say what is done, so a missed tick is
 * only late, never lost.
 */
public final class Ticks {

    /** One tick's work; a failure is logged and the next tick tries again. */
    public abstract static class Tick implements Job {

        private static final Logger log = LoggerFactory.getLogger(Tick.class);

        protected abstract void tick();

        @Override
        public final void execute(JobExecutionContext context) {
            try {
                tick();
            } catch (RuntimeException e) {
                log.error("{} failed; the next tick tries again", getClass().getSimpleName(), e);
            }
        }
    }

    private Ticks() {
    }

    public static JobDetail job(Class<? extends Tick> type, String name) {
        return JobBuilder.newJob(type).withIdentity(name).storeDurably().build();
    }

    /** Fires every {@code interval}; ticks missed while busy or down collapse into the next one. */
    public static Trigger every(JobDetail job, Duration interval) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
