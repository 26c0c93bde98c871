package org.cstoquiz.app.account;

import java.util.Map;

/** What a person types to change their own password, and why a change was refused. */
public record PasswordChange(String current, String password, String confirmation) {

    public enum Field { CURRENT, PASSWORD, CONFIRMATION }

    /** Per field, why nothing was changed; empty when the new password is stored. */
    public record Outcome(Map<Field, String> problems) {
        public Outcome {
            problems = Map.copyOf(problems);
        }

        public boolean changed() {
            return problems.isEmpty();
        }
    }
}
