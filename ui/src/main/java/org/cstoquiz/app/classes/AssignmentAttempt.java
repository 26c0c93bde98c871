package org.cstoquiz.app.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The test a learner started for an assignment (the attempt of the tests feature). */
@Entity
@Table(name = "assignment_attempt")
class AssignmentAttempt {

    static final String ONCE = "uk_assignment_attempt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected AssignmentAttempt() {
    }

    AssignmentAttempt(long assignmentId, String username, long attemptId, Instant startedAt) {
        this.assignmentId = assignmentId;
        this.username = username;
        this.attemptId = attemptId;
        this.startedAt = startedAt;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    String getUsername() {
        return username;
    }

    long getAttemptId() {
        return attemptId;
    }

    Instant getStartedAt() {
        return startedAt;
    }
}
