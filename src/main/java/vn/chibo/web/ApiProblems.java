package vn.chibo.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import vn.chibo.common.Outcome;

/**
 * Refusals of the admin API as RFC 9457 problem details in the caller's language, for every feature's
 * controllers. They are thrown in the controller, outside any transaction: the services refused with a value.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** 404, its detail the message {@code key} with {@code args} in the caller's language. */
    public static ErrorResponseException notFound(String key, Object... args) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                key, args);
    }

    public static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }

    /** The problem as it stands, for refusals with fields of their own (rows, files, lines). */
    public static ErrorResponseException of(ProblemDetail problem) {
        return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    /** {@code status} with every reason (message keys) written out, and a summary around them. */
    public static ErrorResponseException refused(HttpStatus status, MessageSource messages, String summaryKey,
                                                 List<String> reasonKeys, Locale locale) {
        List<String> texts = reasonKeys.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        String detail = summaryKey == null ? String.join(" ", texts)
                : messages.getMessage(summaryKey, new Object[] {String.join(" ", texts)}, locale);
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", texts.stream().map(text -> Map.of("message", text)).toList());
        return of(problem);
    }

    /** The result, or a 422 naming every reason (message keys) under {@code summaryKey}. */
    public static <T> T orUnprocessable(Outcome<T, String> outcome, MessageSource messages, String summaryKey,
                                        Locale locale) {
        if (outcome instanceof Outcome.Done<T, String> done) {
            return done.value();
        }
        throw refused(HttpStatus.UNPROCESSABLE_CONTENT, messages, summaryKey, outcome.reasons(), locale);
    }
}
