package vn.chibo.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the limit is refused before any controller sees it: a dashboard page says so in the viewer's
 * language with a way back; the API answers a problem detail in the caller's.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;
    private final JsonMapper json;

    UploadLimits(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage("problem.tooLarge", null, locale);
        if (request.getRequestURI().startsWith("/dashboard")) {
            var page = new ModelAndView("error");
            page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
            page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        return new ModelAndView((model, req, response) -> {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
        });
    }
}
