/**
 * The meeting's own record beyond who came: votes (biểu quyết) on a resolution or any question, with the
 * counts, who may vote and whether it passed.
 */
@ApplicationModule(allowedDependencies = {"common", "attendance", "channel", "conversation", "meeting", "organization", "signin", "text", "web", "web::dashboard"})
package vn.chibo.minutes;

import org.springframework.modulith.ApplicationModule;
