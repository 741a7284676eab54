/**
 * The demo committee for a first run without platform tokens.
 */
@ApplicationModule(allowedDependencies = {"channel", "meeting", "organization", "text"})
package vn.chibo.demo;

import org.springframework.modulith.ApplicationModule;
