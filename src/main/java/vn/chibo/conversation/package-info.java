/**
 * The platform-free chat core: neutral messages, the command router, dialogs, help and languages.
 */
@ApplicationModule(allowedDependencies = {"common", "organization", "text"})
package vn.chibo.conversation;

import org.springframework.modulith.ApplicationModule;
