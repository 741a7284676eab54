/**
 * The demo committee for a first run without platform tokens.
 */
@ApplicationModule(allowedDependencies = {
        "common", "attendance", "channel", "conversation", "dues", "meeting", "record", "organization", "quiz",
        "review", "text"})
package vn.chibo.demo;

import org.springframework.modulith.ApplicationModule;
