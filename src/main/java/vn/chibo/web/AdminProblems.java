package vn.chibo.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.chibo.organization.RosterRejectedException;

/** Refusals of the admin API as RFC 9457 problem details, in the caller's language. */
@RestControllerAdvice
class AdminProblems {

    private final MessageSource messages;

    AdminProblems(MessageSource messages) {
        this.messages = messages;
    }

    static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }

    @ExceptionHandler(RosterRejectedException.class)
    ProblemDetail rosterRejected(RosterRejectedException rejected, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("roster.rejected", new Object[] {rejected.problems().size()}, locale));
        problem.setTitle(messages.getMessage("roster.rejected.title", null, locale));
        problem.setProperty("errors", rejected.problems());
        return problem;
    }
}
