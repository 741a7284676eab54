package vn.chibo.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** 422 with every reason (message keys) written out in the caller's language. */
    static ProblemDetail unprocessable(MessageSource messages, String summaryKey, List<String> problemKeys, Locale locale) {
        List<String> texts = problemKeys.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(summaryKey, new Object[] {String.join(" ", texts)}, locale));
        problem.setProperty("errors", texts.stream().map(text -> Map.of("message", text)).toList());
        return problem;
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
