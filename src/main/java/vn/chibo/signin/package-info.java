/**
 * Signing in to the dashboard (one-time links from /dangnhap, the admin token) and the viewer's scope.
 */
@ApplicationModule(allowedDependencies = {"common", "conversation", "organization", "text", "web", "web::dashboard"})
package vn.chibo.signin;

import org.springframework.modulith.ApplicationModule;
