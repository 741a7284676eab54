/**
 * Quiz bank versions and loaders, practice and cell quizzes, leaderboards.
 */
@ApplicationModule(allowedDependencies = {
        "common", "channel", "conversation", "handbook", "organization", "signin", "text", "web",
        "web::dashboard"})
package vn.chibo.quiz;

import org.springframework.modulith.ApplicationModule;
