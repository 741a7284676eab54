/**
 * Reminder stages on Quartz and nudges to those who have not replied.
 */
@ApplicationModule(allowedDependencies = {
        "common", "attendance", "channel", "conversation", "meeting", "organization", "signin",
        "text", "web", "web::dashboard"})
package vn.chibo.reminder;

import org.springframework.modulith.ApplicationModule;
