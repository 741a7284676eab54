/**
 * The committee tree, members, roles, chat identities, invite codes and roster imports.
 */
@ApplicationModule(allowedDependencies = {"common", "text", "web", "web::dashboard"})
package vn.chibo.organization;

import org.springframework.modulith.ApplicationModule;
