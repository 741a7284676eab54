package vn.chibo.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public method without parameters that Quartz runs every so often, doing whatever has fallen due by the bot's
 * clock (reminders, quiz time limits, digests, regular meetings). The app's own tables say what is done, so a
 * missed run is only late, never lost. {@link TickScheduling} schedules every such method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Periodic {

    /** The Quartz job's name, unique in the app. */
    String name();

    /** How often, as a setting, such as {@code ${chibo.quiz.tick}}. */
    String every();
}
