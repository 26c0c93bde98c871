package org.cstoquiz.engine.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cstoquiz.engine.schedule.FsrsAlgorithm.MemoryState;

/**
 * FSRS-6 spaced-repetition scheduler, matching ts-fsrs 5.4.2 with fuzz disabled.
 *
 * <p>Pure and thread-safe: the result depends only on the arguments and the parameters, and the
 * time is always passed in. With {@code enableShortTerm} (the default) it follows ts-fsrs's
 * {@code BasicScheduler}: new and lapsed cards go through minute-based (re)learning steps before
 * being scheduled in days. Without it, it follows ts-fsrs's {@code LongTermScheduler}.
 *
 * <p>"Elapsed days" between reviews are calendar days in a time zone: UTC by default, as in ts-fsrs
 * (so a review at 23:55 followed by one at 00:05 is one day apart), or the learner's own zone when
 * one is passed, so that the learner's evening and next morning are one day apart wherever they live.
 */
public final class FsrsScheduler {

    private static final long MINUTES_PER_DAY = 1440;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final FsrsParameters parameters;
    private final FsrsAlgorithm algorithm;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.algorithm = new FsrsAlgorithm(parameters);
    }

    /** A scheduler with {@link FsrsParameters#defaults()}. */
    public static FsrsScheduler withDefaults() {
        return new FsrsScheduler(FsrsParameters.defaults());
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * Reviews {@code card} at {@code now} with {@code rating}, counting days in UTC as ts-fsrs does.
     *
     * @throws IllegalArgumentException if {@code now} is before the card's last review
     */
    public ReviewOutcome review(Card card, Rating rating, Instant now) {
        return review(card, rating, now, ZoneOffset.UTC);
    }

    /**
     * Reviews {@code card} at {@code now} with {@code rating}, counting the days since the last review
     * as calendar days in {@code zone}.
     *
     * @throws IllegalArgumentException if {@code now} is before the card's last review
     */
    public ReviewOutcome review(Card card, Rating rating, Instant now, ZoneId zone) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (card.lastReview() != null && now.isBefore(card.lastReview())) {
            throw new IllegalArgumentException("review at " + now + " is before the last review " + card.lastReview());
        }
        int elapsedDays = card.state() == CardState.NEW ? 0 : calendarDaysBetween(card.lastReview(), now, zone);
        Card current = new Card(card.due(), card.stability(), card.difficulty(), elapsedDays, card.scheduledDays(),
                card.reps() + 1, card.lapses(), card.learningSteps(), card.state(), now);

        Card next;
        if (!parameters.enableShortTerm()) {
            next = longTermReview(current, rating, now, elapsedDays);
        } else {
            next = switch (card.state()) {
                case NEW -> learningReview(current, rating, now, elapsedDays, CardState.LEARNING);
                case LEARNING, RELEARNING -> learningReview(current, rating, now, elapsedDays, card.state());
                case REVIEW -> reviewStateReview(current, rating, now, elapsedDays);
            };
        }
        return new ReviewOutcome(next, card, rating, now, elapsedDays);
    }

    /**
     * What each rating would do to {@code card} at {@code now} (ts-fsrs's {@code repeat}): one outcome
     * per rating, in rating order, each exactly what {@link #review(Card, Rating, Instant, ZoneId)} gives.
     */
    public Map<Rating, ReviewOutcome> preview(Card card, Instant now, ZoneId zone) {
        Map<Rating, ReviewOutcome> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, review(card, rating, now, zone));
        }
        return Collections.unmodifiableMap(outcomes);
    }

    /**
     * Whether {@code card} is due at {@code now} for a learner in {@code zone}. A card on a
     * (re)learning step of minutes is due at its exact time; a card scheduled in days is due on its
     * due day from the start of that day in the learner's zone, as Anki does, so a card due "in 1 day"
     * can be done any time tomorrow. A new card is always due.
     */
    public static boolean isDue(Card card, Instant now, ZoneId zone) {
        Objects.requireNonNull(card, "card");
        if (card.state() == CardState.NEW || !card.due().isAfter(now)) {
            return true;
        }
        if (card.scheduledDays() == 0) {
            return false;
        }
        return !LocalDate.ofInstant(card.due(), zone).isAfter(LocalDate.ofInstant(now, zone));
    }

    /**
     * Probability of recalling {@code card} at {@code now}, from the forgetting curve; 0 for a new card.
     * Like ts-fsrs's {@code get_retrievability}, this counts whole 24-hour days since the last review
     * (not calendar days as {@link #review} does).
     */
    public double retrievability(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.state() == CardState.NEW) {
            return 0;
        }
        long days = Math.max(Math.floorDiv(Duration.between(card.lastReview(), now).toMillis(), MILLIS_PER_DAY), 0);
        return algorithm.forgettingCurve(days, FsrsAlgorithm.roundTo8(card.stability()));
    }

    // --- short-term scheduler (ts-fsrs BasicScheduler) ---

    private Card learningReview(Card current, Rating rating, Instant now, int elapsedDays, CardState stepState) {
        MemoryState memory = algorithm.nextState(memoryOf(current), elapsedDays, rating);
        return applyLearningSteps(current, memory, rating, now, stepState, current.lapses());
    }

    private Card reviewStateReview(Card current, Rating rating, Instant now, int elapsedDays) {
        MemoryState memory = memoryOf(current);
        if (rating == Rating.AGAIN) {
            MemoryState again = algorithm.nextState(memory, elapsedDays, Rating.AGAIN);
            return applyLearningSteps(current, again, rating, now, CardState.RELEARNING, current.lapses() + 1);
        }
        MemoryState hard = algorithm.nextState(memory, elapsedDays, Rating.HARD);
        MemoryState good = algorithm.nextState(memory, elapsedDays, Rating.GOOD);
        MemoryState easy = algorithm.nextState(memory, elapsedDays, Rating.EASY);
        // Keep HARD < GOOD < EASY intervals strictly ordered, even if that exceeds the maximum interval.
        int goodInterval = algorithm.nextInterval(good.stability());
        int hardInterval = Math.min(algorithm.nextInterval(hard.stability()), goodInterval);
        goodInterval = Math.max(goodInterval, hardInterval + 1);
        int easyInterval = Math.max(algorithm.nextInterval(easy.stability()), goodInterval + 1);
        return switch (rating) {
            case HARD -> scheduledInDays(current, hard, hardInterval, now, current.lapses());
            case GOOD -> scheduledInDays(current, good, goodInterval, now, current.lapses());
            case EASY -> scheduledInDays(current, easy, easyInterval, now, current.lapses());
            case AGAIN -> throw new AssertionError("handled above");
        };
    }

    /** Puts the card on its next (re)learning step, or graduates it to REVIEW when there is none. */
    private Card applyLearningSteps(Card current, MemoryState memory, Rating rating, Instant now,
                                    CardState stepState, int lapses) {
        LearningStep step = learningStep(current.state(), current.learningSteps(), rating);
        if (step.minutes() > 0 && step.minutes() < MINUTES_PER_DAY) {
            return next(current, memory, stepState, step.nextIndex(), 0, now.plus(Duration.ofMinutes(step.minutes())), lapses);
        }
        if (step.minutes() >= MINUTES_PER_DAY) {
            // Steps of a day or more graduate the card but keep their exact length and step index.
            return next(current, memory, CardState.REVIEW, step.nextIndex(), (int) (step.minutes() / MINUTES_PER_DAY),
                    now.plus(Duration.ofMinutes(step.minutes())), lapses);
        }
        return scheduledInDays(current, memory, algorithm.nextInterval(memory.stability()), now, lapses);
    }

    private record LearningStep(long minutes, int nextIndex) {
        static final LearningStep NONE = new LearningStep(0, 0);
    }

    /** ts-fsrs {@code BasicLearningStepsStrategy}: AGAIN restarts, HARD repeats, GOOD advances, EASY graduates. */
    private LearningStep learningStep(CardState state, int index, Rating rating) {
        boolean relearning = state == CardState.RELEARNING || state == CardState.REVIEW;
        List<Duration> steps = relearning ? parameters.relearningSteps() : parameters.learningSteps();
        if (steps.isEmpty() || index >= steps.size()) {
            return LearningStep.NONE;
        }
        long first = steps.get(0).toMinutes();
        if (state == CardState.REVIEW) {
            return rating == Rating.AGAIN ? new LearningStep(steps.get(index).toMinutes(), 0) : LearningStep.NONE;
        }
        return switch (rating) {
            case AGAIN -> new LearningStep(first, 0);
            case HARD -> new LearningStep(steps.size() == 1
                    ? Math.round(first * 1.5)
                    : Math.round((first + steps.get(1).toMinutes()) / 2.0), index);
            case GOOD -> index + 1 < steps.size()
                    ? new LearningStep(steps.get(index + 1).toMinutes(), index + 1)
                    : LearningStep.NONE;
            case EASY -> LearningStep.NONE;
        };
    }

    // --- long-term scheduler (ts-fsrs LongTermScheduler), used when short-term is disabled ---

    private Card longTermReview(Card current, Rating rating, Instant now, int elapsedDays) {
        boolean isNew = current.state() == CardState.NEW;
        int t = isNew ? 0 : elapsedDays;
        MemoryState memory = memoryOf(current);
        MemoryState[] byRating = new MemoryState[4];
        int[] intervals = new int[4];
        for (Rating r : Rating.values()) {
            byRating[r.ordinal()] = algorithm.nextState(memory, t, r);
            intervals[r.ordinal()] = algorithm.nextInterval(byRating[r.ordinal()].stability());
        }
        intervals[0] = Math.min(intervals[0], intervals[1]);
        for (int i = 1; i < 4; i++) {
            intervals[i] = Math.max(intervals[i], intervals[i - 1] + 1);
        }
        int lapses = current.lapses() + (!isNew && rating == Rating.AGAIN ? 1 : 0);
        return scheduledInDays(current, byRating[rating.ordinal()], intervals[rating.ordinal()], now, lapses);
    }

    // --- helpers ---

    private static MemoryState memoryOf(Card card) {
        return new MemoryState(card.stability(), card.difficulty());
    }

    private static Card scheduledInDays(Card current, MemoryState memory, int days, Instant now, int lapses) {
        return next(current, memory, CardState.REVIEW, 0, days, now.plus(Duration.ofDays(days)), lapses);
    }

    private static Card next(Card current, MemoryState memory, CardState state, int learningSteps,
                             int scheduledDays, Instant due, int lapses) {
        return new Card(due, memory.stability(), memory.difficulty(), current.elapsedDays(), scheduledDays,
                current.reps(), lapses, learningSteps, state, current.lastReview());
    }

    private static int calendarDaysBetween(Instant from, Instant to, ZoneId zone) {
        return Math.toIntExact(LocalDate.ofInstant(to, zone).toEpochDay() - LocalDate.ofInstant(from, zone).toEpochDay());
    }
}
