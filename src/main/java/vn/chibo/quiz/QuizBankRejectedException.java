package vn.chibo.quiz;

import java.util.List;

/** An upload that was not loaded, with every problem found in it. */
public class QuizBankRejectedException extends RuntimeException {

    private final List<BankProblem> problems;

    public QuizBankRejectedException(List<BankProblem> problems) {
        super(problems.size() + " problem(s) in the quiz bank upload; first: " + problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
