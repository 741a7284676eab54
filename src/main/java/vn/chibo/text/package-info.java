/**
 * Vietnamese text folding, dates written the Vietnamese way, supported languages.
 */
@ApplicationModule(allowedDependencies = {})
package vn.chibo.text;

import org.springframework.modulith.ApplicationModule;
