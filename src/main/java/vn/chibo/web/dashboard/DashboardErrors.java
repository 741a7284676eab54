package vn.chibo.web.dashboard;

import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every dashboard page shows when the viewer may not see a thing, or a form was refused or malformed. */
@ControllerAdvice(annotations = DashboardPage.class)
class DashboardErrors {

    private final MessageSource messages;

    DashboardErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotInScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notInScope() {
        return "dashboard/refused";
    }

    @ExceptionHandler(RefusedInput.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String refused(RefusedInput refused, Model model) {
        model.addAttribute("problem", refused.shownText());
        return "dashboard/problem";
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String badInput(Model model, Locale locale) {
        model.addAttribute("problem", messages.getMessage("dashboard.badInput", null, locale));
        return "dashboard/problem";
    }
}
