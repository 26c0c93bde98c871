package org.cstoquiz.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.cstoquiz.engine.scoring.Tally;
import org.junit.jupiter.api.Test;

/** A self-assessment test: deferred feedback, UPSC negative marking, 30 minutes, 5 questions at 2 marks. */
class DeferredFeedbackWalkthroughTest {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant DEADLINE = START.plus(Duration.ofMinutes(30));

    static AttemptPlan testPlan() {
        return AttemptPlan.timed(Behaviour.DEFERRED_FEEDBACK, ScoringScheme.EXAM_NEGATIVE, START, Duration.ofMinutes(30), List.of(
                new SlotPlan(SampleQuestions.singleChoice(), 2),      // DATES, key B
                new SlotPlan(SampleQuestions.trueFalse(), 2),         // ORGANS, key true
                new SlotPlan(SampleQuestions.statements(), 2),        // MEMBERS, key A ("1 only")
                new SlotPlan(SampleQuestions.multipleResponse(), 2),  // ORGANS, key A, B, C
                new SlotPlan(SampleQuestions.numeric(), 2)));         // DATES, key 2002
    }

    static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void answer_change_flag_and_finish_then_see_the_negative_marked_result() {
        Recorder test = new Recorder(Attempt.start(testPlan()));
        assertThat(test.attempt().state()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(test.attempt().timeLeft(at(1))).contains(Duration.ofMinutes(29));

        // answer, then change the answer
        Outcome answered = test.play(Action.save(1, Response.select("A")), at(1));
        assertThat(answered.isAccepted()).isTrue();
        assertThat(answered.changes()).containsExactly(new Change(1, new Step.AnswerSaved(Response.select("A"), at(1))));
        test.play(Action.save(1, Response.select("B")), at(2));
        assertThat(test.attempt().slot(1).currentResponse()).isEqualTo(Response.select("B"));

        // saving the same answer again changes nothing
        assertThat(test.play(Action.save(1, Response.select("B")), at(3)).changes()).isEmpty();

        // flag, flag again (no change), unflag, flag
        test.play(Action.flag(2), at(3));
        assertThat(test.play(Action.flag(2), at(3)).changes()).isEmpty();
        test.play(Action.unflag(2), at(4));
        assertThat(test.attempt().slot(2).isFlagged()).isFalse();
        test.play(Action.flag(2), at(4));
        assertThat(test.attempt().slot(2).isFlagged()).isTrue();

        // no per-question submit in a test, and no grades while it runs
        Outcome submit = test.play(Action.submit(1), at(5));
        assertThat(submit).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(Rejection.NOT_ALLOWED_BY_BEHAVIOUR);
            assertThat(rejected.message()).contains("finish the whole test");
            assertThat(rejected.changes()).isEmpty();
        });
        assertThat(test.attempt().feedback(1)).isEmpty();
        assertThat(test.attempt().scoreSoFar()).isEmpty();
        assertThat(test.attempt().result()).isEmpty();

        // wrong statements answer, half-right multiple response, numeric left blank
        test.play(Action.save(3, Response.select("C")), at(6));
        test.play(Action.save(4, Response.select("A", "B", "C", "D")), at(7));
        test.play(Action.save(5, Response.number(2001)), at(8));
        test.play(Action.save(5, Response.BLANK), at(9));
        assertThat(test.attempt().slot(5).isAnswered()).isFalse();

        // malformed and misaddressed actions are rejected, not thrown
        assertThat(test.play(Action.save(2, Response.select("A")), at(10)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.INVALID_RESPONSE));
        assertThat(test.play(Action.save(9, Response.trueFalse(true)), at(10)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.NO_SUCH_SLOT));

        // finish
        Outcome finished = test.play(Action.finish(), at(20));
        assertThat(finished.isAccepted()).isTrue();
        assertThat(finished.changes()).hasSize(5).allMatch(c -> c.step().equals(new Step.Finished(at(20))));
        Attempt done = test.attempt();
        assertThat(done.state()).isEqualTo(AttemptState.FINISHED);
        assertThat(done.finishedAt()).contains(at(20));

        AttemptResult result = done.result().orElseThrow();
        // 2 (right) + 0 (blank) - 2/3 (wrong) + 1 (half of 2) + 0 (blank) = 2.33
        assertThat(result.marksAwarded()).isEqualTo(2.33);
        assertThat(result.maxMarks()).isEqualTo(10.0);
        assertThat(result.total()).extracting(Tally::correct, Tally::partiallyCorrect, Tally::incorrect, Tally::blank)
                .containsExactly(1, 1, 1, 2);
        assertThat(result.byArea()).containsOnlyKeys(Area.DATES, Area.ORGANS, Area.MEMBERS);
        assertThat(result.byArea().get(Area.DATES).roundedMarksAwarded()).isEqualTo(2.0);
        assertThat(result.byArea().get(Area.ORGANS).roundedMarksAwarded()).isEqualTo(1.0);
        assertThat(result.byArea().get(Area.MEMBERS).roundedMarksAwarded()).isEqualTo(-0.67);
        assertThat(result.timeUsed()).isEqualTo(Duration.ofMinutes(20));
        assertThat(result.slots().get(1).flagged()).isTrue();
        assertThat(result.slots().get(3).grade()).isEqualTo(new Grade(0.5, GradeState.PARTIALLY_CORRECT));

