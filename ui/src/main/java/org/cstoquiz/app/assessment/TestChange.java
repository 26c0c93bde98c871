package org.cstoquiz.app.assessment;

import java.util.Optional;

/**
 * What saving an answer or a flag in a test gave: the test as it now is and, when the change was
 * refused (nothing stored, or the test closed because its time is up), why.
 */
public record TestChange(SelfTest test, Optional<String> refusal) {

    public boolean isAccepted() {
        return refusal.isEmpty();
    }
}
