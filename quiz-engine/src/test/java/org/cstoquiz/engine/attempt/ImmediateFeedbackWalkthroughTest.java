package org.cstoquiz.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

/** A practice session: immediate feedback, partial credit, one mark a question. */
class ImmediateFeedbackWalkthroughTest {

    static final Instant START = Instant.parse("2026-03-02T18:00:00Z");

    static Instant at(int seconds) {
        return START.plusSeconds(seconds);
    }

    static AttemptPlan practicePlan() {
        return AttemptPlan.untimed(Behaviour.IMMEDIATE_FEEDBACK, ScoringScheme.PARTIAL_CREDIT, START, List.of(
                new SlotPlan(SampleQuestions.singleChoice(), 1),     // key B
                new SlotPlan(SampleQuestions.multipleResponse(), 1), // key A, B, C of A-E
                new SlotPlan(SampleQuestions.shortAnswer(), 1),      // Chișinău
                new SlotPlan(SampleQuestions.ordering(), 1)));       // key B, A, C, D
    }

    @Test
    void submit_grades_at_once_and_locks_the_question() {
        Recorder practice = new Recorder(Attempt.start(practicePlan()));

        practice.play(Action.save(1, Response.select("A")), at(10));
        practice.play(Action.save(1, Response.select("B")), at(15));
        assertThat(practice.attempt().feedback(1)).as("no feedback before submitting").isEmpty();

        Outcome submitted = practice.play(Action.submit(1), at(20));
        assertThat(submitted.isAccepted()).isTrue();
        assertThat(submitted.changes()).containsExactly(new Change(1, new Step.Submitted(at(20))));
        SlotFeedback feedback = practice.attempt().feedback(1).orElseThrow();
        assertThat(feedback.grade()).isEqualTo(Grade.correct());
        assertThat(feedback.marksAwarded()).isEqualTo(1.0);
        assertThat(feedback.explanation()).contains("15 May 1992");
        assertThat(feedback.sources()).isNotEmpty();

        // locked: no change, no second submit
        assertThat(practice.play(Action.save(1, Response.select("C")), at(25)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(Rejection.SLOT_LOCKED);
                    assertThat(r.message()).contains("Question 1");
                });
        assertThat(practice.play(Action.submit(1), at(26)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.SLOT_LOCKED));
        assertThat(practice.attempt().slot(1).currentResponse()).isEqualTo(Response.select("B"));

        // partial credit on multiple response
        practice.play(Action.save(2, Response.select("A", "B")), at(40));
        practice.play(Action.submit(2), at(41));
        assertThat(practice.attempt().feedback(2).orElseThrow().grade().state()).isEqualTo(GradeState.PARTIALLY_CORRECT);
        assertThat(practice.attempt().feedback(2).orElseThrow().marksAwarded()).isCloseTo(2.0 / 3, within(1e-12));

        // "I don't know": submitting a blank slot reveals the answer
        practice.play(Action.submit(3), at(60));
        SlotFeedback revealed = practice.attempt().feedback(3).orElseThrow();
        assertThat(revealed.grade()).isEqualTo(Grade.blank());
        assertThat(revealed.correctResponse()).isEqualTo(Response.text("Chișinău"));

        // flags work on any slot; slot 4 is answered but not submitted
        practice.play(Action.flag(4), at(70));
        practice.play(Action.save(4, Response.order("A", "C", "D", "B")), at(80));
        assertThat(practice.attempt().feedback(4)).isEmpty();
        assertThat(practice.attempt().scoreSoFar().orElseThrow().roundedMarksAwarded()).isEqualTo(1.67);
        assertThat(practice.attempt().scoreSoFar().orElseThrow().questions()).isEqualTo(3);
        assertThat(practice.attempt().result()).isEmpty();

        // finishing grades the unsubmitted slot on its saved answer
        practice.play(Action.finish(), at(90));
        Attempt done = practice.attempt();
        assertThat(done.state()).isEqualTo(AttemptState.FINISHED);
        assertThat(done.feedback(4).orElseThrow().grade().fraction()).isCloseTo(2.0 / 3, within(1e-12));
        AttemptResult result = done.result().orElseThrow();
        assertThat(result.marksAwarded()).isEqualTo(2.33); // 1 + 2/3 + 0 + 2/3
        assertThat(result.maxMarks()).isEqualTo(4.0);
        assertThat(result.timeUsed()).isEqualTo(Duration.ofSeconds(90));
        assertThat(result.slots().get(3).flagged()).isTrue();
        assertThat(done.result(ScoringScheme.PLAIN).orElseThrow().marksAwarded()).isEqualTo(1.0);

        practice.assertReplayGivesTheSameAttempt();
    }

    @Test
    void a_timed_practice_closes_at_its_deadline_too() {
        AttemptPlan plan = AttemptPlan.timed(Behaviour.IMMEDIATE_FEEDBACK, ScoringScheme.PLAIN, START, Duration.ofMinutes(1),
                practicePlan().slots());
        Recorder practice = new Recorder(Attempt.start(plan));
        practice.play(Action.save(1, Response.select("B")), at(30));
        practice.play(Action.submit(1), at(60));
        assertThat(practice.last()).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.TIME_UP));
        assertThat(practice.attempt().state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(practice.attempt().result().orElseThrow().marksAwarded()).isEqualTo(1.0);
        practice.assertReplayGivesTheSameAttempt();
    }
}
