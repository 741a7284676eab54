package vn.chibo.review;

import java.util.List;

/** Why a self-review's answer or submission was refused: a message key and its arguments. */
public record ReviewProblem(String key, List<Object> args) {

    public ReviewProblem {
        args = List.copyOf(args);
    }

    static ReviewProblem of(String key, Object... args) {
        return new ReviewProblem(key, List.of(args));
    }
}
