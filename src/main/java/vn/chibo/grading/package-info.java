/**
 * The quality of a cell's meetings (đánh giá chất lượng sinh hoạt): the quality frame each committee sets (its
 * criteria and points, inherited down the tree), a meeting's assessment scored from its record and attendance with
 * the secretary's answers to the checklist, and grades read in bulk for the figures.
 */
@ApplicationModule(allowedDependencies = {
        "common", "attendance", "conversation", "meeting", "organization", "record", "signin", "text", "web",
        "web::dashboard"})
package vn.chibo.grading;

import org.springframework.modulith.ApplicationModule;
