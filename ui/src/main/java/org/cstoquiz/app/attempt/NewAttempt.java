package org.cstoquiz.app.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.SlotPlan;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * What a new attempt is made of: its questions in slot order (each worth {@link #MARKS_PER_QUESTION}),
 * how it is scored and timed, and what was asked for.
 *
 * @param pack  the pack whose bank the questions were drawn from
 * @param seed  the seed the questions were drawn with
 * @param areas the areas asked for; empty for all
 * @param types the question types asked for; empty for all
 * @param title the name of a test's blueprint; null for practice
 */
public record NewAttempt(String owner, String pack, AttemptKind kind, ScoringScheme scheme, Optional<Duration> timeLimit,
                         List<Question> questions, long seed, Set<Area> areas, Set<QuestionType> types, String title) {

    public static final double MARKS_PER_QUESTION = 1.0;

    public NewAttempt {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(timeLimit, "timeLimit (use Optional.empty() when untimed)");
        questions = List.copyOf(questions);
        areas = Set.copyOf(areas);
        types = Set.copyOf(types);
    }

    /** The plan fixed at {@code startedAt}: the deadline is that plus the time limit. */
    AttemptPlan plan(Instant startedAt) {
        List<SlotPlan> slots = questions.stream().map(question -> new SlotPlan(question, MARKS_PER_QUESTION)).toList();
        return timeLimit
                .map(limit -> AttemptPlan.timed(kind.behaviour(), scheme, startedAt, limit, slots))
                .orElseGet(() -> AttemptPlan.untimed(kind.behaviour(), scheme, startedAt, slots));
    }
}
