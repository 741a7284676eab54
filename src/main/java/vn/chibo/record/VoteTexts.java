package vn.chibo.record;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A vote's count in words, the same in chat and wherever else it is told. */
@Component
class VoteTexts {

    private final MessageSource messages;

    VoteTexts(MessageSource messages) {
        this.messages = messages;
    }

    String result(VoteResult result, Locale locale) {
        String outcome = messages.getMessage(result.approved() ? "vote.approved" : "vote.notApproved", null, locale);
        if (result.open()) {
            outcome = messages.getMessage("vote.stillOpen", new Object[] {outcome}, locale);
        }
        return messages.getMessage("vote.result", new Object[] {result.question(), result.votesFor(), result.against(),
                result.abstain(), result.notVoted(), result.eligible(), outcome, result.ruleText()}, locale);
    }
}
