package vn.chibo.quiz;

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

/** Quartz keeps the time: a question whose time ran out by the bot's clock is closed and the quiz moves on. */
@Configuration(proxyBeanMethods = false)
class QuizTick {

    @DisallowConcurrentExecution
    static class CloseOverdueQuestions implements Job {

        private static final Logger log = LoggerFactory.getLogger(CloseOverdueQuestions.class);

        private final Quizzes quizzes;

        CloseOverdueQuestions(Quizzes quizzes) {
            this.quizzes = quizzes;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                quizzes.closeOverdueQuestions();
            } catch (RuntimeException e) {
                log.error("Closing overdue quiz questions failed; the next tick tries again", e);
            }
        }
    }

    @Bean
    JobDetail closeOverdueQuestionsJob() {
        return JobBuilder.newJob(CloseOverdueQuestions.class).withIdentity("close-overdue-quiz-questions")
                .storeDurably().build();
    }

    @Bean
    Trigger closeOverdueQuestionsTrigger(JobDetail closeOverdueQuestionsJob, QuizProperties properties) {
        return TriggerBuilder.newTrigger().forJob(closeOverdueQuestionsJob).withIdentity("close-overdue-quiz-questions")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.tick().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
