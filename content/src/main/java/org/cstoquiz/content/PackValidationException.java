package org.cstoquiz.content;

import java.util.List;
import java.util.stream.Collectors;

/** A pack could not be loaded. Lists every problem found, each as {@code file:line: message}. */
public class PackValidationException extends RuntimeException {

    private final List<Problem> problems;

    public PackValidationException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in content:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    public List<Problem> problems() {
        return problems;
    }
}
