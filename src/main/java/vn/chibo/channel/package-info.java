/**
 * Telegram, Zalo and the web chat: one inbound pipeline, one durable outbox, each platform's limits.
 */
@ApplicationModule(allowedDependencies = {"common", "conversation", "organization", "text"})
package vn.chibo.channel;

import org.springframework.modulith.ApplicationModule;
