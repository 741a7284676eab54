package vn.chibo.quiz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.chibo.Ticks;

/** Quartz keeps the time: a question whose time ran out by the bot's clock is closed and the quiz moves on. */
@Configuration(proxyBeanMethods = false)
class QuizTick {

    @DisallowConcurrentExecution
    static class CloseOverdueQuestions extends Ticks.Tick {

        private final Quizzes quizzes;

        CloseOverdueQuestions(Quizzes quizzes) {
            this.quizzes = quizzes;
        }

        @Override
        protected void tick() {
            quizzes.closeOverdueQuestions();
        }
    }

    @Bean
    JobDetail closeOverdueQuestionsJob() {
        return Ticks.job(CloseOverdueQuestions.class, "close-overdue-quiz-questions");
    }

    @Bean
    Trigger closeOverdueQuestionsTrigger(JobDetail closeOverdueQuestionsJob, QuizProperties properties) {
        return Ticks.every(closeOverdueQuestionsJob, properties.tick());
    }
}
