package org.cstoquiz.app.attempt;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the attempts whose deadline has passed, also when nobody has the session open: their
 * answers are graded and the score is stored. Runs every {@code csto-quiz.attempts.close-overdue-every}
 * (15 seconds by default).
 */
@Component
class OverdueSessions {

    private static final System.Logger LOG = System.getLogger(OverdueSessions.class.getName());

    private final AttemptStore attempts;
    private final Clock clock;

    OverdueSessions(AttemptStore attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csto-quiz.attempts.close-overdue-every:PT15S}",
            fixedDelayString = "${csto-quiz.attempts.close-overdue-every:PT15S}")
    void run() {
        closeOverdue();
    }

    /** Closes what is overdue by the clock now; returns how many attempts it closed. */
    int closeOverdue() {
        int closed = attempts.closeOverdue(clock.instant());
        if (closed > 0) {
            LOG.log(System.Logger.Level.INFO, "closed {0} attempt(s) whose deadline had passed", closed);
        }
        return closed;
    }
}
