package org.cstoquiz.app.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.Behaviour;
import org.cstoquiz.engine.attempt.SlotPlan;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.springframework.context.ApplicationContext;

/** Stores practice sessions over hand-written questions, for tests outside this package. */
public final class AttemptFixtures {

    private AttemptFixtures() {
    }

    /** An untimed practice session of {@code owner}'s over {@code questions}, started at {@code start}; its id. */
    public static long storeUntimedSession(ApplicationContext context, String owner, Instant start, List<Question> questions) {
        AttemptPlan plan = AttemptPlan.untimed(Behaviour.IMMEDIATE_FEEDBACK, ScoringScheme.PARTIAL_CREDIT, start,
                questions.stream().map(question -> new SlotPlan(question, NewAttempt.MARKS_PER_QUESTION)).toList());
        return context.getBean(AttemptRecords.class)
                .create(owner, AttemptKind.PRACTICE, plan, "hand", 0, 0, Set.of(), Set.of(), null)
                .getId();
    }
}
