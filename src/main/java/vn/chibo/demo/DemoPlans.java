package vn.chibo.demo;

import java.util.Map;

import vn.chibo.attendance.Reply;

/**
 * Who did what in the demo's year, by name and by how many months back: mostly present, a few absences with a
 * reason, one member absent without reason the last two months (the 2-month warning), a probationary member
 * who forgot the code, an exempt member who came once. Anyone else in the demo roster simply comes.
 */
final class DemoPlans {

    private static final String SICK = "Ốm đau";
    private static final String WORK = "Công tác";
    private static final String FAMILY = "Việc gia đình";

    private static final DemoHistory.Plan CAME = new DemoHistory.Plan(Reply.ATTENDING, null, true, true);
    private static final DemoHistory.Plan UNANSWERED = new DemoHistory.Plan(null, null, false, false);

    /** Each member's cell-quiz score out of ten when they take it; absent here means they do not. */
    private static final Map<String, Integer> QUIZ = Map.of("Trần Thị Bình", 9, "Lê Văn Cường", 6, "Phạm Thị Dung", 8,
            "Hoàng Minh Đức", 7, "Đặng Văn Hùng", 5, "Bùi Thị Lan", 9, "Đỗ Quang Minh", 8);
    private static final Map<String, Integer> PRACTICE = Map.of("Nguyễn Văn An", 9, "Trần Thị Bình", 10,
            "Lê Văn Cường", 7, "Vũ Thị Giang", 10, "Bùi Thị Lan", 8);

    private DemoPlans() {
    }

    /** A meeting {@code monthsBack} months ago (a thematic one has 100 added). */
    static DemoHistory.Plan plan(String name, int monthsBack) {
        return switch (name) {
            case "Nguyễn Văn An" -> monthsBack == 6 ? excused(WORK) : CAME;
            case "Trần Thị Bình" -> monthsBack == 9 ? excused(SICK) : CAME;
            case "Lê Văn Cường" -> switch (monthsBack) {
                case 2 -> new DemoHistory.Plan(Reply.ATTENDING, null, false, false);
                case 1 -> UNANSWERED;
                default -> CAME;
            };
            case "Phạm Thị Dung" -> switch (monthsBack) {
                case 10, 4 -> excused(SICK);
                case 7 -> new DemoHistory.Plan(Reply.ATTENDING, null, true, false);
                default -> CAME;
            };
            case "Hoàng Minh Đức" -> monthsBack == 5 ? new DemoHistory.Plan(null, null, true, false) : CAME;
            case "Lý Văn Thọ" -> monthsBack == 11 ? new DemoHistory.Plan(null, null, true, true) : UNANSWERED;
            case "Đặng Văn Hùng" -> switch (monthsBack) {
                case 6 -> new DemoHistory.Plan(Reply.ABSENT, null, false, false);
                case 9 -> excused(WORK);
                default -> CAME;
            };
            case "Bùi Thị Lan" -> switch (monthsBack) {
                case 7 -> excused(FAMILY);
                case 2 -> excused(WORK);
                default -> CAME;
            };
            case "Đỗ Quang Minh" -> monthsBack == 4 ? new DemoHistory.Plan(null, null, true, false) : CAME;
            default -> CAME;
        };
    }

    /** Replies already in for the coming meeting; the rest still have to answer. */
    static DemoHistory.Plan coming(String name) {
        return switch (name) {
            case "Nguyễn Văn An", "Trần Thị Bình", "Vũ Thị Giang", "Bùi Thị Lan" -> CAME;
            case "Phạm Thị Dung" -> excused(FAMILY);
            default -> UNANSWERED;
        };
    }

    /** Right answers out of ten in the cell quiz set {@code monthsBack} months ago; -1 when not taken. */
    static int quizScore(String name, int monthsBack) {
        if (name.equals("Đặng Văn Hùng") && monthsBack == 2) {
            return -1;
        }
        Integer score = QUIZ.get(name);
        return score == null ? -1 : Math.min(10, score + (monthsBack <= 5 ? 1 : 0));
    }

    /** Right answers out of ten in a practice quiz this month; -1 for none. */
    static int practiceScore(String name) {
        return PRACTICE.getOrDefault(name, -1);
    }

    private static DemoHistory.Plan excused(String reason) {
        return new DemoHistory.Plan(Reply.ABSENT_WITH_REASON, reason, false, false);
    }
}
