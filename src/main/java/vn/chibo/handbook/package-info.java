/**
 * The handbook sections of the current quiz bank and their search.
 */
@ApplicationModule(allowedDependencies = {"common", "conversation", "text"})
package vn.chibo.handbook;

import org.springframework.modulith.ApplicationModule;
