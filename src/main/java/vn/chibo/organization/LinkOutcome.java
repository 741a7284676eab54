package vn.chibo.organization;

/** What became of an attempt to link a chat account with an invite code. */
public sealed interface LinkOutcome {

    record Linked(Member member) implements LinkOutcome {
    }

    record AlreadyLinked(Member member) implements LinkOutcome {
    }

    /** This chat account already belongs to another member; one account, one member. */
    record AccountTaken(Member owner) implements LinkOutcome {
    }

    record UnknownCode() implements LinkOutcome {
    }

    record UsedCode() implements LinkOutcome {
    }

    record ExpiredCode() implements LinkOutcome {
    }

    /** A shared phone number that is on no roster. */
    record PhoneNotOnRoster() implements LinkOutcome {
    }
}
