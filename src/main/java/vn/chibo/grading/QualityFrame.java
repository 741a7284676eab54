package vn.chibo.grading;

/**
 * How a committee grades its cells' meetings: the points of each checklist item, what earns them in full
 * ({@code minMinutes} of meeting, {@code minSpeakers} members who spoke), and the lowest totals of Tốt, Khá and
 * Trung bình (below is Kém). {@code definedAt} is the unit that set it, null for the bot's default, which is
 * named as such: it is no document of the Party's, each committee sets its own.
 */
public record QualityFrame(String name, int documentsPoints, int durationPoints, int attendancePoints,
                           int speakersPoints, int resolutionPoints, int minutesPoints, int minMinutes, int minSpeakers,
                           int good, int fair, int average, Long definedAt) {

    boolean valid() {
        return name != null && !name.isBlank() && name.length() <= 200 && documentsPoints >= 0 && durationPoints >= 0
                && attendancePoints >= 0 && speakersPoints >= 0 && resolutionPoints >= 0 && minutesPoints >= 0
                && minMinutes > 0 && minSpeakers > 0 && good > fair && fair > average && average >= 0;
    }

    int maximum() {
        return documentsPoints + durationPoints + attendancePoints + speakersPoints + resolutionPoints + minutesPoints;
    }
}
