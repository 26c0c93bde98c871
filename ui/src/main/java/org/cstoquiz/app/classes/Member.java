package org.cstoquiz.app.classes;

import java.time.Instant;

/** A learner of a class and when they joined it. */
public record Member(String username, Instant joinedAt) {
}