        // the same answers without negative marking
        assertThat(done.result(ScoringScheme.PLAIN).orElseThrow().marksAwarded()).isEqualTo(2.0);
        assertThat(done.result(ScoringScheme.PARTIAL_CREDIT).orElseThrow().marksAwarded()).isEqualTo(3.0);

        // feedback is visible now, with the key and the explanation
        SlotFeedback feedback = done.feedback(3).orElseThrow();
        assertThat(feedback.grade()).isEqualTo(Grade.incorrect());
        assertThat(feedback.marksAwarded()).isCloseTo(-2.0 / 3, within(1e-12));
        assertThat(feedback.correctResponse()).isEqualTo(Response.select("A"));
        assertThat(feedback.explanation()).contains("Uzbekistan");

        // a finished attempt refuses everything
        assertThat(test.play(Action.save(5, Response.number(2002)), at(21)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(Rejection.ATTEMPT_FINISHED);
                    assertThat(r.changes()).isEmpty();
                });

        test.assertReplayGivesTheSameAttempt();
    }

    @Test
    void an_action_at_the_deadline_is_refused_and_closes_the_attempt_grading_what_was_saved() {
        Recorder test = new Recorder(Attempt.start(testPlan()));
        test.play(Action.save(1, Response.select("B")), at(5));
        test.play(Action.save(3, Response.select("B")), at(29));

        Outcome late = test.play(Action.save(2, Response.trueFalse(true)), DEADLINE);
        assertThat(late).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Rejection.TIME_UP);
            assertThat(r.changes()).hasSize(5).allMatch(c -> c.step().equals(new Step.TimeUp(DEADLINE)));
        });
        Attempt closed = test.attempt();
        assertThat(closed.state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(closed.slot(2).currentResponse()).isEqualTo(Response.BLANK);

        AttemptResult result = closed.result().orElseThrow();
        assertThat(result.state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(result.marksAwarded()).isEqualTo(1.33); // 2 - 2/3
        assertThat(result.timeUsed()).isEqualTo(Duration.ofMinutes(30));

        // after time up, nothing more is accepted and nothing more is persisted
        assertThat(test.play(Action.finish(), DEADLINE.plusSeconds(1)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(Rejection.TIME_UP);
                    assertThat(r.changes()).isEmpty();
                });
        test.assertReplayGivesTheSameAttempt();
    }

    @Test
    void finishing_after_the_deadline_is_time_up_not_finished() {
        Recorder test = new Recorder(Attempt.start(testPlan()));
        test.play(Action.finish(), at(31));
        assertThat(test.last().isAccepted()).isFalse();
        assertThat(test.attempt().state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(test.attempt().finishedAt()).contains(DEADLINE);
    }

    @Test
    void the_scheduled_job_closes_overdue_attempts_once() {
        Recorder test = new Recorder(Attempt.start(testPlan()));
        test.play(Action.save(1, Response.select("B")), at(3));

        assertThat(test.record(test.attempt().closeIfOverdue(at(29))).changes()).isEmpty();
        assertThat(test.attempt().state()).isEqualTo(AttemptState.IN_PROGRESS);

        Outcome closed = test.record(test.attempt().closeIfOverdue(at(45)));
        assertThat(closed.isAccepted()).isTrue();
        assertThat(closed.changes()).hasSize(5);
        assertThat(test.attempt().state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(test.attempt().result().orElseThrow().timeUsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(test.attempt().result().orElseThrow().marksAwarded()).isEqualTo(2.0);

        assertThat(test.record(test.attempt().closeIfOverdue(at(60))).changes()).isEmpty();
        test.assertReplayGivesTheSameAttempt();
    }

    @Test
    void an_untimed_attempt_is_never_overdue() {
        Attempt attempt = Attempt.start(AttemptPlan.untimed(Behaviour.DEFERRED_FEEDBACK, ScoringScheme.PLAIN, START,
                List.of(new SlotPlan(SampleQuestions.trueFalse(), 1))));
        assertThat(attempt.closeIfOverdue(START.plus(Duration.ofDays(400))).changes()).isEmpty();
        assertThat(attempt.timeLeft(START)).isEmpty();
    }

    @Test
    void an_action_dated_before_the_start_is_refused() {
        Outcome outcome = Attempt.start(testPlan()).apply(Action.flag(1), START.minusSeconds(1));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.BEFORE_START));
    }

    @Test
    void multi_mark_on_single_choice_costs_the_penalty() {
        Recorder test = new Recorder(Attempt.start(testPlan()));
        test.play(Action.save(1, Response.select("A", "B")), at(1));
        test.play(Action.finish(), at(2));
        assertThat(test.attempt().result().orElseThrow().slots().getFirst().marksAwarded()).isCloseTo(-2.0 / 3, within(1e-12));
    }

    @Test
    void replay_refuses_a_corrupt_history() {
        AttemptPlan plan = testPlan();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Attempt.replay(plan, List.of(new Change(6, new Step.Flagged(at(1))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slot 6");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Attempt.replay(plan, List.of(
                        new Change(1, new Step.Finished(at(1))), new Change(1, new Step.Flagged(at(2))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the attempt was closed");
    }
}
