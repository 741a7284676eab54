package vn.chibo.common;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Every {@link Periodic} method as a Quartz job of its own, fired every interval once the app is ready; one run at
 * a time per job, and runs missed while busy or down collapse into the next one.
 */
@Component
class TickScheduling implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TickScheduling.class);

    private record Ticking(Duration interval, Runnable run) {
    }

    private final Map<String, Ticking> ticks = new ConcurrentHashMap<>();
    private final ObjectProvider<Scheduler> scheduler;
    private final Environment environment;

    TickScheduling(ObjectProvider<Scheduler> scheduler, Environment environment) {
        this.scheduler = scheduler;
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        ReflectionUtils.doWithMethods(AopUtils.getTargetClass(bean), method -> {
            Periodic periodic = AnnotationUtils.findAnnotation(method, Periodic.class);
            if (periodic != null) {
                register(bean, method, periodic);
            }
        });
        return bean;
    }

    private void register(Object bean, Method method, Periodic periodic) {
        Duration interval = DurationStyle.detectAndParse(environment.resolveRequiredPlaceholders(periodic.every()));
        Method callable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(callable);
        Runnable run = () -> ReflectionUtils.invokeMethod(callable, bean);
        if (ticks.putIfAbsent(periodic.name(), new Ticking(interval, run)) != null) {
            throw new IllegalStateException("Two periodic methods are named " + periodic.name());
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Scheduler quartz = scheduler.getObject();
        ticks.forEach((name, tick) -> {
            JobDetail job = JobBuilder.newJob(TickJob.class).withIdentity(name).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().forJob(job).withIdentity(name)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(tick.interval().toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            try {
                quartz.scheduleJob(job, Set.of(trigger), true);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Cannot schedule " + name, e);
            }
        });
    }

    void run(String name) {
        Ticking tick = ticks.get(name);
        if (tick == null) {
            return;
        }
        try {
            tick.run().run();
        } catch (RuntimeException e) {
            log.error("{} failed; the next tick tries again", name, e);
        }
    }

    /** Runs the periodic method its job is named after. */
    @DisallowConcurrentExecution
    static class TickJob implements Job {

        private final TickScheduling scheduling;

        /** Spring's job factory makes each run's instance as a bean, with its dependencies. */
        TickJob(TickScheduling scheduling) {
            this.scheduling = scheduling;
        }

        @Override
        public void execute(JobExecutionContext context) {
            scheduling.run(context.getJobDetail().getKey().getName());
        }
    }
}
