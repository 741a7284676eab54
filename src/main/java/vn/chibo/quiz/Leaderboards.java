package vn.chibo.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/** Who did best: each member's best finished quiz, by right answers, then by time taken. */
@Service
public class Leaderboards {

    private final AttemptStore attempts;
    private final Organization organization;

    Leaderboards(AttemptStore attempts, Organization organization) {
        this.attempts = attempts;
        this.organization = organization;
    }

    /**
     * Each member's best finished quiz (practice or cell) started in {@code [from, to)}, among members of
     * {@code unit} and the units below it.
     */
    public List<QuizResult> leaderboard(OrgUnit unit, Instant from, Instant to) {
        List<Long> units = new ArrayList<>(organization.cellsUnder(unit).stream().map(OrgUnit::id).toList());
        units.add(unit.id());
        return ranked(unit, attempts.finishedInUnits(units, from, to));
    }

    /** Names come from one read of the unit's members; someone who has left it since is looked up alone. */
    List<QuizResult> ranked(OrgUnit unit, List<Attempt> finished) {
        Comparator<Attempt> best = Comparator.comparingInt(Attempt::correctCount).reversed()
                .thenComparing(Attempt::timeTaken).thenComparingLong(Attempt::id);
        Map<Long, Attempt> bestPerMember = new LinkedHashMap<>();
        finished.stream().sorted(best).forEach(attempt -> bestPerMember.putIfAbsent(attempt.memberId(), attempt));
        Map<Long, String> names = new HashMap<>();
        organization.membersUnder(unit).forEach(member -> names.put(member.id(), member.fullName()));
        return bestPerMember.values().stream()
                .map(attempt -> new QuizResult(attempt.memberId(), names.computeIfAbsent(attempt.memberId(),
                        id -> organization.member(id).map(Member::fullName).orElseThrow()),
                        attempt.correctCount(), attempt.questionCount(), attempt.timeTaken()))
                .toList();
    }
}
