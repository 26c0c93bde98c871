package org.cstoquiz.app.classes;

import java.io.Serializable;
import java.time.Instant;

/** A class as its instructors see it: its name, the code learners join with and how many have. */
public record QuizClass(long id, String name, String joinCode, int members, Instant createdAt) implements Serializable {
}
