package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class FsrsPropertiesTest {

    private static final Instant START = Instant.parse("2025-01-06T09:30:00Z");

    record Step(Duration gap, Rating rating) {
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<Duration> gaps = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(0, 120).map(Duration::ofMinutes)),
                Tuple.of(3, Arbitraries.longs().between(1, 60).map(Duration::ofDays)),
                Tuple.of(1, Arbitraries.longs().between(60, 3 * 365).map(Duration::ofDays)));
        return Combinators.combine(gaps, Arbitraries.of(Rating.class)).as(Step::new);
    }

    @Property
    void everyReviewKeepsTheMemoryStateValid(@ForAll @Size(min = 1, max = 40) List<@From("steps") Step> history,
                                             @ForAll @DoubleRange(min = 0.7, max = 0.99) double retention) {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults().withRequestRetention(retention));
        Card card = Card.newCard(START);
        Instant now = START;
        for (Step step : history) {
            now = now.plus(step.gap());
            Card next = scheduler.review(card, step.rating(), now).next();

            assertThat(next.stability()).isPositive();
            assertThat(next.difficulty()).isBetween(1.0, 10.0);
            assertThat(next.due()).isAfter(now);
            assertThat(next.state()).isNotEqualTo(CardState.NEW);
            assertThat(next.reps()).isEqualTo(card.reps() + 1);
            assertThat(next.lastReview()).isEqualTo(now);
            assertThat(scheduler.retrievability(next, now)).isBetween(0.0, 1.0);
            card = next;
        }
    }

    @Property
    void reviewCardIntervalsAreOrderedHardGoodEasy(@ForAll @Size(min = 1, max = 25) List<@From("steps") Step> history,
                                                   @ForAll @LongRange(min = 0, max = 400) long daysLater) {
        FsrsScheduler scheduler = FsrsScheduler.withDefaults();
        Card card = Card.newCard(START);
        Instant now = START;
        for (Step step : history) {
            now = now.plus(step.gap());
            card = scheduler.review(card, step.rating(), now).next();
        }
        // Make sure the card ends up in REVIEW, then review it again some days later.
        while (card.state() != CardState.REVIEW) {
            now = card.due();
            card = scheduler.review(card, Rating.GOOD, now).next();
        }
        Instant reviewAt = now.plus(Duration.ofDays(daysLater));
        Card hard = scheduler.review(card, Rating.HARD, reviewAt).next();
        Card good = scheduler.review(card, Rating.GOOD, reviewAt).next();
        Card easy = scheduler.review(card, Rating.EASY, reviewAt).next();

        assertThat(hard.scheduledDays()).isPositive();
        assertThat(good.scheduledDays()).isGreaterThan(hard.scheduledDays());
        assertThat(easy.scheduledDays()).isGreaterThan(good.scheduledDays());
        assertThat(easy.due()).isAfter(good.due());
        assertThat(good.due()).isAfter(hard.due());
        assertThat(easy.stability()).isGreaterThanOrEqualTo(good.stability());
        assertThat(good.stability()).isGreaterThanOrEqualTo(hard.stability());
    }
}
