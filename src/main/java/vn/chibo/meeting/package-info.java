/**
 * Schedules, concrete meetings, announcements of changes, the calendar feed and meeting documents.
 */
@ApplicationModule(allowedDependencies = {
        "common", "channel", "conversation", "organization", "signin", "text", "web", "web::dashboard"})
package vn.chibo.meeting;

import org.springframework.modulith.ApplicationModule;
