/**
 * The dashboard's shared parts that every feature's pages use: the viewer, the page annotation and its refusals.
 */
@NamedInterface("dashboard")
package vn.chibo.web.dashboard;

import org.springframework.modulith.NamedInterface;
