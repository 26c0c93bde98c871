package org.cstoquiz.engine.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * FSRS-6 scheduler settings. {@link #defaults()} are exactly those of ts-fsrs 5.4.2.
 *
 * @param weights          the 21 FSRS-6 model weights w0..w20; out-of-range values are clamped by the
 *                         scheduler the way ts-fsrs clamps them
 * @param requestRetention desired probability of recall at the due time, in (0, 1]
 * @param maximumInterval  longest interval in days that FSRS proposes
 * @param learningSteps    short-term steps for new cards, in whole minutes
 * @param relearningSteps  short-term steps after a lapse, in whole minutes
 * @param enableShortTerm  whether same-day reviews and (re)learning steps are used; when false every
 *                         review is scheduled in whole days (ts-fsrs's long-term scheduler)
 */
public record FsrsParameters(
        List<Double> weights,
        double requestRetention,
        int maximumInterval,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        boolean enableShortTerm) {

    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    private static final FsrsParameters DEFAULTS = new FsrsParameters(
            DEFAULT_WEIGHTS, 0.9, 36500,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(Duration.ofMinutes(10)),
            true);

    public FsrsParameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (!weights.stream().allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("weights must be finite: " + weights);
        }
        if (!(requestRetention > 0 && requestRetention <= 1)) {
            throw new IllegalArgumentException("requestRetention must be in (0, 1]: " + requestRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximumInterval must be at least 1 day: " + maximumInterval);
        }
        checkSteps(learningSteps);
        checkSteps(relearningSteps);
    }

    /** ts-fsrs 5.4.2 defaults: FSRS-6 default weights, retention 0.9, 36500 days, steps 1m 10m / 10m. */
    public static FsrsParameters defaults() {
        return DEFAULTS;
    }

    public FsrsParameters withRequestRetention(double retention) {
        return new FsrsParameters(weights, retention, maximumInterval, learningSteps, relearningSteps, enableShortTerm);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(weights, requestRetention, days, learningSteps, relearningSteps, enableShortTerm);
    }

    private static void checkSteps(List<Duration> steps) {
        for (Duration step : steps) {
            Objects.requireNonNull(step, "step");
            if (step.isNegative() || step.toSecondsPart() != 0 || step.toNanosPart() != 0) {
                throw new IllegalArgumentException("steps must be whole, non-negative minutes: " + step);
            }
        }
    }
}
