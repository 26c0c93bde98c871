package org.cstoquiz.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.engine.question.QuestionArbitraries;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.scoring.ScoringScheme;

class AttemptProperties {

    static final Instant START = Instant.parse("2026-04-01T10:00:00Z");

    record Timed(Action action, int secondsLater) {
    }

    @Provide
    Arbitrary<List<Timed>> sessions() {
        List<SlotPlan> slots = SampleQuestions.everyType().stream().map(q -> new SlotPlan(q, 2)).toList();
        Arbitrary<Action> actions = Arbitraries.integers().between(0, slots.size() + 1).flatMap(n -> {
            if (n == 0 || n > slots.size()) {
                return Arbitraries.oneOf(List.of(Arbitraries.just(Action.finish()), Arbitraries.just(Action.flag(n))));
            }
            Arbitrary<Response> responses = QuestionArbitraries.responsesTo(slots.get(n - 1).question());
            return Arbitraries.oneOf(List.of(
                    responses.map(r -> Action.save(n, r)), responses.map(r -> Action.save(n, r)),
                    Arbitraries.just(Action.submit(n)), Arbitraries.just(Action.flag(n)), Arbitraries.just(Action.unflag(n))));
        });
        return Combinators.combine(actions, Arbitraries.integers().between(0, 300))
                .as(Timed::new).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void replaying_the_persisted_changes_rebuilds_the_same_attempt(
            @ForAll("sessions") List<Timed> session, @ForAll Behaviour behaviour, @ForAll ScoringScheme scheme) {
        List<SlotPlan> slots = SampleQuestions.everyType().stream().map(q -> new SlotPlan(q, 2)).toList();
        Recorder recorder = new Recorder(Attempt.start(
                AttemptPlan.timed(behaviour, scheme, START, Duration.ofMinutes(60), slots)));
        Instant now = START;
        for (Timed timed : session) {
            now = now.plusSeconds(timed.secondsLater());
            Outcome outcome = recorder.play(timed.action(), now);
            if (!outcome.isAccepted()) {
                assertThat(outcome.changes()).allMatch(change -> change.step() instanceof Step.TimeUp);
            }
        }
        recorder.assertReplayGivesTheSameAttempt();

        Attempt attempt = recorder.attempt();
        attempt.result().ifPresent(result -> {
            assertThat(result.marksAwarded()).isBetween(-result.maxMarks() / 3 - 0.01, result.maxMarks());
            assertThat(result.timeUsed()).isLessThanOrEqualTo(Duration.ofMinutes(60));
            assertThat(result.total().questions()).isEqualTo(slots.size());
        });
        if (behaviour == Behaviour.DEFERRED_FEEDBACK && !attempt.state().isClosed()) {
            assertThat(attempt.scoreSoFar()).isEmpty();
            for (int i = 1; i <= slots.size(); i++) {
                assertThat(attempt.feedback(i)).isEmpty();
            }
        }
    }
}
