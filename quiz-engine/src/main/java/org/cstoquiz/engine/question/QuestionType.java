package org.cstoquiz.engine.question;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of question the engine can ask and grade. Each has exactly one {@link QuestionBody}. */
public enum QuestionType {
    /** Pick the one correct choice. */
    SINGLE_CHOICE,
    /** Pick every correct choice; partial credit. */
    MULTIPLE_RESPONSE,
    /** Say whether the stem is true. */
    TRUE_FALSE,
    /** Type a number, accepted within a tolerance. */
    NUMERIC,
    /** Type a name, accepted in any of its usual variants. */
    SHORT_ANSWER,
    /** Put the choices in the right order; partial credit. */
    ORDERING,
    /** Match each prompt to a choice; partial credit. */
    MATCHING,
    /** Exam format "Consider the following statements: … Which of the statements given above is/are correct?". */
    STATEMENTS,
    /** Exam format "Assertion (A): … Reason (R): …" with the four standard options. */
    ASSERTION_REASON;

    /** The name used in exported files, e.g. {@code "single_choice"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #jsonName()} is {@code name}. */
    public static QuestionType fromJsonName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.jsonName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question type '" + name + "'"));
    }
}
