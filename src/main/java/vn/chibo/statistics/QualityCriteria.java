package vn.chibo.statistics;

/**
 * The criteria a committee judges meetings by: a meeting is of good quality when the share of expected members
 * present is above {@code minPresentPercent} and at most {@code maxUnexcusedAbsences} members were absent
 * without reason; {@code targetPercent} is the attendance the committee aims at. {@code document} names where
 * they come from, shown with every figure. {@code definedAt} is the unit that set them, null for the bot's
 * default (the figures of Hướng dẫn 12-HD/BTCTW, 2018).
 */
public record QualityCriteria(String document, double minPresentPercent, int maxUnexcusedAbsences,
                              double targetPercent, Long definedAtUnitId, String definedAtName) {

    public boolean isDefault() {
        return definedAtUnitId == null;
    }

    boolean goodQuality(double presentPercent, int absentUnexcused) {
        return presentPercent > minPresentPercent && absentUnexcused <= maxUnexcusedAbsences;
    }
}
