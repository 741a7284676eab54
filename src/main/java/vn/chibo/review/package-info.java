/**
 * The year-end review (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, QĐ 366-QĐ/TW and HD 43-HD/BTCTW): a
 * committee's round and frame, who is reviewed, each member's self-review in chat or on a web form, the reminders, the
 * cell's review meeting with its comments, votes and proposals under the cap on "xuất sắc", the Word and Excel files,
 * and the grades the committee above decides, told to each member privately.
 */
@ApplicationModule(allowedDependencies = {
        "common", "channel", "conversation", "meeting", "organization", "record", "signin", "text", "web",
        "web::dashboard"})
package vn.chibo.review;

import org.springframework.modulith.ApplicationModule;
