/**
 * Replies, check-in and the secretary's meeting view in chat.
 */
@ApplicationModule(allowedDependencies = {
        "common", "channel", "conversation", "meeting", "organization", "signin", "web", "web::dashboard"})
package vn.chibo.attendance;

import org.springframework.modulith.ApplicationModule;
