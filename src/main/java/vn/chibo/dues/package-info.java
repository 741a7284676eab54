/**
 * Party dues (đảng phí, Quy định 01-QĐ/TW of 2026): the record of who has paid which month, by the portal or in cash
 * to the cell, the exemptions and reductions that end by themselves, the amount due where a member declared its
 * basis, the collector's lists in chat and on the dashboard, uploads of the portal's or the cell's list, reminders,
 * and the mark at two and three unpaid months. The bot takes and moves no money.
 */
@ApplicationModule(allowedDependencies = {
        "common", "channel", "conversation", "organization", "signin", "text", "web", "web::dashboard"})
package vn.chibo.dues;

import org.springframework.modulith.ApplicationModule;
