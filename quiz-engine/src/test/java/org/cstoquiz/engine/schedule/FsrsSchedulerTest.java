package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FsrsSchedulerTest {

    private static final Instant NOW = Instant.parse("2025-01-06T09:30:00Z");
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    @Test
    void defaultsAreTsFsrsDefaults() {
        FsrsParameters p = FsrsParameters.defaults();
        assertThat(p.weights()).hasSize(21).startsWith(0.212, 1.2931, 2.3065, 8.2956).endsWith(0.1542);
        assertThat(p.requestRetention()).isEqualTo(0.9);
        assertThat(p.maximumInterval()).isEqualTo(36500);
        assertThat(p.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(p.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(p.enableShortTerm()).isTrue();
    }

    @Test
    void newCardGoesThroughLearningStepsThenGraduates() {
        Card card = Card.newCard(NOW);

        Card again = scheduler.review(card, Rating.AGAIN, NOW).next();
        Card hard = scheduler.review(card, Rating.HARD, NOW).next();
        Card good = scheduler.review(card, Rating.GOOD, NOW).next();
        Card easy = scheduler.review(card, Rating.EASY, NOW).next();

        assertThat(again.due()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(hard.due()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));
        assertThat(good.due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(good.state()).isEqualTo(CardState.LEARNING);
        assertThat(good.learningSteps()).isEqualTo(1);
        assertThat(easy.state()).isEqualTo(CardState.REVIEW);
        assertThat(easy.scheduledDays()).isEqualTo(8);
        assertThat(easy.stability()).isEqualTo(8.2956);

        Card graduated = scheduler.review(good, Rating.GOOD, good.due()).next();
        assertThat(graduated.state()).isEqualTo(CardState.REVIEW);
        assertThat(graduated.scheduledDays()).isEqualTo(2);
        assertThat(graduated.reps()).isEqualTo(2);
    }

    @Test
    void lapseCountsAndEntersRelearning() {
        Card review = scheduler.review(Card.newCard(NOW), Rating.EASY, NOW).next();

        ReviewOutcome outcome = scheduler.review(review, Rating.AGAIN, review.due());

        assertThat(outcome.next().state()).isEqualTo(CardState.RELEARNING);
        assertThat(outcome.next().lapses()).isEqualTo(1);
        assertThat(outcome.next().due()).isEqualTo(review.due().plus(Duration.ofMinutes(10)));
        assertThat(outcome.next().stability()).isLessThan(review.stability());
        assertThat(outcome.previous()).isEqualTo(review);
        assertThat(outcome.elapsedDays()).isEqualTo(8);
    }

    @Test
    void retrievabilityIsAboutTheRequestedRetentionWhenDue() {
        Card card = scheduler.review(Card.newCard(NOW), Rating.EASY, NOW).next();

        assertThat(scheduler.retrievability(Card.newCard(NOW), NOW)).isZero();
        assertThat(scheduler.retrievability(card, NOW)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, card.due())).isCloseTo(0.9, within(0.01));
        assertThat(scheduler.retrievability(card, card.due().plus(Duration.ofDays(100)))).isLessThan(0.9);
    }

    @Test
    void atTheMaximumIntervalStrictOrderingWinsAsInTsFsrs() {
        // ts-fsrs caps each interval at the maximum, then forces HARD < GOOD < EASY,
        // so GOOD and EASY can end up one and two days past the maximum.
        FsrsScheduler shortMax = new FsrsScheduler(FsrsParameters.defaults().withMaximumInterval(30));
        Card card = shortMax.review(Card.newCard(NOW), Rating.EASY, NOW).next();
        card = shortMax.review(card, Rating.EASY, card.due()).next();
        Instant at = card.due();

        assertThat(shortMax.review(card, Rating.HARD, at).next().scheduledDays()).isEqualTo(30);
        assertThat(shortMax.review(card, Rating.GOOD, at).next().scheduledDays()).isEqualTo(31);
        assertThat(shortMax.review(card, Rating.EASY, at).next().scheduledDays()).isEqualTo(32);
    }

    @Test
    void reviewIsPure() {
        Card card = scheduler.review(Card.newCard(NOW), Rating.GOOD, NOW).next();
        Instant later = NOW.plus(Duration.ofMinutes(10));
        assertThat(scheduler.review(card, Rating.HARD, later)).isEqualTo(scheduler.review(card, Rating.HARD, later));
    }

    @Test
    void rejectsAReviewBeforeTheLastOne() {
        Card card = scheduler.review(Card.newCard(NOW), Rating.GOOD, NOW).next();
        assertThatThrownBy(() -> scheduler.review(card, Rating.GOOD, NOW.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidParametersAndCards() {
        FsrsParameters d = FsrsParameters.defaults();
        assertThatThrownBy(() -> new FsrsParameters(List.of(1.0), 0.9, 100, d.learningSteps(), d.relearningSteps(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRequestRetention(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FsrsParameters(d.weights(), 0.9, 100, List.of(Duration.ofSeconds(30)), d.relearningSteps(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Card(NOW, 1, 5, 0, 0, 1, 0, 0, CardState.REVIEW, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
