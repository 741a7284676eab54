/**
 * What every feature's web surface shares: the admin token, problem details, the dashboard's guard, viewer and error pages.
 */
@ApplicationModule(allowedDependencies = {"common", "text"})
package vn.chibo.web;

import org.springframework.modulith.ApplicationModule;
