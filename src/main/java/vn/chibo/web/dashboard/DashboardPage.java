package vn.chibo.web.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of dashboard pages, in whichever feature owns the page: its refusals and bad input become the
 * dashboard's own pages ({@link DashboardErrors}), not the admin API's problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface DashboardPage {
}
