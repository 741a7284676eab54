package vn.chibo.record;

/** A member's answer to a vote: tán thành, không tán thành, không biểu quyết. */
public enum Ballot {
    FOR("tan"), AGAINST("khong"), ABSTAIN("bo");

    /** The word a button carries in its payload. */
    final String word;

    Ballot(String word) {
        this.word = word;
    }

    static java.util.Optional<Ballot> of(String word) {
        return java.util.Arrays.stream(values()).filter(ballot -> ballot.word.equals(word)).findFirst();
    }
}
