/**
 * The meeting's record (biên bản sinh hoạt chi bộ), beyond who came: the agenda (chương trình) and who has read
 * its documents, the note-taker, the speeches (ý kiến phát biểu), the votes (biểu quyết) with who may vote and
 * whether each passed, the minutes' own fields and their Word file, and the tasks given to carry out the resolution
 * (việc thực hiện nghị quyết). How well the meeting went is graded from this record in {@code grading}.
 */
@ApplicationModule(allowedDependencies = {
        "common", "attendance", "channel", "conversation", "meeting", "organization", "signin", "text",
        "web", "web::dashboard"})
package vn.chibo.record;

import org.springframework.modulith.ApplicationModule;
