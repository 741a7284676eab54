/**
 * Figures of meetings, cells, committees and members; charts, workbooks, digests; the dashboard's read pages.
 */
@ApplicationModule(allowedDependencies = {
        "common", "attendance", "channel", "conversation", "dues", "handbook", "meeting", "grading",
        "organization", "quiz", "signin", "text", "web", "web::dashboard"})
package vn.chibo.statistics;

import org.springframework.modulith.ApplicationModule;
