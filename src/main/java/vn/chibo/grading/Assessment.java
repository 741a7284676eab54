package vn.chibo.grading;

import java.util.List;

/**
 * A meeting's grade under its committee's frame: each checklist item with the points it earned of its
 * maximum and where the answer came from ({@code RECORD}: the bot's record, {@code SECRETARY}: the secretary's
 * answer, {@code UNKNOWN}: nobody said, so no points), the total and the grade.
 */
public record Assessment(long meetingId, List<Item> items, double total, int maximum, Grade grade, String gradeText,
                         QualityFrame frame) {

    public enum Grade { GOOD, FAIR, AVERAGE, POOR }

    public enum Source { RECORD, SECRETARY, UNKNOWN }

    public record Item(String item, double points, int maximum, Source source, String detail) {
    }
}
