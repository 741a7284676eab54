package vn.chibo.record;

/**
 * When a vote passes: by default more than half of the members with a vote tán thành; a committee may set
 * more than half of the ballots cast instead ({@code chibo.votes.approval}).
 */
public enum ApprovalRule {
    MORE_THAN_HALF_OF_ELIGIBLE, MORE_THAN_HALF_OF_VOTES_CAST;

    boolean approves(int votesFor, int eligible, int cast) {
        int base = this == MORE_THAN_HALF_OF_ELIGIBLE ? eligible : cast;
        return base > 0 && votesFor * 2 > base;
    }
}
