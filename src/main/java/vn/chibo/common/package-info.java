/**
 * What every module shares and no feature owns: the clock the bot reads time from (and the demo's backdating clock),
 * the database engine and the operator's database commands, periodic scheduling ({@link vn.chibo.common.Periodic}),
 * the durable registry of cross-module events, and two small values: {@link vn.chibo.common.Outcome} (a result or an
 * expected refusal) and {@link vn.chibo.common.InLists} (IN lists of many ids).
 */
@ApplicationModule(allowedDependencies = {"text"})
package vn.chibo.common;

import org.springframework.modulith.ApplicationModule;
