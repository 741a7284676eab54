/**
 * Replies (in chat, by SMS, by the personal answer link, by the secretary's calls), check-in, the call list and the
 * secretary's meeting view in chat.
 */
@ApplicationModule(allowedDependencies = {
        "common", "channel", "conversation", "meeting", "organization", "signin", "text", "web", "web::dashboard"})
package vn.chibo.attendance;

import org.springframework.modulith.ApplicationModule;
